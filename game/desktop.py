"""`python -m game play`: compile story/ and run the game in a desktop window."""

from __future__ import annotations

import asyncio
import sys

from game.app import Reload
from game.assets import StartupError, explain
from game.boot import start_app
from game.story import Story


def story_reloader(story_dir: str) -> Reload:
    """Dev mode's F5: compile `story_dir` again; the new `Story`, or its errors as `file:line:col` lines."""

    def reload() -> Story | list[str]:
        from game.content.compile import load_story_dir
        from game.content.diagnostics import ContentError

        try:
            return load_story_dir(story_dir)
        except ContentError as exc:
            return [d.format() for d in exc.diagnostics if d.severity == "error"] or [str(exc)]

    return reload


def steps_hint(story: Story) -> str:
    """Every chapter with its step ids, for a `--start` that names no step."""
    lines = ["known steps (CHAPTER.STEP):"]
    for chapter in story.chapters:
        lines.append(f"  {chapter.id}: " + ", ".join(step.id for step in chapter.steps))
    return "\n".join(lines)


def run_desktop(story_dir: str, lang: str | None, classroom: bool = False, dev: bool = False,
                start: str | None = None) -> int:
    """Check and compile `story_dir`, then play it; returns the exit code.

    1 on content errors, an unknown `start`, a missing or damaged font, or no display (each explained on stderr).
    """
    from game.content.compile import load_story_dir
    from game.content.diagnostics import ContentError

    try:
        story = load_story_dir(story_dir)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print(f"{len(exc.diagnostics)} problem(s) in {story_dir}; fix them and run again.", file=sys.stderr)
        return 1
    if start is not None and not story.has_step(start):
        print(f"no step {start!r} in {story_dir}", file=sys.stderr)
        print(steps_hint(story), file=sys.stderr)
        return 1
    from game.loop import run

    try:
        app = start_app(story, lang, classroom=classroom, dev=dev,
                        reload=story_reloader(story_dir) if dev else None, start=start)
        asyncio.run(run(app))
    except StartupError as exc:  # a missing or damaged font, no display: one clear line, no traceback
        print(explain(exc), file=sys.stderr)
        return 1
    return 0
