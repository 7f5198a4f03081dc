# /// script
# dependencies = ["pygame-ce"]
# ///
"""Thin entry point: load the story bundle, open the window and run the async loop (pygbag needs it here)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from game.boot import BUNDLE_NAME, create_app, default_storage, load_bundle, open_window
from game.loop import run
from game.save import Saves
from game.story import Story

HERE = Path(__file__).resolve().parent


def load_story() -> Story:
    """The compiled bundle next to this file; on desktop without one, compile story/ (needs yaml/pydantic)."""
    bundle_path = HERE / BUNDLE_NAME
    if bundle_path.exists():
        return load_bundle(bundle_path)
    from game.content.compile import load_story_dir

    return load_story_dir(HERE / "story")


async def main() -> None:
    """Build the app and play until it quits."""
    story = load_story()
    surface = open_window(f"{story.title.ko} · {story.title.en}")
    app = create_app(story, Saves(default_storage()), surface)
    if os.environ.get("TIME_STOPPED_AUTOPLAY"):
        # Build tests: a scripted player proves the staged folder holds everything the game needs.
        from game.testing import Pilot, play_through

        app.context.settings.text_speed = "instant"
        import game

        print("AUTOPLAY reached", play_through(Pilot(app))[-1], "with", Path(game.__file__).parent)
        return
    await run(app)


asyncio.run(main())
