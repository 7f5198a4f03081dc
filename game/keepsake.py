"""Pictures the player keeps: PNG bytes of a surface, saved as a file on desktop or downloaded in the browser."""

from __future__ import annotations

import io
from pathlib import Path

import pygame

from game import browser
from game.save import default_save_folder


def png_bytes(surface: pygame.Surface) -> bytes:
    """`surface` encoded as a PNG file in memory (no files: the browser build has no real folder)."""
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "x.png")  # the name hint picks the PNG encoder
    return buffer.getvalue()


def keep_picture(surface: pygame.Surface, filename: str) -> Path | None:
    """Save `surface` as `filename`: a download in the browser, a file in the saves folder on desktop.

    Returns:
        the file written on desktop; None in the browser (the page's download took it).

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
    folder = default_save_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    path.write_bytes(data)
    return path


def keep_text(text: str, filename: str) -> Path | None:
    """Save `text` (a CSV export) as `filename`: a download in the browser, a file in the saves folder on desktop.

    Raises:
        OSError: the file could not be kept.
    """
    if browser.in_browser():
        browser.download_text(filename, text)
        return None
    folder = default_save_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    path.write_text(text, encoding="utf-8-sig")  # the BOM lets spreadsheet programs read Korean
    return path
