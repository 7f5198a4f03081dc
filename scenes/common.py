"""Pieces several scenes share: the corner buttons (back, menu) and centred text blocks."""

from __future__ import annotations

import pygame

from game.scene import SceneContext
from game.ui import theme
from game.ui.strings import ui
from game.ui.widgets import Button

CORNER_W, CORNER_H = 150, 60


def corner_buttons(ctx: SceneContext, can_go_back: bool) -> list[Button]:
    """Small 'back' and 'menu' buttons at the top right (each well over the 48 px minimum)."""
    width = ctx.size[0]
    back = Button("back", pygame.Rect(width - 2 * CORNER_W - 36, 20, CORNER_W, CORNER_H),
                  label=ui("back", ctx.lang), size=theme.SMALL_SIZE, enabled=can_go_back)
    menu = Button("menu", pygame.Rect(width - CORNER_W - 20, 20, CORNER_W, CORNER_H),
                  label=ui("menu", ctx.lang), size=theme.SMALL_SIZE)
    return [back, menu]


def blit_centered(surface: pygame.Surface, image: pygame.Surface, center_x: int, top: int) -> int:
    """Blit `image` centred horizontally; returns the y just below it."""
    surface.blit(image, image.get_rect(midtop=(center_x, top)))
    return top + image.get_height()
