"""The pictures of the spot-the-signs mini-game: two settings and the item drawings, all pygame shapes.

No graphic injuries: a hidden arm, a bandage and a worried face are all the pictures show.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from functools import lru_cache

import pygame

from game.ui.theme import hex_color

Color = tuple[int, int, int]
Point = tuple[int, int]
INK: Color = (60, 44, 52)
SKIN: Color = (255, 226, 200)
WHITE: Color = (255, 255, 255)


def _shade(color: Color, factor: float) -> Color:
    r, g, b = (max(0, min(255, int(c * factor))) for c in color)
    return (r, g, b)


# -- people ------------------------------------------------------------------------------


def _face(s: pygame.Surface, cx: int, cy: int, mood: str) -> None:
    for side in (-1, 1):
        pygame.draw.circle(s, (250, 175, 170), (cx + side * 15, cy + 8), 5)
    if mood == "happy":
        for side in (-1, 1):
            pygame.draw.arc(s, INK, (cx + side * 9 - 6, cy - 8, 12, 10), 0.3, 2.85, 3)
        pygame.draw.arc(s, INK, (cx - 9, cy - 2, 18, 14), 3.5, 5.9, 3)
        return
    if mood == "sleepy":
        for side in (-1, 1):
            pygame.draw.arc(s, INK, (cx + side * 9 - 6, cy - 6, 12, 8), 3.4, 6.0, 3)
        return
    for side in (-1, 1):
        pygame.draw.circle(s, INK, (cx + side * 9, cy - 3), 4 if mood == "scared" else 3)
        lift = -6 if mood in ("sad", "worried") else 4
        pygame.draw.line(s, INK, (cx + side * 4, cy - 12 + (lift if mood != "scared" else 0)),
                         (cx + side * 14, cy - 12 - (lift if mood != "scared" else 4)), 3)
    if mood == "scared":
        pygame.draw.ellipse(s, INK, (cx - 5, cy + 5, 10, 9), 2)
    elif mood == "worried":
        pygame.draw.line(s, INK, (cx - 7, cy + 10), (cx + 7, cy + 8), 3)
    else:
        pygame.draw.arc(s, INK, (cx - 9, cy + 6, 18, 12), 0.4, 2.75, 3)


def _arm(s: pygame.Surface, start: Point, end: Point, sleeve: Color, long_sleeves: bool) -> None:
    if long_sleeves:
        pygame.draw.line(s, _shade(sleeve, 0.7), start, end, 17)
        pygame.draw.line(s, sleeve, start, end, 11)
        pygame.draw.circle(s, SKIN, end, 7)
        return
    elbow = (start[0] + (end[0] - start[0]) // 3, start[1] + (end[1] - start[1]) // 3)
    pygame.draw.line(s, SKIN, elbow, end, 11)
    pygame.draw.line(s, sleeve, start, elbow, 15)
    pygame.draw.circle(s, SKIN, end, 7)


def person(s: pygame.Surface, feet: Point, color: str, mood: str, pose: str = "stand",
           long_sleeves: bool = False, grown_up: bool = False) -> None:
    """A friendly round-headed figure standing (or sitting) with its feet at `feet`.

    Poses: stand, hug (arms wrapped round, hiding an arm or cold), duck (arms over the head), wave, sit.
    """
    base = hex_color(color)
    shirt, hair, pants = _shade(base, 0.8), _shade(base, 0.55), (84, 96, 140)
    k = 1.25 if grown_up else 1.0
    x, y = feet

    def p(dx: float, dy: float) -> Point:
        return (int(x + dx * k), int(y + dy * k))

    bend = 10 if pose == "duck" else 0
    if pose != "sit":
        for dx in (-12, 12):
            pygame.draw.line(s, pants, p(dx, -66), p(dx, -8), 16)
            pygame.draw.ellipse(s, INK, (*p(dx - 13 + (dx // 12) * 2, -12), int(26 * k), int(13 * k)))
    body = pygame.Rect(*p(-26, -126 + bend), int(52 * k), int(66 * k))
    pygame.draw.rect(s, shirt, body, border_radius=int(14 * k))
    if pose == "sit":  # seen from the side a little: thighs forward, shins down
        for dy, dx in ((-2, 0), (4, 10)):
            pygame.draw.line(s, _shade(pants, 0.85 if dx else 1.0), p(-8 + dx, -64 + dy), p(34 + dx, -64 + dy), 17)
            pygame.draw.line(s, _shade(pants, 0.85 if dx else 1.0), p(34 + dx, -64 + dy), p(34 + dx, -10), 15)
            pygame.draw.ellipse(s, INK, (*p(28 + dx, -14), 24, 12))
    head = p(0, -150 + bend * 2)
    shoulder_l, shoulder_r = p(-22, -116 + bend), p(22, -116 + bend)
    arms: list[tuple[Point, Point]] = {
        "stand": [(shoulder_l, p(-34, -72)), (shoulder_r, p(34, -72))],
        "hug": [(shoulder_l, p(14, -96)), (shoulder_r, p(-12, -88))],
        "duck": [(shoulder_l, p(-30, -190)), (shoulder_r, p(30, -190))],
        "wave": [(shoulder_l, p(-34, -72)), (shoulder_r, p(50, -188))],
        "sit": [(shoulder_l, p(-20, -70)), (shoulder_r, p(26, -70))],
    }[pose]
    if pose != "duck":
        for start, end in arms:
            _arm(s, start, end, shirt, long_sleeves)
    r = int(26 * k)
    pygame.draw.circle(s, SKIN, head, r)
    pygame.draw.circle(s, hair, (head[0], head[1] - 4), r + 2, draw_top_left=True, draw_top_right=True)
    pygame.draw.circle(s, SKIN, (head[0], head[1] + 8), r - 6, draw_top_left=True, draw_top_right=True)
    pygame.draw.circle(s, INK, head, r, 2)
    _face(s, head[0], head[1] + 4, mood)
    if pose == "duck":  # elbows out, hands over the head
        for side, (start, _end) in zip((-1, 1), arms, strict=True):
            elbow, hand = p(side * 44, -150), p(side * 12, -182)
            _arm(s, start, elbow, shirt, True)
            pygame.draw.line(s, SKIN, elbow, hand, 11)
            pygame.draw.circle(s, SKIN, hand, 8)
    if pose == "wave":
        hand = arms[1][1]
        for radius in (16, 26):
            pygame.draw.arc(s, INK, (hand[0] - radius, hand[1] - radius, 2 * radius, 2 * radius), -0.5, 0.9, 3)


# -- item drawings (centre = the item's `at`) ------------------------------------------------------


def _long_sleeves(s: pygame.Surface, c: Point) -> None:
    person(s, (c[0], c[1] + 92), "#8ecae6", "sad", "hug", long_sleeves=True)


def _flinch(s: pygame.Surface, c: Point) -> None:
    # A friend (a child, as in the physical chapter's `meet-doyun`) waves, and a girl ducks.
    person(s, (c[0] - 62, c[1] + 100), "#95d5b2", "happy", "wave")
    person(s, (c[0] + 58, c[1] + 100), "#ffafcc", "scared", "duck")
    for dx, dy in ((-36, -84), (44, -106), (50, -66)):  # little jump lines
        x = c[0] + 58 + dx
        pygame.draw.line(s, INK, (x, c[1] + dy), (x + (6 if dx > 0 else -6), c[1] + dy - 10), 3)


def _sad_face(s: pygame.Surface, c: Point) -> None:
    bench = pygame.Rect(c[0] - 80, c[1] + 16, 160, 16)
    pygame.draw.rect(s, (176, 120, 80), bench, border_radius=6)
    for dx in (-66, 56):
        pygame.draw.rect(s, (130, 86, 60), (c[0] + dx, c[1] + 30, 10, 52))
    person(s, (c[0] - 26, c[1] + 82), "#bde0fe", "worried", "sit")


def _bandage(s: pygame.Surface, c: Point) -> None:
    person(s, (c[0], c[1] + 92), "#ffd6a5", "sad")
    for spot, angle in (((c[0] - 31, c[1] + 2), 60), ((c[0] + 12, c[1] + 52), 0)):
        plaster = pygame.Surface((30, 13), pygame.SRCALPHA)
        pygame.draw.rect(plaster, (236, 200, 160), plaster.get_rect(), border_radius=5)
        pygame.draw.rect(plaster, (214, 170, 130), (10, 2, 10, 9), border_radius=2)
        turned = pygame.transform.rotate(plaster, angle)
        s.blit(turned, turned.get_rect(center=spot))


def _no_coat(s: pygame.Surface, c: Point) -> None:
    person(s, (c[0], c[1] + 92), "#95d5b2", "sad", "hug")
    for side in (-1, 1):  # shivering
        for i in range(2):
            x = c[0] + side * (48 + i * 12)
            points = [(x + (3 if k % 2 else -3), c[1] - 50 + k * 9) for k in range(6)]
            pygame.draw.lines(s, (200, 220, 250), False, points, 3)


def _clock_night(s: pygame.Surface, c: Point) -> None:
    pygame.draw.circle(s, (120, 90, 70), c, 58)
    pygame.draw.circle(s, (250, 244, 226), c, 50)
    for tick in range(12):
        angle = tick / 12 * math.tau
        pygame.draw.line(s, INK, (c[0] + math.sin(angle) * 40, c[1] - math.cos(angle) * 40),
                         (c[0] + math.sin(angle) * 46, c[1] - math.cos(angle) * 46), 3)
    for length, turns, width in ((26, 11 / 12, 7), (38, 0.0, 4)):  # eleven o'clock
        angle = turns * math.tau
        pygame.draw.line(s, INK, c, (c[0] + math.sin(angle) * length, c[1] - math.cos(angle) * length), width)
    pygame.draw.circle(s, INK, c, 6)
    moon = (c[0] + 46, c[1] - 46)
    pygame.draw.circle(s, (255, 226, 120), moon, 18)
    pygame.draw.circle(s, (64, 70, 110), (moon[0] + 8, moon[1] - 6), 15)


def _empty_fridge(s: pygame.Surface, c: Point) -> None:
    body = pygame.Rect(0, 0, 104, 240)
    body.center = (c[0] - 18, c[1])
    pygame.draw.rect(s, (226, 232, 240), body, border_radius=12)
    inside = body.inflate(-16, -16)
    pygame.draw.rect(s, (236, 246, 255), inside, border_radius=8)
    for y in range(inside.top + 56, inside.bottom - 10, 56):
        pygame.draw.line(s, (190, 204, 220), (inside.left + 4, y), (inside.right - 4, y), 4)
    pygame.draw.rect(s, (170, 180, 196), body, width=4, border_radius=12)
    door = [(body.right, body.top + 4), (body.right + 52, body.top + 24), (body.right + 52, body.bottom - 24),
            (body.right, body.bottom - 4)]
    pygame.draw.polygon(s, (206, 214, 226), door)
    pygame.draw.polygon(s, (170, 180, 196), door, 4)
    pygame.draw.line(s, (150, 160, 178), (body.right + 40, c[1] - 30), (body.right + 40, c[1] + 20), 5)


def _laundry(s: pygame.Surface, c: Point) -> None:
    rng = random.Random(4)
    for i in range(9):
        color = rng.choice([(150, 140, 120), (120, 130, 150), (170, 150, 140), (110, 120, 110), (160, 160, 170)])
        rect = pygame.Rect(0, 0, 70 - i * 3, 34)
        rect.center = (c[0] + rng.randrange(-46, 47), c[1] + 36 - (i // 3) * 22 + rng.randrange(-4, 5))
        pygame.draw.ellipse(s, color, rect)
        pygame.draw.ellipse(s, _shade(color, 0.75), rect, 3)
    pygame.draw.rect(s, (200, 190, 150), (c[0] + 30, c[1] - 30, 16, 34), border_radius=6)  # a sock on top
    for dx in (-26, 0, 26):
        points = [(c[0] + dx + (4 if i % 2 else -4), c[1] - 38 - i * 8) for i in range(4)]
        pygame.draw.lines(s, (170, 180, 150), False, points, 2)


def _school_bag(s: pygame.Surface, c: Point) -> None:
    bag = pygame.Rect(0, 0, 84, 96)
    bag.center = (c[0], c[1] + 6)
    pygame.draw.rect(s, (230, 110, 90), bag, border_radius=20)
    pygame.draw.rect(s, (200, 86, 70), (bag.left, bag.top, bag.width, 44), border_radius=20)
    pygame.draw.rect(s, (250, 220, 120), (bag.centerx - 8, bag.top + 36, 16, 16), border_radius=4)
    pygame.draw.arc(s, (170, 70, 60), (bag.centerx - 22, bag.top - 22, 44, 44), 0.2, math.pi - 0.2, 6)
    pygame.draw.rect(s, INK, bag, 2, border_radius=20)
    for i, dx in enumerate((-62, -50)):  # school letters nobody opened
        sheet = pygame.Rect(c[0] + dx, c[1] + 30 - i * 8, 44, 30)
        pygame.draw.rect(s, (250, 248, 240), sheet)
        pygame.draw.rect(s, (190, 190, 200), sheet, 2)
    rng = random.Random(9)
    for _ in range(12):  # dust: it hasn't moved for days
        pygame.draw.circle(s, (200, 196, 200), (c[0] + rng.randrange(-40, 41), bag.top + rng.randrange(2, 20)), 2)


def _cat(s: pygame.Surface, c: Point) -> None:
    pygame.draw.ellipse(s, (150, 110, 90), (c[0] - 130 // 2, c[1] + 30, 130, 22))  # rug shadow
    fur = (240, 170, 90)
    pygame.draw.ellipse(s, fur, (c[0] - 46, c[1] - 6, 84, 44))
    pygame.draw.arc(s, fur, (c[0] + 16, c[1] - 8, 44, 44), -1.6, 1.2, 9)
    head = (c[0] - 44, c[1] + 8)
    for dx in (-14, 10):
        pygame.draw.polygon(s, fur, [(head[0] + dx, head[1] - 10), (head[0] + dx + 4, head[1] - 30),
                                     (head[0] + dx + 14, head[1] - 10)])
    pygame.draw.circle(s, fur, head, 22)
    for dx in (-8, 8):
        pygame.draw.arc(s, INK, (head[0] + dx - 6, head[1] - 4, 12, 8), 3.4, 6.0, 2)
    for i, size in enumerate((10, 14)):  # little z's
        zx, zy = head[0] + 20 + i * 18, head[1] - 34 - i * 16
        pygame.draw.lines(s, WHITE, False, [(zx, zy), (zx + size, zy), (zx, zy + size), (zx + size, zy + size)], 3)


def _plant(s: pygame.Surface, c: Point) -> None:
    pot = [(c[0] - 30, c[1] + 20), (c[0] + 30, c[1] + 20), (c[0] + 22, c[1] + 64), (c[0] - 22, c[1] + 64)]
    for angle in (-0.9, -0.45, 0.0, 0.45, 0.9):
        tip = (c[0] + math.sin(angle) * 56, c[1] + 20 - math.cos(angle) * 80)
        pygame.draw.line(s, (70, 130, 70), (c[0], c[1] + 20), tip, 4)
        leaf = pygame.Rect(0, 0, 26, 40)
        leaf.center = (int(tip[0]), int(tip[1]))
        pygame.draw.ellipse(s, (96, 170, 96), leaf)
    pygame.draw.polygon(s, (200, 110, 70), pot)
    pygame.draw.polygon(s, (160, 84, 56), pot, 3)


def _drawing(s: pygame.Surface, c: Point) -> None:
    frame = pygame.Rect(0, 0, 112, 96)
    frame.center = c
    pygame.draw.rect(s, (190, 140, 90), frame, border_radius=6)
    pygame.draw.rect(s, (250, 248, 240), frame.inflate(-14, -14))
    for radius, dy in ((16, 16), (11, -8)):  # a snowman
        pygame.draw.circle(s, (200, 220, 250), (c[0], c[1] + dy), radius)
        pygame.draw.circle(s, (120, 140, 190), (c[0], c[1] + dy), radius, 2)
    pygame.draw.circle(s, (255, 200, 80), (c[0] + 34, c[1] - 26), 8)


def _kite(s: pygame.Surface, c: Point) -> None:
    points = [(c[0], c[1] - 50), (c[0] + 34, c[1] - 6), (c[0], c[1] + 40), (c[0] - 34, c[1] - 6)]
    pygame.draw.polygon(s, (240, 120, 120), points)
    pygame.draw.polygon(s, (250, 200, 90), [points[0], points[1], (c[0], c[1] - 6)])
    pygame.draw.polygon(s, (250, 200, 90), [points[2], points[3], (c[0], c[1] - 6)])
    pygame.draw.polygon(s, INK, points, 3)
    tail = [(c[0] + int(math.sin(i) * 10), c[1] + 40 + i * 12) for i in range(5)]
    pygame.draw.lines(s, INK, False, tail, 2)
    pygame.draw.line(s, (90, 90, 110), points[2], (c[0] + 40, c[1] + 110), 2)


def _flowers(s: pygame.Surface, c: Point) -> None:
    for dx, color in ((-30, (250, 120, 150)), (0, (255, 210, 80)), (30, (170, 130, 240))):
        top = (c[0] + dx, c[1] - 14 + abs(dx) // 3)
        pygame.draw.line(s, (70, 140, 70), (c[0] + dx // 2, c[1] + 34), top, 4)
        for k in range(5):
            angle = k / 5 * math.tau
            pygame.draw.circle(s, color, (top[0] + math.cos(angle) * 10, top[1] + math.sin(angle) * 10), 8)
        pygame.draw.circle(s, (250, 240, 200), top, 7)


def _unknown(s: pygame.Surface, c: Point) -> None:
    """A soft marker, so an icon name the game does not know shows up on screen instead of crashing."""
    pygame.draw.circle(s, (255, 240, 200), c, 40)
    pygame.draw.circle(s, (214, 160, 80), c, 40, 4)


# icon → (drawing, hit box size); the box is centred on the item's `at`.
ICONS: dict[str, tuple[Callable[[pygame.Surface, Point], None], tuple[int, int]]] = {
    "long-sleeves": (_long_sleeves, (130, 200)),
    "flinch": (_flinch, (250, 230)),
    "sad-face": (_sad_face, (180, 180)),
    "bandage": (_bandage, (130, 200)),
    "no-coat": (_no_coat, (140, 200)),
    "clock-night": (_clock_night, (140, 140)),
    "empty-fridge": (_empty_fridge, (170, 260)),
    "laundry": (_laundry, (160, 120)),
    "school-bag": (_school_bag, (150, 130)),
    "cat-sleeping": (_cat, (140, 90)),
    "plant": (_plant, (110, 160)),
    "drawing": (_drawing, (130, 110)),
    "kite": (_kite, (110, 120)),
    "flowers": (_flowers, (110, 90)),
}


def box_size(icon: str) -> tuple[int, int]:
    """The hit box of an icon (an unknown icon gets a 96×96 box, well above the 48 px minimum)."""
    return ICONS[icon][1] if icon in ICONS else (96, 96)


# -- settings ------------------------------------------------------------------------------------


def _gradient(s: pygame.Surface, top: Color, bottom: Color, area: pygame.Rect) -> None:
    for y in range(area.top, area.bottom, 4):
        t = (y - area.top) / max(1, area.height - 1)
        color = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        pygame.draw.rect(s, color, (area.left, y, area.width, 4))


def winter_night_home(s: pygame.Surface) -> None:
    """A chilly room at night: dark walls, a window with snow and a moon, a bare floor."""
    w, h = s.get_size()
    s.fill((64, 70, 110))
    for x in range(0, w, 90):  # faint wallpaper
        pygame.draw.line(s, (70, 76, 118), (x, 0), (x, 430), 3)
    pygame.draw.rect(s, (104, 86, 92), (0, 430, w, h - 430))
    for y in range(460, h, 56):
        pygame.draw.line(s, (94, 78, 84), (0, y), (w, y), 3)
    window = pygame.Rect(60, 120, 250, 250)
    _gradient(s, (20, 24, 60), (60, 60, 110), window)
    pygame.draw.circle(s, (250, 240, 200), (window.right - 60, window.top + 60), 26)
    rng = random.Random(3)
    for _ in range(60):
        pygame.draw.circle(s, WHITE, (rng.randrange(window.left, window.right), rng.randrange(window.top,
                                                                                              window.bottom)), 3)
    pygame.draw.rect(s, (236, 240, 248), (window.left, window.bottom - 26, window.width, 26))
    pygame.draw.rect(s, (140, 110, 90), window, width=12)
    pygame.draw.line(s, (140, 110, 90), window.midtop, window.midbottom, 8)
    pygame.draw.line(s, (140, 110, 90), window.midleft, window.midright, 8)
    pygame.draw.ellipse(s, (130, 70, 70), (880, 540, 230, 56))  # an old rug


def summer_school(s: pygame.Surface) -> None:
    """A school playground on a hot summer day: sun, school building, swings and a big tree."""
    w, h = s.get_size()
    _gradient(s, (120, 190, 240), (200, 230, 250), pygame.Rect(0, 0, w, 380))
    pygame.draw.circle(s, (255, 214, 90), (90, 170), 48)
    for k in range(10):
        angle = k / 10 * math.tau
        pygame.draw.line(s, (255, 214, 90), (90 + math.cos(angle) * 60, 170 + math.sin(angle) * 60),
                         (90 + math.cos(angle) * 80, 170 + math.sin(angle) * 80), 5)
    school = pygame.Rect(380, 200, 620, 190)
    pygame.draw.rect(s, (250, 222, 170), school)
    pygame.draw.polygon(s, (200, 100, 80), [(school.left - 20, school.top), (school.centerx, school.top - 60),
                                            (school.right + 20, school.top)])
    for x in range(school.left + 30, school.right - 40, 80):
        pygame.draw.rect(s, (170, 214, 240), (x, school.top + 40, 50, 44), border_radius=4)
    pygame.draw.rect(s, (140, 200, 110), (0, 380, w, h - 380))
    pygame.draw.ellipse(s, (230, 206, 150), (420, 470, 560, 120))  # sand
    pygame.draw.line(s, (120, 90, 80), (150, 270), (150, 470), 8)  # swings
    pygame.draw.line(s, (120, 90, 80), (360, 270), (360, 470), 8)
    pygame.draw.line(s, (120, 90, 80), (140, 270), (370, 270), 10)
    pygame.draw.line(s, (90, 90, 100), (180, 272), (180, 420), 2)
    pygame.draw.line(s, (90, 90, 100), (220, 272), (220, 420), 2)
    pygame.draw.rect(s, (200, 90, 80), (172, 418, 56, 10), border_radius=4)
    pygame.draw.rect(s, (120, 84, 60), (1208, 260, 34, 200))  # tree
    for dx, dy, r in ((-50, 0, 70), (30, -30, 80), (60, 40, 60), (-10, 60, 60)):
        pygame.draw.circle(s, (90, 160, 90), (1220 + dx, 250 + dy), r)


SETTINGS: dict[str, Callable[[pygame.Surface], None]] = {
    "neglect": winter_night_home,
    "winter-night-home": winter_night_home,
    "physical": summer_school,
    "summer-school": summer_school,
}


@lru_cache(maxsize=1)  # full-screen: only the picture being searched
def picture(setting: str, placements: tuple[tuple[str, Point], ...], size: tuple[int, int]) -> pygame.Surface:
    """The whole picture: the setting (an unknown one → the summer school) and each (icon, centre), drawn once."""
    image = pygame.Surface(size)
    SETTINGS.get(setting, summer_school)(image)
    for icon, center in placements:
        ICONS.get(icon, (_unknown, (0, 0)))[0](image, center)
    return image
