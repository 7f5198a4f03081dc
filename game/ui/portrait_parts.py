"""The parts portraits are built from: hair styles, outfits and accessories, in the 100×100 design space."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from game.ui.pen import LINE, Color, Pen, Point, arc_points, shade

WHITE: Color = (255, 255, 255)
CREAM: Color = (255, 246, 226)
GOLD: Color = (247, 196, 82)
PINK: Color = (240, 120, 140)
NAVY: Color = (52, 68, 118)


@dataclass(frozen=True)
class Geo:
    """Where the head and shoulders sit; children are lower in the frame, with narrower shoulders."""

    cx: float
    cy: float
    r: float  # head radius
    top: float  # top of the shoulders
    half: float  # half the shoulder width
    child: bool

    @classmethod
    def for_age(cls, child: bool) -> Geo:
        return cls(50, 46, 24, 75, 30, True) if child else cls(50, 39, 25, 69, 39, False)

    def at(self, dx: float, dy: float) -> Point:
        """A point given in head radii from the head's centre."""
        return (self.cx + dx * self.r, self.cy + dy * self.r)


def band(pen: Pen, color: Color, points: list[Point], width: float) -> None:
    """A thick outlined stroke (straps, headbands, cords)."""
    pen.lines(LINE, points, width + 1.3)
    pen.lines(color, points, width)


def _cap(pen: Pen, g: Geo, hair: Color, side: float, fringe: list[Point], lift: float = 1.8) -> None:
    """Hair over the top of the head down to `side` radii below its centre, ending in a `fringe` (right→left)."""
    a = math.degrees(math.asin(max(-0.99, min(0.99, side))))
    top = arc_points((g.cx, g.cy), g.r + lift, g.r + lift, 180 - a, 360 + a, 28)
    pen.shape(hair, top + [g.at(dx, dy) for dx, dy in fringe])


# -- hair: (behind the head, over the head) ------------------------------------------------------------


def _bun_back(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    pen.disc(hair, g.at(0, -1.04), 0.4 * g.r)
    pen.arc(shade(hair, 0.82), g.at(0, -1.04), 0.24 * g.r, 0.2 * g.r, 200, 340, 1.0)
    pen.box(GOLD, (g.cx - 0.3 * g.r, g.cy - 0.86 * g.r, 0.6 * g.r, 0.16 * g.r), 0.08 * g.r)  # a hair tie


def _bun(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.12, [(1.0, 0.12), (0.88, -0.3), (0.5, -0.56), (0.1, -0.7), (0, -0.62), (-0.1, -0.7),
                              (-0.5, -0.56), (-0.88, -0.3), (-1.0, 0.12)])
    for side in (-1, 1):
        pen.arc(shade(hair, 0.82), g.at(side * 0.45, -0.35), 0.35 * g.r, 0.3 * g.r, 230 if side < 0 else 250,
                290 if side < 0 else 310, 0.9)


def _perm(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    curls = [(g.at(math.cos(math.radians(a)) * 0.95, math.sin(math.radians(a)) * 0.95), 0.3 * g.r)
             for a in range(165, 380, 24)]
    curls += [(g.at(dx, -0.55), 0.22 * g.r) for dx in (-0.5, -0.18, 0.16, 0.48)]
    pen.blob(hair, curls)
    for center, radius in curls[::2]:
        pen.arc(shade(hair, 0.8), center, radius * 0.5, radius * 0.5, 180, 330, 0.8)


def _pigtails_back(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    for side in (-1, 1):
        x, y = g.at(side * 1.16, 0.32)
        pen.oval(hair, (x - 0.3 * g.r, y - 0.5 * g.r, 0.6 * g.r, 1.0 * g.r))
        pen.disc(color, g.at(side * 1.0, -0.14), 0.15 * g.r)


def _pigtails(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.2, [(1.0, 0.2), (0.9, -0.25), (0.62, -0.38), (0.36, -0.3), (0.1, -0.44), (-0.14, -0.3),
                             (-0.4, -0.42), (-0.7, -0.32), (-0.92, -0.2), (-1.0, 0.2)])


def _long_back(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    pen.box(hair, (g.cx - g.r - 3, g.cy - 0.6 * g.r, 2 * g.r + 6, 2.1 * g.r), 0.8 * g.r)


def _long(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.62, [(1.04, 0.62), (0.84, 0.64), (0.8, -0.12), (0.58, -0.4), (0.22, -0.46), (0.04, -0.36),
                              (-0.3, -0.46), (-0.62, -0.4), (-0.8, -0.12), (-0.84, 0.64), (-1.04, 0.62)])


def _bob_back(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    pen.box(hair, (g.cx - g.r - 3.5, g.cy - 0.6 * g.r, 2 * g.r + 7, 1.28 * g.r), 0.4 * g.r)


def _bob(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.64, [(1.08, 0.64), (0.86, 0.64), (0.84, -0.24), (0.6, -0.28), (0.3, -0.25), (0, -0.28),
                              (-0.3, -0.25), (-0.6, -0.28), (-0.84, -0.24), (-0.86, 0.64), (-1.08, 0.64)])


def _spiky(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    top = [g.at(math.cos(math.radians(a)) * (1.1 if i % 2 else 1.32), math.sin(math.radians(a)) * (1.1 if i % 2
           else 1.3)) for i, a in enumerate(range(184, 360, 16))]
    fringe = [(1.02, 0.08), (0.86, -0.36), (0.7, -0.2), (0.48, -0.46), (0.3, -0.24), (0.1, -0.48), (-0.1, -0.24),
              (-0.3, -0.48), (-0.5, -0.24), (-0.7, -0.44), (-0.86, -0.2), (-1.02, 0.08)]
    pen.shape(hair, [g.at(-1.04, 0.08), *top, *(g.at(dx, dy) for dx, dy in fringe)])


def _bowl(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.12, [(1.05, 0.12), (0.92, -0.16), (0.55, -0.27), (0, -0.3), (-0.55, -0.27), (-0.92, -0.16),
                              (-1.05, 0.12)], lift=2.4)
    band(pen, hair, [g.at(0.05, -1.08), g.at(0.12, -1.3), g.at(0.32, -1.38), g.at(0.42, -1.26)], 1.8)


def _tousled(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.16, [(1.02, 0.16), (0.94, -0.2), (0.76, -0.12), (0.56, -0.42), (0.3, -0.28), (0.0, -0.5),
                              (-0.3, -0.38), (-0.56, -0.56), (-0.8, -0.34), (-1.02, 0.16)])
    for start, tip in (((0.0, -1.06), (-0.12, -1.36)), ((0.1, -1.06), (0.3, -1.3))):
        band(pen, hair, [g.at(*start), g.at(*tip)], 1.6)


def _short(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.22, [(1.02, 0.22), (0.92, -0.3), (0.5, -0.46), (-0.5, -0.46), (-0.92, -0.3), (-1.02, 0.22)])


def _side_part(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.1, [(1.03, 0.1), (0.92, -0.3), (0.62, -0.5), (0.1, -0.6), (-0.3, -0.72), (-0.38, -0.84),
                             (-0.62, -0.56), (-0.9, -0.3), (-1.03, 0.1)])


def _shoulder_back(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    pen.box(hair, (g.cx - g.r - 4, g.cy - 0.6 * g.r, 2 * g.r + 8, 1.75 * g.r), 0.5 * g.r)


def _shoulder(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.5, [(1.06, 0.5), (0.86, 0.52), (0.84, -0.06), (0.62, -0.38), (0.24, -0.52), (-0.2, -0.7),
                             (-0.44, -0.8), (-0.6, -0.5), (-0.8, -0.2), (-0.86, 0.52), (-1.06, 0.5)])


def _neat_back(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    pen.disc(hair, g.at(0.86, 0.42), 0.3 * g.r)  # a low bun, peeking out behind


def _neat(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.28, [(1.03, 0.28), (0.9, -0.2), (0.55, -0.46), (0.1, -0.58), (0, -0.5), (-0.1, -0.58),
                              (-0.55, -0.46), (-0.9, -0.2), (-1.03, 0.28)])


def _wavy_back(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    left = [g.at(-1.12 - 0.1 * (i % 2), -0.4 + i * 0.3) for i in range(7)]
    right = [g.at(1.12 + 0.1 * (i % 2), -0.4 + i * 0.3) for i in reversed(range(7))]
    pen.shape(hair, [g.at(-0.8, -0.9), *left, g.at(-0.6, 1.55), g.at(0.6, 1.55), *right, g.at(0.8, -0.9)])


def _wavy(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.45, [(1.06, 0.45), (0.88, 0.46), (0.86, 0.0), (0.62, -0.4), (0.16, -0.62), (0, -0.52),
                              (-0.16, -0.62), (-0.62, -0.4), (-0.86, 0.0), (-0.88, 0.46), (-1.06, 0.45)])


def _ponytail_back(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    pen.blob(hair, [(g.at(0.92, -0.62), 0.36 * g.r), (g.at(1.2, -0.25), 0.32 * g.r), (g.at(1.32, 0.15), 0.27 * g.r),
                    (g.at(1.3, 0.52), 0.2 * g.r)])
    pen.disc(color, g.at(0.8, -0.74), 0.15 * g.r)


def _ponytail(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, hair, 0.2, [(1.02, 0.2), (0.9, -0.26), (0.5, -0.5), (0.0, -0.56), (-0.45, -0.38), (-0.74, -0.44),
                             (-0.92, -0.16), (-1.02, 0.2)])


def _plain_cap(pen: Pen, g: Geo, hair: Color, color: Color) -> None:
    _cap(pen, g, shade(color, 0.85), 0.1, [(1.02, 0.1), (0.7, -0.45), (0.25, -0.6), (0, -0.46), (-0.25, -0.6),
                                           (-0.7, -0.45), (-1.02, 0.1)])


HairPart = Callable[[Pen, Geo, Color, Color], None]
HAIR: dict[str, tuple[HairPart | None, HairPart]] = {
    "bun": (_bun_back, _bun),
    "perm": (None, _perm),
    "pigtails": (_pigtails_back, _pigtails),
    "long": (_long_back, _long),
    "bob": (_bob_back, _bob),
    "spiky": (None, _spiky),
    "bowl": (None, _bowl),
    "tousled": (None, _tousled),
    "short": (None, _short),
    "side-part": (None, _side_part),
    "shoulder": (_shoulder_back, _shoulder),
    "neat": (_neat_back, _neat),
    "wavy": (_wavy_back, _wavy),
    "ponytail": (_ponytail_back, _ponytail),
    "cap": (None, _plain_cap),
}
