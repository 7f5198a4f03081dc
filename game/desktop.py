"""`python -m game play`: compile story/ and run the game in a desktop window."""

from __future__ import annotations

import asyncio
import sys

from game.boot import create_app, default_storage, open_window
from game.save import Saves


def run_desktop(story_dir: str, lang: str | None, classroom: bool = False) -> int:
    """Check and compile `story_dir`, then play it; returns the exit code (1 on content errors)."""
    from game.content.compile import load_story_dir
    from game.content.diagnostics import ContentError

    try:
        story = load_story_dir(story_dir)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print(f"{len(exc.diagnostics)} problem(s) in {story_dir}; fix them and run again.", file=sys.stderr)
        return 1
    from game.loop import run

    surface = open_window(f"{story.title.ko} · {story.title.en}")
    app = create_app(story, Saves(default_storage()), surface, lang, classroom=classroom)
    asyncio.run(run(app))
    return 0
