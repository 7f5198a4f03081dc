"""The town's outdoor places with time moving (warm and colourful), drawn on a 1280×720 surface.

Their frozen versions are the same drawings cold-graded by `game.ui.backdrops.cold_grade`, so the two match.
"""

from __future__ import annotations

import math

import pygame

from game.ui.scenery import (
    BRIGHTS,
    GOLD,
    LEAF,
    WHITE,
    WOOD,
    clock_face,
    cloud,
    falling_snow,
    flowers,
    glow,
    gradient,
    house,
    pine,
    shade,
    sparkle,
    sun,
    tree,
    window,
)

Rect = pygame.Rect
LIT: tuple[int, int, int] = (255, 214, 120)


def _sky(s: pygame.Surface, top: tuple[int, int, int], bottom: tuple[int, int, int], horizon: int) -> None:
    gradient(s, top, bottom, Rect(0, 0, s.get_width(), horizon))


def _swings(s: pygame.Surface, left: int, right: int, top: int, ground: int) -> None:
    frame = (220, 100, 90)
    for x in (left, right):
        pygame.draw.line(s, frame, (x - 26, ground), (x, top), 10)
        pygame.draw.line(s, frame, (x + 26, ground), (x, top), 10)
    pygame.draw.line(s, (90, 140, 200), (left, top), (right, top), 12)
    quarter = (right - left) // 4
    seat_a = (left + quarter, ground - 40)  # one swing hangs still, one is high in the air
    hang_b = left + 3 * quarter
    seat_b = (hang_b + int(math.sin(0.6) * (ground - 40 - top)), top + int(math.cos(0.6) * (ground - 40 - top)))
    for hang, seat in ((left + quarter, seat_a), (hang_b, seat_b)):
        for dx in (-18, 18):
            pygame.draw.line(s, (110, 100, 110), (hang + dx, top), (seat[0] + dx, seat[1]), 3)
        pygame.draw.rect(s, (250, 190, 80), (seat[0] - 26, seat[1] - 4, 52, 12), border_radius=5)


def school(s: pygame.Surface) -> None:
    """The town school on a summer day: the school with its clock, a playground, swings and a big tree."""
    w, _h = s.get_size()
    _sky(s, (118, 188, 240), (214, 238, 250), 440)
    sun(s, (1160, 96), 44)
    for center, scale in (((250, 96), 1.0), ((790, 64), 0.8), ((1010, 190), 0.6)):
        cloud(s, center, scale)
    pygame.draw.ellipse(s, (156, 210, 136), (-200, 330, 900, 220))
    pygame.draw.ellipse(s, (136, 200, 124), (620, 340, 1000, 200))
    pygame.draw.rect(s, (140, 200, 110), (0, 420, w, 300))
    pygame.draw.ellipse(s, (238, 212, 160), (160, 446, 1100, 300))
    wall, roof = (252, 230, 184), (226, 112, 92)
    body = Rect(400, 200, 520, 234)
    pygame.draw.rect(s, wall, body)
    pygame.draw.polygon(s, roof, [(380, 210), (430, 150), (890, 150), (940, 210)])
    tower = Rect(590, 96, 140, 120)
    pygame.draw.rect(s, wall, tower)
    pygame.draw.polygon(s, roof, [(572, 102), (660, 30), (748, 102)])
    clock_face(s, (660, 156), 38, GOLD, hour=3.0)
    for row, y in enumerate((232, 322)):
        for x in range(428, 900, 82):
            if row == 1 and 600 < x < 700:
                continue
            window(s, Rect(x, y, 56, 56), (170, 216, 244))
    door = Rect(612, 340, 96, 94)
    pygame.draw.rect(s, (110, 170, 120), door, border_top_left_radius=30, border_top_right_radius=30)
    pygame.draw.line(s, shade((110, 170, 120), 0.75), door.midtop, door.midbottom, 4)
    for x in list(range(0, 380, 28)) + list(range(950, w, 28)):  # a low white fence
        pygame.draw.rect(s, WHITE, (x, 392, 18, 46), border_top_left_radius=9, border_top_right_radius=9)
    pygame.draw.rect(s, WHITE, (0, 408, 380, 8))
    pygame.draw.rect(s, WHITE, (950, 408, w - 950, 8))
    tree(s, (150, 436), 130, LEAF, fruit=(240, 120, 110))
    _swings(s, 980, 1180, 290, 462)
    flowers(s, 3, 14, Rect(0, 440, 380, 24))
    flowers(s, 4, 10, Rect(940, 440, 340, 24))
    pygame.draw.circle(s, (240, 120, 120), (900, 468), 16)
    pygame.draw.line(s, WHITE, (886, 468), (914, 468), 3)


def _wind_chime(s: pygame.Surface, top: tuple[int, int]) -> None:
    x, y = top
    pygame.draw.line(s, (120, 100, 100), (x, y), (x, y + 20), 2)
    pygame.draw.circle(s, (160, 200, 240), (x, y + 28), 14, draw_top_left=True, draw_top_right=True)
    for i, dx in enumerate((-10, -3, 4, 11)):
        pygame.draw.line(s, (150, 140, 150), (x + dx, y + 28), (x + dx, y + 38), 1)
        pygame.draw.rect(s, (206, 214, 232), (x + dx - 2, y + 38, 5, 22 + (i % 2) * 8), border_radius=2)
    pygame.draw.line(s, (150, 140, 150), (x, y + 28), (x, y + 70), 1)
    pygame.draw.rect(s, (240, 120, 130), (x - 7, y + 70, 14, 30), border_radius=3)  # the paper strip


def street(s: pygame.Surface) -> None:
    """A quiet street of houses with front steps, flower boxes and a wind chime."""
    w, h = s.get_size()
    _sky(s, (150, 202, 244), (255, 228, 204), 460)
    for center, scale in (((180, 80), 0.9), ((640, 120), 0.7), ((1100, 70), 1.0)):
        cloud(s, center, scale)
    for x in range(-40, w, 150):  # far rooftops
        pygame.draw.rect(s, (214, 220, 238), (x, 300 - (x // 7) % 60, 120, 200), border_radius=8)
    pygame.draw.rect(s, (228, 216, 202), (0, 448, w, h - 448))
    for x in range(0, w, 80):
        pygame.draw.line(s, (212, 198, 184), (x, 470), (x - 40, h), 2)
    pygame.draw.rect(s, (200, 188, 176), (0, 448, w, 10))
    homes = [(Rect(30, 250, 250, 200), (250, 202, 170), (204, 104, 92)),
             (Rect(320, 214, 300, 236), (194, 228, 204), (100, 150, 196)),
             (Rect(660, 246, 260, 204), (255, 228, 156), (222, 122, 92)),
             (Rect(960, 224, 300, 226), (218, 200, 238), (124, 122, 184))]
    for body, wall, roof in homes:
        house(s, body, wall, roof, (176, 214, 240), door=shade(roof, 0.9))
        for x in range(body.left + 12, body.right - 60, 70):  # flower boxes
            if abs(x + 25 - body.centerx) > 40:
                pygame.draw.rect(s, WOOD, (x - 4, body.top + 72, 58, 12), border_radius=4)
                for k in range(4):
                    pygame.draw.circle(s, BRIGHTS[(k + x) % len(BRIGHTS)], (x + 6 + k * 14, body.top + 70), 6)
    for i in range(3):  # the front steps of the mint house
        step = Rect(0, 0, 74 + i * 22, 12)
        step.midtop = (470, 440 + i * 12)
        pygame.draw.rect(s, (214, 204, 198), step, border_radius=3)
        pygame.draw.rect(s, (188, 176, 170), step, width=2, border_radius=3)
    _wind_chime(s, (495, 206))
    pygame.draw.line(s, (120, 110, 120), (0, 150), (w, 120), 2)  # an electric wire with two birds
    for x in (840, 880):
        y = 150 - 30 * x // w
        pygame.draw.ellipse(s, (90, 110, 160), (x - 12, y - 18, 26, 18))
        pygame.draw.circle(s, (90, 110, 160), (x + 12, y - 18), 7)
        pygame.draw.polygon(s, (250, 190, 80), [(x + 18, y - 19), (x + 26, y - 16), (x + 18, y - 14)])
    pygame.draw.rect(s, (120, 120, 140), (940, 230, 10, 230))  # a street lamp
    pygame.draw.rect(s, (120, 120, 140), (920, 214, 50, 22), border_radius=8)
    pygame.draw.circle(s, (255, 240, 180), (945, 238), 10)
    for x, color in ((300, (240, 120, 130)), (640, (180, 140, 220))):
        pygame.draw.polygon(s, (200, 110, 80), [(x - 22, 416), (x + 22, 416), (x + 16, 450), (x - 16, 450)])
        for k in range(3):
            pygame.draw.circle(s, LEAF, (x - 14 + k * 14, 404), 12)
        pygame.draw.circle(s, color, (x, 396), 8)


def _bakery(s: pygame.Surface, shop: Rect) -> None:
    pygame.draw.rect(s, (236, 200, 160), shop)
    pygame.draw.rect(s, (246, 250, 255), (shop.left - 10, shop.top - 16, shop.width + 20, 24), border_radius=12)
    sign = Rect(0, 0, 190, 50)
    sign.midbottom = (shop.centerx, shop.top - 14)
    pygame.draw.rect(s, (150, 96, 64), sign, border_radius=12)
    pygame.draw.ellipse(s, (240, 190, 110), sign.inflate(-110, -18))
    for dx in (-12, 0, 12):
        pygame.draw.line(s, (190, 130, 70), (sign.centerx + dx - 4, sign.centery - 6),
                         (sign.centerx + dx + 4, sign.centery + 6), 3)
    stripes = 8
    for i in range(stripes):
        x0 = shop.left - 12 + i * (shop.width + 24) // stripes
        x1 = shop.left - 12 + (i + 1) * (shop.width + 24) // stripes
        color = (226, 92, 92) if i % 2 == 0 else (255, 244, 230)
        pygame.draw.rect(s, color, (x0, shop.top + 24, x1 - x0, 40))
        pygame.draw.circle(s, color, ((x0 + x1) // 2, shop.top + 64), (x1 - x0) // 2)
    glass = Rect(shop.left + 26, shop.top + 96, shop.width - 52, 110)
    glow(s, glass.center, 190, LIT, 80)
    pygame.draw.rect(s, (255, 226, 150), glass, border_radius=8)
    pygame.draw.line(s, (190, 140, 100), (glass.left, glass.centery + 20), (glass.right, glass.centery + 20), 5)
    for i in range(6):  # loaves of bread
        x = glass.left + 28 + i * (glass.width - 56) // 5
        pygame.draw.ellipse(s, (200, 130, 70), (x - 22, glass.centery - 4, 44, 24))
        for k in (-8, 0, 8):
            pygame.draw.line(s, (240, 190, 120), (x + k - 3, glass.centery + 2), (x + k + 3, glass.centery + 12), 2)
    pygame.draw.rect(s, (150, 96, 64), glass, width=7, border_radius=8)


def winter_home(s: pygame.Surface) -> None:
    """The edge of town on a snowy evening: homes with lights on, smoke from chimneys and a bakery."""
    w, h = s.get_size()
    _sky(s, (70, 78, 150), (244, 176, 164), 470)
    for x, y in ((120, 50), (420, 90), (700, 40), (860, 120), (560, 160), (1000, 60)):
        sparkle(s, (x, y), 6, (255, 244, 210))
    pygame.draw.circle(s, (255, 246, 214), (1140, 92), 36)
    pygame.draw.ellipse(s, (226, 232, 248), (-160, 350, 800, 200))
    pygame.draw.ellipse(s, (214, 222, 244), (500, 370, 900, 200))
    for x, size in ((60, 150), (300, 120), (760, 140)):
        pine(s, (x, 420), size, (60, 120, 100), snow=True)
    pygame.draw.rect(s, (240, 244, 252), (0, 446, w, h - 446))
    pygame.draw.ellipse(s, (222, 230, 246), (-100, 470, 1500, 120))
    for body, wall, roof in ((Rect(60, 270, 250, 180), (240, 196, 160), (170, 90, 80)),
                             (Rect(380, 250, 300, 200), (196, 206, 236), (104, 110, 170))):
        chimney = Rect(body.right - 70, body.top - 110, 30, 70)
        pygame.draw.rect(s, (160, 110, 100), chimney)
        for i, r in enumerate((14, 18, 22)):
            pygame.draw.circle(s, (236, 230, 240), (chimney.centerx + i * 16, chimney.top - 18 - i * 30), r)
        house(s, body, wall, roof, LIT, door=shade(roof, 0.9), snow=True)
        for x in range(body.left + 10, body.right - 40, 70):
            glow(s, (x + 35, body.top + 48), 46, LIT, 60)
    _bakery(s, Rect(850, 196, 390, 254))
    for x in (760, 1260):
        pygame.draw.rect(s, (90, 90, 120), (x - 5, 300, 10, 150))
        glow(s, (x, 298), 60, LIT, 110)
        pygame.draw.circle(s, (255, 236, 170), (x, 298), 14)
    pygame.draw.circle(s, WHITE, (730, 430), 30)  # a snowman
    pygame.draw.circle(s, WHITE, (730, 384), 22)
    pygame.draw.circle(s, (60, 50, 60), (722, 380), 3)
    pygame.draw.circle(s, (60, 50, 60), (738, 380), 3)
    pygame.draw.polygon(s, (250, 150, 70), [(730, 386), (748, 390), (730, 392)])
    pygame.draw.rect(s, (220, 90, 90), (708, 398, 44, 10), border_radius=5)
    falling_snow(s, 21, 90, Rect(0, 0, w, 470))


_LETTERS: dict[str, list[list[tuple[float, float]]]] = {
    "Z": [[(0, 0), (1, 0), (0, 1), (1, 1)]],
    "E": [[(1, 0), (0, 0), (0, 1), (1, 1)], [(0, 0.5), (0.8, 0.5)]],
    "R": [[(0, 1), (0, 0), (0.7, 0), (1, 0.25), (0.7, 0.5), (0, 0.5)], [(0.45, 0.5), (1, 1)]],
    "O": [],
}


def _zero_bus(s: pygame.Surface, body: Rect) -> None:
    """The Child Abuse ZERO Bus: a bright bus with a heart and the word ZERO drawn with strokes."""
    pygame.draw.rect(s, (252, 252, 255), body, border_radius=30)
    pygame.draw.rect(s, (110, 176, 232), (body.left, body.centery + 6, body.width, body.height // 2 - 6),
                     border_bottom_left_radius=30, border_bottom_right_radius=30)
    pygame.draw.rect(s, (240, 120, 130), (body.left, body.centery - 2, body.width, 10))
    for x in range(body.left + 24, body.right - 90, 62):
        pygame.draw.rect(s, (176, 216, 244), (x, body.top + 14, 48, body.height // 4), border_radius=8)
    pygame.draw.rect(s, (176, 216, 244), (body.right - 70, body.top + 14, 54, body.height // 2 - 14), border_radius=10)
    ink, top, size = (230, 96, 110), body.centery + 14, body.height // 5
    x = body.left + 30
    for letter in "ZERO":
        strokes = _LETTERS[letter]
        if letter == "O":
            pygame.draw.ellipse(s, ink, (x, top, int(size * 0.9), size), 6)
        for stroke in strokes:
            pygame.draw.lines(s, ink, False, [(x + px * size * 0.8, top + py * size) for px, py in stroke], 6)
        x += int(size * 1.1)
    heart = (x + 26, top + 14)
    pygame.draw.circle(s, ink, (heart[0] - 8, heart[1] - 4), 10)
    pygame.draw.circle(s, ink, (heart[0] + 8, heart[1] - 4), 10)
    pygame.draw.polygon(s, ink, [(heart[0] - 18, heart[1]), (heart[0] + 18, heart[1]), (heart[0], heart[1] + 20)])
    for wx in (body.left + 70, body.right - 80):
        pygame.draw.circle(s, (60, 60, 80), (wx, body.bottom), 24)
        pygame.draw.circle(s, (200, 200, 214), (wx, body.bottom), 10)
    pygame.draw.circle(s, (255, 230, 120), (body.right - 10, body.bottom - 26), 8)


def _fountain(s: pygame.Surface, center: tuple[int, int]) -> None:
    x, y = center
    water = (150, 210, 246)
    for side in (-1, 1):
        for k, reach in enumerate((90, 130)):
            points = [(x + side * reach * t, y - 130 + 200 * (t - 0.45) ** 2 - k * 14) for t in
                      (i / 10 for i in range(11))]
            pygame.draw.lines(s, water, False, points, 6)
    pygame.draw.line(s, water, (x, y - 40), (x, y - 140), 8)
    pygame.draw.ellipse(s, (196, 200, 216), (x - 170, y - 20, 340, 70))
    pygame.draw.ellipse(s, water, (x - 150, y - 14, 300, 44))
    pygame.draw.rect(s, (196, 200, 216), (x - 14, y - 60, 28, 50))
    pygame.draw.ellipse(s, (210, 214, 228), (x - 60, y - 70, 120, 26))
    for dx, dy in ((-120, -40), (110, -30), (40, -150), (-40, -130), (150, 0)):
        sparkle(s, (x + dx, y + dy), 8, WHITE)


def park(s: pygame.Surface) -> None:
    """The town park: trees, a fountain, swings and the ZERO bus parked by the gate."""
    w, h = s.get_size()
    _sky(s, (110, 190, 245), (222, 242, 250), 400)
    for center, scale in (((200, 90), 1.0), ((620, 60), 0.8)):
        cloud(s, center, scale)
    pygame.draw.rect(s, (196, 192, 204), (0, 322, w, 56))
    for x, size, leaf in ((60, 110, (100, 176, 100)), (230, 90, (130, 196, 110)), (420, 120, (90, 166, 110)),
                          (1180, 100, (120, 190, 100))):
        tree(s, (x, 340), size, leaf)
    _zero_bus(s, Rect(690, 196, 380, 136))
    pygame.draw.rect(s, (150, 210, 120), (0, 370, w, h - 370))
    pygame.draw.ellipse(s, (236, 220, 182), (200, 420, 780, 220))
    _fountain(s, (520, 446))
    _swings(s, 1080, 1240, 320, 470)
    bench = Rect(90, 420, 170, 18)
    pygame.draw.rect(s, WOOD, bench, border_radius=6)
    pygame.draw.rect(s, WOOD, (bench.left, bench.top - 34, bench.width, 14), border_radius=6)
    for dx in (14, bench.width - 24):
        pygame.draw.rect(s, shade(WOOD, 0.8), (bench.left + dx, bench.bottom, 10, 30))
    flowers(s, 8, 18, Rect(0, 390, 260, 30))
    flowers(s, 9, 12, Rect(800, 396, 220, 30))


def town(s: pygame.Surface) -> None:
    """The town with time moving: sun, rooftops in many colours, trees and the clock tower behind."""
    w, h = s.get_size()
    _sky(s, (120, 190, 240), (255, 228, 186), 470)
    sun(s, (1120, 110), 50)
    for center, scale in (((220, 100), 1.0), ((700, 70), 0.7)):
        cloud(s, center, scale)
    tower = Rect(590, 70, 100, 380)
    pygame.draw.rect(s, (226, 180, 150), tower)
    pygame.draw.polygon(s, (170, 100, 110), [(574, 76), (640, 0), (706, 76)])
    clock_face(s, (640, 140), 36, GOLD)
    pygame.draw.rect(s, (140, 200, 120), (0, 430, w, h - 430))
    palette = [(250, 190, 150), (255, 222, 150), (190, 220, 160), (240, 170, 180), (190, 200, 240)]
    roofs = [(200, 90, 80), (120, 150, 200), (220, 130, 80), (150, 110, 180)]
    x, i, gaps = -30, 0, []
    while x < w:
        width = 170 + (i * 37) % 60
        height = 150 + (i * 53) % 90
        house(s, Rect(x, 440 - height, width, height), palette[i % len(palette)], roofs[i % len(roofs)],
              (176, 214, 240), door=shade(roofs[i % len(roofs)], 0.9))
        x += width + 36
        gaps.append(x - 18)
        i += 1
    for gap in gaps:  # trees stand in front, between the houses
        tree(s, (gap, 446), 56, LEAF)
    flowers(s, 12, 24, Rect(0, 440, w, 24))
