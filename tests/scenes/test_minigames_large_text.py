"""At the largest text size the five mini-games keep every block of words inside its box, in both languages.

Each game is played from the real story's pools (every step that uses it): the first screen, a miss with its
kind feedback, then the right moves to the end, checking the words after every move.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pygame
import pytest

from game.save import MemoryStorage, Saves
from game.story import MinigameStep
from game.testing import Pilot
from scenes import MINIGAMES
from scenes.minigames._cards import CardGameScene
from scenes.minigames.call_112 import Call112Scene
from scenes.minigames.safety_hand import PLACES, SafetyHandScene
from scenes.minigames.spot_the_signs import SpotTheSignsScene

STORY_DIR = Path(__file__).resolve().parents[2] / "story"
GAMES = ["body-rules", "surprise-or-secret", "safety-hand", "call-112", "spot-the-signs"]
Fit = tuple[pygame.Rect, pygame.Rect]


def largest(pilot_for, lang: str, contrast: bool = False) -> Pilot:
    saves = Saves(MemoryStorage())
    settings = saves.load_settings()
    settings.text_size, settings.high_contrast = "largest", contrast
    saves.save_settings(settings)
    pilot = pilot_for(STORY_DIR, lang=lang, saves=saves)
    pilot.press("confirm", "confirm")
    return pilot


def steps(pilot: Pilot, name: str) -> list[MinigameStep]:
    return [s for c in pilot.app.context.story.chapters for s in c.steps
            if isinstance(s, MinigameStep) and s.name == name]


def push(pilot: Pilot, step: MinigameStep):
    scene = MINIGAMES[step.name](dict(step.params))
    pilot.app.stack.push(scene)
    pilot.app.stack.apply()
    pilot.step(2)
    assert pilot.top_scene is scene
    return scene


def check(scene, where: str) -> None:
    """Every block of words lies inside its box, the boxes are on screen, and blocks in one box never overlap."""
    fits: list[Fit] = scene.text_fits()
    assert fits, where
    screen = pygame.Rect(0, 0, 1280, 720)
    for words, box in fits:
        assert box.contains(words), f"{where}: words {words} spill out of {box}"
        assert screen.contains(box), f"{where}: box {box} leaves the screen"
    for (a, box_a), (b, box_b) in combinations(fits, 2):
        if box_a == box_b:
            assert not a.colliderect(b), f"{where}: words {a} and {b} overlap in {box_a}"


def miss(pilot: Pilot, scene) -> None:
    """One wrong move that gets the game's kind feedback."""
    if isinstance(scene, SafetyHandScene):
        item = next(i for i in scene.pool.items if i.group not in PLACES)
        pilot.click(f"card-{item.id}")
    elif isinstance(scene, CardGameScene):
        right = scene.right_pick()
        pilot.click(next(b.id for b in scene.board() if b.id != right))
    elif isinstance(scene, Call112Scene):
        pilot.click(next(f"key-{d}" for d in "1234567890" if d != scene.number[0]))
    elif isinstance(scene, SpotTheSignsScene):
        item = next(i for i in scene.items if i.group != "sign")
        scene.on_press(f"item-{item.id}")  # some harmless things sit behind others: press it directly
        pilot.step()


def play_to_the_end(pilot: Pilot, scene, where: str) -> None:
    """The right moves (and every Next) until the game hands back, checking the words after each one."""
    for turn in range(200):
        if pilot.top_scene is not scene:
            return
        check(scene, f"{where} turn {turn}")
        if isinstance(scene, Call112Scene) and scene.stage == "talk" and not scene.tried and not scene.shown:
            question = scene.question
            assert question is not None
            wrong = next((i for i in question.items if i.group != "right"), None)
            if wrong is not None:  # a wrong answer first, for its feedback panel
                pilot.click(f"answer-{wrong.id}")
                continue
        move = scene.next_move() or "next"
        if move.startswith("item-"):
            scene.on_press(move)
            pilot.step()
        else:
            pilot.click(move)
    pytest.fail(f"{where}: the game did not end")


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("name", GAMES)
def test_words_stay_in_their_boxes_at_the_largest_size(pilot_for, name, lang):
    """Header, cards, message panels and feedback keep their words inside, for every pool of the game."""
    pilot = largest(pilot_for, lang)
    found = steps(pilot, name)
    assert found
    for step in found:
        where = f"{name}/{step.params.get('pool')}/{lang}"
        scene = push(pilot, step)
        check(scene, f"{where} start")
        miss(pilot, scene)
        check(scene, f"{where} miss")
        play_to_the_end(pilot, scene, where)


@pytest.mark.parametrize("name", GAMES)
def test_minigame_at_the_largest_size_in_high_contrast_looks_right(pilot_for, name):
    """The first screen of each game at the largest size in high contrast (look: nothing spills or overlaps)."""
    pilot = largest(pilot_for, "en", contrast=True)
    scene = push(pilot, steps(pilot, name)[0])
    check(scene, name)
    pilot.snapshot(f"minigame-{name}-largest-contrast-en")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_spot_the_signs_words_keep_their_full_size_at_the_largest_size(pilot_for, lang):
    """At the largest size every real explanation (and the instructions) is drawn at full size, not shrunk."""
    from game.ui import theme
    from scenes.minigames.spot_the_signs import MESSAGE

    pilot = largest(pilot_for, lang)
    text = pilot.app.context.text
    width = MESSAGE.width - 72
    for step in steps(pilot, "spot-the-signs"):
        game = push(pilot, step)
        assert isinstance(game, SpotTheSignsScene)
        for item in [None, *game.items]:
            game.message = item
            pilot.step(2)
            words = pilot.app.context.say(item.feedback if item is not None else game.pool.instructions)
            body, paper = game.text_fits()[1]
            full = text.render(words, theme.SMALL_SIZE, theme.INK, width=width)
            assert body.size == full.get_size(), words
            assert paper.contains(body)
        pilot.app.stack.pop(game)
        pilot.app.stack.apply()
