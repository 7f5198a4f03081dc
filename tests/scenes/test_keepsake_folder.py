"""Where the certificate and the results table are saved on desktop: where people look, said in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.keepsake import Kept, keep_text, keepsake_folder, kept_words


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh home folder with no game override, no XDG settings of the machine."""
    monkeypatch.delenv("TIME_STOPPED_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / ".local" / "share"))
    return tmp_path


def test_the_desktop_comes_first_when_it_exists(home):
    """With Desktop and Downloads, the file goes on the Desktop."""
    (home / "Desktop").mkdir()
    (home / "Downloads").mkdir()
    assert keepsake_folder(home) == (home / "Desktop", "desktop")


def test_downloads_when_there_is_no_desktop(home):
    """Without a Desktop folder, the Downloads folder."""
    (home / "Downloads").mkdir()
    assert keepsake_folder(home) == (home / "Downloads", "downloads")


def test_a_desktop_named_in_the_users_language_is_found(home):
    """A Korean Linux desktop names its folders in user-dirs.dirs: 바탕화면 is the Desktop."""
    (home / "바탕화면").mkdir()
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DESKTOP_DIR="$HOME/바탕화면"\n', encoding="utf-8")
    assert keepsake_folder(home) == (home / "바탕화면", "desktop")


def test_the_game_folder_when_neither_exists(home):
    """No Desktop, no Downloads: the game's own data folder."""
    assert keepsake_folder(home) == (home / ".local" / "share" / "time-stopped", "data")


def test_the_csv_lands_on_the_desktop_and_the_words_name_it_plainly(home):
    """The table is written there, and the message names the folder, not a long path."""
    (home / "Desktop").mkdir()
    kept = keep_text("a,b\n", "results-2026-05-04.csv")
    assert kept == Kept(home / "Desktop" / "results-2026-05-04.csv", "desktop")
    assert kept.path.read_text(encoding="utf-8-sig") == "a,b\n"
    assert kept_words(kept, "en") == "Saved on your Desktop: results-2026-05-04.csv"
    assert kept_words(kept, "ko") == "바탕화면에 저장했어요: results-2026-05-04.csv"
    assert str(home) not in kept_words(kept, "en")
