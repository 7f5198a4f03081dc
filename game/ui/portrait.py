"""Character portraits drawn by the project: a round friendly face in the character's colour, per expression."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.ui.theme import hex_color

Color = tuple[int, int, int]
INK = (60, 44, 52)


def _shade(color: Color, factor: float) -> Color:
    r, g, b = (max(0, min(255, int(c * factor))) for c in color)
    return (r, g, b)


@lru_cache(maxsize=64)
def portrait(color: str, expression: str | None, size: int = 240) -> pygame.Surface:
    """A portrait of `size`×`size` pixels; drawn once per (colour, expression, size)."""
    base = hex_color(color)
    image = pygame.Surface((size, size), pygame.SRCALPHA)
    cx, cy, r = size // 2, int(size * 0.42), int(size * 0.3)
    pygame.draw.ellipse(image, _shade(base, 0.75), (cx - int(r * 1.5), cy + int(r * 0.8), r * 3, int(r * 2.2)))
    pygame.draw.circle(image, (255, 226, 200), (cx, cy), r)
    pygame.draw.arc(image, _shade(base, 0.85), (cx - r - 6, cy - r - 10, 2 * r + 12, 2 * r + 12), 0.35, 2.8, 22)
    pygame.draw.circle(image, _shade(base, 0.85), (cx, cy - r + 4), int(r * 0.45), draw_top_left=True,
                       draw_top_right=True)
    pygame.draw.circle(image, INK, (cx, cy), r, 3)
    _face(image, expression or "calm", cx, cy, r)
    return image


def _face(image: pygame.Surface, expression: str, cx: int, cy: int, r: int) -> None:
    eye_y, eye_dx = cy - r // 6, r // 2 - 4
    mouth = pygame.Rect(cx - r // 3, cy + r // 6, 2 * (r // 3), r // 3)
    for side in (-1, 1):
        pygame.draw.circle(image, (250, 170, 170), (cx + side * (eye_dx + 12), cy + r // 4), r // 7)
    if expression in ("happy", "calm"):
        for side in (-1, 1):
            eye = pygame.Rect(cx + side * eye_dx - 10, eye_y - 6, 20, 16)
            pygame.draw.arc(image, INK, eye, 0.3, 2.85, 4)
        arc = mouth if expression == "happy" else mouth.inflate(-mouth.width // 3, -mouth.height // 3)
        pygame.draw.arc(image, INK, arc.move(0, -arc.height // 2), 3.5, 5.9, 4)
        return
    big = expression in ("scared", "surprised")
    for side in (-1, 1):
        pygame.draw.circle(image, INK, (cx + side * eye_dx, eye_y), 9 if big else 7)
        pygame.draw.circle(image, (255, 255, 255), (cx + side * eye_dx + 2, eye_y - 3), 3)
    if expression == "sad":
        for side in (-1, 1):
            brow = ((cx + side * (eye_dx - 12), eye_y - 22), (cx + side * (eye_dx + 10), eye_y - 14))
            pygame.draw.line(image, INK, *brow, 4)
        pygame.draw.arc(image, INK, mouth.move(0, 8), 0.4, 2.75, 4)
    elif expression == "scared":
        for side in (-1, 1):
            brow = ((cx + side * (eye_dx - 12), eye_y - 16), (cx + side * (eye_dx + 10), eye_y - 24))
            pygame.draw.line(image, INK, *brow, 4)
        pygame.draw.ellipse(image, INK, (cx - 10, cy + r // 4, 20, 14), 3)
    elif expression == "surprised":
        pygame.draw.ellipse(image, INK, (cx - 12, cy + r // 5, 24, 26), 4)
    else:  # thinking
        pygame.draw.line(image, INK, (cx + eye_dx - 12, eye_y - 24), (cx + eye_dx + 10, eye_y - 20), 4)
        pygame.draw.line(image, INK, (cx - 14, cy + r // 3), (cx + 16, cy + r // 3 - 4), 4)
