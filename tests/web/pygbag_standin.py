"""A stand-in for the parts of pygbag 0.9.3's browser runtime that the page's Python block and main.py touch.

Each behaviour names the line of the real runtime it imitates: `cpythonrc.py`, `cross/__EMSCRIPTEN__.py`,
`cross/aio/*.py` (pygbag 0.9.3's wheel, `pygbag/support/`, the same files the CDN serves) and `pythons.js` /
`default.tmpl` of the 0.9.3 CDN folder. It runs under desktop CPython in a subprocess (tests/web/boot_harness.py).
"""

from __future__ import annotations

import asyncio
import builtins
import os
import re
import sys
import types
from pathlib import Path
from typing import Any


class Undefined:
    """cpythonrc.py lines 28-40: the runtime's `undefined`, falsy, empty, printed as "∅"."""

    def __bool__(self) -> bool:
        return False

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "∅"


UNDEFINED = Undefined()


class JsError(Exception):
    """What the bridge raises when a JS call throws (a DOMException such as QuotaExceededError)."""


class LocalStorage:
    """The page's `window.localStorage` through the bridge.

    `missing` is what `getItem` of a missing key gives in Python: JS null is None, unless the bridge hands over
    its `undefined` placeholder. `broken` makes every call throw, as storage switched off does.
    """

    def __init__(self, missing: Any = None, broken: bool = False, quota: int | None = None) -> None:
        self.items: dict[str, str] = {}
        self.missing = missing
        self.broken = broken
        self.quota = quota
        self.reads: list[str] = []

    def getItem(self, key: str) -> Any:
        self._check()
        self.reads.append(key)
        return self.items.get(key, self.missing)

    def setItem(self, key: str, value: str) -> None:
        self._check()
        if self.quota is not None and sum(map(len, self.items.values())) + len(value) > self.quota:
            raise JsError("QuotaExceededError: the quota has been exceeded")
        self.items[key] = str(value)

    def removeItem(self, key: str) -> None:
        self._check()
        self.items.pop(key, None)

    def _check(self) -> None:
        if self.broken:
            raise JsError("SecurityError: access to localStorage is denied")


class Page:
    """`platform.window`: the page's JS globals the block and the game use, recording every call."""

    def __init__(self, site: Path, lang: str, storage: LocalStorage) -> None:
        self.site = site  # the folder the page was served from (its URL's directory)
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        # pythons.js feat_snd() (line 1150): MM.UME = !config.ume_block, so false until a gesture.
        self.MM = types.SimpleNamespace(UME=False)
        self.python = types.SimpleNamespace(config=types.SimpleNamespace(debug=False))
        self.document = types.SimpleNamespace(documentElement=types.SimpleNamespace(lang=lang))
        self._storage = storage

    @property
    def localStorage(self) -> LocalStorage:
        # Reading window.localStorage itself throws where the browser forbids storage.
        self._storage._check()
        return self._storage

    def bootStage(self, stage: str) -> None:
        self.calls.append(("bootStage", (stage,)))

    def bootFailed(self, stage: str, detail: str) -> None:
        self.calls.append(("bootFailed", (stage, detail)))

    def gameStarted(self) -> None:
        self.calls.append(("gameStarted", ()))

    def eval(self, source: str) -> None:
        self.calls.append(("eval", (source[:60],)))


class Embed(types.ModuleType):
    """The runtime's C module `embed`: `counter()` is negative while assets are still being preloaded."""

    def __init__(self, preload_rounds: int = 3) -> None:
        super().__init__("embed")
        self._rounds = preload_rounds

    def counter(self) -> int:
        # cross/__EMSCRIPTEN__.py run_main() sets preloading = -1 until the preloader reports it is done.
        self._rounds -= 1
        return -1 if self._rounds >= 0 else 0

    def run(self) -> None:
        """`embed.run()`: unlocks the loop when nothing is preloaded (no-op here)."""


class Fopen:
    """aio/filelike.py fopen (lines 59-112): fetch() relative to the page, written to a temporary file, opened.

    On a failed fetch, pythons.js cross_file() (lines 196-233) returns its Error instead of a path, so
    `open()` of it raises; a missing file therefore fails inside `async with`.
    """

    def __init__(self, page: Page, url: str, mode: str = "r", **_kw: Any) -> None:
        self.path = page.site / url
        self.mode = mode
        self.file: Any = None

    async def __aenter__(self) -> Any:
        await asyncio.sleep(0)  # the download takes a few frames
        target: Any = self.path if self.path.is_file() else JsError(f"HTTP 404 - File not found: {self.path.name}")
        self.file = open(target, "rb" if "b" in self.mode else "r")  # noqa: SIM115 (closed in __aexit__)
        return self.file

    async def __aexit__(self, *exc: object) -> None:
        self.file.close()


class Shell:
    """cpythonrc.py `shell`: `source()` runs main.py the way `runpy()` does (lines 761-863)."""

    def __init__(self, main_globals: dict[str, Any], delete_file_first: bool = False) -> None:
        self.main_globals = main_globals
        self.delete_file_first = delete_file_first
        self.pep723_dependencies: list[str] = []
        self.interactive_calls = 0

    async def source(self, main: str, *args: Any, **kw: Any) -> str:
        realpath = str(main)
        self.main_globals["__file__"] = realpath  # runpy() line 799
        os.chdir(Path(realpath).parent)  # runpy() lines 800-801
        code = Path(realpath).read_text(encoding="utf-8")
        self.pep723_dependencies = read_pep723_dependencies(code)  # preload_code() → aio/pep0723.py check_list()
        if self.delete_file_first:
            # The order of interactive()'s `del __main__.__file__` against main.py is not to be relied on.
            self.main_globals.pop("__file__", None)
        # aio/toplevel.py runcode(): the module code runs as a function over __main__'s namespace; an exception
        # is printed (sys.print_exception), never raised to the caller.
        try:
            types.FunctionType(compile(code, realpath, "exec"), self.main_globals)()
        except BaseException:
            import traceback

            traceback.print_exc()
        return code

    def interactive(self, prompt: bool = False) -> None:
        # cpythonrc.py interactive() lines 752-754: __main__@stdin has no __file__.
        self.interactive_calls += 1
        self.main_globals.pop("__file__", None)


BLOCK_RE_723 = r"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$"  # aio/pep0723.py line 64


def read_pep723_dependencies(code: str) -> list[str]:
    """The `dependencies` list of main.py's `# /// script` block, as aio/pep0723.py reads it."""
    for match in re.finditer(BLOCK_RE_723, code):
        if match.group("type") == "script":
            body = "".join(line[2:] + "\n" for line in match.group("content").splitlines())
            found = re.search(r"dependencies\s*=\s*\[(.*?)\]", body, re.S)
            return re.findall(r'"([^"]+)"', found.group(1)) if found else []
    return []


def install(page: Page, embed: Embed, main_globals: dict[str, Any], shell: Shell) -> types.ModuleType:
    """Put the stand-ins where the runtime puts its own, and return the `platform` module."""
    platform = types.ModuleType("platform")
    platform.window = page  # type: ignore[attr-defined]
    platform.shell = shell  # type: ignore[attr-defined]  # cpythonrc.py line 990

    def fopen(url: str, mode: str = "r", **kw: Any) -> Fopen:
        return Fopen(page, url, mode, **kw)

    def run_main(pyconfig: Any, loaderhome: Any = None, loadermain: Any = "main.py") -> None:
        # cross/__EMSCRIPTEN__.py run_main() → preload_apk(): chdir to loaderhome, first on sys.path.
        os.chdir(str(loaderhome))
        sys.path.insert(0, os.getcwd())

    platform.fopen = fopen  # type: ignore[attr-defined]  # cpythonrc.py line 993
    platform.run_main = run_main  # type: ignore[attr-defined]
    sys.modules["platform"] = platform  # aio/cross.py line 154: the runtime's platform replaces the stdlib one
    sys.modules["embed"] = embed  # aio/cross.py line 133

    class TopLevel:
        @staticmethod
        async def start_toplevel(shell: Any, console: bool = True, ns: str = "__main__") -> None:
            """aio/toplevel.py start_toplevel(): starts the async import machinery (nothing to do here)."""

    # pythons.js run_pyrc() and cpythonrc.py define these in __main__ before the page's block runs.
    main_globals.update(PyConfig={}, TopLevel_async_handler=TopLevel, shell=shell, window=page)
    builtins.undefined = UNDEFINED  # type: ignore[attr-defined]  # cpythonrc.py line 42
    return platform
