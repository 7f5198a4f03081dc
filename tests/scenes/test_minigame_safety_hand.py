"""The safety-hand mini-game: five trusted grown-ups from five different places fill the hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.story import MinigameItem, Text
from scenes.dialogue import DialogueScene
from scenes.minigames.safety_hand import SafetyHandScene, fingers_needed, judge
from tests.scenes.stories import MANIFEST, minigame_chapter, play_scripted_moves, press_confirm_while_on

ROOT = Path(__file__).resolve().parents[2]

CHAPTER = minigame_chapter("safety-hand")

POOL = """
safety-hand:
  test:
    title: {ko: "안전 손 만들기", en: "Make your safety hand"}
    instructions: {ko: "다른 곳의 어른 다섯 명을 골라요.", en: "Pick five grown-ups from different places."}
    items:
      - {id: mum, group: family, text: {ko: "엄마나 아빠", en: "Mum or Dad"},
         feedback: {ko: "가족은 벌써 있어요.", en: "Family is already on your hand."}}
      - {id: teacher, group: school, text: {ko: "담임 선생님", en: "Your class teacher"},
         feedback: {ko: "학교 어른은 벌써 있어요.", en: "School is already on your hand."}}
      - {id: online, group: not-safe, icon: online,
         text: {ko: "온라인에서만 아는 사람", en: "Someone you only know online"},
         feedback: {ko: "얼굴을 아는 어른을 골라요.", en: "Pick a grown-up you know in real life."}}
      - {id: officer, group: police, text: {ko: "경찰관", en: "A police officer"},
         feedback: {ko: "경찰은 벌써 있어요.", en: "The police are already on your hand."}}
      - {id: grandma, group: family, text: {ko: "할머니", en: "Grandma"},
         feedback: {ko: "할머니도 좋아요! 그런데 가족은 벌써 있어요.",
                    en: "Great person! But family is already on your hand."}}
      - {id: doctor, group: health, text: {ko: "의사 선생님", en: "Your doctor"},
         feedback: {ko: "병원 어른은 벌써 있어요.", en: "Health is already on your hand."}}
      - {id: neighbour, group: neighbourhood, text: {ko: "친구의 엄마나 아빠", en: "A friend's mum or dad"},
         feedback: {ko: "동네 어른은 벌써 있어요.", en: "The neighbourhood is already on your hand."}}
      - {id: secrets, group: not-safe, icon: lock,
         text: {ko: "가족에게 비밀로 하자는 어른", en: "A grown-up who says, \\"Don't tell your family\\""},
         feedback: {ko: "안전한 어른은 숨기라고 하지 않아요.", en: "Safe grown-ups never ask you to hide things."}}
"""

FIVE = ["card-mum", "card-teacher", "card-officer", "card-doctor", "card-neighbour"]


def files(pool: str = POOL) -> dict[str, str]:
    """A one-chapter story whose only step is the mini-game, with its pool file."""
    return {"story.yaml": MANIFEST.replace("[one, two]", "[one]"), "one.yaml": CHAPTER,
            "minigames/safety-hand.yaml": pool}


def start(pilot_for, lang="ko"):
    """Open the story and pass the chapter card, so the mini-game is on top."""
    pilot = pilot_for(files(), lang=lang)
    pilot.press("confirm", "confirm")
    assert pilot.top_scene_is(SafetyHandScene)
    return pilot


def item(group: str) -> MinigameItem:
    """A pool item of `group` (only its group matters to the rules)."""
    return MinigameItem(id=group, text=Text("", ""), group=group, feedback=Text("", ""))


def test_rules_fill_new_places_and_refuse_repeats_and_not_safe():
    """A new place fills a finger; a place already on the hand, or a not-safe card, is a miss."""
    assert judge("school", {"family"}) == "fill"
    assert judge("family", {"family"}) == "same-place"
    assert judge("not-safe", set()) == "not-safe"


def test_a_pool_with_fewer_places_needs_fewer_fingers():
    """Five fingers at most, and never more than the pool's places, so every pool can be finished."""
    assert fingers_needed([item(g) for g in ("family", "school", "police", "health", "neighbourhood")]) == 5
    assert fingers_needed([item(g) for g in ("family", "family", "school", "not-safe")]) == 2


def test_five_different_places_finish_perfectly(pilot_for):
    """Five grown-ups from five places fill the hand; the warm message leads to the 'perfect' step."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    for ident in FIVE:
        pilot.click(ident)
    assert [i.id for i in game.filled] == ["mum", "teacher", "officer", "doctor", "neighbour"]
    assert game.feedback is not None and game.feedback.good
    assert game.feedback.heading == "Your safety hand is ready!"
    pilot.click("next")
    assert pilot.state.step_id == "one.great"
    assert pilot.top_scene_is(DialogueScene)


def test_second_person_from_the_same_place_gets_kind_feedback(pilot_for):
    """Grandma after Mum is a miss: her feedback shows, no finger fills, and the child picks again."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    pilot.click("card-mum")
    pilot.click("card-grandma")
    assert game.misses == 1
    assert len(game.filled) == 1
    assert game.feedback is not None and not game.feedback.good
    assert game.feedback.body == "Great person! But family is already on your hand."
    assert not [ident for ident in pilot.widget_ids() if ident.startswith("card-")]  # the panel is on top
    pilot.click("next")
    assert "card-grandma" not in pilot.widget_ids()  # set aside, not crossed out
    for ident in FIVE[1:]:
        pilot.click(ident)
    pilot.click("next")
    assert pilot.state.step_id == "one.fine"  # "done" is not mapped, so the story continues


def test_not_safe_card_is_a_miss_with_its_reason(pilot_for):
    """Someone only known online never fills a finger; the card says why."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    pilot.click("card-online")
    assert game.misses == 1 and game.filled == []
    assert game.feedback.body == "Pick a grown-up you know in real life."


def test_keyboard_alone_fills_the_hand(pilot_for):
    """Pressing Enter again and again picks card after card (misses are set aside) until the hand is full."""
    pilot = start(pilot_for)
    press_confirm_while_on(pilot, SafetyHandScene, limit=40)
    assert pilot.state.step_id == "one.fine"
    assert pilot.top_scene_is(DialogueScene)


def test_arrow_keys_move_through_the_card_grid(pilot_for):
    """Right goes to the card beside, Down to the card below; arrows never reach back or menu."""
    pilot = start(pilot_for)
    group = pilot.top_scene.buttons
    assert group.focused.id == "card-mum"
    pilot.press("right")
    assert group.focused.id == "card-teacher"
    pilot.press("down")
    assert group.focused.id == "card-officer"
    pilot.press("right", "up", "up")
    assert group.focused.id == "card-teacher"


def test_real_pool_can_be_finished(pilot_for):
    """The pool in story/minigames offers five places, so keyboard-only play fills the hand."""
    real = (ROOT / "story" / "minigames" / "safety-hand.yaml").read_text(encoding="utf-8")
    pilot = pilot_for(files(real.replace("  prologue:", "  test:")))
    pilot.press("confirm", "confirm")
    press_confirm_while_on(pilot, SafetyHandScene, limit=40)
    assert pilot.state.step_id in ("one.great", "one.fine")



def test_next_move_is_always_a_right_pick(pilot_for):
    """The scripted player's move (`next_move`) never misses; it is None while a panel waits for Enter."""
    pilot = start(pilot_for)
    game = pilot.top_scene
    play_scripted_moves(pilot, SafetyHandScene)
    assert game.misses == 0
    assert pilot.state.step_id == "one.great"

@pytest.mark.parametrize("lang", ["ko", "en"])
def test_safety_hand_looks_right(pilot_for, lang):
    """The hand with two fingers filled and the cards; then the kind panel after a repeat place."""
    pilot = start(pilot_for, lang)
    pilot.click("card-mum")
    pilot.click("card-teacher")
    pilot.press("down")
    pilot.snapshot(f"minigame-safety-hand-{lang}")
    pilot.click("card-grandma")
    pilot.snapshot(f"minigame-safety-hand-miss-{lang}")
