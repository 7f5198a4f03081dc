"""Shapes the backdrops share: skies, clouds, sun, trees, houses, clocks, bunting, snow and sparkles."""

from __future__ import annotations

import math
import random

import pygame

Color = tuple[int, int, int]
Point = tuple[int, int]

WHITE: Color = (255, 255, 255)
GOLD: Color = (247, 196, 82)
WOOD: Color = (170, 116, 78)
LEAF: Color = (110, 180, 100)
BRIGHTS: list[Color] = [(240, 120, 130), (250, 190, 80), (120, 190, 120), (110, 170, 230), (180, 140, 220),
                        (255, 150, 100)]


def mix(a: Color, b: Color, t: float) -> Color:
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


def shade(color: Color, factor: float) -> Color:
    r, g, b = (max(0, min(255, round(c * factor))) for c in color)
    return (r, g, b)


def gradient(surface: pygame.Surface, top: Color, bottom: Color, area: pygame.Rect | None = None) -> None:
    """A vertical colour gradient over `area` (the whole surface by default), in 4-pixel bands."""
    area = area or surface.get_rect()
    for y in range(area.top, area.bottom, 4):
        t = (y - area.top) / max(1, area.height - 1)
        pygame.draw.rect(surface, mix(top, bottom, t), (area.left, y, area.width, 4))


def glow(surface: pygame.Surface, center: Point, radius: int, color: Color, strength: int = 90) -> None:
    """A soft round light: stacked translucent circles."""
    layer = pygame.Surface((radius * 2, radius * 2), pygame.SRCALPHA)
    for i in range(6):
        r = radius * (6 - i) // 6
        pygame.draw.circle(layer, (*color, strength // 6), (radius, radius), r)
    surface.blit(layer, (center[0] - radius, center[1] - radius))


def cloud(surface: pygame.Surface, center: Point, scale: float, color: Color = WHITE) -> None:
    x, y = center
    for dx, dy, r in ((-50, 8, 30), (-18, -10, 40), (22, -4, 34), (52, 10, 26), (0, 14, 30)):
        pygame.draw.circle(surface, color, (x + int(dx * scale), y + int(dy * scale)), int(r * scale))
    pygame.draw.rect(surface, color, (x - int(50 * scale), y + int(8 * scale), int(102 * scale), int(28 * scale)),
                     border_radius=int(14 * scale))


def sun(surface: pygame.Surface, center: Point, radius: int) -> None:
    glow(surface, center, radius * 2, (255, 236, 160), 120)
    for k in range(12):
        angle = k / 12 * math.tau
        inner, outer = radius + 12, radius + (30 if k % 2 else 22)
        pygame.draw.line(surface, (255, 206, 90), (center[0] + math.cos(angle) * inner,
                                                   center[1] + math.sin(angle) * inner),
                         (center[0] + math.cos(angle) * outer, center[1] + math.sin(angle) * outer), 7)
    pygame.draw.circle(surface, (255, 214, 96), center, radius)
    pygame.draw.circle(surface, (255, 232, 150), (center[0] - radius // 4, center[1] - radius // 4), radius // 2)


def tree(surface: pygame.Surface, base: Point, size: int, leaf: Color = LEAF, fruit: Color | None = None) -> None:
    """A round friendly tree standing at `base`."""
    x, y = base
    pygame.draw.rect(surface, WOOD, (x - size // 8, y - size, size // 4, size), border_radius=6)
    blobs = ((0, -size * 1.25, 0.55), (-size * 0.4, -size * 0.95, 0.42), (size * 0.42, -size * 0.98, 0.44),
             (0, -size * 0.8, 0.45))
    for dx, dy, r in blobs:
        pygame.draw.circle(surface, shade(leaf, 0.85), (x + dx, y + dy + 6), size * r)
    for dx, dy, r in blobs:
        pygame.draw.circle(surface, leaf, (x + dx, y + dy), size * r)
    pygame.draw.circle(surface, mix(leaf, WHITE, 0.25), (x - size * 0.15, y - size * 1.45), size * 0.18)
    if fruit:
        rng = random.Random(base[0])
        for _ in range(6):
            pygame.draw.circle(surface, fruit, (x + rng.randint(-size // 2, size // 2),
                                                y - size + rng.randint(-size // 2, size // 4)), max(4, size // 14))


def pine(surface: pygame.Surface, base: Point, height: int, leaf: Color, snow: bool = False) -> None:
    x, y = base
    pygame.draw.rect(surface, WOOD, (x - 8, y - 30, 16, 30))
    for i in range(3):
        w, top = height * (0.5 - i * 0.12), y - 20 - i * height * 0.28
        points = [(x - w, top), (x, top - height * 0.42), (x + w, top)]
        pygame.draw.polygon(surface, leaf, points)
        if snow:
            pygame.draw.polygon(surface, (244, 248, 255), [(x - w * 0.35, top - height * 0.27),
                                                           (x, top - height * 0.42),
                                                           (x + w * 0.35, top - height * 0.27)])


def window(surface: pygame.Surface, rect: pygame.Rect, glass: Color, frame: Color = WHITE,
           curtain: Color | None = None) -> None:
    pygame.draw.rect(surface, glass, rect, border_radius=6)
    pygame.draw.line(surface, mix(glass, WHITE, 0.5), (rect.left + 8, rect.bottom - 10),
                     (rect.left + rect.width // 2, rect.top + 8), 4)  # a shine
    if curtain:
        for side in (0, 1):
            x = rect.left if side == 0 else rect.right - rect.width // 4
            pygame.draw.rect(surface, curtain, (x, rect.top, rect.width // 4, rect.height), border_radius=6)
    pygame.draw.rect(surface, frame, rect, width=6, border_radius=6)
    pygame.draw.line(surface, frame, rect.midtop, rect.midbottom, 4)
    pygame.draw.line(surface, frame, rect.midleft, rect.midright, 4)


def house(surface: pygame.Surface, body: pygame.Rect, wall: Color, roof: Color, glass: Color,
          door: Color | None = None, snow: bool = False) -> None:
    """A simple house with a roof, windows and (optionally) a door and a thick cap of snow."""
    pygame.draw.rect(surface, wall, body, border_radius=6)
    pygame.draw.rect(surface, shade(wall, 0.92), (body.left, body.bottom - 14, body.width, 14))
    eave = [(body.left - 18, body.top + 4), (body.left + 16, body.top - body.width * 0.34),
            (body.right - 16, body.top - body.width * 0.34), (body.right + 18, body.top + 4)]
    pygame.draw.polygon(surface, roof, eave)
    pygame.draw.line(surface, shade(roof, 0.8), eave[0], eave[3], 8)
    if snow:
        pygame.draw.rect(surface, (246, 250, 255), (eave[1][0] - 6, eave[1][1] - 14, eave[2][0] - eave[1][0] + 12,
                                                    26), border_radius=13)
        for x in range(int(eave[0][0]), int(eave[3][0]), 22):
            pygame.draw.circle(surface, (246, 250, 255), (x + 8, body.top + 2), 10)
    cols = max(1, (body.width - 20) // 70)
    for i in range(cols):
        x = body.left + (body.width - cols * 70 + 20) // 2 + i * 70
        if door and i == cols // 2 and cols > 1:
            continue
        window(surface, pygame.Rect(x, body.top + 24, 50, 46), glass)
    if door:
        d = pygame.Rect(0, 0, 46, 74)
        d.midbottom = (body.centerx, body.bottom)
        pygame.draw.rect(surface, door, d, border_top_left_radius=22, border_top_right_radius=22)
        pygame.draw.circle(surface, GOLD, (d.right - 10, d.centery + 6), 4)


def clock_face(surface: pygame.Surface, center: Point, radius: int, rim: Color, hands: Color = (80, 60, 60),
               hour: float = 10.2) -> None:
    pygame.draw.circle(surface, rim, center, radius + max(4, radius // 7))
    pygame.draw.circle(surface, (255, 248, 230), center, radius)
    for tick in range(12):
        angle = tick / 12 * math.tau
        a = (center[0] + math.sin(angle) * radius * 0.78, center[1] - math.cos(angle) * radius * 0.78)
        pygame.draw.circle(surface, hands, a, max(2, radius // 16))
    for length, turns, width in ((0.5, hour / 12, max(3, radius // 9)), (0.75, hour % 1, max(2, radius // 14))):
        angle = turns * math.tau
        tip = (center[0] + math.sin(angle) * radius * length, center[1] - math.cos(angle) * radius * length)
        pygame.draw.line(surface, hands, center, tip, width)
    pygame.draw.circle(surface, GOLD, center, max(3, radius // 9))


def bunting(surface: pygame.Surface, start: Point, end: Point, sag: int, flags: int) -> None:
    """A string of little triangle flags hanging between two points."""
    def at(t: float) -> tuple[float, float]:
        return (start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t + sag * 4 * t * (1 - t))

    pygame.draw.lines(surface, (150, 110, 90), False, [at(i / 30) for i in range(31)], 3)
    for i in range(flags):
        t0, t1 = (i + 0.15) / flags, (i + 0.85) / flags
        a, b = at(t0), at(t1)
        tip = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 34)
        pygame.draw.polygon(surface, BRIGHTS[i % len(BRIGHTS)], [a, b, tip])


def balloon(surface: pygame.Surface, center: Point, color: Color, string_to: Point) -> None:
    pygame.draw.line(surface, (150, 120, 110), (center[0], center[1] + 34), string_to, 2)
    pygame.draw.ellipse(surface, color, (center[0] - 26, center[1] - 32, 52, 66))
    pygame.draw.polygon(surface, color, [(center[0], center[1] + 30), (center[0] - 6, center[1] + 40),
                                         (center[0] + 6, center[1] + 40)])
    pygame.draw.ellipse(surface, mix(color, WHITE, 0.5), (center[0] - 14, center[1] - 22, 12, 18))


def snowflake(surface: pygame.Surface, center: Point, size: int, color: Color) -> None:
    """A still six-armed snowflake."""
    for k in range(3):
        angle = k * math.pi / 3
        dx, dy = math.cos(angle) * size, math.sin(angle) * size
        pygame.draw.line(surface, color, (center[0] - dx, center[1] - dy), (center[0] + dx, center[1] + dy), 2)
    pygame.draw.circle(surface, color, center, max(2, size // 3))


def sparkle(surface: pygame.Surface, center: Point, size: int, color: Color) -> None:
    """A four-pointed twinkle."""
    x, y = center
    s, w = size, max(2, size // 4)
    pygame.draw.polygon(surface, color, [(x, y - s), (x + w, y - w), (x + s, y), (x + w, y + w), (x, y + s),
                                         (x - w, y + w), (x - s, y), (x - w, y - w)])


def falling_snow(surface: pygame.Surface, seed: int, count: int, area: pygame.Rect, color: Color = WHITE) -> None:
    rng = random.Random(seed)
    for _ in range(count):
        pygame.draw.circle(surface, color, (rng.randrange(area.left, area.right), rng.randrange(area.top,
                                                                                                area.bottom)),
                           rng.choice((2, 3, 3, 4)))


def flowers(surface: pygame.Surface, seed: int, count: int, area: pygame.Rect) -> None:
    rng = random.Random(seed)
    for _ in range(count):
        x, y = rng.randrange(area.left, area.right), rng.randrange(area.top, area.bottom)
        color = rng.choice(BRIGHTS)
        for k in range(5):
            angle = k / 5 * math.tau
            pygame.draw.circle(surface, color, (x + math.cos(angle) * 6, y + math.sin(angle) * 6), 5)
        pygame.draw.circle(surface, (255, 236, 150), (x, y), 4)
