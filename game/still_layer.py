"""`StillLayer`: keeps the still part of the visible scenes as one picture, redrawn only when a scene's look changes.

Why: a browser frame has little time (see STYLE "Frame cost"). Most screens stand still between inputs, so
the stack blits one opaque full-screen picture per frame instead of the backdrop, veils, panels and buttons
one by one. Scenes opt in with `Scene.look()`; a scene that returns None is drawn every frame as before.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.scene import Scene


class StillLayer:
    """One off-screen picture of the lowest visible scenes whose looks are known, keyed by those looks."""

    def __init__(self) -> None:
        self.enabled = True
        self._picture: pygame.Surface | None = None
        self._key: Hashable = None
        self.redraws = 0  # how often the picture was drawn again (for tests and the benchmark)

    def draw(self, scenes: Sequence[Scene], surface: pygame.Surface, context_key: Hashable) -> None:
        """Draw `scenes` (bottom first) onto `surface`, reusing the still picture when nothing in it changed."""
        cut, looks = (self._still_prefix(scenes) if self.enabled else (0, []))
        if cut == 0:
            for scene in scenes:
                scene.draw(surface)
                scene.draw_moving(surface)
            return
        key = (tuple(looks), surface.get_size(), context_key)
        picture = self._picture
        if picture is None or picture.get_size() != surface.get_size():
            picture = self._picture = pygame.Surface(surface.get_size(), 0, surface)
            self._key = None
        if key != self._key:
            picture.fill((0, 0, 0))
            for scene in scenes[:cut]:
                scene.draw(picture)
            self._key = key
            self.redraws += 1
        surface.blit(picture, (0, 0))
        scenes[cut - 1].draw_moving(surface)
        for scene in scenes[cut:]:
            scene.draw(surface)
            scene.draw_moving(surface)

    @staticmethod
    def screen_key(scenes: Sequence[Scene]) -> Hashable | None:
        """What the whole picture of `scenes` depends on, or None when it must be drawn anyway.

        None as soon as one scene has no look, or moves without a `motion` key: a scene that says
        nothing is drawn every frame, so forgetting to declare an animation can never freeze it.
        """
        parts: list[Hashable] = []
        for scene in scenes:
            look = scene.look()
            if look is None:
                return None
            if scene.moving:
                motion = scene.motion()
                if motion is None:
                    return None
                parts.append((scene.serial, look, motion))
            else:
                parts.append((scene.serial, look))
        return tuple(parts)

    @staticmethod
    def _still_prefix(scenes: Sequence[Scene]) -> tuple[int, list[Hashable]]:
        """How many scenes from the bottom can live in the picture, and their looks.

        The run stops at the first scene without a look, and after the first scene with a moving part:
        anything drawn above a moving part must be drawn again every frame.
        """
        looks: list[Hashable] = []
        for scene in scenes:
            look = scene.look()
            if look is None:
                break
            looks.append((scene.serial, look))
            if scene.moving:
                break
        return len(looks), looks
