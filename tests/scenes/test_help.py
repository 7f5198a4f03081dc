"""Help is one input away on every screen, shows the region's numbers, and closing it changes nothing."""

from __future__ import annotations

import contextlib

import pytest

import scenes.minigames  # noqa: F401  (registers the mini-games for the parameter list)
from game.save import MemoryStorage, Saves
from game.state import PlayState
from scenes import MINIGAMES
from scenes.breathe import BreatheScene
from scenes.help import HelpScene
from scenes.menu import MenuScene
from tests.scenes.stories import small_story


def _snapshot_of(pilot):
    """What must not change while help is open: the stack, the top scene's focus and the play state."""
    top = pilot.top_scene
    group = getattr(top, "buttons", None)
    focus = getattr(group, "focus", None)
    play_state = None
    with contextlib.suppress(AssertionError):  # no story is being played on the title or its settings
        play_state = pilot.state.to_dict()
    return [type(s).__name__ for s in pilot.app.stack.scenes], focus, play_state


def _help_round_trip(pilot, open_with: str):
    before = _snapshot_of(pilot)
    if open_with == "key":
        pilot.press("help")
    else:
        pilot.click("help")
    assert pilot.top_scene_is(HelpScene)
    assert "help" not in [w.id for w in pilot.app.global_widgets()]  # the button hides while help shows
    pilot.press("menu" if open_with == "key" else "confirm")
    assert _snapshot_of(pilot) == before


def _scene_kinds(pilot_for):
    """Yield (name, pilot) standing on each scene kind of the small story."""
    pilot = pilot_for(small_story())
    yield "title", pilot
    pilot.click("settings")
    yield "settings", pilot
    pilot.click("done")
    pilot.click("start")
    yield "chapter-intro", pilot
    pilot.press("confirm")
    yield "dialogue", pilot
    pilot.press("confirm", "confirm")
    yield "choice", pilot
    pilot.click("choice-0")
    yield "quiz", pilot
    pilot.click("answer-0")
    yield "quiz-feedback", pilot
    pilot.press("menu")
    yield "menu", pilot


@pytest.mark.parametrize("open_with", ["key", "click"])
def test_help_opens_and_closes_from_every_story_scene(pilot_for, open_with):
    """From title, settings, cards, dialogue, choice, quiz and menu: one input opens help, one closes it."""
    seen = []
    for name, pilot in _scene_kinds(pilot_for):
        _help_round_trip(pilot, open_with)
        seen.append(name)
    assert len(seen) == 8


def test_help_from_the_map_and_the_ending(pilot_for):
    """The town map and the ending card have help too."""
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id="two.check", at_map=True, completed=["one"]))
    pilot = pilot_for(small_story(), saves=saves)
    pilot.press("confirm")
    _help_round_trip(pilot, "click")
    ending = Saves(MemoryStorage())
    ending.save_game(PlayState(step_id="two.fin", intro_pending=False))
    pilot = pilot_for(small_story(), saves=ending)
    pilot.press("confirm")
    assert getattr(pilot.top_scene, "heading", "") == "다시 흐르는 시간"
    _help_round_trip(pilot, "key")


@pytest.mark.parametrize("name", sorted(MINIGAMES))
def test_help_from_every_minigame(pilot_for, name):
    """Each mini-game keeps its place while help is open."""
    from pathlib import Path

    story = Path(__file__).resolve().parents[2] / "story"
    pilot = pilot_for(story)
    pilot.press("confirm", "confirm")  # title → intro → the first line
    scene = MINIGAMES[name]
    from game.story import MinigameStep

    step = next(s for c in pilot.app.context.story.chapters for s in c.steps
                if isinstance(s, MinigameStep) and s.name == name)
    game = scene(dict(step.params))
    pilot.app.stack.push(game)
    pilot.app.stack.apply()
    _help_round_trip(pilot, "click")
    _help_round_trip(pilot, "key")


def test_help_shows_the_region_numbers_and_follows_the_region(pilot_for):
    """The help screen lists the chosen region's numbers (from the region files) and says calls are free."""
    from pathlib import Path

    story = Path(__file__).resolve().parents[2] / "story"
    pilot = pilot_for(story, lang="en")
    pilot.press("help")
    help_screen = pilot.top_scene
    assert isinstance(help_screen, HelpScene)
    assert [n.number for n in help_screen.numbers] == ["112", "1388", "119"]
    pilot.press("menu")
    pilot.app.context.settings.region = "en-GB"
    pilot.press("help")
    assert [n.number for n in pilot.top_scene.numbers] == ["999", "0800 1111", "999"]
    pilot.snapshot("help-en-gb")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_help_screen_looks_right(pilot_for, lang):
    """Reference picture of the help screen over a dialogue line."""
    from pathlib import Path

    pilot = pilot_for(Path(__file__).resolve().parents[2] / "story", lang=lang)
    pilot.press("confirm", "confirm")
    pilot.press("help")
    pilot.snapshot(f"help-{lang}")


def test_break_from_the_menu_breathes_and_returns(pilot_for):
    """The menu's break shows a slowly breathing circle; 'I'm ready' returns to the menu."""
    pilot = pilot_for(small_story(), lang="en")
    pilot.press("confirm", "confirm")
    pilot.press("menu")
    pilot.click("break")
    calm = pilot.top_scene
    assert isinstance(calm, BreatheScene)
    first = calm.fullness()
    pilot.step(60)
    assert calm.fullness() != first and calm.breathing_in
    pilot.step(240)
    assert not calm.breathing_in
    pilot.snapshot("break-en")
    pilot.click("breathe-done")
    assert pilot.top_scene_is(MenuScene)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_help_at_the_largest_size_in_high_contrast_fits(pilot_for, lang):
    """At the largest text size in high contrast, everything on the help screen still fits above its button."""
    from pathlib import Path

    pilot = pilot_for(Path(__file__).resolve().parents[2] / "story", lang=lang)
    pilot.click("settings")
    pilot.click("size-largest")
    pilot.click("contrast-high")
    pilot.press("menu")
    pilot.press("help")
    screen = pilot.top_scene
    assert isinstance(screen, HelpScene)
    pilot.step()
    assert screen._content is not None
    assert screen._content.get_height() <= screen.buttons.buttons[0].rect.top - 28 - 28
    pilot.snapshot(f"help-largest-contrast-{lang}")
