"""The call-112 mini-game: dial the region's report number, answer the operator, and report the result."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.content.compile import load_story_dir
from game.input import Action
from game.testing import PilotError
from game.ui.widgets import Button, nearest
from scenes.dialogue import DialogueScene
from scenes.minigames.call_112 import Call112Scene, dial_digits
from tests.scenes.stories import MANIFEST, minigame_chapter, region_yaml

STORY = Path(__file__).resolve().parents[2] / "story"

POOLS = """
call-112:
  practice:
    title: {ko: "{report}에 전화해요", en: "Call {report}"}
    instructions: {ko: "{report} 번호를 누르고 질문에 답해요.", en: "Dial {report}, then answer the questions."}
    questions:
      - id: what
        prompt: {ko: "무슨 일이 있나요?", en: "What is happening?"}
        items:
          - id: lunch
            group: wrong
            text: {ko: "급식이 맛있어요.", en: "Lunch was yummy."}
            feedback: {ko: "무슨 걱정이 있는지 말해 봐요.", en: "Say what is worrying you."}
          - id: bruises
            group: right
            text: {ko: "친구 몸에 멍이 있어요.", en: "My friend has bruises."}
            feedback: {ko: "잘했어요.", en: "Well done."}
      - id: where
        prompt: {ko: "어디에 있나요?", en: "Where is the child?"}
        items:
          - id: playground
            group: right
            text: {ko: "놀이터 근처에 있어요.", en: "Near the playground."}
            feedback: {ko: "맞아요.", en: "Yes."}
          - id: sad
            group: wrong
            text: {ko: "슬퍼해요.", en: "She is sad."}
            feedback: {ko: "장소를 말하는 답을 골라 봐요.", en: "Try the answer that says a place."}
"""

def files() -> dict[str, str]:
    """A one-chapter story with the call step, its pool, and two regions with different numbers."""
    return {"story.yaml": MANIFEST.replace("[one, two]", "[one]"),
            "one.yaml": minigame_chapter("call-112", pool="practice"),
            "minigames/call.yaml": POOLS,
            "regions/ko-KR.yaml": region_yaml("ko-KR", "Korea", "112"),
            "regions/en-GB.yaml": region_yaml("en-GB", "UK", "999")}


def start(pilot_for, lang: str = "ko", region: str | None = None):
    """A pilot on the call game (past the title and the chapter card)."""
    pilot = pilot_for(files(), lang=lang)
    if region is not None:
        pilot.app.context.settings.region = region
    pilot.press("confirm", "confirm")
    assert pilot.top_scene_is(Call112Scene)
    return pilot


def dial(pilot, digits: str) -> None:
    for digit in digits:
        pilot.click(f"key-{digit}")


def answer_all_right(pilot) -> None:
    for right in ("bruises", "playground"):
        pilot.click(f"answer-{right}")
        pilot.click("next")


def test_dialling_and_answering_without_a_miss_is_perfect(pilot_for):
    """112, Call, the right answers and the thanks lead to the story's `perfect` step."""
    pilot = start(pilot_for)
    dial(pilot, "112")
    pilot.click("call")
    answer_all_right(pilot)
    assert pilot.top_scene.stage == "thanks"
    pilot.click("done")
    assert pilot.state.step_id == "one.great"
    assert pilot.top_scene_is(DialogueScene)


def test_call_button_waits_for_the_whole_number(pilot_for):
    """The Call button is disabled until every digit is in."""
    pilot = start(pilot_for)
    dial(pilot, "11")
    with pytest.raises(PilotError, match="disabled"):
        pilot.click("call")
    dial(pilot, "2")
    assert "call" in pilot.widget_ids()


def test_a_wrong_digit_is_not_typed_and_hints_the_right_key(pilot_for):
    """A wrong key counts one miss, leaves the display as it was and moves focus to the key to press."""
    pilot = start(pilot_for)
    dial(pilot, "1")
    pilot.click("key-7")
    game = pilot.top_scene
    assert (game.dialled, game.misses, game.hint) == ("1", 1, "wrong")
    assert game.buttons.focused.id == "key-1"
    pilot.step(frames=90)
    assert game.flash is None  # the wrong digit fades away
    dial(pilot, "12")
    assert game.hint == "ready"


def test_a_wrong_answer_gives_feedback_and_another_try(pilot_for):
    """A wrong answer shows its feedback, is greyed out, and the right one still works; the result is 'done'."""
    pilot = start(pilot_for)
    dial(pilot, "112")
    pilot.click("call")
    pilot.click("answer-lunch")
    game = pilot.top_scene
    assert game.misses == 1 and game.question_index == 0
    assert game.picked.id == "lunch"
    assert "answer-lunch" not in pilot.widget_ids()
    pilot.click("answer-bruises")
    pilot.click("next")
    assert game.question_index == 1
    pilot.click("answer-playground")
    pilot.click("next")
    pilot.click("done")
    assert pilot.state.step_id == "one.fine"


def test_the_whole_call_can_be_made_with_the_keyboard(pilot_for):
    """Arrows move around the keypad like a grid; Enter presses; no mouse needed for a perfect call."""
    pilot = start(pilot_for)
    pilot.press("confirm", "confirm")  # 1, 1 (focus starts on 1)
    pilot.press("right")  # → 2
    assert pilot.top_scene.buttons.focused.id == "key-2"
    pilot.press("confirm")  # focus jumps to Call once the number is complete
    assert pilot.top_scene.buttons.focused.id == "call"
    pilot.press("confirm")
    pilot.press("down", "confirm", "confirm")  # "bruises" is second; then Next
    pilot.press("confirm", "confirm")  # "playground" is first; then Next
    pilot.press("confirm")  # the thanks
    assert pilot.state.step_id == "one.great"


def test_pressing_only_enter_still_finishes(pilot_for):
    """A child who only presses Enter is guided through (the keyboard play-through of the story relies on it)."""
    pilot = start(pilot_for)
    for _ in range(40):
        if not pilot.top_scene_is(Call112Scene):
            break
        pilot.press("confirm")
    assert pilot.state.step_id == "one.fine"


def test_the_scripted_player_makes_a_perfect_call(pilot_for):
    """Following `next_move` (as the story's play-through does) dials, answers and finishes without a miss."""
    pilot = start(pilot_for, region="en-GB")
    while pilot.top_scene_is(Call112Scene):
        pilot.click(pilot.top_scene.next_move())
    assert pilot.state.step_id == "one.great"


def test_another_region_dials_its_own_number(pilot_for):
    """With the UK region the keypad expects 999, and 112 is a (gently hinted) wrong number."""
    pilot = start(pilot_for, lang="en", region="en-GB")
    game = pilot.top_scene
    assert game.number == "999"
    pilot.click("key-1")
    assert game.misses == 1 and game.dialled == ""
    assert game.buttons.focused.id == "key-9"
    dial(pilot, "999")
    pilot.click("call")
    assert game.stage == "talk"


def test_helpline_numbers_become_keys_to_press():
    """Spaces and dashes in a region's number are not keys."""
    assert dial_digits("112") == "112"
    assert dial_digits("0800 1111") == "08001111"
    assert dial_digits("1-800-668-6868") == "18006686868"


def test_arrows_go_to_the_nearest_button_that_way(display):
    """On a 3×3 grid, Down from the middle goes straight down and Left from the left edge stays put."""
    grid = [Button(f"b{r}{c}", pygame.Rect(c * 100, r * 100, 80, 80)) for r in range(3) for c in range(3)]
    assert nearest(grid, grid[4], Action.DOWN) is grid[7]
    assert nearest(grid, grid[4], Action.RIGHT) is grid[5]
    assert nearest(grid, grid[3], Action.LEFT) is None
    grid[7].enabled = False
    assert nearest(grid, grid[4], Action.DOWN) in (grid[6], grid[8])


def test_every_question_in_the_story_has_exactly_one_right_answer():
    """Each operator question in story/minigames has one answer that helps."""
    pools = load_story_dir(STORY).minigames["call-112"]
    assert pools
    for pool in pools.values():
        assert pool.questions
        for question in pool.questions:
            assert [item.group for item in question.items].count("right") == 1, question.id


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_call_screens_look_right(pilot_for, lang):
    """The keypad with a gentle wrong-digit hint, then the operator after a wrong answer."""
    pilot = start(pilot_for, lang=lang)
    dial(pilot, "1")
    pilot.click("key-5")
    pilot.snapshot(f"minigame-call-112-{lang}")
    pilot.step(frames=60)
    dial(pilot, "12")
    pilot.click("call")
    pilot.click("answer-lunch")
    pilot.snapshot(f"minigame-call-112-talk-{lang}")
