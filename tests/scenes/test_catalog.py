"""Names the linter accepts are exactly the ones the game can draw or run."""

from __future__ import annotations

import pygame

from game import catalog
from game.ui import backdrops
from game.ui.portrait import portrait
from scenes import MINIGAMES


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
    """The six expressions give six different portraits."""
    faces = {pygame.image.tobytes(portrait("#f2b880", e), "RGBA") for e in catalog.EXPRESSIONS}
    assert len(faces) == len(catalog.EXPRESSIONS)


def test_minigame_registry_matches_the_catalog():
    """Every registered mini-game scene is known to the linter with the same results, and vice versa."""
    assert {name: scene.RESULTS for name, scene in MINIGAMES.items()} == {
        name: info.results for name, info in catalog.MINIGAMES.items()}
