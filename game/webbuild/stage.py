"""Stage the app folder pygbag packs: main.py, the runtime modules, the story bundle, sounds and subset fonts."""

from __future__ import annotations

import shutil
from pathlib import Path

from game.content.compile import write_bundle
from game.story import Story

ROOT = Path(__file__).resolve().parents[2]
# Build-time or desktop-only code that the browser never needs (it also imports yaml/pydantic/fontTools).
BUILD_ONLY = {
    "game/content",
    "game/guide",
    "game/webbuild",
    "game/__main__.py",
    "game/cli.py",
    "game/desktop.py",
    "game/paths.py",
    "game/bench",  # `python -m game bench`: measures the game, never part of it
    "game/monkey.py",  # random-input tester used by tests and `python -m game monkey`
}
FONT_FILES = ("NanumSquareRoundR.ttf", "NanumSquareRoundB.ttf")
LICENCE = "LICENSE-NanumSquareRound.txt"


def runtime_sources(root: Path = ROOT) -> list[Path]:
    """Every Python file the game needs at run time, relative to `root`."""
    files = [Path("main.py")]
    for package in ("game", "scenes"):
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root)
            if not any(relative.as_posix() == skip or relative.as_posix().startswith(skip + "/")
                       for skip in BUILD_ONLY):
                files.append(relative)
    return files


def stage(story: Story, app_dir: Path, root: Path = ROOT) -> Path:
    """Create `app_dir` from scratch with the runtime sources, the story bundle and the sounds; returns `app_dir`.

    Fonts are added by `fonts.subset_fonts` (they need the bundle's text first).
    """
    if app_dir.exists():
        shutil.rmtree(app_dir)
    app_dir.mkdir(parents=True)
    for relative in runtime_sources(root):
        target = app_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / relative, target)
    write_bundle(story, app_dir / "story.json")
    fonts = app_dir / "assets" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copyfile(root / "assets" / "fonts" / LICENCE, fonts / LICENCE)
    sounds = app_dir / "assets" / "sounds"
    sounds.mkdir(parents=True)
    for sound in sorted((root / "assets" / "sounds").glob("*.ogg")):
        shutil.copyfile(sound, sounds / sound.name)
    return app_dir


def stage_with_full_fonts(story: Story, app_dir: Path, root: Path = ROOT) -> Path:
    """`stage`, then the whole fonts instead of the build's subsets: a runnable copy without fontTools.

    For tests and the benchmark, which start the staged game the way a player would.
    """
    stage(story, app_dir, root)
    for name in FONT_FILES:
        shutil.copyfile(root / "assets" / "fonts" / name, app_dir / "assets" / "fonts" / name)
    return app_dir
