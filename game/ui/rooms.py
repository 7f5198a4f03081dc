"""Indoor backdrops: the classroom, a cosy living room and the festive Prevention Day hall (1280×720)."""

from __future__ import annotations

import math

import pygame

from game.ui.scenery import (
    BRIGHTS,
    GOLD,
    LEAF,
    WHITE,
    WOOD,
    balloon,
    bunting,
    clock_face,
    cloud,
    glow,
    gradient,
    mix,
    shade,
    sparkle,
    tree,
)

Rect = pygame.Rect
CHALK: tuple[int, int, int] = (236, 244, 236)


def _view(s: pygame.Surface, rect: Rect, seed: int) -> None:
    """Sky, a cloud and a treetop seen through a window."""
    gradient(s, (140, 200, 244), (214, 236, 250), rect)
    clip = s.get_clip()
    s.set_clip(rect)
    cloud(s, (rect.left + rect.width // 3, rect.top + 50), 0.5)
    tree(s, (rect.left + (rect.width * (2 + seed % 2)) // 4, rect.bottom + 40), 90, LEAF)
    s.set_clip(clip)


def _floor(s: pygame.Surface, top: int, color: tuple[int, int, int]) -> None:
    w, h = s.get_size()
    pygame.draw.rect(s, color, (0, top, w, h - top))
    for y in range(top + 30, h, 34):
        pygame.draw.line(s, shade(color, 0.92), (0, y), (w, y), 3)


def classroom(s: pygame.Surface) -> None:
    """A bright classroom: a board with chalk drawings, a clock, sunny windows and little desks."""
    w, _h = s.get_size()
    s.fill((252, 238, 206))
    pygame.draw.rect(s, (236, 206, 166), (0, 372, w, 100))
    pygame.draw.line(s, (214, 180, 140), (0, 372), (w, 372), 6)
    _floor(s, 470, (214, 170, 122))
    for x in (40, 1020):
        glass = Rect(x, 100, 220, 250)
        _view(s, glass, x)
        pygame.draw.rect(s, WHITE, glass, width=8, border_radius=6)
        pygame.draw.line(s, WHITE, glass.midtop, glass.midbottom, 5)
        pygame.draw.rect(s, WOOD, (glass.left - 10, glass.bottom, glass.width + 20, 12), border_radius=4)
    pygame.draw.polygon(s, (200, 110, 80), [(78, 314), (110, 314), (104, 350), (84, 350)])  # a plant on the sill
    for k in range(3):
        pygame.draw.circle(s, LEAF, (84 + k * 10, 304 - (k % 2) * 10), 12)
    board = Rect(330, 110, 620, 240)
    pygame.draw.rect(s, (160, 110, 70), board.inflate(24, 24), border_radius=12)
    pygame.draw.rect(s, (64, 120, 96), board, border_radius=8)
    pygame.draw.circle(s, CHALK, (420, 180), 30, 4)  # a chalk sun, a heart, a house and lines of writing
    for k in range(8):
        angle = k / 8 * math.tau
        pygame.draw.line(s, CHALK, (420 + math.cos(angle) * 40, 180 + math.sin(angle) * 40),
                         (420 + math.cos(angle) * 54, 180 + math.sin(angle) * 54), 4)
    pygame.draw.circle(s, (250, 170, 180), (620, 176), 18, 4)
    pygame.draw.circle(s, (250, 170, 180), (650, 176), 18, 4)
    pygame.draw.lines(s, (250, 170, 180), False, [(603, 184), (635, 222), (667, 184)], 4)
    pygame.draw.lines(s, CHALK, True, [(780, 250), (780, 200), (820, 166), (860, 200), (860, 250)], 4)
    for y, length in ((270, 300), (300, 220)):
        pygame.draw.line(s, CHALK, (380, y), (380 + length, y), 4)
    pygame.draw.rect(s, (200, 170, 130), (board.left, board.bottom + 12, board.width, 10), border_radius=4)
    clock_face(s, (640, 52), 30, (240, 120, 120), hour=9.0)
    for i, x in enumerate(range(300, 1000, 130)):  # paper stars along the top
        sparkle(s, (x, 34 + (i % 2) * 14), 10, BRIGHTS[i % len(BRIGHTS)])
    for x in range(110, w, 230):  # tops of little desks and chairs
        pygame.draw.rect(s, (236, 190, 110), (x, 410, 150, 26), border_radius=8)
        pygame.draw.rect(s, (200, 150, 80), (x + 10, 436, 12, 40))
        pygame.draw.rect(s, (200, 150, 80), (x + 128, 436, 12, 40))
        pygame.draw.rect(s, (120, 170, 220), (x + 40, 380, 70, 36), border_radius=10)


def home(s: pygame.Surface) -> None:
    """A cosy living room: a sofa with cushions, a lamp, pictures on the wall and a window with curtains."""
    w, _h = s.get_size()
    s.fill((250, 228, 206))
    for x in range(0, w, 64):
        pygame.draw.rect(s, (246, 218, 196), (x, 0, 24, 470))
    _floor(s, 470, (200, 152, 114))
    pygame.draw.ellipse(s, (226, 140, 130), (180, 500, 760, 150))
    glass = Rect(880, 90, 300, 230)
    _view(s, glass, 1)
    pygame.draw.rect(s, WHITE, glass, width=10, border_radius=6)
    pygame.draw.line(s, WHITE, glass.midtop, glass.midbottom, 6)
    for x in (glass.left - 30, glass.right - 40):
        pygame.draw.rect(s, (240, 150, 150), (x, 70, 70, 290), border_radius=20)
    pygame.draw.rect(s, WOOD, (glass.left - 40, 60, glass.width + 80, 14), border_radius=6)
    for frame, color in ((Rect(200, 110, 120, 96), (255, 214, 120)), (Rect(360, 130, 96, 120), (170, 210, 240))):
        pygame.draw.rect(s, (170, 120, 80), frame.inflate(16, 16), border_radius=6)
        pygame.draw.rect(s, color, frame)
    pygame.draw.circle(s, (240, 120, 130), (250, 150), 14)  # a drawing of a heart and one of a flower
    pygame.draw.circle(s, (240, 120, 130), (272, 150), 14)
    pygame.draw.polygon(s, (240, 120, 130), [(236, 156), (286, 156), (261, 186)])
    for k in range(5):
        angle = k / 5 * math.tau
        pygame.draw.circle(s, (250, 160, 90), (408 + math.cos(angle) * 14, 180 + math.sin(angle) * 14), 9)
    pygame.draw.circle(s, (255, 236, 150), (408, 180), 8)
    sofa = Rect(120, 320, 520, 150)
    pygame.draw.rect(s, (110, 140, 196), (sofa.left, sofa.top - 50, sofa.width, 100), border_radius=36)
    pygame.draw.rect(s, (120, 152, 208), sofa, border_radius=30)
    for x in (sofa.left - 10, sofa.right - 50):
        pygame.draw.rect(s, (100, 130, 186), (x, sofa.top - 10, 60, 140), border_radius=26)
    for x, color in ((200, (250, 200, 110)), (480, (240, 150, 160))):
        pygame.draw.rect(s, color, (x, sofa.top - 36, 90, 70), border_radius=24)
    pygame.draw.line(s, (120, 100, 90), (740, 180), (740, 470), 6)  # a standing lamp
    glow(s, (740, 170), 120, (255, 230, 160), 90)
    pygame.draw.polygon(s, (255, 226, 160), [(700, 190), (780, 190), (760, 130), (720, 130)])
    pygame.draw.ellipse(s, (120, 100, 90), (710, 462, 60, 16))
    pygame.draw.polygon(s, (200, 110, 80), [(1210, 420), (1260, 420), (1250, 470), (1220, 470)])
    for dx, dy in ((-20, -20), (0, -44), (20, -24), (8, -6)):
        pygame.draw.ellipse(s, LEAF, (1225 + dx - 14, 410 + dy - 20, 28, 44))


def _hand(s: pygame.Surface, palm: tuple[int, int], side: int) -> None:
    """An open hand, fingers apart, its thumb towards the heart."""
    skin, line = (255, 214, 178), (214, 150, 120)
    x, y = palm
    fingers = [((x + dx, y - 12), (x + dx * 1.3, y - 48 + abs(dx) // 2)) for dx in (-15, -5, 5, 15)]
    fingers.append(((x - side * 18, y), (x - side * 40, y - 18)))
    for color, width in ((line, 14), (skin, 10)):
        for base, tip in fingers:
            pygame.draw.line(s, color, base, tip, width)
            pygame.draw.circle(s, color, tip, width // 2)
        pygame.draw.circle(s, color, palm, 20 + (width - 10) // 2)


def hall(s: pygame.Surface) -> None:
    """The Prevention Day hall under the clock tower: a stage, a banner, bunting, balloons and lights."""
    w, _h = s.get_size()
    s.fill((252, 236, 208))
    for x in range(0, w, 80):
        pygame.draw.rect(s, (248, 228, 198), (x, 0, 36, 470))
    pygame.draw.rect(s, (214, 168, 120), (0, 400, w, 72))
    _floor(s, 470, (206, 156, 110))
    for x in (20, 1100):
        glass = Rect(x, 150, 160, 210)
        _view(s, glass, x)
        pygame.draw.rect(s, WHITE, glass, width=8, border_top_left_radius=80, border_top_right_radius=80)
    stage = Rect(250, 120, 780, 300)
    gradient(s, (150, 86, 112), (116, 64, 88), stage)
    pygame.draw.rect(s, (190, 130, 84), (stage.left - 20, stage.bottom - 10, stage.width + 40, 60), border_radius=8)
    pygame.draw.rect(s, (160, 104, 66), (stage.left - 20, stage.bottom + 36, stage.width + 40, 14))
    for side in (-1, 1):  # curtains, tied back with gold
        x = stage.left if side < 0 else stage.right
        curtain = [(x, stage.top), (x - side * 150, stage.top), (x - side * 40, stage.top + 150),
                   (x - side * 70, stage.bottom), (x, stage.bottom)]
        pygame.draw.polygon(s, (226, 90, 100), curtain)
        for k in range(1, 4):
            pygame.draw.line(s, (200, 70, 84), (x - side * 36 * k, stage.top), (x - side * (10 + 14 * k),
                                                                                 stage.top + 150), 4)
        pygame.draw.circle(s, GOLD, (x - side * 40, stage.top + 150), 12)
    for i in range(13):  # a scalloped valance
        pygame.draw.circle(s, (226, 90, 100), (stage.left + 30 + i * 60, stage.top + 6), 34)
    pygame.draw.rect(s, (226, 90, 100), (stage.left, stage.top - 30, stage.width, 36))
    pygame.draw.rect(s, GOLD, (stage.left, stage.top - 34, stage.width, 8))
    banner = Rect(390, 200, 500, 110)
    pygame.draw.rect(s, (255, 250, 236), banner, border_radius=14)
    pygame.draw.rect(s, (240, 150, 90), banner, width=6, border_radius=14)
    heart = (640, 262)
    pygame.draw.circle(s, (240, 110, 130), (heart[0] - 22, heart[1] - 14), 26)
    pygame.draw.circle(s, (240, 110, 130), (heart[0] + 22, heart[1] - 14), 26)
    pygame.draw.polygon(s, (240, 110, 130), [(heart[0] - 46, heart[1] - 6), (heart[0] + 46, heart[1] - 6),
                                             (heart[0], heart[1] + 40)])
    for side in (-1, 1):  # open safety hands on either side of the heart, and little stars
        _hand(s, (640 + side * 150, 274), side)
        sparkle(s, (640 + side * 210, 232), 12, GOLD)
    clock_face(s, (640, 66), 44, GOLD, hour=11.9)
    for start, end, sag in (((0, 30), (560, 60), 60), ((720, 60), (w, 30), 60), ((0, 110), (250, 150), 30),
                            ((1030, 150), (w, 110), 30)):
        bunting(s, start, end, sag, 9 if end[0] - start[0] > 400 else 4)
    for x, y, k in ((210, 380, 0), (170, 330, 1), (240, 300, 2), (1070, 380, 3), (1110, 320, 4), (1040, 300, 5)):
        balloon(s, (x, y - 100), BRIGHTS[k], (x + (20 if x < 640 else -20), 440))
    for i in range(24):  # a string of little lights along the stage
        x = stage.left + 16 + i * (stage.width - 32) // 23
        pygame.draw.circle(s, mix(BRIGHTS[i % len(BRIGHTS)], WHITE, 0.3), (x, stage.bottom - 24), 7)
