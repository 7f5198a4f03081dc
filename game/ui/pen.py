"""A pen that draws rounded, outlined shapes in a 100×100 design space, supersampled and smoothed once."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

import pygame

Color = tuple[int, int, int]
Point = tuple[float, float]

LINE: Color = (92, 64, 58)  # the warm outline shared with the mini-game icons
OUTLINE = 1.3  # outline width in design units


def mix(a: Color, b: Color, t: float) -> Color:
    """The colour `t` of the way from `a` to `b`."""
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


def shade(color: Color, factor: float) -> Color:
    """`color` made darker (factor < 1) or lighter (factor > 1), clamped."""
    r, g, b = (max(0, min(255, round(c * factor))) for c in color)
    return (r, g, b)


def arc_points(center: Point, rx: float, ry: float, start: float, stop: float, steps: int = 18) -> list[Point]:
    """Points along an ellipse from angle `start` to `stop` (degrees; 0 = right, 90 = down, screen style)."""
    out = []
    for i in range(steps + 1):
        angle = math.radians(start + (stop - start) * i / steps)
        out.append((center[0] + math.cos(angle) * rx, center[1] + math.sin(angle) * ry))
    return out


class Pen:
    """Draws on a square surface in a 100×100 design space, so a picture is written once for any size."""

    def __init__(self, surface: pygame.Surface) -> None:
        self.surface = surface
        self.k = surface.get_width() / 100

    def p(self, point: Point) -> tuple[int, int]:
        return round(point[0] * self.k), round(point[1] * self.k)

    def _w(self, width: float) -> int:
        return max(1, round(width * self.k)) if width else 0

    def _box(self, box: tuple[float, float, float, float]) -> pygame.Rect:
        x, y, w, h = (v * self.k for v in box)
        return pygame.Rect(round(x), round(y), max(1, round(w)), max(1, round(h)))

    def circle(self, color: Color, center: Point, radius: float, width: float = 0) -> None:
        pygame.draw.circle(self.surface, color, self.p(center), max(1.0, radius * self.k), self._w(width))

    def ellipse(self, color: Color, box: tuple[float, float, float, float], width: float = 0) -> None:
        pygame.draw.ellipse(self.surface, color, self._box(box), self._w(width))

    def rect(self, color: Color, box: tuple[float, float, float, float], radius: float = 0, width: float = 0) -> None:
        pygame.draw.rect(self.surface, color, self._box(box), self._w(width), border_radius=round(radius * self.k))

    def poly(self, color: Color, points: Sequence[Point], width: float = 0) -> None:
        pygame.draw.polygon(self.surface, color, [self.p(pt) for pt in points], self._w(width))
        if width:  # round joins, so thick outlines have no notches at the corners
            for point in points:
                self.circle(color, point, width / 2)

    def line(self, color: Color, start: Point, end: Point, width: float) -> None:
        pygame.draw.line(self.surface, color, self.p(start), self.p(end), self._w(width))
        for point in (start, end):  # round caps
            self.circle(color, point, width / 2)

    def lines(self, color: Color, points: Sequence[Point], width: float) -> None:
        """A polyline with round joins and caps."""
        for a, b in itertools.pairwise(points):
            self.line(color, a, b, width)

    def arc(self, color: Color, center: Point, rx: float, ry: float, start: float, stop: float, width: float) -> None:
        """An arc drawn as a round-capped polyline (angles in degrees, screen style: 90 = down)."""
        self.lines(color, arc_points(center, rx, ry, start, stop, max(6, int(abs(stop - start) / 8))), width)

    # -- filled shapes with the warm outline ------------------------------------------------------

    def disc(self, fill: Color, center: Point, radius: float, line: Color = LINE) -> None:
        self.circle(line, center, radius + OUTLINE / 2)
        self.circle(fill, center, radius - OUTLINE / 2)

    def oval(self, fill: Color, box: tuple[float, float, float, float], line: Color = LINE) -> None:
        x, y, w, h = box
        half = OUTLINE / 2
        self.ellipse(line, (x - half, y - half, w + OUTLINE, h + OUTLINE))
        self.ellipse(fill, (x + half, y + half, w - OUTLINE, h - OUTLINE))

    def box(self, fill: Color, box: tuple[float, float, float, float], radius: float = 0, line: Color = LINE) -> None:
        x, y, w, h = box
        half = OUTLINE / 2
        self.rect(line, (x - half, y - half, w + OUTLINE, h + OUTLINE), radius + half)
        self.rect(fill, (x + half, y + half, w - OUTLINE, h - OUTLINE), max(0.0, radius - half))

    def shape(self, fill: Color, points: Sequence[Point], line: Color = LINE) -> None:
        self.poly(fill, points)
        self.poly(line, points, OUTLINE)

    def blob(self, fill: Color, circles: Sequence[tuple[Point, float]], line: Color = LINE) -> None:
        """Several circles merged into one outlined shape (curls, clouds, bushes)."""
        for center, radius in circles:
            self.circle(line, center, radius + OUTLINE / 2)
        for center, radius in circles:
            self.circle(fill, center, radius - OUTLINE / 2)


def render(size: int, draw: Callable[[Pen], None], supersample: int = 2) -> pygame.Surface:
    """Draw with `draw` at `supersample`× the size on a transparent square, then smooth it down to `size`."""
    big = pygame.Surface((size * supersample, size * supersample), pygame.SRCALPHA)
    big.fill((*LINE, 0))  # edge pixels fade towards the outline colour, not towards black
    draw(Pen(big))
    return pygame.transform.smoothscale(big, (size, size))
