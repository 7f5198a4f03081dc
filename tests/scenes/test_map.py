"""The town map reflects saved progress, opens the next chapter or a replay, and shows the badge book."""

from __future__ import annotations

import pytest

from game.save import MemoryStorage, Saves
from game.state import PlayState
from scenes.badges import BadgeBookScene
from scenes.card import CardScene
from scenes.map import MapScene, place_backdrops
from tests.scenes.stories import small_story


def _saved_at_map(**fields) -> Saves:
    """Saves holding a game that stands on the map after chapter one."""
    saves = Saves(MemoryStorage())
    state = PlayState(step_id="two.check", at_map=True, completed=["one"], time_pieces=["one"], **fields)
    saves.save_game(state)
    return saves


def test_map_reflects_a_saved_game(pilot_for):
    """Continuing a game saved on the map shows it: chapter one restored and open, chapter two next."""
    pilot = pilot_for(small_story(), saves=_saved_at_map(badges=["listener"]))
    pilot.press("confirm")  # continue
    town = pilot.top_scene
    assert isinstance(town, MapScene)
    assert pilot.widget_ids() == ["place-one", "place-two", "badges", "menu"]
    assert town.focused_chapter is not None and town.focused_chapter.id == "two"


def test_locked_places_cannot_be_opened(pilot_for):
    """A chapter beyond the next one is shown frozen and is not a button the player can press."""
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id="one.hello", at_map=True))
    pilot = pilot_for(small_story(), saves=saves)
    pilot.press("confirm")
    assert "place-two" not in pilot.widget_ids() and "place-one" in pilot.widget_ids()


def test_clicking_a_finished_place_replays_it_and_returns_to_the_map(pilot_for):
    """Replaying chapter one keeps progress: at its end the map shows again, still pointing at two."""
    pilot = pilot_for(small_story(), saves=_saved_at_map())
    pilot.press("confirm")
    pilot.click("place-one")
    assert pilot.top_scene_is(CardScene) and pilot.state.replaying == "one"
    pilot.press("confirm")
    pilot.press("confirm", "confirm")  # two lines
    pilot.click("choice-0")
    pilot.click("answer-1")
    pilot.press("confirm", "confirm", "confirm")  # feedback, award, outro
    assert pilot.top_scene_is(MapScene)
    assert (pilot.state.chapter_id, pilot.state.completed, pilot.state.replaying) == ("two", ["one"], None)


def test_badge_book_opens_from_the_map_and_closes_back(pilot_for):
    """The badge book shows earned and missing badges; Esc returns to the same map."""
    pilot = pilot_for(small_story(), saves=_saved_at_map(badges=["listener"]))
    pilot.press("confirm")
    pilot.click("badges")
    assert pilot.top_scene_is(BadgeBookScene)
    pilot.press("menu")
    assert pilot.top_scene_is(MapScene)


def test_time_restarts_with_an_animation_unless_motion_is_reduced(pilot_for):
    """A place restored just now fades from frozen to warm over a moment; reduced motion shows it at once."""
    pilot = pilot_for(small_story(), saves=_saved_at_map(just_restored="one"))
    pilot.press("confirm")
    town = pilot.top_scene
    assert isinstance(town, MapScene) and town.restore_time > 0
    pilot.run_until(lambda: town.restore_time == 0, max_frames=240)
    still = MapScene(town.view, town.state, reduced_motion=True)
    still.enter(pilot.app.context)
    assert still.restore_time == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_map_and_badge_book_look_right(pilot_for, lang):
    """Reference pictures of the map with one place restored, and of the badge book."""
    pilot = pilot_for(small_story(), lang=lang, saves=_saved_at_map(badges=["listener"]))
    pilot.press("confirm")
    pilot.step()
    pilot.snapshot(f"map-{lang}")
    pilot.click("badges")
    pilot.snapshot(f"badge-book-{lang}")


def test_every_real_chapter_has_a_place_picture():
    """Each chapter of story/ maps to backdrops the game can draw."""
    from pathlib import Path

    from game.content.compile import load_story_dir
    from game.ui.backdrops import DRAWERS

    story = load_story_dir(Path(__file__).resolve().parents[2] / "story")
    for chapter in story.chapters:
        frozen, restored = place_backdrops(chapter)
        assert frozen in DRAWERS and restored in DRAWERS


def test_reduced_motion_setting_stops_the_restore_animation(pilot_for):
    """Choosing 'reduced' motion in settings makes the next map show the restored place at once."""
    saves = _saved_at_map(just_restored="one")
    pilot = pilot_for(small_story(), saves=saves)
    pilot.click("settings")
    pilot.click("motion-reduced")
    pilot.click("done")
    assert saves.load_settings().reduced_motion
    pilot.click("continue")
    town = pilot.top_scene
    assert isinstance(town, MapScene) and town.restore_time == 0
