"""Subset the bundled fonts to the characters the game can show, so Korean costs kilobytes, not megabytes."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from fontTools import subset

# Always keep printable ASCII and common punctuation: digits of any region's helplines, and safe fallbacks.
BASE_CHARACTERS = "".join(chr(c) for c in range(0x20, 0x7F)) + "…·—–“”‘’★●◀▶▼▲✓×"


def characters_in_bundle(bundle: Path) -> set[str]:
    """Every character of every string in the compiled story bundle."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(bundle.read_text(encoding="utf-8")))
    return found


def characters_in_sources(folder: Path) -> set[str]:
    """Every character of every string literal in the staged Python files (interface words, symbols)."""
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.update(node.value)
    return found


def subset_fonts(sources: list[Path], out_dir: Path, characters: set[str]) -> dict[str, tuple[int, int]]:
    """Write each font in `sources` to `out_dir` with only `characters` (plus `BASE_CHARACTERS`).

    Returns:
        file name → (bytes before, bytes after).
    """
    text = "".join(sorted(set(BASE_CHARACTERS) | {c for c in characters if c.isprintable() or c == "\n"}))
    sizes = {}
    for font in sources:
        options = subset.Options()
        options.layout_features = ["*"]  # keep kerning and Hangul shaping features
        options.name_IDs = ["*"]
        options.notdef_outline = True
        loaded = subset.load_font(str(font), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(loaded)
        _rename(loaded, font.stem)
        target = out_dir / font.name
        subset.save_font(loaded, str(target), options)
        sizes[font.name] = (font.stat().st_size, target.stat().st_size)
    return sizes


RENAMED_FAMILY = "TimeKeeper Round"


def _rename(font: subset.ttLib.TTFont, stem: str) -> None:
    """Give the subset its own family name.

    A subset is a modified version under the OFL, and "Nanum" is a Reserved Font Name, so the
    modified font must not be called by it (OFL condition 3). The licence file still ships with it.
    """
    style = "Bold" if stem.endswith("B") else "Regular"
    names = {1: RENAMED_FAMILY, 2: style, 3: f"{RENAMED_FAMILY} {style}; subset", 4: f"{RENAMED_FAMILY} {style}",
             6: f"{RENAMED_FAMILY.replace(' ', '')}-{style}", 16: RENAMED_FAMILY, 17: style}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names:
            table.setName(names[record.nameID], record.nameID, record.platformID, record.platEncID, record.langID)
