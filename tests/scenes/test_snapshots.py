"""Reference pictures of the main screens in Korean and English (compare with a small tolerance)."""

from __future__ import annotations

import pytest

from scenes.choice import ChoiceScene
from scenes.quiz import QuizScene
from tests.scenes.stories import small_story


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_title_screen_looks_right(pilot_for, lang):
    """The title screen with its buttons."""
    pilot = pilot_for(small_story(), lang=lang)
    pilot.step()
    pilot.snapshot(f"title-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_dialogue_screen_looks_right(pilot_for, lang):
    """A line with speaker, portrait, name plate and backdrop."""
    pilot = pilot_for(small_story(), lang=lang)
    pilot.press("confirm", "confirm")
    pilot.snapshot(f"dialogue-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_choice_screen_looks_right(pilot_for, lang):
    """A choice with its prompt and the second option focused."""
    pilot = pilot_for(small_story(), lang=lang)
    pilot.press("confirm", "confirm", "confirm", "confirm")
    assert pilot.top_scene_is(ChoiceScene)
    pilot.press("down")
    pilot.snapshot(f"choice-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_quiz_screens_look_right(pilot_for, lang):
    """A quiz question, then the kind feedback after a wrong answer."""
    pilot = pilot_for(small_story(), lang=lang)
    pilot.press("confirm", "confirm", "confirm", "confirm")
    pilot.click("choice-0")
    assert pilot.top_scene_is(QuizScene)
    pilot.snapshot(f"quiz-{lang}")
    pilot.click("answer-0")
    pilot.snapshot(f"quiz-feedback-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_settings_screen_looks_right(pilot_for, lang):
    """The settings overlay over the title: language, text speed and sound rows, and the done button."""
    pilot = pilot_for(small_story(), lang=lang)
    pilot.click("settings")
    pilot.snapshot(f"settings-{lang}")
