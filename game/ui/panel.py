"""Rounded paper panels and screen veils, rendered once per size and palette and reused."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.ui import theme


def panel(size: tuple[int, int], fill: tuple[int, ...] | None = None,
          edge: tuple[int, int, int] | None = None) -> pygame.Surface:
    """A rounded panel of `size` with a soft shadow and an edge (paper colours of the current palette)."""
    return _panel(size, fill or (*theme.PAPER, 255), edge or theme.PAPER_EDGE, theme.PANEL_EDGE_WIDTH)


@lru_cache(maxsize=8)  # a screen uses a few sizes; each big panel is up to 2 MB
def _panel(size: tuple[int, int], fill: tuple[int, ...], edge: tuple[int, int, int],
           edge_width: int) -> pygame.Surface:
    image = pygame.Surface(size, pygame.SRCALPHA)
    rect = image.get_rect()
    pygame.draw.rect(image, (0, 0, 0, 60), rect.move(0, 6).inflate(-6, -6), border_radius=theme.RADIUS + 6)
    body = rect.inflate(-6, -10).move(0, -3)
    pygame.draw.rect(image, fill, body, border_radius=theme.RADIUS + 6)
    pygame.draw.rect(image, edge, body, width=edge_width, border_radius=theme.RADIUS + 6)
    return image


def veil(size: tuple[int, int], rgba: tuple[int, int, int, int] | None = None) -> pygame.Surface:
    """A full-screen layer that dims what is below a modal overlay (solid in high contrast: nothing shows through)."""
    return _veil(size, rgba or theme.SHADE)


@lru_cache(maxsize=3)  # full-screen pictures: normal and high contrast
def _veil(size: tuple[int, int], rgba: tuple[int, int, int, int]) -> pygame.Surface:
    image = pygame.Surface(size, pygame.SRCALPHA)
    image.fill(rgba)
    return image
