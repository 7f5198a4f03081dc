"""The spot-the-signs mini-game: find every sign in the picture, get gentle words for harmless things."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.compile import load_story_dir
from scenes.dialogue import DialogueScene
from scenes.minigames._signs_art import ICONS
from scenes.minigames.spot_the_signs import SpotTheSignsScene
from tests.scenes.stories import MANIFEST, minigame_chapter, region_yaml

STORY = Path(__file__).resolve().parents[2] / "story"

POOLS = """
spot-the-signs:
  physical:
    title: {ko: "신호를 찾아요", en: "Spot the signs"}
    instructions: {ko: "신호를 모두 찾아 눌러요.", en: "Find and tap every sign."}
    items:
      - id: sleeves
        group: sign
        icon: long-sleeves
        at: [300, 420]
        text: {ko: "더운 날 긴소매", en: "Long sleeves on a hot day"}
        feedback:
          ko: "팔을 가리고 있어요. 어른이 물어봐 줄 수 있어요."
          en: "He hides his arm. An adult can gently ask."
      - id: cat
        group: fine
        icon: cat-sleeping
        at: [620, 520]
        text: {ko: "잠든 고양이", en: "A sleeping cat"}
        feedback: {ko: "고양이는 자고 있을 뿐이에요.", en: "That cat is just sleeping."}
      - id: bandage
        group: sign
        icon: bandage
        at: [950, 420]
        text: {ko: "또 붙인 반창고", en: "Another bandage"}
        feedback: {ko: "다친 곳이 자꾸 생겨요.", en: "She keeps getting hurt."}
  neglect:
    title: {ko: "민준이네 집", en: "Minjun's home"}
    instructions: {ko: "신호를 모두 찾아 눌러요.", en: "Find and tap every sign."}
    items:
      - id: fridge
        group: sign
        icon: empty-fridge
        at: [1100, 350]
        text: {ko: "텅 빈 냉장고", en: "An empty fridge"}
        feedback: {ko: "밥을 챙겨 주는 건 어른의 일이에요.", en: "Giving children food is a grown-up's job."}
      - id: coat
        group: sign
        icon: no-coat
        at: [420, 400]
        text: {ko: "외투가 없어요", en: "No warm coat"}
        feedback: {ko: "따뜻한 옷이 필요해요.", en: "Children need warm clothes."}
      - id: clock
        group: sign
        icon: clock-night
        at: [660, 200]
        text: {ko: "밤늦게 혼자", en: "Alone late at night"}
        feedback: {ko: "밤에 아이 혼자 있으면 안 돼요.", en: "A child should not be alone at night."}
      - id: plant
        group: fine
        icon: plant
        at: [200, 470]
        text: {ko: "화분", en: "A plant"}
        feedback: {ko: "화분은 괜찮아요.", en: "The plant is fine."}
"""

def start(pilot_for, pool: str = "physical", lang: str = "ko"):
    """A pilot on the game with `pool` (past the title and the chapter card)."""
    files = {"story.yaml": MANIFEST.replace("[one, two]", "[one]"),
             "one.yaml": minigame_chapter("spot-the-signs", pool=pool),
             "minigames/signs.yaml": POOLS, "regions/ko-KR.yaml": region_yaml("ko-KR", "대한민국", "112")}
    pilot = pilot_for(files, lang=lang)
    pilot.press("confirm", "confirm")
    assert pilot.top_scene_is(SpotTheSignsScene)
    return pilot


def test_finding_every_sign_without_a_miss_is_perfect(pilot_for):
    """Both signs, then Continue twice, lead to the story's `perfect` step."""
    pilot = start(pilot_for)
    pilot.click("item-sleeves")
    game = pilot.top_scene
    assert game.found == ["sleeves"] and game.message.id == "sleeves"
    pilot.click("item-bandage")
    assert game.stage == "last"
    pilot.click("next")
    assert game.stage == "done"
    pilot.click("done")
    assert pilot.state.step_id == "one.great"
    assert pilot.top_scene_is(DialogueScene)


def test_a_harmless_thing_counts_one_miss_and_the_game_goes_on(pilot_for):
    """The sleeping cat shows its gentle words and counts once, however often it is picked; the result is 'done'."""
    pilot = start(pilot_for)
    pilot.click("item-cat")
    game = pilot.top_scene
    assert game.misses == 1 and game.message.id == "cat"
    pilot.click("item-cat")
    assert game.misses == 1
    pilot.click("item-sleeves")
    pilot.click("item-sleeves")  # a found sign picked again just shows its words again
    assert game.found == ["sleeves"]
    pilot.click("item-bandage")
    pilot.click("next")
    pilot.click("done")
    assert pilot.state.step_id == "one.fine"


def test_a_quick_second_tap_does_not_replace_an_explanation_before_it_can_be_read(pilot_for):
    """Tapping the bandage right after the sleeves keeps the sleeves' words; after a moment the tap works."""
    pilot = start(pilot_for, lang="en")
    game = pilot.top_scene
    pilot.click("item-sleeves")
    bandage = next(b for b in game.item_buttons if b.id == "item-bandage")
    for _ in range(3):
        pilot.step(6)
        pilot.click_at(bandage.rect.center, hurry=True)
    assert game.message.id == "sleeves" and game.found == ["sleeves"]
    pilot.click("item-bandage")  # waits until the words have had their moment
    assert game.message.id == "bandage"


def test_a_found_sign_tapped_again_shows_its_words_again_even_after_the_last_find(pilot_for):
    """After another message, and after every sign is found, tapping a found sign brings back its words."""
    pilot = start(pilot_for, lang="en")
    game = pilot.top_scene
    pilot.click("item-sleeves")
    pilot.click("item-cat")
    pilot.click("item-sleeves")
    assert game.message.id == "sleeves"
    pilot.click("item-bandage")
    assert game.stage == "last"
    pilot.click("item-sleeves")
    assert game.message.id == "sleeves" and game.stage == "last"
    assert pilot.widget_ids()[0] == "next"


def test_after_a_miss_the_focus_stays_on_what_was_tapped(pilot_for):
    """Tapping the sleeping cat leaves the focus ring on the cat, not on some other thing."""
    pilot = start(pilot_for, lang="en")
    game = pilot.top_scene
    pilot.click("item-cat")
    assert game.buttons.focused.id == "item-cat"


def test_arrows_move_the_focus_ring_to_the_nearest_item(pilot_for):
    """Right from the left-most person goes to the cat, then to the bandage; Enter picks the focused one."""
    pilot = start(pilot_for)
    game = pilot.top_scene
    assert game.buttons.focused.id == "item-sleeves"
    pilot.press("right")
    assert game.buttons.focused.id == "item-cat"
    pilot.press("right")
    assert game.buttons.focused.id == "item-bandage"
    pilot.press("confirm")
    assert game.found == ["bandage"]


def test_the_game_can_be_played_with_the_keyboard_only(pilot_for):
    """Tab and Enter find every sign; after each pick the ring moves on to something not yet looked at."""
    pilot = start(pilot_for, pool="neglect")
    pilot.press("confirm")  # the fridge (first item) is focused at the start
    game = pilot.top_scene
    assert game.found == ["fridge"]
    assert game.buttons.focused.id == "item-coat"
    pilot.press("next", "next")  # skip the coat and the clock: the plant
    pilot.press("confirm")
    assert game.misses == 1
    assert game.buttons.focused.id == "item-plant"  # after a miss the ring stays where the child was
    pilot.press("prev", "confirm")  # the clock
    assert game.buttons.focused.id == "item-coat"  # after a find it moves on to what is left
    pilot.press("confirm")  # the coat
    pilot.press("confirm", "confirm")  # Continue, then Continue on the warm message
    assert pilot.state.step_id == "one.fine"


def test_pressing_only_enter_still_finishes(pilot_for):
    """A child who only presses Enter reaches the end (the story's keyboard play-through relies on it)."""
    pilot = start(pilot_for, pool="physical")
    for _ in range(20):
        if not pilot.top_scene_is(SpotTheSignsScene):
            break
        pilot.press("confirm")
    assert pilot.state.step_id == "one.fine"  # sleeves, the cat (a miss), the bandage


def test_the_scripted_player_finds_every_sign_without_a_miss(pilot_for):
    """Following `next_move` (as the story's play-through does) is a perfect game."""
    pilot = start(pilot_for, pool="neglect")
    while pilot.top_scene_is(SpotTheSignsScene):
        pilot.click(pilot.top_scene.next_move())
    assert pilot.state.step_id == "one.great"


def test_every_item_in_the_story_has_a_drawing_a_place_and_a_sign():
    """Each pool in story/minigames has signs and 2-3 harmless things, every icon is drawn and on screen."""
    pools = load_story_dir(STORY).minigames["spot-the-signs"]
    assert {"physical", "neglect"} <= set(pools)
    for name, pool in pools.items():
        groups = [item.group for item in pool.items]
        assert groups.count("sign") >= 3 and 2 <= groups.count("fine") <= 3, name
        for item in pool.items:
            assert item.icon in ICONS, (name, item.id)
            assert item.at is not None and 60 <= item.at[0] <= 1220 and 120 <= item.at[1] <= 560, (name, item.id)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_signs_screens_look_right(pilot_for, lang):
    """The playground after a harmless pick and one found sign, and the winter home with its first find."""
    pilot = start(pilot_for, lang=lang)
    pilot.click("item-cat")
    pilot.click("item-sleeves")
    pilot.snapshot(f"minigame-spot-the-signs-{lang}")
    pilot = start(pilot_for, pool="neglect", lang=lang)
    pilot.click("item-clock")
    pilot.snapshot(f"minigame-spot-the-signs-neglect-{lang}")
