"""Colours, sizes and font paths of the game's look, in one place; `use_palette` switches to high contrast."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

Color = tuple[int, int, int]

ASSETS = Path(__file__).resolve().parent.parent.parent / "assets"
FONT_REGULAR = ASSETS / "fonts" / "NanumSquareRoundR.ttf"
FONT_BOLD = ASSETS / "fonts" / "NanumSquareRoundB.ttf"


@dataclass(frozen=True)
class Palette:
    """Every colour and line width that changes between the normal and the high-contrast look."""

    name: str
    ink: Color  # body text on light panels
    ink_soft: Color
    paper: Color  # panel fill
    paper_edge: Color
    night: Color  # the title's ink
    gold_ink: Color  # gold that stays readable on paper
    button: Color
    button_hover: Color
    button_edge: Color
    button_disabled: Color
    selected: Color  # the chosen option of a settings row
    note: Color  # the content-note box on cards
    focus: Color
    right_ink: Color  # heading colours with enough contrast on paper
    try_again_ink: Color
    shade: tuple[int, int, int, int]  # RGBA veil behind modal overlays
    focus_width: int
    edge_width: int  # button edge
    panel_edge_width: int


NORMAL = Palette(
    name="normal", ink=(46, 40, 62), ink_soft=(98, 90, 118), paper=(255, 250, 240), paper_edge=(233, 196, 120),
    night=(34, 30, 66), gold_ink=(176, 112, 0), button=(255, 241, 214), button_hover=(255, 226, 170),
    button_edge=(214, 160, 80), button_disabled=(222, 218, 214), selected=(206, 232, 200),
    note=(255, 236, 200), focus=(40, 110, 220), right_ink=(38, 122, 66), try_again_ink=(178, 88, 14),
    shade=(20, 16, 40, 150), focus_width=4, edge_width=2, panel_edge_width=3,
)
# Black on white with black edges; the focused button turns yellow inside a thick blue ring; overlays hide
# what is below them completely instead of showing it through a translucent veil.
HIGH_CONTRAST = Palette(
    name="high-contrast", ink=(0, 0, 0), ink_soft=(40, 40, 40), paper=(255, 255, 255), paper_edge=(0, 0, 0),
    night=(0, 0, 0), gold_ink=(110, 70, 0), button=(255, 255, 255), button_hover=(255, 226, 60),
    button_edge=(0, 0, 0), button_disabled=(205, 205, 205), selected=(196, 240, 196),
    note=(255, 255, 255), focus=(0, 60, 200), right_ink=(0, 100, 40), try_again_ink=(150, 60, 0),
    shade=(18, 18, 24, 255), focus_width=7, edge_width=4, panel_edge_width=5,
)
PALETTES = {p.name: p for p in (NORMAL, HIGH_CONTRAST)}

# The active palette's values, read at draw time as `theme.INK` etc. (set by `use_palette`).
PALETTE = NORMAL.name
INK: Color = NORMAL.ink
INK_SOFT: Color = NORMAL.ink_soft
PAPER: Color = NORMAL.paper
PAPER_EDGE: Color = NORMAL.paper_edge
NIGHT: Color = NORMAL.night
GOLD_INK: Color = NORMAL.gold_ink
BUTTON: Color = NORMAL.button
BUTTON_HOVER: Color = NORMAL.button_hover
BUTTON_EDGE: Color = NORMAL.button_edge
BUTTON_DISABLED: Color = NORMAL.button_disabled
SELECTED: Color = NORMAL.selected
NOTE: Color = NORMAL.note
FOCUS: Color = NORMAL.focus  # focus ring: strong blue, visible on warm and cold backdrops
RIGHT_INK: Color = NORMAL.right_ink
TRY_AGAIN_INK: Color = NORMAL.try_again_ink
SHADE: tuple[int, int, int, int] = NORMAL.shade
FOCUS_WIDTH = NORMAL.focus_width
EDGE_WIDTH = NORMAL.edge_width
PANEL_EDGE_WIDTH = NORMAL.panel_edge_width

# Colours that stay the same in both looks.
WHITE: Color = (255, 255, 255)
GOLD: Color = (247, 196, 82)
RIGHT: Color = (86, 170, 110)
TRY_AGAIN: Color = (240, 160, 80)

# The help button sits in the same top-right spot on every screen; scenes keep that corner free.
HELP_RECT = (1280 - 20 - 130, 20, 130, 60)
CORNER_W = 130  # the back and menu buttons to its left
HELP_TONE: Color = (255, 214, 222)  # a soft rose: easy to find, calm, not an alarm

BODY_SIZE = 30
SMALL_SIZE = 24
NAME_SIZE = 28
TITLE_SIZE = 56
HEADING_SIZE = 40
LINE_GAP = 12
MIN_TARGET = 48  # smallest hit target in logical pixels
RADIUS = 18


def use_palette(high_contrast: bool) -> None:
    """Make the normal or the high-contrast colours current.

    Widgets that cache rendered pictures include `PALETTE` in their cache keys, so nothing stale is shown.
    """
    global PALETTE, INK, INK_SOFT, PAPER, PAPER_EDGE, NIGHT, GOLD_INK, BUTTON, BUTTON_HOVER, BUTTON_EDGE
    global BUTTON_DISABLED, SELECTED, NOTE, FOCUS, RIGHT_INK, TRY_AGAIN_INK, SHADE
    global FOCUS_WIDTH, EDGE_WIDTH, PANEL_EDGE_WIDTH
    p = HIGH_CONTRAST if high_contrast else NORMAL
    PALETTE, INK, INK_SOFT, PAPER, PAPER_EDGE, NIGHT = p.name, p.ink, p.ink_soft, p.paper, p.paper_edge, p.night
    GOLD_INK, BUTTON, BUTTON_HOVER, BUTTON_EDGE = p.gold_ink, p.button, p.button_hover, p.button_edge
    BUTTON_DISABLED, SELECTED, NOTE, FOCUS = p.button_disabled, p.selected, p.note, p.focus
    RIGHT_INK, TRY_AGAIN_INK, SHADE = p.right_ink, p.try_again_ink, p.shade
    FOCUS_WIDTH, EDGE_WIDTH, PANEL_EDGE_WIDTH = p.focus_width, p.edge_width, p.panel_edge_width


def high_contrast() -> bool:
    """Whether the high-contrast palette is current."""
    return HIGH_CONTRAST.name == PALETTE


def hex_color(value: str) -> Color:
    """'#rrggbb' → (r, g, b)."""
    digits = value.lstrip("#")
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def ink_on(fill: Color) -> Color:
    """Dark ink on light fills, white on dark ones (relative luminance threshold)."""
    r, g, b = fill
    return INK if (0.2126 * r + 0.7152 * g + 0.0722 * b) > 140 else WHITE
