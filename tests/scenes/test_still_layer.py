"""The still layer: still screens are drawn once and reused, and what it shows equals a full redraw."""

from __future__ import annotations

import pygame
import pytest

from game.monkey import MonkeyError, compare_with_full_redraw
from scenes.breathe import BreatheScene
from scenes.choice import ChoiceScene
from scenes.dialogue import DialogueScene
from tests.scenes.stories import small_story


def _to_choice(pilot) -> None:
    for _ in range(12):
        if pilot.top_scene_is(ChoiceScene):
            return
        pilot.press("confirm")
    raise AssertionError(f"no choice reached; on {pilot.describe()}")


def test_a_still_screen_is_drawn_once_and_reused(pilot_for) -> None:
    """Frames without input reuse the still picture instead of drawing the scenes again."""
    pilot = pilot_for(small_story())
    _to_choice(pilot)
    pilot.step(2)
    redraws = pilot.app.stack.still.redraws
    pilot.step(30)
    assert pilot.app.stack.still.redraws == redraws


def test_moving_focus_redraws_the_still_picture(pilot_for) -> None:
    """Moving the focus changes the scene's look, so the picture is drawn again and shows the new focus."""
    pilot = pilot_for(small_story())
    _to_choice(pilot)
    before = pygame.image.tobytes(pilot.app.surface, "RGB")
    redraws = pilot.app.stack.still.redraws
    pilot.press("down")
    assert pilot.app.stack.still.redraws == redraws + 1
    assert pygame.image.tobytes(pilot.app.surface, "RGB") != before
    compare_with_full_redraw(pilot.app)


def test_the_typewriter_moves_over_a_still_dialogue(pilot_for) -> None:
    """While letters appear, the dialogue's still part is reused and only the letters are drawn anew."""
    pilot = pilot_for(small_story(), text_speed="slow")
    for _ in range(4):  # title, then the chapter card
        if pilot.top_scene_is(DialogueScene):
            break
        pilot.press("confirm")
    pilot.step(2)
    redraws = pilot.app.stack.still.redraws
    first = pygame.image.tobytes(pilot.app.surface, "RGB")
    pilot.step(20)
    assert pilot.app.stack.still.redraws == redraws
    assert pygame.image.tobytes(pilot.app.surface, "RGB") != first  # more letters show
    compare_with_full_redraw(pilot.app)


def test_a_scene_without_a_look_is_drawn_every_frame(pilot_for) -> None:
    """The breathing break animates and has no look: nothing of it is kept in the still picture."""
    pilot = pilot_for(small_story())
    pilot.press("confirm")
    pilot.press("menu")
    pilot.app.stack.push(BreatheScene())
    pilot.step()
    assert pilot.top_scene.look() is None
    first = pygame.image.tobytes(pilot.app.surface, "RGB")
    pilot.step(30)
    assert pygame.image.tobytes(pilot.app.surface, "RGB") != first  # the circle grew or shrank


def test_a_look_that_misses_a_change_is_caught(pilot_for) -> None:
    """The full-redraw comparison fails when a scene changes its picture without changing its look."""
    pilot = pilot_for(small_story())
    _to_choice(pilot)
    scene = pilot.top_scene
    assert isinstance(scene, ChoiceScene)
    scene.look = lambda: "unchanged"  # type: ignore[method-assign]
    pilot.step()
    compare_with_full_redraw(pilot.app)  # still right: nothing changed yet
    scene.buttons.buttons[0].rect.move_ip(0, 40)  # a change the constant look does not tell about
    pilot.step(2)
    with pytest.raises(MonkeyError, match="stale picture"):
        compare_with_full_redraw(pilot.app)
