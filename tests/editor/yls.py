"""Drive the real yaml-language-server (VS Code's YAML engine) over stdio, as an editor does (LSP JSON-RPC).

`ensure_server()` installs the pinned version with npm into a cache folder once (`YLS_DIR`, default
~/.cache/time-stopped/yaml-language-server); `.ci/run` calls `python -m tests.editor.yls` to do the same.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from queue import Empty, Queue
from typing import Any

VERSION = "1.25.0"
ROOT = Path(__file__).resolve().parents[2]
SETTINGS = ROOT / ".vscode" / "settings.json"


def cache_dir() -> Path:
    return Path(os.environ.get("YLS_DIR") or Path.home() / ".cache" / "time-stopped" / "yaml-language-server")


def server_path() -> Path:
    return cache_dir() / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"


def ensure_server() -> Path | None:
    """The server's launcher, installed with npm when missing; None when node or npm is not on this machine."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None
    launcher = server_path()
    if not launcher.exists():
        cache_dir().mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(cache_dir()),
                        f"yaml-language-server@{VERSION}"], check=True, capture_output=True, timeout=600)
    return launcher


def workspace_settings() -> dict[str, Any]:
    """The `yaml.*` settings the repository ships for VS Code, as the server reads them."""
    flat = json.loads(SETTINGS.read_text(encoding="utf-8"))
    return {key.split(".", 1)[1]: value for key, value in flat.items() if key.startswith("yaml.")}


class Client:
    """A minimal LSP client: requests with ids, notifications, and the diagnostics the server publishes."""

    def __init__(self, launcher: Path, root: Path) -> None:
        self.root = root
        self.process = subprocess.Popen(["node", str(launcher), "--stdio"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.messages: Queue[dict[str, Any]] = Queue()
        self.diagnostics: dict[str, list[dict[str, Any]]] = {}
        self._next = 0
        threading.Thread(target=self._read, daemon=True).start()
        settings = workspace_settings()
        self.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(),
            "capabilities": {"textDocument": {"completion": {"completionItem": {"snippetSupport": False}},
                                              "hover": {"contentFormat": ["markdown", "plaintext"]},
                                              "publishDiagnostics": {}},
                             "workspace": {"configuration": True}},
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}]})
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": {"yaml": settings}})
        self._settings = settings

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    return
                header += byte
            length = int(next(line.split(b":")[1] for line in header.split(b"\r\n")
                              if line.lower().startswith(b"content-length")))
            self.messages.put(json.loads(stream.read(length)))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 30) -> Any:
        self._next += 1
        wanted = self._next
        self._send({"id": wanted, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = self._take(deadline)
            if message is not None and message.get("id") == wanted and "method" not in message:
                return message.get("result")
        raise TimeoutError(f"no answer to {method}")

    def _take(self, deadline: float) -> dict[str, Any] | None:
        try:
            message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
        except Empty:
            return None
        method = message.get("method")
        if method == "workspace/configuration" and "id" in message:
            items = message["params"]["items"]
            self._send({"id": message["id"], "result": [
                {"yaml": self._settings}.get(item.get("section", ""), self._settings) for item in items]})
        elif method == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif "id" in message and method is not None:
            self._send({"id": message["id"], "result": None})  # register capability and the like
        return message

    def open(self, path: Path, text: str | None = None) -> str:
        uri = path.resolve().as_uri()
        self.diagnostics.pop(uri, None)
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1,
            "text": path.read_text(encoding="utf-8") if text is None else text}})
        return uri

    def wait_diagnostics(self, uri: str, timeout: float = 30) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while uri not in self.diagnostics and time.monotonic() < deadline:
            self._take(deadline)
        return self.diagnostics.get(uri, [])

    def completion(self, uri: str, line: int, character: int) -> list[dict[str, Any]]:
        """Completion items at a 0-based position."""
        found = self.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                          "position": {"line": line, "character": character}})
        return list(found.get("items", []) if isinstance(found, dict) else found or [])

    def hover(self, uri: str, line: int, character: int) -> str:
        found = self.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                     "position": {"line": line, "character": character}})
        if not found:
            return ""
        contents = found["contents"]
        return contents.get("value", "") if isinstance(contents, dict) else str(contents)

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=5)
            self.notify("exit", None)
        except (TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


if __name__ == "__main__":
    where = ensure_server()
    print(f"yaml-language-server {VERSION}: {where or 'not installed (node/npm missing)'}")
    sys.exit(0 if where else 1)
