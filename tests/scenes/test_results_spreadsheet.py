"""The results CSV opens correctly in a real spreadsheet program (LibreOffice Calc, headless): Korean intact."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from game.content.compile import load_story_dir
from game.results import Results, csv_columns

ROOT = Path(__file__).resolve().parents[2]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

if SOFFICE is None and os.environ.get("CI"):
    raise RuntimeError("CI must install Debian's libreoffice-calc-nogui for this test (.ci/run does)")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install "
                                                        "libreoffice-calc-nogui)")


# LibreOffice's text import: comma-separated, double quotes, Unicode (UTF-8), from line 1. Without options a
# headless import reads every CSV as Windows-1252 and ignores byte-order marks (seen with LibreOffice 7.4), so the
# test opens it as the import dialog does for a UTF-8 file: the check is that the BOM does not leak into the first
# cell, that quoting keeps commas inside Korean texts, and that every value lands in its own cell.
CSV_IMPORT = "CSV:44,34,76,1"


def _cells(csv_file: Path, tmp: Path) -> list[list[str]]:
    """Open `csv_file` in LibreOffice Calc with the UTF-8 text import and read its table back."""
    subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{tmp / 'profile'}", "--headless",
                    f"--infilter={CSV_IMPORT}", "--convert-to", "html", "--outdir", str(tmp / "out"), str(csv_file)],
                   capture_output=True, timeout=180, check=True)
    page = (tmp / "out" / (csv_file.stem + ".html")).read_text(encoding="utf-8", errors="replace")
    rows = []
    for row in re.findall(r"<tr.*?>(.*?)</tr>", page, re.S):
        cells = re.findall(r"<td.*?>(.*?)</td>", row, re.S)
        rows.append([html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cells])
    return rows


def test_korean_results_open_in_libreoffice_with_korean_intact(tmp_path):
    """Headers, questions and answers in Korean land in their own cells; numbers stay numbers."""
    story = load_story_dir(ROOT / "story")
    question = story.check[0]
    right = next(a for a in question.answers if a.correct)
    wrong = next(a for a in question.answers if not a.correct)
    results = Results()
    results.record("pre", question.id, 12, 25, {right.id: 12, wrong.id: 13}, group=3)
    results.record("post", question.id, 23, 25, {right.id: 23, wrong.id: 2}, group=3)
    exported = tmp_path / "results-class-3-2026-12-04.csv"
    exported.write_bytes(results.to_csv(story, "ko", "2026-12-04", group=3).encode("utf-8-sig"))  # as keep_text
    rows = _cells(exported, tmp_path)
    most = max(len(q.answers) for q in story.check)
    assert rows[0] == list(csv_columns("ko", most))
    first = dict(zip(rows[0], rows[1], strict=False))
    assert first["문항"] == question.question.ko and first["학급"] == "3반"
    assert (first["사전_정답률(%)"], first["사후_정답률(%)"], first["변화(%p)"]) == ("48", "92", "44")
    assert first["답_1"].startswith(question.answers[0].text.ko)
    assert len(rows) == 1 + len(story.check)
