"""Small picture icons for the card mini-games, drawn with shapes at double size, smoothed and cached."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache

import pygame

Color = tuple[int, int, int]
Point = tuple[float, float]

LINE: Color = (92, 64, 58)  # warm outline shared by every icon
SKIN: Color = (255, 214, 178)
PINK: Color = (240, 120, 140)
GOLD: Color = (247, 196, 82)
SKY: Color = (150, 200, 240)
WHITE: Color = (255, 255, 255)


class _Pen:
    """Draws on a square surface in a 100×100 design space (so every icon is written once, at any size)."""

    def __init__(self, surface: pygame.Surface) -> None:
        self.surface = surface
        self.k = surface.get_width() / 100

    def _p(self, point: Point) -> tuple[int, int]:
        return round(point[0] * self.k), round(point[1] * self.k)

    def _w(self, width: float) -> int:
        return max(1, round(width * self.k)) if width else 0

    def circle(self, color: Color, center: Point, radius: float, width: float = 0) -> None:
        pygame.draw.circle(self.surface, color, self._p(center), radius * self.k, self._w(width))

    def rect(self, color: Color, box: tuple[float, float, float, float], radius: float = 0,
             width: float = 0) -> None:
        x, y, w, h = (v * self.k for v in box)
        pygame.draw.rect(self.surface, color, pygame.Rect(round(x), round(y), round(w), round(h)),
                         self._w(width), border_radius=round(radius * self.k))

    def poly(self, color: Color, points: Sequence[Point], width: float = 0) -> None:
        pygame.draw.polygon(self.surface, color, [self._p(p) for p in points], self._w(width))

    def line(self, color: Color, start: Point, end: Point, width: float) -> None:
        pygame.draw.line(self.surface, color, self._p(start), self._p(end), self._w(width))
        for point in (start, end):  # round caps
            self.circle(color, point, width / 2)

    def disc(self, fill: Color, center: Point, radius: float) -> None:
        """An outlined filled circle."""
        self.circle(fill, center, radius)
        self.circle(LINE, center, radius, 3)

    def box(self, fill: Color, box: tuple[float, float, float, float], radius: float = 0) -> None:
        """An outlined filled rectangle."""
        self.rect(fill, box, radius)
        self.rect(LINE, box, radius, 3)

    def shape(self, fill: Color, draw: Callable[[Color, float], None]) -> None:
        """Fill a shape, then outline it in the shared line colour."""
        draw(fill, 0)
        draw(LINE, 3)


def _family(pen: _Pen) -> None:
    pen.shape((255, 226, 170), lambda c, w: pen.rect(c, (22, 44, 56, 42), 4, w))
    pen.shape((226, 112, 84), lambda c, w: pen.poly(c, [(12, 48), (50, 14), (88, 48)], w))
    _heart(pen, (50, 64), 9)


def _school(pen: _Pen) -> None:
    pen.shape((255, 236, 190), lambda c, w: pen.rect(c, (16, 40, 68, 46), 4, w))
    pen.shape((108, 160, 220), lambda c, w: pen.poly(c, [(10, 42), (50, 14), (90, 42)], w))
    pen.shape(WHITE, lambda c, w: pen.circle(c, (50, 32), 7, w))
    pen.shape((170, 120, 90), lambda c, w: pen.rect(c, (42, 62, 16, 24), 3, w))
    for x in (24, 64):
        pen.box(SKY, (x, 52, 12, 12), 2)


def _neighbourhood(pen: _Pen) -> None:
    pen.shape((170, 120, 80), lambda c, w: pen.rect(c, (44, 54, 12, 34), 3, w))
    for center, radius in (((32, 50), 16), ((68, 50), 16), ((50, 34), 22)):
        pen.disc((120, 190, 110), center, radius)
    pen.circle((255, 150, 160), (40, 36), 3)
    pen.circle((255, 150, 160), (62, 44), 3)


def _police(pen: _Pen) -> None:
    shield = [(50, 10), (84, 22), (80, 58), (50, 90), (20, 58), (16, 22)]
    pen.shape((80, 110, 190), lambda c, w: pen.poly(c, shield, w))
    pen.shape(GOLD, lambda c, w: pen.poly(c, _star_points((50, 48), 20, 9, 5), w))


def _health(pen: _Pen) -> None:
    pen.shape(WHITE, lambda c, w: pen.rect(c, (14, 14, 72, 72), 18, w))
    cross = [(40, 24), (60, 24), (60, 40), (76, 40), (76, 60), (60, 60), (60, 76), (40, 76), (40, 60),
             (24, 60), (24, 40), (40, 40)]
    pen.shape(PINK, lambda c, w: pen.poly(c, cross, w))


def _care(pen: _Pen) -> None:
    """Grown-ups who look after children: two hands holding a big heart (the family card is a house)."""
    _heart(pen, (50, 44), 30)
    pen.shape(SKIN, lambda c, w: pen.circle(c, (22, 74), 14, w))
    pen.shape(SKIN, lambda c, w: pen.circle(c, (78, 74), 14, w))


def _activities(pen: _Pen) -> None:
    """A club or hakwon: a ball and a book."""
    pen.shape((120, 200, 200), lambda c, w: pen.rect(c, (12, 50, 44, 36), 4, w))
    pen.line(LINE, (34, 50), (34, 86), 3)
    pen.shape(WHITE, lambda c, w: pen.circle(c, (66, 40), 24, w))
    pen.shape((60, 60, 70), lambda c, w: pen.poly(c, _star_points((66, 40), 10, 8, 5), w))


def _online(pen: _Pen) -> None:
    pen.shape((90, 88, 120), lambda c, w: pen.rect(c, (24, 8, 52, 84), 10, w))
    pen.rect(SKY, (30, 16, 40, 62), 4)
    pen.shape(WHITE, lambda c, w: pen.rect(c, (34, 26, 32, 18), 6, w))
    pen.poly(WHITE, [(40, 43), (46, 43), (38, 50)])
    pen.circle(WHITE, (50, 85), 3)


def _lock(pen: _Pen) -> None:
    pen.line(LINE, (34, 46), (34, 30), 14)
    pen.line(LINE, (66, 46), (66, 30), 14)
    pygame.draw.arc(pen.surface, LINE, pygame.Rect(*(round(v * pen.k) for v in (27, 12, 46, 38))), 0, math.pi,
                    round(14 * pen.k))
    pen.line((200, 200, 214), (34, 46), (34, 30), 7)
    pen.line((200, 200, 214), (66, 46), (66, 30), 7)
    pygame.draw.arc(pen.surface, (200, 200, 214), pygame.Rect(*(round(v * pen.k) for v in (30.5, 15.5, 39, 31))),
                    0, math.pi, round(7 * pen.k))
    pen.shape(GOLD, lambda c, w: pen.rect(c, (20, 44, 60, 44), 8, w))
    pen.circle(LINE, (50, 62), 6)
    pen.rect(LINE, (47, 62, 6, 14), 2)


def _gift(pen: _Pen) -> None:
    for center in ((38, 24), (62, 24)):
        pen.disc(GOLD, center, 11)
    pen.shape((255, 140, 150), lambda c, w: pen.rect(c, (18, 44, 64, 44), 4, w))
    pen.shape((255, 160, 170), lambda c, w: pen.rect(c, (12, 32, 76, 16), 4, w))
    pen.shape(GOLD, lambda c, w: pen.rect(c, (44, 32, 12, 56), 0, w))


def _party(pen: _Pen) -> None:
    for (x, y), color in (((30, 38), (255, 140, 150)), ((70, 38), SKY), ((50, 28), GOLD)):
        pen.line(LINE, (x, y + 18), (50, 90), 2)
        pen.disc(color, (x, y), 17)
        pen.circle(WHITE, (x - 6, y - 6), 4)


def _card(pen: _Pen) -> None:
    pen.shape((200, 230, 255), lambda c, w: pen.poly(c, [(16, 22), (50, 30), (50, 88), (16, 80)], w))
    pen.shape(WHITE, lambda c, w: pen.poly(c, [(50, 30), (84, 22), (84, 80), (50, 88)], w))
    _heart(pen, (67, 52), 10)


def _worry(pen: _Pen) -> None:
    for x in (32, 50, 68):
        pen.line((110, 150, 220), (x, 66), (x - 4, 80), 5)
    for center, radius in (((32, 46), 16), ((68, 46), 16), ((50, 36), 20)):
        pen.disc((180, 188, 208), center, radius)
    pen.rect((180, 188, 208), (32, 40, 36, 20))


def _hand(pen: _Pen, skin: Color = SKIN) -> None:
    fingers = [((30, 48), (18, 30)), ((38, 40), (34, 12)), ((50, 38), (50, 8)), ((62, 40), (66, 12)),
               ((70, 50), (84, 34))]
    for base, tip in fingers:
        pen.line(LINE, base, tip, 17)
    pen.circle(LINE, (50, 62), 27)
    for base, tip in fingers:
        pen.line(skin, base, tip, 11)
    pen.circle(skin, (50, 62), 24)


def _heart(pen: _Pen, center: Point = (50, 52), size: float = 30) -> None:
    x, y = center
    points = [(x + size * 16 * math.sin(t) ** 3 / 16,
               y - size * (13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)) / 16)
              for t in (i * math.tau / 40 for i in range(40))]
    pen.shape(PINK, lambda c, w: pen.poly(c, points, w))


def _traffic(pen: _Pen) -> None:
    pen.shape((90, 88, 120), lambda c, w: pen.rect(c, (32, 6, 36, 88), 12, w))
    for y, color in ((22, (240, 110, 100)), (50, GOLD), (78, (110, 200, 120))):
        pen.circle(color, (50, y), 10)


def _swimsuit(pen: _Pen) -> None:
    suit = [(28, 12), (38, 12), (42, 30), (58, 30), (62, 12), (72, 12), (74, 52), (66, 88), (50, 80), (34, 88),
            (26, 52)]
    pen.shape((120, 180, 230), lambda c, w: pen.poly(c, suit, w))
    pen.line(WHITE, (30, 56), (70, 56), 4)


def _camera(pen: _Pen) -> None:
    pen.shape((90, 88, 120), lambda c, w: pen.rect(c, (36, 22, 28, 14), 4, w))
    pen.shape((120, 118, 150), lambda c, w: pen.rect(c, (12, 30, 76, 52), 10, w))
    pen.shape(SKY, lambda c, w: pen.circle(c, (50, 56), 17, w))
    pen.circle(WHITE, (44, 50), 5)


def _stop(pen: _Pen) -> None:
    pen.shape((240, 150, 80), lambda c, w: pen.circle(c, (50, 50), 46, w))
    inner = pygame.Surface((round(70 * pen.k),) * 2, pygame.SRCALPHA)
    _hand(_Pen(inner), WHITE)
    pen.surface.blit(inner, (round(15 * pen.k), round(13 * pen.k)))


def _talk(pen: _Pen) -> None:
    bubble = [(30, 72), (22, 92), (48, 74)]
    pen.shape(WHITE, lambda c, w: pen.poly(c, bubble, w))
    pen.shape(WHITE, lambda c, w: pen.rect(c, (8, 14, 84, 62), 26, w))
    pen.poly(WHITE, [(31, 68), (27, 84), (44, 70)])
    _heart(pen, (50, 46), 20)


def _smile(pen: _Pen) -> None:
    pen.shape(GOLD, lambda c, w: pen.circle(c, (50, 50), 42, w))
    for x in (36, 64):
        pen.circle(LINE, (x, 42), 5)
    pygame.draw.arc(pen.surface, LINE, pygame.Rect(*(round(v * pen.k) for v in (28, 36, 44, 34))),
                    math.pi * 1.1, math.pi * 1.9, round(5 * pen.k))
    for x in (26, 74):
        pen.circle((255, 170, 150), (x, 58), 6)


def _star(pen: _Pen) -> None:
    pen.shape(GOLD, lambda c, w: pen.poly(c, _star_points((50, 52), 44, 20, 5), w))


def _star_points(center: Point, outer: float, inner: float, count: int) -> list[Point]:
    return [(center[0] + math.cos(-math.pi / 2 + i * math.pi / count) * (outer if i % 2 == 0 else inner),
             center[1] + math.sin(-math.pi / 2 + i * math.pi / count) * (outer if i % 2 == 0 else inner))
            for i in range(2 * count)]


DRAWERS: dict[str, Callable[[_Pen], None]] = {
    "family": _family,
    "school": _school,
    "neighbourhood": _neighbourhood,
    "care": _care,
    "activities": _activities,
    "police": _police,
    "health": _health,
    "online": _online,
    "lock": _lock,
    "gift": _gift,
    "party": _party,
    "card": _card,
    "worry": _worry,
    "hand": _hand,
    "heart": _heart,
    "traffic": _traffic,
    "swimsuit": _swimsuit,
    "camera": _camera,
    "stop": _stop,
    "talk": _talk,
    "smile": _smile,
    "star": _star,
}


@lru_cache(maxsize=96)
def icon(name: str, size: int) -> pygame.Surface:
    """The icon `name` at `size`×`size` pixels (unknown names get a star); drawn once per name and size."""
    big = pygame.Surface((size * 2, size * 2), pygame.SRCALPHA)
    DRAWERS.get(name, _star)(_Pen(big))
    return pygame.transform.smoothscale(big, (size, size))
