"""Colours, sizes and font paths of the game's look, in one place."""

from __future__ import annotations

from pathlib import Path

Color = tuple[int, int, int]

ASSETS = Path(__file__).resolve().parent.parent.parent / "assets"
FONT_REGULAR = ASSETS / "fonts" / "NanumSquareRoundR.ttf"
FONT_BOLD = ASSETS / "fonts" / "NanumSquareRoundB.ttf"

INK: Color = (46, 40, 62)  # body text on light panels
INK_SOFT: Color = (98, 90, 118)
PAPER: Color = (255, 250, 240)  # panel fill
PAPER_EDGE: Color = (233, 196, 120)
WHITE: Color = (255, 255, 255)
NIGHT: Color = (34, 30, 66)
GOLD: Color = (247, 196, 82)
GOLD_INK: Color = (176, 112, 0)  # gold that stays readable on paper
BUTTON: Color = (255, 241, 214)
BUTTON_HOVER: Color = (255, 226, 170)
BUTTON_EDGE: Color = (214, 160, 80)
BUTTON_DISABLED: Color = (222, 218, 214)
FOCUS: Color = (40, 110, 220)  # focus ring: strong blue, visible on warm and cold backdrops
RIGHT: Color = (86, 170, 110)
TRY_AGAIN: Color = (240, 160, 80)
RIGHT_INK: Color = (38, 122, 66)  # heading colours with enough contrast on paper
TRY_AGAIN_INK: Color = (178, 88, 14)
SHADE = (20, 16, 40, 150)  # RGBA veil behind modal overlays

BODY_SIZE = 30
SMALL_SIZE = 24
NAME_SIZE = 28
TITLE_SIZE = 56
HEADING_SIZE = 40
LINE_GAP = 12
MIN_TARGET = 48  # smallest hit target in logical pixels
RADIUS = 18


def hex_color(value: str) -> Color:
    """'#rrggbb' → (r, g, b)."""
    digits = value.lstrip("#")
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def ink_on(fill: Color) -> Color:
    """Dark ink on light fills, white on dark ones (relative luminance threshold)."""
    r, g, b = fill
    return INK if (0.2126 * r + 0.7152 * g + 0.0722 * b) > 140 else WHITE
