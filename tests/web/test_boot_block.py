"""The page's Python block, run under CPython against the pygbag 0.9.3 stand-in: download, unpack, tap, main.py."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gamecopy import game_env

HARNESS = Path(__file__).resolve().parent / "boot_harness.py"
ARTIFACTS = Path(__file__).resolve().parents[1] / ".artifacts"


def boot(site: Path, tmp: Path, *options: str) -> dict:
    """Run the harness on `site` and return its report."""
    data = tmp / "data"
    data.mkdir(exist_ok=True)
    report = tmp / "report.json"
    result = subprocess.run([sys.executable, str(HARNESS), str(site), str(data), str(report), *options],
                            env=game_env(tmp / "home"), cwd=tmp, capture_output=True, text=True, timeout=180,
                            check=False)
    assert report.exists(), result.stderr[-3000:]
    return json.loads(report.read_text(encoding="utf-8"))


def calls(report: dict) -> list[list]:
    return [[name, *values] for name, values in report["calls"]]


def test_block_unpacks_the_archive_waits_for_a_tap_and_starts_main(built_site, tmp_path):
    """Stages in order; main.py runs from the unpacked assets/ folder, with pygame-ce declared for the runtime."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = boot(built_site("ko"), tmp_path, "--tap", "--screenshot", str(ARTIFACTS / "web-boot-ko.png"))
    assert calls(report) == [["bootStage", "archive"], ["bootStage", "ready"], ["bootStage", "starting"],
                             ["gameStarted"]]
    assets = tmp_path / "data" / "timestopped" / "assets"
    assert report["cwd"] == str(assets) and report["sys_path_0"] == str(assets)
    assert report["game_package"] == str(assets / "game")  # the archive's copy, not the repository's
    assert report["pep723"] == ["pygame-ce"]
    assert report["interactive_calls"] == 1 and report["main_has_file"] is False
    app = report["app"]
    assert app["top"] == "TitleScene" and app["frames"] > 1 and app["lang"] == "ko"
    assert app["storage"] == "BrowserStorage" and app["saves_notice"] is None


def test_without_a_tap_the_game_does_not_start(built_site, tmp_path):
    """Until MM.UME is true the block waits at "ready": no game, no failure."""
    report = boot(built_site("ko"), tmp_path, "--seconds", "3")
    assert calls(report) == [["bootStage", "archive"], ["bootStage", "ready"]]
    assert report["app"] is None


def test_a_missing_archive_names_the_archive_stage(built_site, tmp_path):
    """A .tar.gz that is not there (a partial upload) ends in bootFailed("archive", …), not a silent wait."""
    site = tmp_path / "site"
    shutil.copytree(built_site("ko"), site)
    (site / "timestopped.tar.gz").unlink()
    report = boot(site, tmp_path, "--tap", "--seconds", "10")
    assert [c[:2] for c in calls(report)] == [["bootStage", "archive"], ["bootFailed", "archive"]]
    assert "timestopped.tar.gz could not be downloaded" in calls(report)[1][2]
    assert report["app"] is None


def test_main_py_starts_even_when_file_is_already_gone(built_site, tmp_path):
    """main.py does not read __file__: it starts when interactive() has deleted it before main.py runs."""
    report = boot(built_site("ko"), tmp_path, "--tap", "--delete-file-first")
    assert ["gameStarted"] in calls(report)
    assert report["app"]["top"] == "TitleScene"


def test_the_english_page_opens_the_game_in_english(built_site, tmp_path):
    """`build --lang en` writes <html lang="en">, and the game reads the page's language."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = boot(built_site("en"), tmp_path, "--tap",
                  "--screenshot", str(ARTIFACTS / "web-boot-en.png"))
    assert report["app"]["lang"] == "en"


@pytest.mark.parametrize("storage", ["undefined", "ok"])
def test_first_visit_is_a_fresh_start_whatever_getitem_gives_for_a_missing_key(built_site, tmp_path, storage):
    """JS null as None or as the runtime's `undefined` placeholder: no save, no "damaged save" notice."""
    report = boot(built_site("ko"), tmp_path, "--tap", "--storage", storage)
    assert "time-stopped/time-stopped.save" in report["storage_reads"]
    assert report["app"]["saves_notice"] is None and report["app"]["storage_notice_left"] == 0


def test_switched_off_storage_plays_on_and_says_so(built_site, tmp_path):
    """localStorage that throws: the game starts with its place kept in memory and shows the notice."""
    report = boot(built_site("ko"), tmp_path, "--tap", "--storage", "broken")
    assert report["app"]["storage"] == "MemoryStorage"
    assert report["app"]["top"] == "TitleScene"
    assert report["app"]["storage_notice_left"] > 0


def test_a_damaged_story_in_the_archive_names_the_starting_stage(built_site, tmp_path):
    """main.py's own start-up check (a damaged story.json) reaches the page's card, not only the canvas."""
    import tarfile

    site = tmp_path / "site"
    shutil.copytree(built_site("ko"), site)
    packed = site / "timestopped.tar.gz"
    unpacked = tmp_path / "unpacked"
    with tarfile.open(packed) as archive:
        archive.extractall(unpacked, filter="tar")
    (unpacked / "assets" / "story.json").write_text('{"format": 2, "chap', encoding="utf-8")
    with tarfile.open(packed, "w:gz") as archive:
        archive.add(unpacked / "assets", arcname="assets")
    report = boot(site, tmp_path, "--tap", "--seconds", "20")
    failed = [c for c in calls(report) if c[0] == "bootFailed"]
    assert [c[:2] for c in failed] == [["bootFailed", "starting"]]
    assert "story.json" in failed[0][2]
    assert ["gameStarted"] not in calls(report)
