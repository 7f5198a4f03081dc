"""Fixtures for unit tests: compile a tiny inline YAML story (no pygame anywhere)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from textwrap import dedent

import pytest

from game.content.compile import load_story_dir
from game.story import Story


@pytest.fixture
def compile_story(tmp_path: Path) -> Callable[[dict[str, str]], Story]:
    """Write `name → YAML text` files (dedented) into a fresh folder and compile them into a `Story`."""

    def build(files: dict[str, str]) -> Story:
        folder = tmp_path / "story"
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(dedent(text), encoding="utf-8")
        return load_story_dir(folder)

    return build
