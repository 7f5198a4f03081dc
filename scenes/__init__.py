"""Scenes: one module per scene kind, and the mini-game registry used by the play conductor."""

from __future__ import annotations

from scenes.minigame import MinigameScene

# name → class; names must match game.catalog.MINIGAMES (a test keeps them in step).
MINIGAMES: dict[str, type[MinigameScene]] = {}


def register_minigame(scene: type[MinigameScene]) -> type[MinigameScene]:
    """Class decorator adding a mini-game to the registry under its `NAME`."""
    MINIGAMES[scene.NAME] = scene
    return scene
