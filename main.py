# /// script
# dependencies = ["pygame-ce"]
# ///
"""Thin entry point: load the story bundle, open the window and run the async loop (pygbag needs it here)."""

from __future__ import annotations

import asyncio
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
    await run(create_app(story, Saves(default_storage()), surface))


asyncio.run(main())
