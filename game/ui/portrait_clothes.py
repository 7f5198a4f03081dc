"""Portrait clothes (in the character's colour) and accessories, in the 100×100 design space."""

from __future__ import annotations

import math
from collections.abc import Callable

from game.ui.pen import LINE, Color, Pen, Point, arc_points, mix, shade
from game.ui.portrait_parts import CREAM, GOLD, NAVY, PINK, WHITE, Geo, band

SILVER: Color = (206, 212, 226)
HEADSET: Color = (70, 74, 98)


def _torso(pen: Pen, g: Geo, fill: Color) -> None:
    pen.box(fill, (g.cx - g.half, g.top, 2 * g.half, 60), g.half * 0.6)


def _neck(pen: Pen, g: Geo, skin: Color, neckline: str = "round") -> list[Point]:
    """The neck and the skin showing at the neckline; returns the neckline's points (left to right)."""
    w, nw = 0.3 * g.r, 0.5 * g.r
    if neckline == "v":
        edge = [(g.cx - nw, g.top), (g.cx, g.top + 1.1 * nw), (g.cx + nw, g.top)]
    else:
        edge = arc_points((g.cx, g.top), nw, 0.4 * nw if neckline == "round" else 0.15 * nw, 180, 0, 10)
    pen.shape(skin, [g.at(-0.3, 0.3), (g.cx - w, g.top - 2), *edge, (g.cx + w, g.top - 2), g.at(0.3, 0.3)])
    return edge


def _mirror(g: Geo, points: list[Point]) -> list[Point]:
    return [(2 * g.cx - x, y) for x, y in points]


# -- outfits ----------------------------------------------------------------------------------------------


def _plain(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, shade(color, 0.75))
    _neck(pen, g, skin)


def _dress(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    edge = _neck(pen, g, skin)
    pen.blob(CREAM, [(p, 2.4) for p in edge[::2]])  # a scalloped lace collar


def _cape(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    pen.box(color, (g.cx - g.half - 5, g.top - 3, 2 * g.half + 10, 60), g.half * 0.7)
    _torso(pen, g, (255, 232, 176))
    _neck(pen, g, skin)
    for side in (-1, 1):
        flap = [(g.cx + side * 7, g.top - 1), (g.cx + side * (g.half + 5), g.top + 10),
                (g.cx + side * (g.half + 5), 104), (g.cx + side * (g.half - 8), 104)]
        pen.shape(color, flap)
        pen.lines(GOLD, flap[1:3], 1.2)  # golden trim
        _star(pen, (g.cx + side * (g.half - 3), g.top + 16), 2.6, GOLD)
    pen.disc(GOLD, (g.cx, g.top + 3), 3.2)
    pen.line(LINE, (g.cx, g.top + 3), (g.cx, g.top + 1), 0.8)
    pen.line(LINE, (g.cx, g.top + 3), (g.cx + 1.6, g.top + 3), 0.8)


def _hoodie(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    pen.oval(shade(color, 0.86), (g.cx - 15, g.top - 5, 30, 12))  # the hood, folded behind the neck
    _neck(pen, g, skin, "high")
    for side in (-1, 1):
        band(pen, WHITE, [(g.cx + side * 4, g.top + 4), (g.cx + side * 5, g.top + 15)], 1.2)


def _long_sleeves(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    for y in (g.top + 15, g.top + 22):
        pen.rect(mix(color, WHITE, 0.6), (g.cx - g.half + 0.7, y, 2 * g.half - 1.4, 3.2))
    _neck(pen, g, skin)


def _collar(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    _neck(pen, g, skin)
    for side in (-1, 1):
        x = g.cx + (1 if side > 0 else -12)
        pen.oval(WHITE, (x, g.top - 1.5, 11, 8))
    pen.disc(shade(color, 0.7), (g.cx, g.top + 4.5), 1.8)


def _tee(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    edge = _neck(pen, g, skin)
    pen.lines(shade(color, 0.78), [(x, y + 1.6) for x, y in edge], 1.0)  # ribbed neckline
    pen.box(shade(color, 0.9), (g.cx + 8, g.top + 10, 9, 9), 2)  # a pocket


def _overalls(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, (255, 250, 240))
    _neck(pen, g, skin)
    pen.box(color, (g.cx - 12, g.top + 10, 24, 30), 4)
    for side in (-1, 1):
        band(pen, color, [(g.cx + side * 10, g.top + 12), (g.cx + side * 15, g.top + 0.5)], 3.2)
        pen.disc(GOLD, (g.cx + side * 8.5, g.top + 13), 1.8)


def _cardigan(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    pen.shape(WHITE, [(g.cx - 12, g.top - 0.5), (g.cx + 12, g.top - 0.5), (g.cx, g.top + 22)])  # the blouse
    _neck(pen, g, skin, "v")
    for side in (-1, 1):
        pen.shape(WHITE, [(g.cx + side * 1, g.top + 9), (g.cx + side * 11, g.top - 1), (g.cx + side * 12, g.top + 6)])
    pen.line(LINE, (g.cx, g.top + 22), (g.cx, 100), 1.0)
    for y in (g.top + 25, g.top + 31):
        pen.disc(mix(color, WHITE, 0.55), (g.cx + 3.2, y), 1.6)


def _nurse(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    edge = _neck(pen, g, skin, "v")
    band(pen, WHITE, edge, 1.6)
    pen.box(WHITE, (g.cx - 22, g.top + 12, 10, 10), 2)  # a pocket with a pen
    band(pen, (110, 140, 220), [(g.cx - 19, g.top + 14), (g.cx - 19, g.top + 8)], 1.4)


def _uniform(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    for side in (-1, 1):  # epaulettes
        pen.box(NAVY, (g.cx + side * (g.half - 15) - 7, g.top + 1.5, 14, 4.5), 2)
    _neck(pen, g, skin, "v")
    pen.shape(NAVY, [(g.cx - 2.5, g.top + 9), (g.cx + 2.5, g.top + 9), (g.cx + 3.5, g.top + 30), (g.cx, g.top + 33),
                     (g.cx - 3.5, g.top + 30)])  # tie
    for side in (-1, 1):
        pen.shape(shade(color, 1.12), [(g.cx + side * 1, g.top + 10), (g.cx + side * 11, g.top - 1.5),
                                       (g.cx + side * 13, g.top + 8)])
    _star(pen, (g.cx - 19, g.top + 17), 5, GOLD)
    pen.box(shade(color, 0.9), (g.cx + 10, g.top + 12, 11, 10), 2)


def _star(pen: Pen, center: Point, size: float, fill: Color) -> None:
    """A five-pointed outlined star."""
    points = []
    for i in range(10):
        angle, reach = -math.pi / 2 + i * math.pi / 5, size if i % 2 == 0 else size * 0.45
        points.append((center[0] + math.cos(angle) * reach, center[1] + math.sin(angle) * reach))
    pen.shape(fill, points)


def _coat(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, (250, 251, 255))
    pen.shape(color, [(g.cx - 11, g.top - 0.5), (g.cx + 11, g.top - 0.5), (g.cx, g.top + 26)])  # the shirt
    _neck(pen, g, skin, "v")
    for side in (-1, 1):  # lapels
        pen.shape((250, 251, 255), [(g.cx + side * 2, g.top + 27), (g.cx + side * 12, g.top - 1),
                                    (g.cx + side * 17, g.top + 6), (g.cx + side * 10, g.top + 12)])
    pen.box((250, 251, 255), (g.cx - 24, g.top + 16, 11, 10), 2)


def _sweater(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    _neck(pen, g, skin, "high")
    for x in range(int(g.cx - g.half + 6), int(g.cx + g.half - 4), 6):  # knitted ribs
        pen.line(shade(color, 0.9), (x, g.top + 22), (x, 100), 1.0)


def _apron(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    _neck(pen, g, skin)
    for side in (-1, 1):
        band(pen, CREAM, [(g.cx + side * 9, g.top + 11), (g.cx + side * 8, g.top + 0.5)], 2.2)
    pen.box(CREAM, (g.cx - 12, g.top + 10, 24, 40), 4)
    pen.box(mix(CREAM, PINK, 0.25), (g.cx - 6, g.top + 20, 12, 9), 3)
    pen.disc(PINK, (g.cx, g.top + 15), 1.8)


def _polo(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    _torso(pen, g, color)
    _neck(pen, g, skin, "v")
    for side in (-1, 1):
        pen.shape(shade(color, 1.15), [(g.cx + side * 0.5, g.top + 8), (g.cx + side * 11, g.top - 1.5),
                                       (g.cx + side * 12, g.top + 6)])
    for y in (g.top + 15, g.top + 20):
        pen.disc(WHITE, (g.cx, y), 1.3)


def _sock(pen: Pen, g: Geo, color: Color, skin: Color) -> None:
    """Tori is all sock: the body is drawn by the puppet, so there are no clothes."""


Outfit = Callable[[Pen, Geo, Color, Color], None]
OUTFITS: dict[str, Outfit] = {
    "plain": _plain, "dress": _dress, "cape": _cape, "hoodie": _hoodie, "long-sleeves": _long_sleeves,
    "collar": _collar, "tee": _tee, "overalls": _overalls, "cardigan": _cardigan, "nurse": _nurse,
    "uniform": _uniform, "coat": _coat, "sweater": _sweater, "apron": _apron, "polo": _polo, "sock": _sock,
}


# -- accessories ------------------------------------------------------------------------------------------


def _clock_pendant(pen: Pen, g: Geo, color: Color) -> None:
    pen.lines(GOLD, [(g.cx - 9, g.top - 1), (g.cx, g.top + 10), (g.cx + 9, g.top - 1)], 0.9)
    center = (g.cx, g.top + 14)
    pen.disc(GOLD, center, 5.2)
    pen.circle(CREAM, center, 3.6)
    pen.line(LINE, center, (center[0], center[1] - 2.6), 0.8)
    pen.line(LINE, center, (center[0] + 1.9, center[1]), 0.8)


def _stethoscope(pen: Pen, g: Geo, color: Color) -> None:
    tube = (86, 120, 170)
    band(pen, tube, [(g.cx - 9, g.top - 1.5), (g.cx - 12, g.top + 7), (g.cx - 11, g.top + 16)], 1.3)
    band(pen, tube, [(g.cx + 9, g.top - 1.5), (g.cx + 12, g.top + 8), (g.cx + 14, g.top + 18)], 1.3)
    pen.disc(SILVER, (g.cx + 14, g.top + 21), 3.2)
    pen.disc(SILVER, (g.cx - 11, g.top + 17), 1.4)


def _scarf(pen: Pen, g: Geo, color: Color) -> None:
    knit = shade(color, 0.78)
    stripe = mix(knit, WHITE, 0.6)
    pen.shape(knit, [(g.cx - 12, g.top + 2), (g.cx - 2, g.top + 2), (g.cx - 1, g.top + 30), (g.cx - 13, g.top + 29)])
    for y in (g.top + 10, g.top + 19):
        pen.line(stripe, (g.cx - 12, y), (g.cx - 1.8, y), 2.0)
    for x in range(-12, 0, 3):  # a little fringe
        pen.line(knit, (g.cx + x + 0.5, g.top + 29), (g.cx + x + 0.5, g.top + 33), 1.0)
    pen.oval(knit, (g.cx - 19, g.top - 6, 38, 13))
    pen.line(stripe, (g.cx - 11, g.top + 0.5), (g.cx + 11, g.top + 0.5), 1.8)


def _glasses(pen: Pen, g: Geo, color: Color) -> None:
    rim = (150, 100, 60)
    for side in (-1, 1):
        center = g.at(side * 0.4, 0.14)
        pen.circle(rim, center, 0.24 * g.r, 1.1)
        pen.line(rim, g.at(side * 0.64, 0.1), g.at(side * 0.98, 0.0), 1.0)
    pen.arc(rim, g.at(0, 0.16), 0.16 * g.r, 0.1 * g.r, 200, 340, 1.0)


def _police_cap(pen: Pen, g: Geo, color: Color) -> None:
    pen.shape(NAVY, [g.at(-1.0, -0.62), g.at(-1.22, -1.18), g.at(-0.6, -1.42), g.at(0.6, -1.42), g.at(1.22, -1.18),
                     g.at(1.0, -0.62)])
    pen.box((36, 44, 80), (g.cx - 1.02 * g.r, g.cy - 0.84 * g.r, 2.04 * g.r, 0.3 * g.r), 1.5)
    pen.shape((40, 40, 56), [g.at(-0.95, -0.55), g.at(0.95, -0.55), g.at(0.7, -0.34), g.at(-0.7, -0.34)])
    pen.disc(GOLD, g.at(0, -1.06), 0.2 * g.r)
    pen.circle(shade(GOLD, 0.8), g.at(0, -1.06), 0.08 * g.r)


def _nurse_cap(pen: Pen, g: Geo, color: Color) -> None:
    pen.shape(WHITE, [g.at(-0.78, -0.74), g.at(-0.66, -1.34), g.at(0.66, -1.34), g.at(0.78, -0.74)])
    pen.line(mix(WHITE, LINE, 0.3), g.at(-0.74, -0.9), g.at(0.74, -0.9), 0.9)
    x, y = g.at(0, -1.14)
    a, b = 0.08 * g.r, 0.22 * g.r
    cross = [(x - a, y - b), (x + a, y - b), (x + a, y - a), (x + b, y - a), (x + b, y + a), (x + a, y + a),
             (x + a, y + b), (x - a, y + b), (x - a, y + a), (x - b, y + a), (x - b, y - a), (x - a, y - a)]
    pen.shape(PINK, cross)


def _headset(pen: Pen, g: Geo, color: Color) -> None:
    band(pen, HEADSET, arc_points((g.cx, g.cy), g.r + 2.2, g.r + 2.2, 196, 344, 16), 2.2)
    for side in (-1, 1):
        x, y = g.at(side * 1.02, 0.1)
        pen.oval(HEADSET, (x - 3.6, y - 5.5, 7.2, 11))
        pen.ellipse((130, 138, 170), (x - 1.5, y - 3, 3, 6))
    mic = [g.at(-1.0, 0.35), g.at(-0.9, 0.62), g.at(-0.5, 0.72)]
    band(pen, HEADSET, mic, 1.4)
    pen.disc((40, 42, 60), mic[-1], 1.9)


def _clock_hand_clip(pen: Pen, g: Geo, color: Color) -> None:
    base, tip = g.at(-0.78, -0.34), g.at(-0.3, -0.8)
    dx, dy = (tip[0] - base[0]) / 5, (tip[1] - base[1]) / 5
    band(pen, GOLD, [base, (tip[0] - dx, tip[1] - dy)], 2.2)
    head = [(tip[0] + dx * 0.6, tip[1] + dy * 0.6), (tip[0] - dx * 1.2 - dy, tip[1] - dy * 1.2 + dx),
            (tip[0] - dx * 1.2 + dy, tip[1] - dy * 1.2 - dx)]
    pen.shape(GOLD, head)
    pen.disc(GOLD, base, 2.0)
    pen.circle(shade(GOLD, 0.7), base, 0.8)


def _headband(pen: Pen, g: Geo, color: Color) -> None:
    band(pen, color, arc_points((g.cx, g.cy), g.r * 0.96, g.r * 0.96, 198, 342, 16), 2.8)
    pen.blob(color, [(g.at(0.62, -0.86), 2.6), (g.at(0.84, -0.68), 2.6)])


def _star_clip(pen: Pen, g: Geo, color: Color) -> None:
    _star(pen, g.at(0.56, -0.48), 4.2, color)


Extra = Callable[[Pen, Geo, Color], None]
BODY_EXTRAS: dict[str, Extra] = {"clock-pendant": _clock_pendant, "stethoscope": _stethoscope, "scarf": _scarf}
HEAD_EXTRAS: dict[str, Extra] = {
    "glasses": _glasses, "police-cap": _police_cap, "nurse-cap": _nurse_cap, "headset": _headset,
    "clock-hand-clip": _clock_hand_clip, "headband": _headband, "star-clip": _star_clip,
}
