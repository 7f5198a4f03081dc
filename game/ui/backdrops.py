"""Backdrops drawn by the project with pygame shapes, one per name in `game.catalog.BACKDROPS`."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from functools import lru_cache

import pygame

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


def _houses(surface: pygame.Surface, seed: int, palette: list[Color], roof: list[Color], ground: Color) -> None:
    rng = random.Random(seed)
    width, height = surface.get_size()
    base = int(height * 0.72)
    pygame.draw.rect(surface, ground, (0, base, width, height - base))
    x = -20
    while x < width:
        w, h = rng.randrange(140, 220), rng.randrange(150, 260)
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
    _houses(surface, 3, [(150, 130, 150), (130, 120, 150)], [(100, 80, 110)], (90, 90, 110))


def town_frozen(surface: pygame.Surface) -> None:
    """The town with time stopped: cold greys and still snowflakes."""
    _gradient(surface, (150, 160, 176), (210, 214, 222))
    _houses(surface, 11, [(170, 174, 184), (150, 156, 168), (186, 188, 196)], [(120, 126, 140)], (180, 184, 194))
    _stars(surface, 5, 90, (236, 240, 248), surface.get_height())


def town_restored(surface: pygame.Surface) -> None:
    """The same town with time moving again: warm sun and colours."""
    _gradient(surface, (120, 190, 240), (255, 226, 180))
    w, _h = surface.get_size()
    pygame.draw.circle(surface, (255, 214, 90), (w - 180, 120), 70)
    _houses(surface, 11, [(250, 190, 150), (255, 222, 150), (190, 220, 160), (240, 170, 180)],
            [(200, 90, 80), (120, 150, 200)], (140, 200, 120))


def classroom(surface: pygame.Surface) -> None:
    """A bright classroom with a board and windows."""
    w, h = surface.get_size()
    surface.fill((250, 236, 200))
    pygame.draw.rect(surface, (60, 110, 90), (w // 2 - 320, 90, 640, 260), border_radius=10)
    pygame.draw.rect(surface, (160, 110, 70), (w // 2 - 330, 80, 660, 280), width=10, border_radius=12)
    for x in (60, w - 260):
        pygame.draw.rect(surface, (170, 214, 240), (x, 90, 200, 240), border_radius=8)
        pygame.draw.rect(surface, (255, 255, 255), (x, 90, 200, 240), width=8, border_radius=8)
    pygame.draw.rect(surface, (200, 160, 110), (0, int(h * 0.7), w, h))


def home(surface: pygame.Surface) -> None:
    """A cosy living room."""
    w, h = surface.get_size()
    surface.fill((245, 224, 205))
    pygame.draw.rect(surface, (180, 220, 236), (w - 380, 80, 260, 220), border_radius=8)
    pygame.draw.rect(surface, (255, 255, 255), (w - 380, 80, 260, 220), width=10, border_radius=8)
    pygame.draw.rect(surface, (196, 150, 120), (0, int(h * 0.72), w, h))
    pygame.draw.rect(surface, (120, 150, 200), (120, int(h * 0.5), 420, 150), border_radius=30)
    pygame.draw.rect(surface, (100, 130, 180), (100, int(h * 0.45), 460, 70), border_radius=30)


DRAWERS: dict[str, Callable[[pygame.Surface], None]] = {
    "keepers-world": keepers_world,
    "clock-tower": clock_tower,
    "town-frozen": town_frozen,
    "town-restored": town_restored,
    "classroom": classroom,
    "home": home,
}
DEFAULT = "keepers-world"


@lru_cache(maxsize=8)
def backdrop(name: str | None, size: tuple[int, int]) -> pygame.Surface:
    """The backdrop `name` at `size`, drawn once and cached (unknown or None → the default)."""
    surface = pygame.Surface(size)
    DRAWERS.get(name or DEFAULT, DRAWERS[DEFAULT])(surface)
    return surface
