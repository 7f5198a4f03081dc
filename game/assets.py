"""Problems that stop the game before or while it runs (a missing or damaged file, no display), as clear messages.

Nothing here imports pygame: the checks are plain file reads, so they run the same on desktop, in the browser
and in unit tests.
"""

from __future__ import annotations

import struct
from pathlib import Path

REINSTALL = "Reinstall the game, or build it again with `python -m game build`."
# TrueType ("\0\1\0\0", "true") and OpenType with CFF outlines ("OTTO"); the game ships no collections.
FONT_SIGNATURES = (b"\x00\x01\x00\x00", b"true", b"OTTO")
FONT_TABLES_NEEDED = (b"cmap", b"head", b"hhea", b"hmtx", b"maxp")
TABLE_RECORD = struct.Struct(">4sIII")  # tag, checksum, offset, length


class StartupError(Exception):
    """The game cannot run here; `str(error)` is one short message for the grown-up who can fix it."""


class AssetError(StartupError):
    """A file the game needs is missing, unreadable or damaged.

    Args:
        path: the file.
        problem: what is wrong with it, e.g. "is missing".
        advice: what to do about it.
    """

    def __init__(self, path: str | Path, problem: str, advice: str = REINSTALL) -> None:
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        super().__init__(f"{self.path} {problem}. {advice}")


def read_bytes(path: str | Path, advice: str = REINSTALL) -> bytes:
    """The contents of the file the game needs at `path`.

    Raises:
        AssetError: it is missing, is a folder, or cannot be read.
    """
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise AssetError(path, "is missing", advice) from exc
    except IsADirectoryError as exc:
        raise AssetError(path, "is a folder, not a file", advice) from exc
    except OSError as exc:
        raise AssetError(path, f"cannot be read ({exc.strerror or exc})", advice) from exc


def read_text(path: str | Path, advice: str = REINSTALL) -> str:
    """The UTF-8 text of the file the game needs at `path`.

    Raises:
        AssetError: it is missing, cannot be read, or is not UTF-8 text.
    """
    data = read_bytes(path, advice)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AssetError(path, f"is damaged (not UTF-8 text at byte {exc.start})", advice) from exc


def check_font(path: str | Path) -> None:
    """Make sure `path` is a whole TrueType/OpenType font before pygame opens it.

    pygame-ce 2.5 accepts a damaged font file without an error and then crashes the whole process (a
    segmentation fault) on the first text it measures, so the file's table directory is checked here:
    a known signature, the tables every font has, and every table inside the file (a cut-off download fails).

    Raises:
        AssetError: the font is missing, unreadable or damaged.
    """
    data = read_bytes(path)
    damaged = _font_damage(data)
    if damaged:
        raise AssetError(path, f"is damaged ({damaged})")


def _font_damage(data: bytes) -> str:
    """What is wrong with the font file `data`, or "" if its table directory is whole."""
    if data[:4] not in FONT_SIGNATURES:
        return "not a font file"
    if len(data) < 12:
        return "cut off"
    (count,) = struct.unpack_from(">H", data, 4)
    if len(data) < 12 + count * TABLE_RECORD.size:
        return "cut off"
    tags = set()
    for index in range(count):
        tag, _checksum, offset, length = TABLE_RECORD.unpack_from(data, 12 + index * TABLE_RECORD.size)
        if offset + length > len(data):
            return "cut off"
        tags.add(tag)
    missing = [tag.decode("latin-1") for tag in FONT_TABLES_NEEDED if tag not in tags]
    return f"no {', '.join(missing)} table" if missing else ""


def explain(error: StartupError) -> str:
    """The one line the game prints (and in the browser also shows) when `error` stops it."""
    return f"The game cannot run: {error}"
