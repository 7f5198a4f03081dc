# /// script
# dependencies = ["pygame-ce"]
# ///
"""Thin entry point: load the story bundle, open the window and run the async loop (pygbag needs it here)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from game.assets import StartupError, explain
from game.boot import APP_DIR, BUNDLE_NAME, IS_BROWSER, load_bundle, show_problem, start_app
from game.browser import tell_page_failed, tell_page_started
from game.loop import run
from game.story import Story

HERE = APP_DIR  # not Path(__file__): pygbag's boot deletes __main__.__file__ (cpythonrc.py interactive())


def load_story() -> Story:
    """The compiled bundle next to this file; on desktop without one, compile story/ (needs yaml/pydantic).

    Raises:
        AssetError: the bundle is missing (and there is no story/ folder either), unreadable or damaged.
    """
    bundle_path = HERE / BUNDLE_NAME
    if bundle_path.exists() or not (HERE / "story").is_dir():
        return load_bundle(bundle_path)
    from game.content.compile import load_story_dir

    return load_story_dir(HERE / "story")


async def main() -> int:
    """Play; if a file is missing or damaged or there is no display, say which and return 1 (no traceback)."""
    try:
        await play()
    except StartupError as exc:
        message = explain(exc)
        print(message, file=sys.stderr)  # in the browser: the page's console
        if IS_BROWSER:
            show_problem(message)
            tell_page_failed(message)  # the page's card names the stage and shows the helplines
        return 1
    return 0


async def play() -> None:
    """Build the app and play until it quits."""
    app = start_app(load_story())
    if os.environ.get("TIME_STOPPED_AUTOPLAY"):
        # Build tests: a scripted player proves the staged folder holds everything the game needs.
        from game.testing import Pilot, play_through

        app.context.settings.text_speed = "instant"
        import game

        print("AUTOPLAY reached", play_through(Pilot(app))[-1], "with", Path(game.__file__).parent)
        return
    await run(app, first_frame=tell_page_started if IS_BROWSER else None)


exit_code = asyncio.run(main())
if exit_code and not IS_BROWSER:  # in the browser asyncio.run returns at once; the page keeps the message
    sys.exit(exit_code)
