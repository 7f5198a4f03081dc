"""The safety-hand mini-game: five trusted grown-ups from at least three different places fill the hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.compile import load_story_dir
from game.story import MinigameItem, Text
from scenes.dialogue import DialogueScene
from scenes.minigames.safety_hand import SafetyHandScene, fingers_needed, judge, places_needed
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
      - {id: uncle, group: family, text: {ko: 삼촌, en: An uncle},
         feedback: {ko: "삼촌도 좋아요! 그런데 세 곳이 필요해요.",
                    en: "Great person! But your hand needs three places."}}
      - {id: aunt, group: family, text: {ko: 이모, en: An aunt},
         feedback: {ko: "이모도 좋아요! 그런데 세 곳이 필요해요.",
                    en: "Great person! But your hand needs three places."}}
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


def test_rules_need_three_places_not_five():
    """Several people may share a place, until the fingers left could no longer reach three places."""
    assert judge("school", ["family"]) == "fill"
    assert judge("family", ["family"]) == "fill"  # Mum and Grandma: fine
    assert judge("family", ["family", "family"]) == "fill"  # three from family still leaves two fingers
    assert judge("family", ["family", "family", "family"]) == "same-place"  # one finger could not add two places
    assert judge("school", ["family", "family", "family", "school"]) == "same-place"
    assert judge("health", ["family", "family", "family", "school"]) == "fill"
    assert judge("not-safe", []) == "not-safe"


def test_the_police_are_optional():
    """A hand of school, care and health people is complete: no parent and no police officer needed."""
    on_hand: list[str] = []
    for group in ("school", "school", "care", "care", "health"):
        assert judge(group, on_hand) == "fill", on_hand
        on_hand.append(group)


def test_a_pool_with_fewer_people_or_places_needs_fewer():
    """Five fingers at most and three places at most, never more than the pool offers, so every pool ends."""
    five = [item(g) for g in ("family", "school", "police", "health", "neighbourhood")]
    assert (fingers_needed(five), places_needed(five)) == (5, 3)
    short = [item(g) for g in ("family", "family", "school", "not-safe")]
    assert (fingers_needed(short), places_needed(short)) == (3, 2)


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


def test_a_fourth_person_from_one_place_gets_kind_feedback(pilot_for):
    """Mum, Grandma and an uncle fill three fingers; an aunt next is a miss (two fingers must bring two places)."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    for ident in ("card-mum", "card-grandma", "card-uncle"):
        pilot.click(ident)
    assert [i.id for i in game.filled] == ["mum", "grandma", "uncle"] and game.misses == 0
    pilot.click("card-aunt")
    assert game.misses == 1 and len(game.filled) == 3
    assert game.feedback is not None and not game.feedback.good
    assert game.feedback.body == "Great person! But your hand needs three places."
    assert not [ident for ident in pilot.widget_ids() if ident.startswith("card-")]  # the panel is on top
    pilot.click("next")
    assert "card-aunt" not in pilot.widget_ids()  # set aside, not crossed out
    for ident in ("card-teacher", "card-doctor"):
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
    """The hand with two fingers filled and the cards; then the kind panel when a place is needed."""
    pilot = start(pilot_for, lang)
    pilot.click("card-mum")
    pilot.click("card-teacher")
    pilot.press("down")
    pilot.snapshot(f"minigame-safety-hand-{lang}")
    for ident in ("card-grandma", "card-uncle", "card-aunt"):
        pilot.click(ident)
    pilot.snapshot(f"minigame-safety-hand-miss-{lang}")


REAL_POOL = ROOT / "story" / "minigames" / "safety-hand.yaml"


def test_the_real_pool_has_cards_for_every_childs_life():
    """Aunts and uncles, carers at a group home, children's centre and hakwon teachers, a coach; police one card."""
    pool = load_story_dir(ROOT / "story").minigames["safety-hand"]["prologue"]
    groups = {item.id: item.group for item in pool.items}
    assert {groups[i] for i in ("care-home-teacher", "centre-teacher")} == {"care"}
    assert {groups[i] for i in ("hakwon-teacher", "taekwondo-coach")} == {"activities"}
    assert groups["aunt-uncle"] == "family"
    texts = {item.id: item.text.ko for item in pool.items}
    assert (texts["aunt-uncle"], texts["care-home-teacher"], texts["centre-teacher"], texts["hakwon-teacher"]) == (
        "이모나 삼촌", "그룹홈·시설 선생님", "지역아동센터 선생님", "학원 선생님")
    assert list(groups.values()).count("police") == 1
    assert "at least three" in pool.instructions.en and "skip them" in pool.instructions.en
    assert "세 곳" in pool.instructions.ko and "건너뛰어요" in pool.instructions.ko


def test_a_child_in_care_fills_the_real_hand_without_family_or_police(pilot_for):
    """Teacher, counsellor, two carers and a doctor finish the real hand perfectly."""
    real = REAL_POOL.read_text(encoding="utf-8")
    pilot = pilot_for(files(real.replace("  prologue:", "  test:")), lang="en")
    pilot.press("confirm", "confirm")
    for ident in ("class-teacher", "school-counsellor", "care-home-teacher", "centre-teacher", "doctor"):
        pilot.click(f"card-{ident}")
    assert pilot.top_scene.misses == 0
    pilot.snapshot("minigame-safety-hand-care-en")
    pilot.click("next")
    assert pilot.state.step_id == "one.great"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_real_cards_fit_the_board(pilot_for, lang):
    """All fourteen real cards, their words and their place chips, fit the card area (looked at in the PNG)."""
    real = REAL_POOL.read_text(encoding="utf-8")
    pilot = pilot_for(files(real.replace("  prologue:", "  test:")), lang=lang)
    pilot.press("confirm", "confirm")
    game = pilot.top_scene
    assert len([c for c in game.cards if c.enabled]) == 14
    pilot.snapshot(f"minigame-safety-hand-real-{lang}")
