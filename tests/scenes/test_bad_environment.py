"""A bad environment: missing or damaged files stop the game with one clear line (no traceback); no sound plays on.

The built game (main.py next to story.json) and `python -m game play` are started as real subprocesses on a
copy of the game with one file broken. Built-game runs set TIME_STOPPED_AUTOPLAY, so a game that failed to
notice the broken file would play to its end (and print AUTOPLAY) instead of waiting for input.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pygame
import pytest

from game.assets import AssetError
from game.boot import show_problem
from game.testing import play_through
from game.ui import theme
from game.ui.text import TextRenderer
from tests.conftest import write_story
from tests.gamecopy import copy_source_tree, game_env, run_python
from tests.scenes.stories import small_story

ROOT = Path(__file__).resolve().parents[2]
FONT = Path("assets") / "fonts" / "NanumSquareRoundR.ttf"


def _break(path: Path, how: str) -> None:
    """Make the file at `path` missing, cut off, not text, or a folder."""
    if how == "missing":
        path.unlink()
    elif how == "cut off":
        path.write_bytes(path.read_bytes()[:2000])
    elif how == "not UTF-8":
        path.write_bytes(b"\xff\xfe" + path.read_bytes()[:100])
    elif how == "folder":
        path.unlink()
        path.mkdir()


def _assert_stopped_with_message(result, path: Path, problem: str) -> None:
    assert result.returncode == 1, (result.stdout[-2000:], result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "AUTOPLAY" not in result.stdout
    line = next((ln for ln in result.stderr.splitlines() if ln.startswith("The game cannot run: ")), "")
    assert f"{path} {problem}" in line, result.stderr[-2000:]


# -- the built game (main.py) ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("how", "problem"), [("missing", "is missing"), ("cut off", "is damaged (cut off)"),
                                               ("folder", "is a folder")])
def test_built_game_with_a_broken_font_stops_with_a_message(game_copy, tmp_path, how, problem):
    """main.py with a missing, cut-off or unreadable font exits 1 with one line naming the font."""
    _break(game_copy / FONT, how)
    result = run_python(["main.py"], game_copy, game_env(tmp_path / "home", TIME_STOPPED_AUTOPLAY="1"), timeout=60)
    _assert_stopped_with_message(result, game_copy / FONT, problem)


@pytest.mark.parametrize(("how", "problem"), [("missing", "is missing"), ("cut off", "cannot be used"),
                                               ("not UTF-8", "is damaged"), ("folder", "is a folder")])
def test_built_game_with_a_broken_story_bundle_stops_with_a_message(game_copy, tmp_path, how, problem):
    """main.py with story.json missing, cut off, not text or unreadable exits 1 with one line naming it."""
    bundle = game_copy / "story.json"
    if how == "cut off":
        bundle.write_text(bundle.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    else:
        _break(bundle, how)
    result = run_python(["main.py"], game_copy, game_env(tmp_path / "home", TIME_STOPPED_AUTOPLAY="1"), timeout=60)
    _assert_stopped_with_message(result, bundle, problem)
    assert "Reinstall the game, or build it again" in result.stderr


def test_built_game_without_a_display_stops_with_a_message(built_game, tmp_path):
    """main.py with SDL_VIDEODRIVER naming a driver that does not exist explains and exits 1."""
    env = game_env(tmp_path / "home", TIME_STOPPED_AUTOPLAY="1", SDL_VIDEODRIVER="no-such-driver")
    result = run_python(["main.py"], built_game, env, timeout=60)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "The game cannot run: no window could be opened" in result.stderr


# -- `python -m game play` ------------------------------------------------------------------------------------


def test_play_command_with_a_missing_font_stops_with_a_message(tmp_path):
    """`python -m game play` from a copy of the game without its bold font exits 1 naming the font."""
    copy = copy_source_tree(tmp_path / "repo")
    write_story(copy / "story", small_story())
    font = copy / "assets" / "fonts" / "NanumSquareRoundB.ttf"
    font.unlink()
    result = run_python(["-m", "game", "play", "--story", "story"], copy, game_env(tmp_path / "home"), timeout=60)
    _assert_stopped_with_message(result, font, "is missing")


def test_play_command_without_a_display_stops_with_a_message(tmp_path):
    """With SDL_VIDEODRIVER naming a driver that does not exist, `python -m game play` explains and exits 1."""
    story = write_story(tmp_path / "story", small_story())
    env = game_env(tmp_path / "home", SDL_VIDEODRIVER="no-such-driver")
    result = run_python(["-m", "game", "play", "--story", str(story)], ROOT, env, timeout=60)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "The game cannot run: no window could be opened" in result.stderr
    assert "SDL_VIDEODRIVER is 'no-such-driver'" in result.stderr


@pytest.mark.parametrize("unset", [("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY")])
def test_play_command_with_no_screen_at_all_stops_instead_of_running_unseen(tmp_path, unset):
    """No SDL_VIDEODRIVER and no display: SDL would fall back on "offscreen"; the game says why and exits 1."""
    story = write_story(tmp_path / "story", small_story())
    env = {k: v for k, v in game_env(tmp_path / "home").items() if k not in unset}
    result = run_python(["-m", "game", "play", "--story", str(story)], ROOT, env, timeout=60)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "The game cannot run: no window could be opened" in result.stderr


def test_a_fallback_driver_is_refused_but_one_asked_for_is_used(monkeypatch):
    """`open_window` refuses a headless driver SDL picked by itself and accepts the same driver when set."""
    from game.assets import StartupError
    from game.boot import open_window

    monkeypatch.setattr(pygame.display, "get_driver", lambda: "offscreen")
    monkeypatch.setattr(pygame.display, "set_mode", lambda *args, **kwargs: pygame.Surface((1280, 720)))
    monkeypatch.setattr(pygame.display, "quit", lambda: None)  # the tests' shared display stays open
    monkeypatch.delenv("SDL_VIDEODRIVER", raising=False)
    with pytest.raises(StartupError, match="no window could be opened: there is no screen"):
        open_window("test")
    monkeypatch.setenv("SDL_VIDEODRIVER", "offscreen")
    assert open_window("test").get_size() == (1280, 720)


def test_play_command_without_its_story_folder_names_the_folder(tmp_path):
    """`python -m game play --story DIR` with no such folder exits 1 naming it, without a traceback."""
    missing = tmp_path / "no-story-here"
    result = run_python(["-m", "game", "play", "--story", str(missing)], ROOT, game_env(tmp_path / "home"),
                        timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert f"story folder '{missing}' does not exist" in result.stderr


# -- in the process ------------------------------------------------------------------------------------------


def test_a_damaged_font_raises_an_asset_error_instead_of_crashing(display, tmp_path, monkeypatch):
    """Text rendering refuses a cut-off font with AssetError (pygame-ce itself would segfault on it)."""
    damaged = tmp_path / "font.ttf"
    damaged.write_bytes((ROOT / FONT).read_bytes()[:2000])
    monkeypatch.setattr(theme, "FONT_REGULAR", damaged)
    with pytest.raises(AssetError, match="is damaged"):
        TextRenderer().render("안녕", 24, theme.INK)


def test_problem_message_is_drawn_without_the_bundled_fonts(display, monkeypatch, tmp_path):
    """`show_problem` writes on the window with pygame's built-in font even when both bundled fonts are gone."""
    monkeypatch.setattr(theme, "FONT_REGULAR", tmp_path / "gone-R.ttf")
    monkeypatch.setattr(theme, "FONT_BOLD", tmp_path / "gone-B.ttf")
    show_problem("The game cannot run: story.json is missing. Reinstall the game.")
    surface = pygame.display.get_surface()
    ink = pygame.transform.threshold(None, surface, (245, 245, 245), (60, 60, 60, 255), None, 0)
    assert ink > 500  # letters, not an empty screen


def test_no_audio_device_plays_through_silently(pilot_for, monkeypatch, caplog):
    """With SDL_AUDIODRIVER naming no real device, the first key unlocks sound, it stays off and play goes on."""
    pygame.mixer.quit()
    monkeypatch.setenv("SDL_AUDIODRIVER", "nonexistent")
    pilot = pilot_for(small_story())
    audio = pilot.app.context.audio
    try:
        with caplog.at_level(logging.WARNING, logger="game.audio"):
            visited = play_through(pilot)
    finally:
        pygame.mixer.quit()  # the next test starts the mixer again with the dummy driver
    assert pilot.app.context.story.step(visited[-1]).kind == "ending"
    assert audio.unlocked and not audio.available
    assert {"page", "click", "right"} <= set(audio.played)  # sounds were asked for and skipped
    assert "audio device could not be opened" in caplog.text
