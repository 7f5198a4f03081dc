"""The call-112 mini-game: dial the region's danger-now number, answer the operator, and report the result."""

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
            "regions/en-GB.yaml": region_yaml("en-GB", "UK", "999"),
            "regions/en-AU.yaml": region_yaml("en-AU", "Australia", "000", asks_service=True)}


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


def story_questions():
    """Every operator question of the real story's call pools, with its pool's name."""
    pools = load_story_dir(STORY).minigames["call-112"]
    assert pools
    return [(name, question) for name, pool in pools.items() for question in pool.questions]


def test_every_question_in_the_story_has_a_right_answer():
    """Each operator question in story/minigames has at least one answer that helps (some have two)."""
    for name, question in story_questions():
        assert "right" in [item.group for item in question.items], (name, question.id)


def test_me_is_never_a_wrong_answer_to_who_needs_help():
    """A child being hurt must never learn that "me" is wrong: every "Me…" answer is right, and one is offered."""
    who = [(name, q) for name, q in story_questions() if q.prompt.en.startswith("Who needs help")]
    me = [(name, item) for name, q in who for item in q.items if item.text.en.startswith("Me")]
    assert {name for name, _item in me} == {name for name, _q in who}  # every pool lets the child say "me"
    assert all(item.group == "right" for _name, item in me), me
    assert all(item.text.ko.startswith("저") for _name, item in me)


def test_i_dont_know_is_always_an_acceptable_answer():
    """"I don't know" answers are right, and the child's own call offers one for where and for what."""
    unsure = [(name, q.id, item) for name, q in story_questions() for item in q.items
              if item.text.en.startswith("I don't know")]
    assert all(item.group == "right" for *_where, item in unsure), unsure
    assert {qid for name, qid, _item in unsure if name == "reporting"} >= {"where", "what"}


def test_the_childs_own_call_says_whisper_and_stay_on_the_line():
    """The practice call for yourself teaches that you can whisper and stay on the line, and hanging up is wrong."""
    quiet = next(q for name, q in story_questions() if name == "reporting" and q.id == "quiet")
    groups = {item.text.en: item.group for item in quiet.items}
    assert groups["Whisper, and stay on the line."] == "right"
    assert groups["Hang up quickly."] == "wrong"
    instructions = load_story_dir(STORY).minigames["call-112"]["reporting"].instructions
    assert "whisper" in instructions.en and "I don't know" in instructions.en and "모른다고" in instructions.ko


def test_korea_shows_that_112_can_be_texted_while_dialling():
    """In Korea the dial screen's note says a text to 112 works when calling is hard (BRIEF §1.4)."""
    note = load_story_dir(STORY).regions["ko-KR"].numbers["danger"].note
    assert note is not None and "112로 문자" in note.ko and "text 112" in note.en


def test_korea_answers_straight_away(pilot_for):
    """112 has no "which service?" step: the operator's first question is the pool's."""
    pilot = start(pilot_for)
    dial(pilot, "112")
    pilot.click("call")
    assert pilot.top_scene.question.id == "what"


def test_a_region_that_asks_for_the_service_asks_it_first(pilot_for):
    """Where call-takers ask which service (000 here), that comes first; "police" then leads to the questions."""
    pilot = start(pilot_for, lang="en", region="en-AU")
    game = pilot.top_scene
    dial(pilot, "000")
    pilot.click("call")
    assert game.question.id == "service"
    assert game.questions[1:] == pilot.app.context.story.minigames["call-112"]["practice"].questions
    pilot.click("answer-fire")
    assert game.misses == 1
    pilot.click("answer-police")
    pilot.snapshot("minigame-call-112-service-en")
    pilot.click("next")
    assert game.question.id == "what"


def test_not_sure_which_service_is_fine(pilot_for):
    """"I'm not sure" is an acceptable answer to "which service?": they put you through."""
    pilot = start(pilot_for, lang="ko", region="en-AU")
    dial(pilot, "000")
    pilot.click("call")
    pilot.click("answer-unsure")
    assert pilot.top_scene.misses == 0 and "next" in pilot.widget_ids()


def test_the_call_dials_the_danger_number_not_the_report_line(pilot_for):
    """A region whose report line differs (the UK's NSPCC helpline) still has the child dial danger-now 999."""
    story = files()
    story["regions/en-GB.yaml"] = story["regions/en-GB.yaml"].replace(
        'report:\n    number: "999"', 'report:\n    number: "0808 800 5000"')
    pilot = pilot_for(story, lang="en")
    pilot.app.context.settings.region = "en-GB"
    pilot.press("confirm", "confirm")
    assert pilot.top_scene.number == "999"


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


def real_files(pool: str) -> dict[str, str]:
    """The real call pools and region files around a one-step chapter playing `pool`."""
    found = {"story.yaml": MANIFEST.replace("[one, two]", "[one]"), "one.yaml": minigame_chapter("call-112", pool=pool),
             "minigames/call.yaml": (STORY / "minigames" / "call-112.yaml").read_text(encoding="utf-8")}
    for path in sorted((STORY / "regions").glob("*.yaml")):
        found[f"regions/{path.name}"] = path.read_text(encoding="utf-8")
    return found


def test_the_childs_own_call_in_korea_says_112_can_be_texted(pilot_for):
    """The real self-call, in Korean: the dial screen's note says texting 112 works; "저요" is a right answer."""
    pilot = pilot_for(real_files("reporting"), lang="ko")
    pilot.press("confirm", "confirm")
    game = pilot.top_scene
    assert game.number == "112" and "112로 문자" in game.note
    pilot.snapshot("minigame-call-112-self-dial-ko")
    dial(pilot, "112")
    pilot.click("call")
    assert game.question.id == "who"  # Korea: no "which service?"
    pilot.click("answer-me")
    assert game.misses == 0
    pilot.snapshot("minigame-call-112-self-me-ko")


def test_the_childs_own_call_in_the_uk_asks_for_the_service_then_whispers(pilot_for):
    """The real self-call with UK numbers: 999, "which service?", then who/where/what and whisper on the line."""
    pilot = pilot_for(real_files("reporting"), lang="en")
    pilot.app.context.settings.region = "en-GB"
    pilot.press("confirm", "confirm")
    game = pilot.top_scene
    dial(pilot, "999")
    pilot.click("call")
    assert [q.id for q in game.questions] == ["service", "who", "where", "what", "quiet"]
    for right in ("police", "me", "dont-know", "no-words"):
        pilot.click(f"answer-{right}")
        pilot.click("next")
    pilot.click("answer-hang-up")
    assert game.misses == 1
    pilot.click("answer-whisper")
    pilot.snapshot("minigame-call-112-self-whisper-en")
    pilot.click("next")
    assert game.stage == "thanks"
