"""Rounded paper panels and screen veils, rendered once and reused."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.ui import theme


@lru_cache(maxsize=64)
def panel(size: tuple[int, int], fill: tuple[int, ...] = (*theme.PAPER, 255),
          edge: tuple[int, int, int] = theme.PAPER_EDGE) -> pygame.Surface:
    """A rounded panel of `size` with a soft shadow and a warm edge."""
    image = pygame.Surface(size, pygame.SRCALPHA)
    rect = image.get_rect()
    pygame.draw.rect(image, (0, 0, 0, 60), rect.move(0, 6).inflate(-6, -6), border_radius=theme.RADIUS + 6)
    body = rect.inflate(-6, -10).move(0, -3)
    pygame.draw.rect(image, fill, body, border_radius=theme.RADIUS + 6)
    pygame.draw.rect(image, edge, body, width=3, border_radius=theme.RADIUS + 6)
    return image


@lru_cache(maxsize=4)
def veil(size: tuple[int, int], rgba: tuple[int, int, int, int] = theme.SHADE) -> pygame.Surface:
    """A translucent full-screen layer that dims what is below a modal overlay."""
    image = pygame.Surface(size, pygame.SRCALPHA)
    image.fill(rgba)
    return image
