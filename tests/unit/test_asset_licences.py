"""Every asset file is accounted for in assets/LICENSES.md, with where it came from."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"


def test_every_asset_file_is_listed_with_its_source():
    """Each font is named in LICENSES.md, each sound in sounds/README.md (which LICENSES.md points to)."""
    licences = (ASSETS / "LICENSES.md").read_text(encoding="utf-8")
    sounds = (ASSETS / "sounds" / "README.md").read_text(encoding="utf-8")
    missing = []
    for path in sorted(ASSETS.rglob("*")):
        if path.is_dir() or path.name in ("LICENSES.md", "README.md"):
            continue
        relative = path.relative_to(ASSETS).as_posix()
        listed = relative in licences or (relative.startswith("sounds/") and path.name in sounds)
        if not listed:
            missing.append(relative)
    assert missing == []


def test_only_open_formats_and_no_stray_images():
    """Assets are fonts, their licence and OGG sounds; pictures are drawn by code, not shipped as files."""
    kinds = {p.suffix for p in ASSETS.rglob("*") if p.is_file()}
    assert kinds <= {".ttf", ".txt", ".ogg", ".md"}
