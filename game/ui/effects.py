"""Picture effects: the "time starts again" thaw from a frozen picture to its restored one.

A frame costs a few blits: the buffers and the sparkle sprites are made once, when the effect is created, and
the warm circle is cut out with a colour key (no per-pixel Python, no alpha masks).
"""

from __future__ import annotations

import math

import pygame

from game.ui.backdrops import PAIRS, backdrop
from game.ui.scenery import sparkle

GOLD = (247, 196, 82)
WARM = (255, 226, 150)
KEY = (255, 0, 255)  # colour key of the disc buffer; never used in the pictures


class Thaw:
    """Warm colour spreads in a circle from `origin` (the clock) over the frozen picture, edged with sparkles.

    Args:
        frozen: the frozen picture (e.g. `backdrop("school-frozen", size)`).
        restored: the restored picture, the same size.
        origin: where the warmth starts; the centre by default.
        duration: seconds from frozen to restored when driven by `update`.
        reduced_motion: skip the animation: every frame is the restored picture and the effect is done at once.

    Raises:
        ValueError: if the two pictures differ in size.
    """

    def __init__(self, frozen: pygame.Surface, restored: pygame.Surface, origin: tuple[int, int] | None = None,
                 duration: float = 2.0, reduced_motion: bool = False) -> None:
        if frozen.get_size() != restored.get_size():
            raise ValueError(f"frozen {frozen.get_size()} and restored {restored.get_size()} differ in size")
        self.frozen, self.restored = frozen, restored
        self.reduced_motion = reduced_motion
        self.duration = max(0.01, duration)
        self.elapsed = 0.0
        w, h = frozen.get_size()
        self.origin = origin or (w // 2, h // 2)
        ox, oy = self.origin
        self.reach = max(math.hypot(x - ox, y - oy) for x in (0, w) for y in (0, h)) + 24
        if reduced_motion:
            return
        self._frame: pygame.Surface | None = None  # made only if `frame` is asked for; `draw` paints in place
        self._disc = pygame.Surface((w, h))  # restored pixels inside the circle, the key colour outside
        self._disc.set_colorkey(KEY)
        if pygame.display.get_surface() is not None:  # match the screen's pixel format: faster blits
            self._disc = self._disc.convert()
        self._sparkles = []
        for size in (8, 12, 16):
            sprite = pygame.Surface((size * 2 + 2, size * 2 + 2), pygame.SRCALPHA)
            sparkle(sprite, (size + 1, size + 1), size, (255, 246, 200))
            self._sparkles.append(sprite)

    @property
    def progress(self) -> float:
        """0 at the start, 1 when time has fully started again (always 1 with reduced motion)."""
        return 1.0 if self.reduced_motion else min(1.0, self.elapsed / self.duration)

    @property
    def done(self) -> bool:
        return self.progress >= 1.0

    def update(self, dt: float) -> None:
        self.elapsed += dt

    def draw(self, surface: pygame.Surface, pos: tuple[int, int] = (0, 0)) -> None:
        """Paint the current frame onto `surface` (straight onto it: no full-screen buffer of its own)."""
        if pos == (0, 0) and surface.get_size() == self.frozen.get_size():
            self._paint(surface, self._progress(None))
        else:
            surface.blit(self.frame(), pos)

    def frame(self, progress: float | None = None) -> pygame.Surface:
        """The picture at `progress` (0..1; the effect's own progress when None).

        Returns the frozen or restored surface itself at the ends, otherwise an internal buffer that the next
        call reuses, so blit it rather than keep it.
        """
        p = self._progress(progress)
        if p <= 0.0:
            return self.frozen
        if p >= 1.0:
            return self.restored
        if self._frame is None:
            self._frame = pygame.Surface(self.frozen.get_size(), 0, self._disc)
        self._paint(self._frame, p)
        return self._frame

    def _progress(self, progress: float | None) -> float:
        return 1.0 if self.reduced_motion else max(0.0, min(1.0, self.progress if progress is None else progress))

    def _paint(self, target: pygame.Surface, p: float) -> None:
        """Draw the picture at progress `p` over the whole of `target` (the pictures' size)."""
        if p <= 0.0 or p >= 1.0:
            target.blit(self.frozen if p <= 0.0 else self.restored, (0, 0))
            return
        eased = p * p * (3 - 2 * p)
        radius = int(eased * self.reach)
        target.blit(self.frozen, (0, 0))
        self._reveal(target, radius)
        if radius > 8:
            pygame.draw.circle(target, WARM, self.origin, radius + 3, 4)
            pygame.draw.circle(target, GOLD, self.origin, radius, 3)
            self._scatter(target, radius, p)

    def _reveal(self, target: pygame.Surface, radius: int) -> None:
        """Copy the disc of the restored picture within `radius` of the origin onto the frame.

        Three operations on the disc's bounding square: copy the restored pixels, paint everything outside the
        circle in the key colour (one thick ring), blit with the colour key.
        """
        if radius <= 0:
            return
        ox, oy = self.origin
        area = pygame.Rect(ox - radius, oy - radius, 2 * radius, 2 * radius).clip(target.get_rect())
        if not area.width or not area.height:
            return
        disc = self._disc.subsurface(area)
        disc.blit(self.restored, (0, 0), area)
        outer = int(radius * 1.42) + 2  # reaches the corners of the bounding square
        pygame.draw.circle(disc, KEY, (ox - area.x, oy - area.y), outer, outer - radius)
        target.blit(disc, area.topleft)

    def _scatter(self, target: pygame.Surface, radius: int, p: float) -> None:
        """Sparkles riding the warm edge, turning slowly as it grows."""
        bounds = target.get_rect()
        ox, oy = self.origin
        for i in range(18):
            angle = i / 18 * math.tau + p * 1.5
            sprite = self._sparkles[i % len(self._sparkles)]
            center = (int(ox + math.cos(angle) * radius), int(oy + math.sin(angle) * radius))
            rect = sprite.get_rect(center=center)
            if bounds.colliderect(rect):
                target.blit(sprite, rect)


def thaw_place(place: str, size: tuple[int, int], origin: tuple[int, int] | None = None, duration: float = 2.0,
               reduced_motion: bool = False) -> Thaw:
    """A `Thaw` between a place's frozen and restored backdrops (places: keys of `backdrops.PAIRS`).

    Raises:
        KeyError: if the place has no frozen/restored pair.
    """
    frozen, restored = PAIRS[place]
    return Thaw(backdrop(frozen, size), backdrop(restored, size), origin, duration, reduced_motion)
