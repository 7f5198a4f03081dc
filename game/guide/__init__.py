"""Build-time teacher guide and family letters, generated from the story the children play (not shipped)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from game.guide.printing import Layout, print_guide
from game.guide.render import guide_anchors, guide_html, letter_before_html, letter_html, played_chapters
from game.story import Story

__all__ = ["GuideReport", "find_chromium", "guide_html", "letter_before_html", "letter_html", "print_pdf",
           "write_guide"]


@dataclass
class GuideReport:
    """What `write_guide` wrote, and why PDFs were skipped if they were."""

    files: list[Path] = field(default_factory=list)
    skipped_pdf: str | None = None
    notes: list[str] = field(default_factory=list)  # e.g. why the contents have no page numbers


def find_chromium() -> str | None:
    """Debian's chromium (or chromium-browser), if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def print_pdf(chromium: str, html: Path, pdf: Path, timeout: float = 120) -> None:
    """Print `html` to `pdf` with headless chromium; raises RuntimeError if no PDF appears."""
    pdf.unlink(missing_ok=True)
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               f"--print-to-pdf={pdf.resolve()}", html.resolve().as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise RuntimeError(f"chromium did not print {pdf.name}: {result.stderr.strip()[-400:]}")


def write_guide(story: Story, out: Path, lang: str, region_id: str | None = None, pdf: bool = True,
                played: Iterable[str] | None = None) -> GuideReport:
    """Write guide-, letter-before- and letter-after-<lang>.html into `out` (and PDFs when chromium is installed).

    `played`: the chapter ids the after-unit letter lists (default: every chapter).
    """
    region_key = region_id or story.default_region
    if region_key not in story.regions:
        known = ", ".join(sorted(story.regions))
        raise ValueError(f"unknown region {region_key!r}; known regions: {known}")
    region = story.regions[region_key]
    played_chapters(story, played)  # an unknown chapter stops here, before anything is written
    out.mkdir(parents=True, exist_ok=True)
    report = GuideReport()
    pages = {f"guide-{lang}": guide_html(story, region, lang),
             f"letter-before-{lang}": letter_before_html(story, region, lang),
             f"letter-after-{lang}": letter_html(story, region, lang, played)}
    for stem, html in pages.items():
        path = out / f"{stem}.html"
        path.write_text(html, encoding="utf-8")
        report.files.append(path)
    if not pdf:
        report.skipped_pdf = "PDF not requested"
        return report
    chromium = find_chromium()
    if chromium is None:
        report.skipped_pdf = "chromium is not installed (apt-get install chromium), so no PDF was printed"
        return report
    guide_stem = f"guide-{lang}"
    anchors, chapters = guide_anchors(story, region, lang)

    def render(layout: Layout | None, markers: bool) -> str:
        return guide_html(story, region, lang, layout, markers)

    note = print_guide(render, anchors, chapters, out / f"{guide_stem}.html", out / f"{guide_stem}.pdf",
                       lambda html, pdf: print_pdf(chromium, html, pdf))
    if note:
        report.notes.append(note)
    for stem in pages:
        target = out / f"{stem}.pdf"
        if stem != guide_stem:
            print_pdf(chromium, out / f"{stem}.html", target)
        report.files.append(target)
    return report
