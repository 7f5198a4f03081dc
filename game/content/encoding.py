"""Read a story file's bytes as UTF-8, or say where it is not and which encoding it looks like."""

from __future__ import annotations

from game.content.diagnostics import Diagnostic
from game.story import SourcePos

_HANGUL = range(0xAC00, 0xD7A4)


def decode(name: str, data: bytes) -> tuple[str | None, Diagnostic | None]:
    """The text of `data` with its line ends made `\n` (as editors count lines), or None and an error at the first
    byte that is not UTF-8."""
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"), None
    except UnicodeDecodeError as exc:
        start = exc.start
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None, Diagnostic(SourcePos(name, 1, 1), "unreadable-file",
                                "this file is saved as UTF-16, which YAML here cannot read",
                                "save it as UTF-8 (in VS Code: click 'UTF-16' in the status bar, choose 'Save with "
                                "Encoding', then 'UTF-8')")
    line_start = data.rfind(b"\n", 0, start) + 1
    line = data.count(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8", errors="replace")) + 1
    looks = _looks_like(data)
    return None, Diagnostic(
        SourcePos(name, line, column), "unreadable-file",
        f"this file is not saved as UTF-8: byte 0x{data[start]:02X} here cannot be read"
        + (f" (it looks like {looks})" if looks else ""),
        "save it as UTF-8 (in VS Code: click the encoding in the status bar, choose 'Reopen with Encoding' and "
        f"{'the one named above' if looks else 'the one it was written in'}, then 'Save with Encoding', 'UTF-8')")


def _looks_like(data: bytes) -> str:
    """The older encoding `data` decodes cleanly in, named as writers' tools name it."""
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        text = ""
    if any(ord(char) in _HANGUL for char in text):
        return "EUC-KR/CP949, the older Korean Windows encoding"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return ""
    return "Windows-1252 (Western European)"
