"""Run the built page's Python block under CPython against the pygbag stand-in, then report what happened as JSON.

Usage: python boot_harness.py SITE DATA_ROOT REPORT [--storage ok|undefined|broken|full]
       [--delete-file-first] [--tap] [--seconds N] [--screenshot PNG]

SITE is a built web folder (index.html + the .tar.gz); DATA_ROOT replaces the runtime's in-memory /data/data,
the one change made to the block before it runs.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import re
import sys
import time
import types
from pathlib import Path

import pygame  # in the browser pygame-ce is installed before main.py runs (aio/pep0723.py)

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pygbag_standin

BLOCK_START, BLOCK_END = "#<!--\n", "# -->"


def page_block(index_html: str) -> str:
    """The Python block of the page, as pythons.js auto_start() takes it: the text of the pythons.js script tag."""
    start = index_html.index(BLOCK_START)
    return index_html[start:index_html.index(BLOCK_END, start)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("data_root", type=Path)
    parser.add_argument("report", type=Path)
    parser.add_argument("--storage", default="ok", choices=["ok", "undefined", "broken", "full"])
    parser.add_argument("--delete-file-first", action="store_true")
    parser.add_argument("--tap", action="store_true", help="tap once the page asks for it")
    parser.add_argument("--seconds", type=float, default=60, help="give up waiting for the game after this long")
    parser.add_argument("--screenshot", type=Path, default=None, help="save the canvas here at the end")
    args = parser.parse_args()

    storage = pygbag_standin.LocalStorage(
        missing=pygbag_standin.UNDEFINED if args.storage == "undefined" else None,
        broken=args.storage == "broken", quota=40 if args.storage == "full" else None)
    index_html = (args.site / "index.html").read_text(encoding="utf-8")
    html_lang = re.search(r'<html lang="([^"]*)"', index_html)
    page = pygbag_standin.Page(args.site, html_lang.group(1) if html_lang else "", storage)
    embed = pygbag_standin.Embed()
    main_module = types.ModuleType("__main__")
    sys.modules["__main__"] = main_module
    shell = pygbag_standin.Shell(vars(main_module), delete_file_first=args.delete_file_first)
    pygbag_standin.install(page, embed, vars(main_module), shell)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    tasks: list[asyncio.Task[object]] = []

    def pygbag_run(coro: object, **_kw: object) -> None:
        # aio/__init__.py run() (line 371): schedule the coroutine on the browser-driven loop and return at once.
        tasks.append(loop.create_task(coro))  # type: ignore[arg-type]

    asyncio.run = pygbag_run  # type: ignore[assignment]
    sys.platform = "emscripten"  # pygbag's CPython

    block = page_block(index_html)
    block = block.replace('Path("/data/data")', f"Path({str(args.data_root)!r})")
    exec(compile(block, "/data/data/org.python/assets/__main__.py", "exec"), vars(main_module))

    def seen(name: str) -> bool:
        return any(call[0] == name for call in page.calls)

    async def drive() -> None:
        deadline = time.monotonic() + args.seconds
        while time.monotonic() < deadline and not seen("bootFailed") and not seen("gameStarted"):
            if args.tap and ("bootStage", ("ready",)) in page.calls:
                page.MM.UME = True  # pythons.js MM_play() after a tap: empty.ogg played
            await asyncio.sleep(0.01)
        for _ in range(30):  # let the game run a few frames after its first one
            await asyncio.sleep(0.01)

    loop.run_until_complete(drive())
    from game.app import App

    apps = [o for o in gc.get_objects() if isinstance(o, App)]
    app = apps[0] if apps else None
    if args.screenshot is not None and pygame.display.get_surface() is not None:
        pygame.image.save(pygame.display.get_surface(), str(args.screenshot))
    report = {
        "calls": [[name, list(values)] for name, values in page.calls if name != "eval"],
        "cwd": os.getcwd(),
        "sys_path_0": sys.path[0],
        "main_has_file": "__file__" in vars(main_module),
        "pep723": shell.pep723_dependencies,
        "interactive_calls": shell.interactive_calls,
        "storage_reads": storage.reads,
        "storage_items": sorted(storage.items),
        "game_package": str(Path(sys.modules["game"].__file__ or "").parent) if "game" in sys.modules else None,
        "app": None if app is None else {
            "lang": app.context.settings.lang,
            "storage": type(app.context.saves.storage).__name__,
            "saves_notice": app.context.saves.notice,
            "storage_notice_left": app.storage_notice_left,
            "frames": app.frames,
            "top": type(app.stack.top).__name__,
            "display": pygame.display.get_surface() is not None,
        },
    }
    args.report.write_text(json.dumps(report, indent=1), encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)  # the game's loop task never ends by itself; the page would keep it running


if __name__ == "__main__":
    main()
