"""The body-rules mini-game: each touch or request is "OK" or "Not OK!" (the swimsuit rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scenes.dialogue import DialogueScene
from scenes.minigames.body_rules import BodyRulesScene
from tests.scenes.stories import MANIFEST, minigame_chapter, play_scripted_moves, press_confirm_while_on

ROOT = Path(__file__).resolve().parents[2]

CHAPTER = minigame_chapter("body-rules")

POOL = """
body-rules:
  test:
    title: {ko: "몸의 규칙: 괜찮아요? 안 돼요?", en: "Body rules: OK or not OK?"}
    instructions: {ko: "카드를 읽고 골라요.", en: "Read each card and choose."}
    items:
      - {id: high-five, group: ok, icon: hand,
         text: {ko: "친구와 하이파이브를 해요.", en: "You and a friend give each other a high five."},
         feedback: {ko: "둘 다 좋아하는 하이파이브는 괜찮아요!", en: "A high five you both enjoy is OK!"}}
      - {id: swimsuit, group: not-ok, icon: swimsuit,
         text: {ko: "누군가 수영복으로 가려지는 곳을 보여 달라고 해요.",
                en: "Someone asks to see the parts your swimsuit covers."},
         feedback: {ko: "싫어요! 하고, 피하고, 말해요.", en: "Say no, get away, and tell a trusted adult."}}
      - {id: unwanted-hug, group: not-ok, icon: stop,
         text: {ko: "싫다고 했는데 삼촌이 자꾸 안으려고 해요.",
                en: "You said no to a hug, but your uncle keeps trying."},
         feedback: {ko: "가족에게도 싫다고 말할 수 있어요.", en: "You can say no, even to family."}}
"""

ANSWERS = ["bin-ok", "bin-not-ok", "bin-not-ok"]


def files(pool: str = POOL) -> dict[str, str]:
    """A one-chapter story whose only step is the mini-game, with its pool file."""
    return {"story.yaml": MANIFEST.replace("[one, two]", "[one]"), "one.yaml": CHAPTER,
            "minigames/body-rules.yaml": pool}


def start(pilot_for, lang="ko", pool=POOL):
    """Open the story and pass the chapter card, so the mini-game is on top."""
    pilot = pilot_for(files(pool), lang=lang)
    pilot.press("confirm", "confirm")
    assert pilot.top_scene_is(BodyRulesScene)
    return pilot


def test_the_two_answers_are_ok_and_not_ok(pilot_for):
    """The buttons say "괜찮아요" and "안 돼요!" in Korean, "OK" and "Not OK!" in English."""
    for lang, labels in (("ko", ["괜찮아요", "안 돼요!"]), ("en", ["OK", "Not OK!"])):
        game = start(pilot_for, lang).top_scene
        assert [b.label for b in game.bins] == labels


def test_answering_every_card_right_finishes_perfectly(pilot_for):
    """Each right answer shows the card's feedback; the warm closing message leads to 'perfect'."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    for answer in ANSWERS:
        pilot.click(answer)
        assert game.feedback.good
        pilot.click("next")
    assert game.feedback.heading == "You know the body rules!"
    assert "never your fault" in game.feedback.body
    pilot.click("next")
    assert pilot.state.step_id == "one.great"
    assert pilot.top_scene_is(DialogueScene)


def test_ok_for_a_not_ok_card_gets_a_gentle_hint_and_another_try(pilot_for):
    """Calling the swimsuit request OK is a miss: a kind reminder, then the same card with only 'Not OK!'."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    pilot.click("bin-ok")
    pilot.click("next")
    pilot.click("bin-ok")
    assert game.misses == 1 and not game.feedback.good
    assert game.feedback.body.startswith("Your body belongs to you.")
    pilot.click("next")
    assert game.index == 1
    assert "bin-ok" not in pilot.widget_ids()
    pilot.click("bin-not-ok")
    assert game.feedback.body == "Say no, get away, and tell a trusted adult."
    pilot.click("next")
    pilot.click("bin-not-ok")
    pilot.click("next")
    pilot.click("next")
    assert pilot.state.step_id == "one.fine"  # "done" is not mapped, so the story continues


def test_not_ok_for_an_ok_card_is_a_gentle_miss_too(pilot_for):
    """Being careful about a high five gets praise for caring, then the card again."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    pilot.click("bin-not-ok")
    assert game.misses == 1
    assert game.feedback.body.startswith("Being careful is good!")


def test_keyboard_alone_answers_every_card(pilot_for):
    """Enter on the focused answer; after a miss Enter lands on the other one, so Enter alone finishes."""
    pilot = start(pilot_for)
    press_confirm_while_on(pilot, BodyRulesScene, limit=40)
    assert pilot.state.step_id == "one.fine"


def test_real_pool_can_be_finished(pilot_for):
    """The pool in story/minigames plays to the end with the keyboard alone."""
    real = (ROOT / "story" / "minigames" / "body-rules.yaml").read_text(encoding="utf-8")
    pilot = start(pilot_for, pool=real.replace("  body:", "  test:"))
    press_confirm_while_on(pilot, BodyRulesScene, limit=60)
    assert pilot.state.step_id in ("one.great", "one.fine")



def test_next_move_is_always_a_right_pick(pilot_for):
    """The scripted player's move (`next_move`) never misses; it is None while a panel waits for Enter."""
    pilot = start(pilot_for)
    game = pilot.top_scene
    play_scripted_moves(pilot, BodyRulesScene)
    assert game.misses == 0
    assert pilot.state.step_id == "one.great"

@pytest.mark.parametrize("lang", ["ko", "en"])
def test_body_rules_looks_right(pilot_for, lang):
    """A card with the two answers, the second focused; then the gentle hint after "OK"."""
    pilot = start(pilot_for, lang)
    pilot.click("bin-ok")
    pilot.click("next")
    pilot.press("right")
    pilot.snapshot(f"minigame-body-rules-{lang}")
    pilot.click("bin-ok")
    pilot.snapshot(f"minigame-body-rules-miss-{lang}")
