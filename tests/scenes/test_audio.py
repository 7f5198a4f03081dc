"""The `Audio` service with SDL's dummy audio driver, its wiring into the app and scenes, and the sound files."""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path

import pygame
import pytest

from game.audio import EFFECTS, LOOPS, MUSIC_CHANNELS, SOUND_DIR, Audio
from game.settings import Settings
from scenes.card import CardScene
from scenes.quiz import QuizScene
from tests.scenes.stories import small_story

ROOT = Path(__file__).resolve().parents[2]
EFFECT_LIMIT = 25_000  # bytes
LOOP_LIMIT = 120_000


@pytest.fixture
def mixer(display):
    """The shared dummy mixer, quiet at the start of each test."""
    if not pygame.mixer.get_init():
        pygame.mixer.init()
    pygame.mixer.stop()
    yield
    pygame.mixer.stop()


# -- the service ---------------------------------------------------------------------------------


def test_nothing_is_initialised_or_played_before_unlock(mixer):
    """Before the first input the mixer is not even started, and requests are ignored."""
    pygame.mixer.quit()
    audio = Audio(Settings())
    audio.play("click")
    audio.music("loop-town")
    assert audio.played == []
    assert pygame.mixer.get_init() is None
    audio.unlock()
    assert pygame.mixer.get_init() is not None


def test_effects_play_after_unlock(mixer):
    """After unlock an effect is recorded and really sounds on the mixer."""
    audio = Audio(Settings())
    audio.unlock()
    audio.play("right")
    assert audio.played == ["right"]
    assert pygame.mixer.get_busy()


def test_music_asked_for_early_starts_at_unlock_and_loops_on_a_music_channel(mixer):
    """A loop chosen before unlock starts once sound is allowed, on a reserved channel."""
    audio = Audio(Settings())
    audio.music("loop-keepers")
    assert audio.music_playing is None
    audio.unlock()
    assert audio.music_playing == "loop-keepers"
    assert any(pygame.mixer.Channel(i).get_busy() for i in MUSIC_CHANNELS)
    audio.music("loop-town")
    assert audio.music_playing == "loop-town"


def test_muted_plays_nothing(mixer):
    """With sound off, effects are neither recorded nor heard and no music starts."""
    audio = Audio(Settings(muted=True))
    audio.unlock()
    audio.play("click")
    audio.music("loop-town")
    assert audio.played == []
    assert audio.music_playing is None
    assert not pygame.mixer.get_busy()


def test_muting_stops_music_and_unmuting_brings_it_back(mixer):
    """`refresh()` after a settings change fades the loop out, and in again."""
    settings = Settings()
    audio = Audio(settings)
    audio.unlock()
    audio.music("loop-town")
    settings.muted = True
    audio.refresh()
    assert audio.music_playing is None
    settings.muted = False
    audio.refresh()
    assert audio.music_playing == "loop-town"


def test_volume_setting_is_applied(mixer):
    """Effects play at the player's volume."""
    audio = Audio(Settings(volume=0.5))
    audio.unlock()
    audio.play("click")
    sound = audio._sounds["click"]
    assert sound is not None and sound.get_volume() == pytest.approx(0.5, abs=0.01)


def test_missing_file_is_silent_and_logged_once(mixer, tmp_path, caplog):
    """A sound that is not there is logged once and never raises."""
    audio = Audio(Settings(), folder=tmp_path)
    audio.unlock()
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        audio.play("click")
        audio.play("click")
        audio.music("loop-town")
    assert audio.played == ["click", "click"]
    assert audio.music_playing is None
    assert [r.getMessage().count("'click'") for r in caplog.records].count(1) == 1
    assert len(caplog.records) == 2  # one for click, one for loop-town


def test_unreadable_file_is_silent_and_logged(mixer, tmp_path, caplog):
    """A damaged OGG is logged and skipped."""
    (tmp_path / "page.ogg").write_bytes(b"OggS not really a sound")
    audio = Audio(Settings(), folder=tmp_path)
    audio.unlock()
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        audio.play("page")
    assert "could not be read" in caplog.text


def test_no_audio_device_is_silent_and_logged(mixer, monkeypatch, caplog):
    """When the mixer cannot start, the game plays on without sound."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", refuse)
    audio = Audio(Settings())
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        audio.unlock()
        audio.play("click")
        audio.music("loop-town")
    assert not audio.available
    assert "audio device" in caplog.text


# -- wiring into the app and scenes --------------------------------------------------------------


def test_first_key_or_click_unlocks_sound_but_hovering_does_not(pilot_for):
    """The app unlocks audio on the first real input; a moving pointer is not a gesture."""
    pilot = pilot_for(small_story())
    audio = pilot.app.context.audio
    pilot.step(events=[pygame.event.Event(pygame.MOUSEMOTION, pos=(5, 5), rel=(0, 0), buttons=(0, 0, 0))])
    assert not audio.unlocked
    pilot.press("next")
    assert audio.unlocked


def test_cards_turn_buttons_click_and_quiz_outcomes_chime(pilot_for):
    """Cards play 'page' ('piece' with a prize), buttons 'click', quiz outcomes 'try-again' or 'right'."""
    pilot = pilot_for(small_story())
    audio = pilot.app.context.audio
    pilot.press("confirm")  # start: the chapter intro card
    assert pilot.top_scene_is(CardScene)
    assert audio.played[-1] == "page"
    pilot.press("confirm", "confirm", "confirm")
    pilot.click("choice-0")
    assert pilot.top_scene_is(QuizScene)
    audio.played.clear()
    pilot.click("answer-0")
    assert audio.played == ["click", "try-again"]
    pilot.click("next")
    pilot.click("answer-1")
    assert audio.played[-1] == "right"
    pilot.click("next")  # the award card with the time piece
    assert pilot.top_scene_is(CardScene)
    assert audio.played[-1] == "piece"


# -- the files -----------------------------------------------------------------------------------


def _names_in_code() -> set[str]:
    """Every string literal given to `<...>audio.play(...)` or `<...>audio.music(...)` in game/ and scenes/."""
    names: set[str] = set()
    for path in [*ROOT.glob("game/**/*.py"), *ROOT.glob("scenes/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("play", "music") and ast.unparse(node.func.value).endswith("audio")):
                for arg in node.args:
                    names |= {c.value for c in ast.walk(arg)
                              if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return names


def test_every_sound_the_code_asks_for_exists_and_loads(mixer):
    """Each name the code plays (and every listed effect and loop) is an OGG that pygame can load."""
    used = _names_in_code()
    assert {"click", "right", "try-again", "piece", "page"} <= used
    for name in sorted(used | set(EFFECTS) | set(LOOPS)):
        path = SOUND_DIR / f"{name}.ogg"
        assert path.is_file(), f"{name} is asked for but {path} is missing"
        assert pygame.mixer.Sound(str(path)).get_length() > 0


def test_every_sound_file_is_small(mixer):
    """Effects stay under 25 KB and loops under 120 KB; no stray files."""
    files = {p.stem: p.stat().st_size for p in SOUND_DIR.glob("*.ogg")}
    assert set(files) == set(EFFECTS) | set(LOOPS)
    for name, size in files.items():
        limit = LOOP_LIMIT if name in LOOPS else EFFECT_LIMIT
        assert size < limit, f"{name}.ogg is {size:,} bytes (limit {limit:,})"


def test_sound_readme_names_every_file():
    """assets/sounds/README.md has a line for each OGG saying where it comes from."""
    readme = (SOUND_DIR / "README.md").read_text(encoding="utf-8")
    for path in SOUND_DIR.glob("*.ogg"):
        assert re.search(rf"^.*`{re.escape(path.name)}`.*make_sounds\.py.*$", readme, re.MULTILINE), path.name
