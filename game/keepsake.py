"""Pictures and tables the player keeps: saved where people look on desktop (Desktop, Downloads), downloaded in
the browser."""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pygame

from game import browser
from game.save import default_save_folder
from game.ui.strings import ui

# The folder kinds, best first, with what each is called in ~/.config/user-dirs.dirs on Linux desktops.
_LOOKED_AT = (("desktop", "XDG_DESKTOP_DIR", "Desktop"), ("downloads", "XDG_DOWNLOAD_DIR", "Downloads"))


@dataclass(frozen=True)
class Kept:
    """Where a keepsake was written: the file, and the kind of folder ("desktop", "downloads" or "data")."""

    path: Path
    place: str


def keepsake_folder(home: Path | None = None) -> tuple[Path, str]:
    """The folder a keepsake goes to and its kind: the Desktop, else Downloads, else the game's data folder.

    `TIME_STOPPED_HOME`, when set (tests, a portable copy), is used as it is, like the saves.
    """
    if os.environ.get("TIME_STOPPED_HOME"):
        return default_save_folder(), "data"
    home = home or Path.home()
    named = _user_dirs(home)
    for place, xdg_name, plain_name in _LOOKED_AT:
        for candidate in (named.get(xdg_name), home / plain_name, home / "OneDrive" / plain_name):
            if candidate is not None and candidate != home and candidate.is_dir():
                return candidate, place
    return default_save_folder(), "data"


def _user_dirs(home: Path) -> dict[str, Path]:
    """The XDG user folders a Linux desktop names in ~/.config/user-dirs.dirs (often in the user's language)."""
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "user-dirs.dirs"
    try:
        text = config.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    found = {}
    for name, value in re.findall(r'^(XDG_\w+_DIR)="([^"]*)"', text, flags=re.MULTILINE):
        found[name] = Path(value.replace("$HOME", str(home)))
    return found


def kept_words(kept: Kept, lang: str) -> str:
    """Where a keepsake went, in plain words: "Saved on your Desktop: certificate-2026-05-04.png"."""
    return ui(f"kept-{kept.place}", lang, name=kept.path.name, folder=kept.path.parent.name)


def png_bytes(surface: pygame.Surface) -> bytes:
    """`surface` encoded as a PNG file in memory (no files: the browser build has no real folder)."""
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "x.png")  # the name hint picks the PNG encoder
    return buffer.getvalue()


def keep_picture(surface: pygame.Surface, filename: str) -> Kept | None:
    """Save `surface` as `filename`: a download in the browser, a file in `keepsake_folder()` on desktop.

    Returns:
        where the file went on desktop; None in the browser (the page's download took it).

    Raises:
        OSError: the picture could not be kept (read-only folder, full disk, page refused).
    """
    try:
        data = png_bytes(surface)
    except pygame.error as exc:
        raise OSError(f"could not encode the picture: {exc}") from exc
    if browser.in_browser():
        browser.download_png(filename, data)
        return None
    return _write(filename, data)


def keep_text(text: str, filename: str) -> Kept | None:
    """Save `text` (a CSV export) as `filename`: a download in the browser, a file in `keepsake_folder()`.

    Raises:
        OSError: the file could not be kept.
    """
    if browser.in_browser():
        browser.download_text(filename, text)
        return None
    return _write(filename, text.encode("utf-8-sig"))  # the BOM lets spreadsheet programs read Korean


def _write(filename: str, data: bytes) -> Kept:
    folder, place = keepsake_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    stem, suffix, number = path.stem, path.suffix, 2
    while path.exists():  # a second export the same day is a new file: nothing kept is ever overwritten
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    path.write_bytes(data)
    return Kept(path, place)
