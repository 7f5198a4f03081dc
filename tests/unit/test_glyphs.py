"""Every character the game can show is in its font: no empty boxes on a projector (issue 18: − and •)."""

from __future__ import annotations

import ast
from pathlib import Path

from fontTools.ttLib import TTFont

from game.content.compile import load_story_dir
from game.webbuild.fonts import characters_in_bundle
from game.webbuild.stage import FONT_FILES, runtime_sources

ROOT = Path(__file__).resolve().parents[2]


def _shown_literals(path: Path) -> set[str]:
    """Characters of the string literals of a module, leaving out docstrings (never drawn)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            found.update(node.value)
    return found


def test_the_font_has_every_character_of_the_story_and_the_interface(tmp_path):
    """Story text (both languages, every region) and interface words: each character has a glyph in both weights."""
    from game.content.compile import write_bundle

    bundle = tmp_path / "story.json"
    write_bundle(load_story_dir(ROOT / "story"), bundle)
    shown = characters_in_bundle(bundle)
    for source in runtime_sources():
        shown |= _shown_literals(ROOT / source)
    shown = {c for c in shown if c.isprintable() and not c.isspace()}
    for name in FONT_FILES:
        cmap = TTFont(ROOT / "assets" / "fonts" / name).getBestCmap()
        missing = sorted(f"U+{ord(c):04X} {c}" for c in shown if ord(c) not in cmap)
        assert missing == [], f"{name} has no glyph for {missing}"
