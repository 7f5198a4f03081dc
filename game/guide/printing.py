"""Print the guide to PDF so its contents carry page numbers and no chapter ends on a near-empty page.

Chromium numbers the pages itself (CSS @page margin boxes) but has no `target-counter()`, so the contents'
numbers come from a printed draft: each section carries an invisible marker, poppler's `pdftotext` says on which
page each marker landed, and the guide is printed again with those numbers. A chapter whose last page would be
nearly empty is set a little tighter (`compact`) and the draft repeats until nothing moves.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

NEAR_EMPTY = 0.3  # a page whose content ends above 30 % of its height is "near-empty"
BOTTOM_MARGIN_MM = 16  # where the page number sits: not content
MAX_DRAFTS = 4


@dataclass(frozen=True)
class Layout:
    """What a draft learned: the page of each section (by anchor) and the chapters set tighter."""

    pages: dict[str, int] = field(default_factory=dict)
    compact: frozenset[str] = frozenset()


def marker(anchor: str) -> str:
    """The text a draft prints (invisibly) at the start of section `anchor`."""
    return f"@@{anchor}@@"


def poppler() -> tuple[str, str] | None:
    """pdftotext and pdftoppm (Debian's poppler-utils), if installed."""
    text, image = shutil.which("pdftotext"), shutil.which("pdftoppm")
    return (text, image) if text and image else None


def page_texts(pdftotext: str, pdf: Path) -> list[str]:
    """The text of each page of `pdf`."""
    result = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    pages = result.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def section_pages(texts: list[str], anchors: list[str]) -> dict[str, int]:
    """The 1-based page on which each anchor's marker was printed (anchors not found are left out)."""
    found: dict[str, int] = {}
    for number, text in enumerate(texts, 1):
        for anchor in anchors:
            if anchor not in found and marker(anchor) in text:
                found[anchor] = number
    return found


def page_fills(pdftoppm: str, pdf: Path, dpi: int = 20) -> list[float]:
    """How far down each page its content reaches (0 empty … 1 full), the page-number margin left out."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([pdftoppm, "-gray", "-r", str(dpi), str(pdf), f"{folder}/p"], check=True)
        fills = []
        for image in sorted(Path(folder).glob("p-*.pgm"), key=lambda p: int(p.stem.split("-")[-1])):
            w, h, pixels = _pgm(image.read_bytes())
            usable = h - int(BOTTOM_MARGIN_MM / 25.4 * dpi)
            last = 0
            for y in range(usable):
                if min(pixels[y * w:(y + 1) * w]) < 200:
                    last = y
            fills.append(last / usable)
        return fills


def _pgm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and pixels of a binary greyscale PGM (P5, 8-bit), as pdftoppm -gray writes it."""
    fields: list[bytes] = []
    at = 0
    while len(fields) < 4:  # magic, width, height, maxval, each followed by one whitespace byte
        while data[at:at + 1].isspace():
            at += 1
        end = at
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    if fields[0] != b"P5":
        raise ValueError("not a binary PGM image")
    return int(fields[1]), int(fields[2]), data[at + 1:]


def print_guide(render: Callable[[Layout | None, bool], str], anchors: list[str], chapters: list[str],
                html_path: Path, pdf_path: Path, print_pdf: Callable[[Path, Path], None]) -> str | None:
    """Print `render(layout, markers)` to `pdf_path`; returns why the contents have no page numbers, if so.

    `anchors` are the contents' sections in order; `chapters` the anchors that start a chapter (each begins
    on a new page, so each can be set tighter on its own).
    """
    tools = poppler()
    if tools is None:
        html_path.write_text(render(None, False), encoding="utf-8")
        print_pdf(html_path, pdf_path)
        return "poppler-utils is not installed (apt-get install poppler-utils): the contents have no page numbers"
    pdftotext, pdftoppm = tools
    layout = Layout()
    for _draft in range(MAX_DRAFTS):
        html_path.write_text(render(layout, True), encoding="utf-8")
        print_pdf(html_path, pdf_path)
        pages = section_pages(page_texts(pdftotext, pdf_path), anchors)
        fills = page_fills(pdftoppm, pdf_path)
        compact = set(layout.compact)
        for index, anchor in enumerate(chapters):
            if anchor not in pages:
                continue
            following = [pages[a] for a in anchors[anchors.index(anchor) + 1:] if a in pages]
            last = (min(following) if following else len(fills) + 1) - 1
            if 0 < last <= len(fills) and fills[last - 1] < NEAR_EMPTY and last > pages[anchor]:
                compact.add(chapters[index])
        settled = Layout(pages, frozenset(compact))
        if settled == layout:
            break
        layout = settled
    html_path.write_text(render(layout, False), encoding="utf-8")
    print_pdf(html_path, pdf_path)
    return None
