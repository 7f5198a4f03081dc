"""Character portraits drawn by the project: each character's own look (game/ui/looks.py), per expression.

Every portrait is drawn once per (character, colour, expression, size) at double size, smoothed and cached.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import pygame

from game.ui.looks import FALLBACK, LOOKS, Look
from game.ui.pen import LINE, Color, Pen, Point, arc_points, mix, render, shade
from game.ui.portrait_clothes import BODY_EXTRAS, HEAD_EXTRAS, OUTFITS
from game.ui.portrait_parts import CREAM, HAIR, PINK, WHITE, Geo
from game.ui.theme import hex_color

INK: Color = (60, 44, 52)
MOUTH: Color = (168, 70, 84)
TONGUE: Color = (244, 134, 146)
TEAR: Color = (150, 204, 246)


@lru_cache(maxsize=24)  # a scene shows one or two faces; each 280 px face is 300 KB
def portrait(character_id: str | None, color: str, expression: str | None, size: int = 240) -> pygame.Surface:
    """A `size`×`size` portrait of `character_id` (unknown ids: a round face in `color`), drawn once.

    Args:
        character_id: a key of `LOOKS`; anything else falls back to the plain round face.
        color: the character's '#rrggbb' colour; clothes (or the whole round face) use it.
        expression: one of `game.catalog.EXPRESSIONS`; None or unknown draws "calm".
        size: width and height in pixels.
    """
    look = LOOKS.get(character_id or "", FALLBACK)
    base = hex_color(color)
    mood = expression or "calm"
    return render(size, lambda pen: (_puppet if look.puppet else _person)(pen, look, base, mood))


def _person(pen: Pen, look: Look, color: Color, mood: str) -> None:
    g = Geo.for_age(look.child)
    back, front = HAIR.get(look.hair_style, HAIR["cap"])
    if back is not None:
        back(pen, g, look.hair, color)
    OUTFITS.get(look.outfit, OUTFITS["plain"])(pen, g, color, look.skin)
    for name in look.extras:
        if name in BODY_EXTRAS:
            BODY_EXTRAS[name](pen, g, color)
    for side in (-1, 1):  # ears
        pen.disc(look.skin, g.at(side * 0.98, 0.14), 0.2 * g.r)
        pen.arc(shade(look.skin, 0.85), g.at(side * 0.98, 0.14), 0.08 * g.r, 0.1 * g.r, 100, 260 if side < 0
                else 440, 0.8)
    pen.disc(look.skin, (g.cx, g.cy), g.r)
    _face(pen, g, mood, look.skin, big_eyes=look.child)
    if not look.child:  # a small nose for grown-ups
        pen.arc(shade(look.skin, 0.78), g.at(0, 0.3), 0.07 * g.r, 0.05 * g.r, 20, 160, 1.0)
    front(pen, g, look.hair, color)
    for name in look.extras:
        if name in HEAD_EXTRAS:
            HEAD_EXTRAS[name](pen, g, color)
    _overlay(pen, g, mood)


def _puppet(pen: Pen, look: Look, color: Color, mood: str) -> None:
    """Tori: a friendly sock puppet with a yarn tuft, googly eyes, a pompom nose and a striped cuff."""
    pen.box(color, (21, 12, 58, 100), 28)
    for y in (82, 92):
        pen.rect(CREAM, (21.8, y, 56.4, 4.5))
    pen.line(shade(color, 0.85), (22, 79), (78, 79), 1.0)
    loops = [((37 + i * 8.7, 12 - (3 if i in (1, 2) else 0)), 5.6) for i in range(4)]
    pen.blob(look.hair, loops)
    for center, radius in loops:
        pen.arc(shade(look.hair, 0.8), center, radius * 0.5, radius * 0.5, 180, 340, 0.9)
    _heart(pen, (66, 70), 5)
    g = Geo(50, 38, 25, 80, 28, True)
    _face(pen, g, mood, color, big_eyes=True, googly=True)
    pen.disc(PINK, g.at(0, 0.36), 0.14 * g.r)
    pen.circle(mix(PINK, WHITE, 0.5), g.at(-0.05, 0.31), 0.05 * g.r)
    _overlay(pen, g, mood)


def _heart(pen: Pen, center: Point, size: float) -> None:
    x, y = center
    points = [(x - size * 0.95, y - size * 0.3), (x - size * 0.5, y - size), (x, y - size * 0.55),
              (x + size * 0.5, y - size), (x + size * 0.95, y - size * 0.3), (x, y + size * 0.8)]
    pen.shape(PINK, points)


# -- faces -----------------------------------------------------------------------------------------------


def _face(pen: Pen, g: Geo, mood: str, skin: Color, big_eyes: bool, googly: bool = False) -> None:
    """Eyes, brows, cheeks and mouth for one of the six expressions; each reads clearly at a glance."""
    r = g.r
    eye_w, eye_h = (0.2 * r, 0.27 * r) if big_eyes else (0.16 * r, 0.21 * r)
    mouth_k = 1.5 if googly else 1.0
    cheek = mix(skin, (240, 110, 120), 0.38)
    for side in (-1, 1):
        pen.circle(cheek, g.at(side * 0.64, 0.44), 0.15 * r)
    eyes = [g.at(side * 0.4, 0.14) for side in (-1, 1)]
    if googly and mood != "happy":
        _googly(pen, g, mood, eyes)
    elif mood == "happy":
        for x, y in eyes:
            pen.arc(INK, (x, y + 0.06 * r), eye_w * 0.95, eye_h * 0.75, 200, 340, 1.8)
    elif mood == "scared":
        for x, y in eyes:
            pen.oval(WHITE, (x - eye_w * 0.7, y - eye_h * 0.65, eye_w * 1.4, eye_h * 1.3), INK)
            pen.circle(INK, (x, y + 0.02 * r), eye_w * 0.32)
    else:
        k = {"surprised": 1.15, "sad": 0.85}.get(mood, 1.0)
        look_up = (0.06 * r, -0.06 * r) if mood == "thinking" else (0.0, 0.05 * r if mood == "sad" else 0.0)
        for x, y in eyes:
            ex, ey = x + look_up[0], y + look_up[1]
            pen.ellipse(INK, (ex - eye_w * k / 2, ey - eye_h * k / 2, eye_w * k, eye_h * k))
            pen.circle(WHITE, (ex + eye_w * 0.18, ey - eye_h * 0.2), eye_w * 0.2)
    _brows(pen, replace(g, cy=g.cy - 0.12 * r) if googly else g, mood)  # googly eyes need room
    _mouth(pen, g, mood, mouth_k)
    if mood == "sad" and big_eyes:
        x, y = g.at(-0.56, 0.44)
        pen.shape(TEAR, [(x, y - 0.14 * r), *arc_points((x, y + 0.02 * r), 0.08 * r, 0.08 * r, -30, 210, 8)], TEAR)


def _googly(pen: Pen, g: Geo, mood: str, eyes: list[Point]) -> None:
    r = g.r
    big = 0.27 * r if mood in ("scared", "surprised") else 0.23 * r
    pupil = {"scared": 0.09 * r, "surprised": 0.12 * r}.get(mood, 0.14 * r)
    offset = {"sad": (0.0, 0.08 * r), "thinking": (0.07 * r, -0.07 * r)}.get(mood, (0.0, 0.02 * r))
    for x, y in eyes:
        pen.disc(WHITE, (x, y), big)
        pen.circle(INK, (x + offset[0], y + offset[1]), pupil)
        pen.circle(WHITE, (x + offset[0] + pupil * 0.35, y + offset[1] - pupil * 0.4), pupil * 0.35)


def _brows(pen: Pen, g: Geo, mood: str) -> None:
    """Brows carry half the feeling: soft arcs when glad, tilted up in the middle when sad or scared."""
    for side in (-1, 1):
        inner, outer = g.at(side * 0.22, -0.2), g.at(side * 0.6, -0.16)
        if mood in ("sad", "scared"):
            lift = 0.14 if mood == "scared" else 0.0
            inner, outer = g.at(side * 0.22, -0.32 - lift), g.at(side * 0.6, -0.16 - lift)
            pen.line(INK, inner, outer, 1.3)
        elif mood == "surprised" or (mood == "thinking" and side > 0):
            pen.arc(INK, g.at(side * 0.41, -0.18), 0.2 * g.r, 0.1 * g.r, 200, 340, 1.3)
        elif mood == "thinking":
            pen.line(INK, g.at(side * 0.22, -0.12), g.at(side * 0.6, -0.14), 1.3)
        else:
            pen.arc(INK, g.at(side * 0.41, -0.08), 0.18 * g.r, 0.07 * g.r, 210, 330, 1.1)


def _mouth(pen: Pen, g: Geo, mood: str, k: float) -> None:
    r = g.r
    mx, my = g.at(0, 0.56)
    if mood == "happy":
        outline = [(mx - 0.28 * r * k, my - 0.05 * r), *arc_points((mx, my - 0.05 * r), 0.28 * r * k, 0.26 * r, 0,
                                                                   180, 14)[::-1]]
        pen.poly(MOUTH, outline)
        pen.ellipse(TONGUE, (mx - 0.13 * r * k, my + 0.08 * r, 0.26 * r * k, 0.12 * r))
        pen.poly(INK, outline, 1.2)
    elif mood == "calm":
        pen.arc(INK, (mx, my - 0.1 * r), 0.2 * r * k, 0.13 * r, 25, 155, 1.5)
    elif mood == "sad":
        pen.arc(INK, (mx, my + 0.1 * r), 0.17 * r * k, 0.1 * r, 205, 335, 1.5)
    elif mood == "scared":
        pts = [(mx + (i - 3) * 0.07 * r * k, my + (0.04 * r if i % 2 else -0.03 * r)) for i in range(7)]
        pen.lines(INK, pts, 1.3)
    elif mood == "surprised":
        pen.oval(MOUTH, (mx - 0.1 * r * k, my - 0.08 * r, 0.2 * r * k, 0.26 * r), INK)
    else:  # thinking: a small sideways "hmm"
        pen.line(INK, (mx - 0.2 * r * k, my + 0.03 * r), (mx + 0.04 * r * k, my - 0.02 * r), 1.4)


def _overlay(pen: Pen, g: Geo, mood: str) -> None:
    """What sits on top of hair and hats: a worry drop, thought bubbles, happy sparkles."""
    r = g.r
    if mood == "scared":
        x, y = g.at(0.96, -0.3)
        pen.shape(TEAR, [(x, y - 0.2 * r), *arc_points((x, y + 0.02 * r), 0.11 * r, 0.11 * r, -30, 210, 8)])
    elif mood == "thinking":
        for (dx, dy), radius in (((1.02, -0.62), 0.08), ((1.2, -0.86), 0.11), ((1.42, -1.16), 0.15)):
            pen.disc(WHITE, g.at(dx, dy), radius * r)
    elif mood == "surprised":
        for dx, dy, ex, ey in ((-1.05, -0.95, -1.3, -1.15), (-1.2, -0.6, -1.48, -0.62), (1.05, -0.95, 1.3, -1.15)):
            pen.line(LINE, g.at(dx, dy), g.at(ex, ey), 1.2)
    elif mood == "happy":
        for dx, dy, s in ((-1.3, -0.7, 0.12), (1.32, -0.46, 0.09)):
            x, y = g.at(dx, dy)
            sparkle = [(x, y - s * 2.2 * r), (x + s * 0.5 * r, y - s * 0.5 * r), (x + s * 2.2 * r, y),
                       (x + s * 0.5 * r, y + s * 0.5 * r), (x, y + s * 2.2 * r), (x - s * 0.5 * r, y + s * 0.5 * r),
                       (x - s * 2.2 * r, y), (x - s * 0.5 * r, y - s * 0.5 * r)]
            pen.shape((255, 214, 90), sparkle, shade((255, 214, 90), 0.7))
