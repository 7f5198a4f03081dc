"""Fixtures for content tests: write a tiny inline story to a temporary folder and read its diagnostics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from textwrap import dedent

import pytest

from game.content.compile import read_project
from game.content.diagnostics import Diagnostic, sort_diagnostics
from game.story import SourcePos


def write_story(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write each `name → text` into `folder` (text is dedented; bytes are written as they are)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            (folder / name).write_bytes(content)
        else:
            (folder / name).write_text(dedent(content), encoding="utf-8")
    return folder


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the `occurrence`-th `needle` in `text`, as an editor shows it."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


@pytest.fixture
def story_dir(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write a story into `tmp_path` and return the folder."""

    def write(files: dict[str, str | bytes]) -> Path:
        return write_story(tmp_path, files)

    return write


@pytest.fixture
def check(story_dir: Callable[[dict[str, str | bytes]], Path]) -> Callable[[dict[str, str | bytes]], list[Diagnostic]]:
    """Write a story into `tmp_path` and return every diagnostic, sorted as the CLI prints them."""

    def run(files: dict[str, str | bytes]) -> list[Diagnostic]:
        _project, diagnostics = read_project(story_dir(files))
        return sort_diagnostics(diagnostics)

    return run


@pytest.fixture
def at(tmp_path: Path) -> Callable[..., SourcePos]:
    """The expected position of `needle` in file `name` (whose text is `text`) inside `tmp_path`."""

    def position(name: str, text: str, needle: str, occurrence: int = 1) -> SourcePos:
        return SourcePos(str(tmp_path / name), *locate(dedent(text), needle, occurrence))

    return position
