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
    parser.addoption("--fuzz-cases", type=int, default=5_000,
                     help="how many mutated chapters tests/content/test_fuzz.py checks (default 5000)")
    parser.addoption("--fuzz-first", type=int, default=0,
                     help="the number of the first fuzz case, to check other cases than the default run")
    parser.addoption("--monkey-events", type=int, default=100_000,
                     help="random input events for the monkey test (default 100,000)")
    parser.addoption("--monkey-long", action="store_true", default=False,
                     help="also run the 1,000,000-frame monkey and check memory stays flat (takes a long time)")


@pytest.fixture(scope="session")
def display() -> Iterator[object]:
    """One 1280×720 headless display shared by every scene test."""
    import pygame

    pygame.init()
    surface = pygame.display.set_mode((1280, 720))
    yield surface
    pygame.quit()


@pytest.fixture(scope="session")
def built_game(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real story staged as the built game (main.py, runtime modules, story.json, sounds, fonts), once per run.

    Read-only: a test that breaks a file works on `game_copy` instead.
    """
    from game.content.compile import load_story_dir
    from game.webbuild.stage import stage_with_full_fonts

    return stage_with_full_fonts(load_story_dir(ROOT / "story"), tmp_path_factory.mktemp("built") / "app")


@pytest.fixture
def game_copy(built_game: Path, tmp_path: Path) -> Path:
    """A private copy of `built_game` that the test may break."""
    import shutil

    return Path(shutil.copytree(built_game, tmp_path / "app"))


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
        app.context.new_seed = lambda: 1  # a fixed answer order, so screens and runs repeat exactly
        return Pilot(app, ROOT / "tests" / "snapshots", ROOT / "tests" / ".artifacts", update_snapshots=update)

    return make


COLLECTED_FILES = pytest.StashKey[set[str]]()


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Remember which test files this run collected (tests/test_collection.py compares them with the disk)."""
    config.stash[COLLECTED_FILES] = {Path(str(item.fspath)).resolve().as_posix() for item in items}
