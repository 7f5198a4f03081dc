"""Backdrops drawn by the project with pygame shapes, one per name in `game.catalog.BACKDROPS`.

Each chapter place has a restored drawing (time moving: warm and colourful) and a frozen one made from it
by `cold_grade`, so the two always match and the thaw effect (game/ui/effects.py) can blend between them.
"""

from __future__ import annotations

import importlib
import math
import random
from collections.abc import Callable
from functools import lru_cache

import pygame

from game.ui.scenery import snowflake, sparkle

Color = tuple[int, int, int]


def _gradient(surface: pygame.Surface, top: Color, bottom: Color) -> None:
    width, height = surface.get_size()
    for y in range(0, height, 4):
        t = y / max(1, height - 1)
        color = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        pygame.draw.rect(surface, color, (0, y, width, 4))


def _clock(surface: pygame.Surface, center: tuple[int, int], radius: int, face: Color, rim: Color,
           hands: Color, hour: float = 10.2) -> None:
    pygame.draw.circle(surface, rim, center, radius + 10)
    pygame.draw.circle(surface, face, center, radius)
    for tick in range(12):
        angle = tick / 12 * math.tau
        outer = (center[0] + math.sin(angle) * (radius - 8), center[1] - math.cos(angle) * (radius - 8))
        inner = (center[0] + math.sin(angle) * (radius - 24), center[1] - math.cos(angle) * (radius - 24))
        pygame.draw.line(surface, hands, inner, outer, 5)
    for length, turns, width in ((0.5, hour / 12, 10), (0.78, (hour % 1), 6)):
        angle = turns * math.tau
        tip = (center[0] + math.sin(angle) * radius * length, center[1] - math.cos(angle) * radius * length)
        pygame.draw.line(surface, hands, center, tip, width)
    pygame.draw.circle(surface, hands, center, 10)


def _stars(surface: pygame.Surface, seed: int, count: int, color: Color, max_y: int) -> None:
    rng = random.Random(seed)
    width = surface.get_width()
    for _ in range(count):
        pos = (rng.randrange(width), rng.randrange(max_y))
        pygame.draw.circle(surface, color, pos, rng.choice((1, 2, 2, 3)))


def _houses(surface: pygame.Surface, seed: int, palette: list[Color], roof: list[Color], ground: Color,
            keep_clear: tuple[int, int] | None = None) -> None:
    """A row of houses on the ground; none stands in the x range `keep_clear` (e.g. in front of a tower)."""
    rng = random.Random(seed)
    width, height = surface.get_size()
    base = int(height * 0.72)
    pygame.draw.rect(surface, ground, (0, base, width, height - base))
    x = -20
    while x < width:
        w, h = rng.randrange(140, 220), rng.randrange(150, 260)
        if keep_clear is not None and x + w + 10 > keep_clear[0] and x - 10 < keep_clear[1]:
            x = keep_clear[1] + 10  # its roof would cut across the tower's clock: start again after it
            continue
        body = pygame.Rect(x, base - h, w, h)
        pygame.draw.rect(surface, rng.choice(palette), body)
        pygame.draw.polygon(surface, rng.choice(roof),
                            [(body.left - 10, body.top), (body.centerx, body.top - 70), (body.right + 10, body.top)])
        for wx in range(body.left + 22, body.right - 40, 60):
            pygame.draw.rect(surface, (250, 236, 190) if palette[0][0] > 180 else (150, 156, 168),
                             (wx, body.top + 40, 34, 40), border_radius=4)
        x += w + rng.randrange(10, 40)


def keepers_world(surface: pygame.Surface) -> None:
    """The time keepers' world: a starry night sky around a great golden clock."""
    _gradient(surface, (30, 26, 78), (98, 64, 140))
    _stars(surface, 7, 140, (255, 244, 200), surface.get_height())
    w, h = surface.get_size()
    _clock(surface, (w // 2, int(h * 0.36)), 170, (255, 240, 200), (214, 160, 60), (90, 60, 40))
    for i in range(5):
        pygame.draw.ellipse(surface, (140, 110, 190), (i * 300 - 60, h - 120 + (i % 2) * 20, 420, 200))


def clock_tower(surface: pygame.Surface) -> None:
    """A town clock tower at dusk, its hands standing still."""
    _gradient(surface, (70, 80, 130), (230, 160, 140))
    w, h = surface.get_size()
    tower = pygame.Rect(w // 2 - 110, int(h * 0.18), 220, h)
    pygame.draw.rect(surface, (120, 96, 110), tower)
    pygame.draw.polygon(surface, (90, 66, 90), [(tower.left - 20, tower.top), (tower.centerx, tower.top - 120),
                                                (tower.right + 20, tower.top)])
    _clock(surface, (tower.centerx, tower.top + 120), 80, (245, 238, 220), (200, 170, 110), (60, 50, 60), 3.5)
    _houses(surface, 3, [(150, 130, 150), (130, 120, 150)], [(100, 80, 110)], (90, 90, 110),
            keep_clear=(tower.left, tower.right))


def cold_grade(picture: pygame.Surface, flakes: int = 40, seed: int = 1) -> pygame.Surface:
    """A frozen copy of `picture`: mostly grey, tinted cold blue, frosted at the corners, with still snowflakes.

    A handful of whole-surface fills and blits (no per-pixel Python), so it is cheap enough to do once per place.
    """
    frozen = picture.copy()
    grey = pygame.transform.grayscale(picture)
    grey.set_alpha(176)
    frozen.blit(grey, (0, 0))
    frozen.fill((172, 196, 232), special_flags=pygame.BLEND_RGB_MULT)
    frozen.fill((46, 58, 86), special_flags=pygame.BLEND_RGB_ADD)
    w, h = frozen.get_size()
    frost = pygame.Surface((w, h), pygame.SRCALPHA)
    for cx, cy in ((0, 0), (w, 0), (0, h), (w, h)):
        for radius in range(320, 40, -40):  # many faint layers make a soft frosty corner
            pygame.draw.circle(frost, (240, 246, 255, 12), (cx, cy), radius)
    frozen.blit(frost, (0, 0))
    rng = random.Random(seed)
    for _ in range(flakes):
        pos = (rng.randrange(w), rng.randrange(int(h * 0.68)))
        if rng.random() < 0.6:
            snowflake(frozen, pos, rng.choice((6, 8, 10, 12)), (244, 248, 255))
        else:
            sparkle(frozen, pos, rng.choice((6, 9, 12)), (255, 255, 255))
    return frozen


SIZE = (1280, 720)  # the drawings' own size; other sizes are scaled from it


def _later(module: str, name: str) -> Callable[[pygame.Surface], None]:
    """A drawer from game.ui.places or game.ui.rooms, imported when first drawn: the title needs neither,
    and in the browser every module imported before the first frame is compiled before it."""

    def draw(surface: pygame.Surface) -> None:
        drawer: Callable[[pygame.Surface], None] = getattr(importlib.import_module(f"game.ui.{module}"), name)
        drawer(surface)

    return draw


DRAWERS: dict[str, Callable[[pygame.Surface], None]] = {
    "keepers-world": keepers_world,
    "clock-tower": clock_tower,
    "town-restored": _later("places", "town"),
    "school-restored": _later("places", "school"),
    "street-restored": _later("places", "street"),
    "winter-home-restored": _later("places", "winter_home"),
    "park-restored": _later("places", "park"),
    "classroom": _later("rooms", "classroom"),
    "home": _later("rooms", "home"),
    "hall": _later("rooms", "hall"),
}

# frozen name → (the drawing it is graded from, how many still snowflakes and twinkles)
FROZEN: dict[str, tuple[str, int]] = {
    "town-frozen": ("town-restored", 46),
    "school-frozen": ("school-restored", 40),
    "street-frozen": ("street-restored", 40),
    "winter-home-frozen": ("winter-home-restored", 90),
    "park-frozen": ("park-restored", 40),
    "classroom-frozen": ("classroom", 24),
    "home-frozen": ("home", 24),
}


def _frozen_drawer(source: str, flakes: int) -> Callable[[pygame.Surface], None]:
    def draw(surface: pygame.Surface) -> None:
        surface.blit(cold_grade(_drawn(source), flakes, seed=len(source)), (0, 0))
    return draw


DRAWERS.update({frozen: _frozen_drawer(source, flakes) for frozen, (source, flakes) in FROZEN.items()})

# place → (frozen, restored): the pairs the thaw effect blends between
PAIRS: dict[str, tuple[str, str]] = {frozen.removesuffix("-frozen"): (frozen, source)
                                     for frozen, (source, _n) in FROZEN.items()}
DEFAULT = "keepers-world"


def frozen_twin(name: str | None) -> str | None:
    """The frozen version of a "-restored" place (where time starts again), else None."""
    if name is None or not name.endswith("-restored"):
        return None
    return next((frozen for frozen, (source, _n) in FROZEN.items() if source == name), None)


@lru_cache(maxsize=2)  # full-screen pictures (3.7 MB each): the place and its frozen twin
def _drawn(name: str) -> pygame.Surface:
    surface = pygame.Surface(SIZE)
    DRAWERS[name](surface)
    return surface


@lru_cache(maxsize=2)
def backdrop(name: str | None, size: tuple[int, int]) -> pygame.Surface:
    """The backdrop `name` at `size`, drawn once and cached (unknown or None → the default)."""
    key = name if name in DRAWERS else DEFAULT
    picture = _drawn(key)
    return picture if picture.get_size() == size else pygame.transform.smoothscale(picture, size)
