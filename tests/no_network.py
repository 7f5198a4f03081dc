"""Block every way Python code can reach the network, in this process or around a script (the privacy tests).

It works with an audit hook (PEP 578), so it also catches code that kept its own reference to `socket.socket`
or `urllib`: creating any socket, looking up a host name, connecting or sending, the URL and mail libraries,
opening a web browser, and starting another program (which could do any of these for us). Every attempt is
raised as `NetworkBlocked` *and* recorded in `attempts`, so a caller that swallows the exception is still caught.

Local socket pairs (AF_UNIX, no address, cannot leave the computer) are blocked too unless `allow_local` is
set: `asyncio.run` needs one for its own wake-up pipe, so the test that runs the real async main loop allows them.

As a script, `python tests/no_network.py [--allow-local] GAME/main.py` runs the game's main.py with the network
blocked and prints `NETWORK ATTEMPTS: [...]` when it ends.
"""

from __future__ import annotations

import runpy
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BLOCKED_EVENTS = frozenset({
    "socket.__new__", "socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo",
    "urllib.Request", "http.client.connect", "http.client.send", "ftplib.connect", "smtplib.connect",
    "poplib.connect", "imaplib.open", "nntplib.connect", "telnetlib.Telnet.open", "webbrowser.open",
    "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "pty.spawn",
})


class NetworkBlocked(RuntimeError):
    """Raised inside the code under test when it tries to reach the network."""


attempts: list[str] = []
_settings = {"active": False, "allow_local": False, "installed": False}


def _hook(event: str, args: tuple[object, ...]) -> None:
    if not _settings["active"] or event not in BLOCKED_EVENTS:
        return
    if event == "socket.__new__" and _settings["allow_local"] and args[1] == socket.AF_UNIX:
        return
    attempts.append(f"{event}{args!r:.300}")
    raise NetworkBlocked(f"network access attempted: {event} {args!r:.300}")


@contextmanager
def network_blocked(allow_local: bool = False) -> Iterator[list[str]]:
    """Within the block every network attempt raises `NetworkBlocked`; yields the list of attempts made."""
    if not _settings["installed"]:
        sys.addaudithook(_hook)  # hooks cannot be removed: it stays installed, switched off outside the block
        _settings["installed"] = True
    attempts.clear()
    _settings["active"], _settings["allow_local"] = True, allow_local
    try:
        yield attempts
    finally:
        _settings["active"] = False


def _run_script(argv: list[str]) -> None:
    allow_local = "--allow-local" in argv
    script = Path(next(a for a in argv if not a.startswith("--"))).resolve()
    sys.path[0] = str(script.parent)  # as if the script had been started directly
    sys.argv = [str(script)]
    with network_blocked(allow_local=allow_local) as made:
        try:
            runpy.run_path(str(script), run_name="__main__")
        finally:
            print(f"NETWORK ATTEMPTS: {made!r}", flush=True)


if __name__ == "__main__":
    _run_script(sys.argv[1:])
