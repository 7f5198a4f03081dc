"""A mini-game step hands over to the registered scene, and its result picks the story's next step."""

from __future__ import annotations

import pygame
import pytest

from game import catalog
from scenes import MINIGAMES
from scenes.dialogue import DialogueScene
from scenes.minigame import MinigameScene
from tests.scenes.stories import MANIFEST

CHAPTER = """
id: one
title: {ko: "놀이", en: "Play"}
intro: {ko: "시작", en: "Start"}
outro: {ko: "끝", en: "End"}
steps:
  - id: game
    kind: minigame
    name: pick-a-door
    params: {pool: two-doors}
    results: {left: went-left}
  - id: went-right
    kind: line
    text: {ko: "오른쪽", en: "Right door"}
  - id: right-end
    kind: ending
    title: {ko: "끝", en: "End"}
    text: {ko: "오른쪽 끝", en: "Right end"}
  - id: went-left
    kind: line
    text: {ko: "왼쪽", en: "Left door"}
  - id: left-end
    kind: ending
    title: {ko: "끝", en: "End"}
    text: {ko: "왼쪽 끝", en: "Left end"}
"""


POOLS = """
pick-a-door:
  two-doors:
    title: {ko: "문 고르기", en: "Pick a door"}
    instructions: {ko: "문을 골라요", en: "Pick one"}
    items:
      - {id: left, text: {ko: "왼쪽", en: "Left"}, group: door, feedback: {ko: "좋아요", en: "Good"}}
      - {id: right, text: {ko: "오른쪽", en: "Right"}, group: door, feedback: {ko: "좋아요", en: "Good"}}
"""


class PickADoorScene(MinigameScene):
    """A test-only mini-game: Left arrow picks 'left', Right arrow picks 'right'."""

    NAME = "pick-a-door"
    RESULTS = ("left", "right")

    def on_other(self, event):
        if event.action.value in self.RESULTS:
            self.finish_with(event.action.value)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((200, 220, 240))


@pytest.fixture
def door_game(monkeypatch):
    """Register the test mini-game for the linter and the conductor."""
    monkeypatch.setitem(catalog.MINIGAMES, PickADoorScene.NAME, catalog.MinigameInfo(PickADoorScene.RESULTS, ("door",)))
    monkeypatch.setitem(MINIGAMES, PickADoorScene.NAME, PickADoorScene)


@pytest.mark.parametrize(("key", "expected"), [("left", "one.went-left"), ("right", "one.went-right")])
def test_minigame_result_chooses_the_next_step(pilot_for, door_game, key, expected):
    """'left' follows the results map; 'right' is not mapped, so it continues with the next step."""
    pilot = pilot_for({"story.yaml": MANIFEST.replace("[one, two]", "[one]"), "one.yaml": CHAPTER,
                       "minigames/doors.yaml": POOLS})
    pilot.press("confirm", "confirm")
    game = pilot.top_scene
    assert isinstance(game, PickADoorScene)
    assert game.pool.title.en == "Pick a door"
    pilot.press(key)
    assert pilot.state.step_id == expected
    assert pilot.top_scene_is(DialogueScene)


def test_minigame_cannot_finish_with_an_unknown_result(pilot_for, door_game):
    """A mini-game that reports a result it did not declare is a programming error, caught at once."""
    pilot = pilot_for({"story.yaml": MANIFEST.replace("[one, two]", "[one]"), "one.yaml": CHAPTER,
                       "minigames/doors.yaml": POOLS})
    pilot.press("confirm", "confirm")
    with pytest.raises(ValueError, match="cannot finish with 'up'"):
        pilot.top_scene.finish_with("up")
