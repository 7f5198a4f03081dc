"""Shared test setup: headless SDL, one display for all tests, and the `pilot_for` factory."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-snapshots", action="store_true", default=False,
                     help="accept the current screens as the new reference snapshots (look at them first)")


@pytest.fixture(scope="session")
def display() -> Iterator[object]:
    """One 1280×720 headless display shared by every scene test."""
    import pygame

    pygame.init()
    surface = pygame.display.set_mode((1280, 720))
    yield surface
    pygame.quit()


def write_story(folder: Path, files: dict[str, str]) -> Path:
    """Write dedented YAML `files` (name → text) into `folder`; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return folder


@pytest.fixture
def pilot_for(display: object, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[..., object]:
    """Factory: `pilot_for(story_dir_or_files, lang="ko", text_speed="instant")` → a `Pilot` on a fresh App."""
    from game.boot import create_app
    from game.content.compile import load_story_dir
    from game.save import MemoryStorage, Saves
    from game.testing import Pilot

    update = bool(request.config.getoption("--update-snapshots"))

    def make(story: Path | dict[str, str], lang: str = "ko", text_speed: str = "instant",
             saves: Saves | None = None) -> Pilot:
        folder = story if isinstance(story, Path) else write_story(tmp_path / "story", story)
        compiled = load_story_dir(folder)
        saves = saves or Saves(MemoryStorage())
        app = create_app(compiled, saves, display, lang)  # type: ignore[arg-type]
        app.context.settings.text_speed = text_speed
        return Pilot(app, ROOT / "tests" / "snapshots", ROOT / "tests" / ".artifacts", update_snapshots=update)

    return make
