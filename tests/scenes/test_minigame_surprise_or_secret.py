"""The surprise-or-secret mini-game: each card goes to "Surprise" or "Secret to tell a trusted adult"."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.story import MinigameItem, Text
from scenes.dialogue import DialogueScene
from scenes.minigames._sorting import is_right
from scenes.minigames.surprise_or_secret import SurpriseOrSecretScene
from tests.scenes.stories import MANIFEST, minigame_chapter, play_scripted_moves, press_confirm_while_on

ROOT = Path(__file__).resolve().parents[2]

CHAPTER = minigame_chapter("surprise-or-secret")

POOL = """
surprise-or-secret:
  test:
    title: {ko: "깜짝 선물일까, 말해야 할 비밀일까?", en: "Surprise, or a secret to tell?"}
    instructions: {ko: "카드를 읽고 골라요.", en: "Read each card and choose."}
    items:
      - {id: present, group: surprise, icon: gift,
         text: {ko: "아빠와 함께 엄마 생일 선물을 준비해요.", en: "You and Dad are making a birthday present for Mum."},
         feedback: {ko: "생일이 되면 엄마도 알게 돼요.", en: "Mum finds out on her birthday."}}
      - {id: gift-secret, group: secret, icon: gift,
         text: {ko: "어떤 어른이 선물을 주면서 부모님께 말하지 말래요.",
                en: "A grown-up gives you a gift and says, \\"Don't tell your parents.\\""},
         feedback: {ko: "믿을 수 있는 어른에게 말해요.", en: "Tell a trusted adult. You won't be in trouble."}}
      - {id: party, group: surprise, icon: party,
         text: {ko: "다음 주에 선생님 깜짝 파티를 해요.", en: "Your class plans a surprise party for your teacher."},
         feedback: {ko: "금요일이면 선생님도 알게 돼요.", en: "Your teacher finds out on Friday."}}
"""

ANSWERS = ["bin-surprise", "bin-secret", "bin-surprise"]


def files(pool: str = POOL) -> dict[str, str]:
    """A one-chapter story whose only step is the mini-game, with its pool file."""
    return {"story.yaml": MANIFEST.replace("[one, two]", "[one]"), "one.yaml": CHAPTER,
            "minigames/surprise-or-secret.yaml": pool}


def start(pilot_for, lang="ko", pool=POOL):
    """Open the story and pass the chapter card, so the mini-game is on top."""
    pilot = pilot_for(files(pool), lang=lang)
    pilot.press("confirm", "confirm")
    assert pilot.top_scene_is(SurpriseOrSecretScene)
    return pilot


def test_a_card_is_right_only_in_its_own_bin():
    """The bin must match the card's group."""
    card = MinigameItem(id="x", text=Text("", ""), group="secret", feedback=Text("", ""))
    assert is_right(card, "secret") and not is_right(card, "surprise")


def test_sorting_every_card_right_finishes_perfectly(pilot_for):
    """Each right bin shows the card's feedback; after the last card the warm message leads to 'perfect'."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    for index, answer in enumerate(ANSWERS):
        assert game.index == index
        pilot.click(answer)
        assert game.feedback.good
        pilot.click("next")
    assert game.feedback.heading == "You sorted them all!"
    pilot.click("next")
    assert pilot.state.step_id == "one.great"
    assert pilot.top_scene_is(DialogueScene)


def test_wrong_bin_gives_a_gentle_hint_and_the_same_card_again(pilot_for):
    """A secret put in 'Surprise' gets a kind hint, that bin is set aside, and the same card comes back."""
    pilot = start(pilot_for, "en")
    game = pilot.top_scene
    pilot.click("bin-surprise")
    pilot.click("next")
    pilot.click("bin-surprise")  # card 2 is a secret
    assert game.misses == 1
    assert not game.feedback.good
    assert game.feedback.body.startswith("Is this really happy")
    pilot.click("next")
    assert game.index == 1
    assert "bin-surprise" not in pilot.widget_ids()
    pilot.click("bin-secret")
    assert game.feedback.body == "Tell a trusted adult. You won't be in trouble."
    pilot.click("next")
    pilot.click("bin-surprise")
    pilot.click("next")
    pilot.click("next")
    assert pilot.state.step_id == "one.fine"  # "done" is not mapped, so the story continues


def test_keyboard_alone_sorts_every_card(pilot_for):
    """Enter on the focused bin; after a miss Enter lands on the other bin, so Enter alone always finishes."""
    pilot = start(pilot_for)
    press_confirm_while_on(pilot, SurpriseOrSecretScene, limit=40)
    assert pilot.state.step_id == "one.fine"


def test_arrow_keys_move_between_the_bins(pilot_for):
    """Right and Left move between the two bins and stop at the edges."""
    pilot = start(pilot_for)
    group = pilot.top_scene.buttons
    assert group.focused.id == "bin-surprise"
    pilot.press("right", "right")
    assert group.focused.id == "bin-secret"
    pilot.press("left")
    assert group.focused.id == "bin-surprise"
    pilot.press("right", "confirm", "confirm")
    assert pilot.top_scene.index == 0 and pilot.top_scene.misses == 1


def test_real_pool_can_be_finished(pilot_for):
    """The pool in story/minigames plays to the end with the keyboard alone."""
    real = (ROOT / "story" / "minigames" / "surprise-or-secret.yaml").read_text(encoding="utf-8")
    pilot = start(pilot_for, pool=real.replace("  secrets:", "  test:"))
    press_confirm_while_on(pilot, SurpriseOrSecretScene, limit=60)
    assert pilot.state.step_id in ("one.great", "one.fine")



def test_next_move_is_always_a_right_pick(pilot_for):
    """The scripted player's move (`next_move`) never misses; it is None while a panel waits for Enter."""
    pilot = start(pilot_for)
    game = pilot.top_scene
    play_scripted_moves(pilot, SurpriseOrSecretScene)
    assert game.misses == 0
    assert pilot.state.step_id == "one.great"

@pytest.mark.parametrize("lang", ["ko", "en"])
def test_surprise_or_secret_looks_right(pilot_for, lang):
    """A card with the two bins; then the gentle hint after the other bin."""
    pilot = start(pilot_for, lang)
    pilot.click("bin-surprise")
    pilot.click("next")
    pilot.snapshot(f"minigame-surprise-or-secret-{lang}")
    pilot.click("bin-surprise")
    pilot.snapshot(f"minigame-surprise-or-secret-miss-{lang}")
