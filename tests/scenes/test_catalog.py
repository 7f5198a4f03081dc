"""Names the linter accepts are exactly the ones the game can draw or run."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
import yaml

import scenes.minigames  # noqa: F401  (registers the mini-games, as the play scene does)
from game import catalog
from game.ui import backdrops
from game.ui.looks import LOOKS
from game.ui.portrait import portrait
from scenes import MINIGAMES

ROOT = Path(__file__).resolve().parents[2]


def test_every_backdrop_name_has_a_drawing():
    """catalog.BACKDROPS and the backdrop drawers list the same names."""
    assert sorted(catalog.BACKDROPS) == sorted(backdrops.DRAWERS)


def test_every_backdrop_draws_a_full_picture(display):
    """Each backdrop fills the whole 1280×720 screen with more than one colour."""
    for name in catalog.BACKDROPS:
        image = backdrops.backdrop(name, (1280, 720))
        corners = {tuple(image.get_at(p)) for p in [(0, 0), (1279, 0), (0, 719), (1279, 719), (640, 360)]}
        assert len(corners) > 1, name


def test_every_expression_draws_a_different_face(display):
    """The six expressions give six different portraits, also for a character without a look of their own."""
    faces = {pygame.image.tobytes(portrait("someone-new", "#f2b880", e), "RGBA") for e in catalog.EXPRESSIONS}
    assert len(faces) == len(catalog.EXPRESSIONS)


def test_every_story_character_has_its_own_look():
    """Each character in story/story.yaml, the time keeper too, is in the portrait LOOKS table."""
    characters = yaml.safe_load((ROOT / "story" / "story.yaml").read_text(encoding="utf-8"))["characters"]
    assert "keeper" in characters
    assert set(characters) <= set(LOOKS)


@pytest.mark.parametrize("character", sorted(LOOKS))
def test_each_character_shows_every_feeling_differently(display, character):
    """A character's happy, sad, scared, calm, surprised and thinking faces are all different pictures."""
    faces = {pygame.image.tobytes(portrait(character, "#f2b880", e, 120), "RGBA") for e in catalog.EXPRESSIONS}
    assert {"happy", "sad", "scared", "calm"} <= set(catalog.EXPRESSIONS)
    assert len(faces) == len(catalog.EXPRESSIONS)


def test_characters_look_different_even_in_the_same_colour(display):
    """Every look differs from every other (and from the fallback face) beyond its colour."""
    faces = {pygame.image.tobytes(portrait(c, "#f2b880", "calm", 120), "RGBA") for c in [*LOOKS, None]}
    assert len(faces) == len(LOOKS) + 1


def test_frozen_backdrops_are_colder_than_their_restored_place(display):
    """Each frozen place is bluer and less colourful on average than the restored drawing it comes from."""
    for place, (frozen, restored) in backdrops.PAIRS.items():
        cold = pygame.transform.average_color(backdrops.backdrop(frozen, (640, 360)))
        warm = pygame.transform.average_color(backdrops.backdrop(restored, (640, 360)))
        assert cold[2] > cold[0], place
        assert max(cold[:3]) - min(cold[:3]) < max(warm[:3]) - min(warm[:3]) or cold[2] - cold[0] > 30, place


def test_minigame_registry_matches_the_catalog():
    """Every registered mini-game scene is known to the linter with the same results, and vice versa."""
    assert {name: scene.RESULTS for name, scene in MINIGAMES.items()} == {
        name: info.results for name, info in catalog.MINIGAMES.items()}


def test_icon_names_match_the_icon_drawers():
    """The icons `check` and the editor schema accept are the ones the games draw, no more, no fewer."""
    from scenes.minigames import _icons, _signs_art

    assert sorted(catalog.CARD_ICONS) == sorted(_icons.DRAWERS)
    assert sorted(catalog.SIGN_ICONS) == sorted(_signs_art.ICONS)
