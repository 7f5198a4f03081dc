"""Widgets with stable ids: `Button`, and `ButtonGroup` for focus, keyboard and pointer handling."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter

import pygame

from game.input import Action, InputEvent
from game.ui import theme
from game.ui.text import TextRenderer

LABEL_MARGIN = 32  # a button body's width minus its label's wrap width
MIN_LABEL_SIZE = 16  # design size below which a label is never shrunk
NOT_LOOKS = frozenset({"fits"})  # public fields that record what was drawn rather than decide it
_LOOK_GETTERS: dict[type, Callable[[object], tuple[object, ...]]] = {}


def button_height(text: TextRenderer, label: str, size: int, width: int, at_least: int) -> int:
    """How tall a button `width` wide must be for `label` at `size` to fit, wrapped (never below `at_least`)."""
    lines = text.render(label, size, theme.INK, width=width - 4 - LABEL_MARGIN).get_height()
    return max(at_least, lines + 8 + 16)


@dataclass
class Widget:
    """Anything with a stable id and a rectangle on screen."""

    id: str
    rect: pygame.Rect
    enabled: bool = True


@dataclass
class Button(Widget):
    """A labelled button; `tone` tints it (e.g. right/try-again feedback)."""

    label: str = ""
    size: int = theme.BODY_SIZE
    tone: tuple[int, int, int] | None = None
    center: bool = True
    _cache: dict[tuple[object, ...], pygame.Surface] = field(default_factory=dict, repr=False)

    def look(self) -> tuple[object, ...]:
        """Every field its picture depends on (all public fields, rect as a tuple), for the still layer."""
        getter = _LOOK_GETTERS.get(type(self))
        if getter is None:  # one C-level getter per class: the look is asked for every frame
            names = [f.name for f in fields(self) if not f.name.startswith("_") and f.name not in NOT_LOOKS
                     and f.name != "rect"]
            getter = _LOOK_GETTERS[type(self)] = attrgetter(*names, "id")  # "id" again: always a tuple
        rect = self.rect  # a copy of its numbers: the key must not change when the rect is moved in place
        return type(self).__name__, rect.x, rect.y, rect.w, rect.h, getter(self)

    def draw(self, surface: pygame.Surface, text: TextRenderer, focused: bool) -> None:
        """Draw the button (the look is rendered once per state, palette and text size, then blitted)."""
        key = (focused, self.enabled, self.tone, theme.PALETTE, text.scale)
        image = self._cache.get(key)
        if image is None:
            image = self._render(text, focused)
            self._cache[key] = image
        surface.blit(image, self.rect.topleft)

    def _render(self, text: TextRenderer, focused: bool) -> pygame.Surface:
        image = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        local = image.get_rect()
        fill = self.tone or theme.BUTTON
        if focused and self.tone is None:
            fill = theme.BUTTON_HOVER
        if not self.enabled:
            fill = theme.BUTTON_DISABLED
        pygame.draw.rect(image, (0, 0, 0, 50), local.move(0, 4).inflate(-4, -4), border_radius=theme.RADIUS)
        body = local.inflate(-4, -8).move(0, -2)
        pygame.draw.rect(image, fill, body, border_radius=theme.RADIUS)
        pygame.draw.rect(image, theme.BUTTON_EDGE, body, width=theme.EDGE_WIDTH, border_radius=theme.RADIUS)
        if focused:
            pygame.draw.rect(image, theme.FOCUS, local, width=theme.FOCUS_WIDTH, border_radius=theme.RADIUS + 2)
        color = theme.INK if self.enabled else theme.INK_SOFT
        label = self._fit_label(text, color, body.width - LABEL_MARGIN, body.height - 8)
        if self.center:
            spot = label.get_rect(center=body.center)
        else:
            spot = label.get_rect(midleft=(body.left + 24, body.centery))
        image.blit(label, spot)
        return image

    def _fit_label(self, text: TextRenderer, color: tuple[int, int, int], width: int,
                   height: int) -> pygame.Surface:
        """The label wrapped at `width`; a step smaller at a time while it is taller than `height`.

        Big text sizes make long labels wrap to two lines; this keeps them inside the button.
        """
        size = self.size
        label = text.render(self.label, size, color, width=width, center=self.center)
        while label.get_height() > height and size > MIN_LABEL_SIZE:
            size -= 2
            label = text.render(self.label, size, color, width=width, center=self.center)
        return label


class ButtonGroup:
    """A list of buttons sharing one focus; arrows/Tab move it, Enter/Space or a click activates."""

    def __init__(self, buttons: list[Button], focus: int = 0, horizontal: bool = False, arrows: bool = True) -> None:
        self.buttons = buttons
        self.horizontal = horizontal
        self.arrows = arrows  # False: only Tab/Shift+Tab move focus (arrow keys mean something else there)
        self.focus = focus if buttons else -1  # -1: nothing focused until the player presses Tab or an arrow
        if 0 <= self.focus < len(self.buttons) and not self.buttons[self.focus].enabled:
            self._move(1)

    def look(self) -> tuple[object, ...]:
        """What the drawn group depends on: the focus and every button's look (for the still layer)."""
        return (self.focus, *(button.look() for button in self.buttons))

    @property
    def focused(self) -> Button | None:
        """The button with focus, if any."""
        return self.buttons[self.focus] if 0 <= self.focus < len(self.buttons) else None

    def focus_first(self) -> None:
        """Focus the first enabled button (the first arrow, Tab or Enter on a screen with nothing focused)."""
        self.focus = -1
        self._move(1)

    def _move(self, delta: int) -> None:
        count = len(self.buttons)
        if self.focus < 0:
            delta = 1  # from nothing, every direction starts at the first button (answers before the corners)
        for step in range(1, count + 1):
            index = (self.focus + delta * step) % count
            if self.buttons[index].enabled:
                self.focus = index
                return

    def at(self, pos: tuple[int, int]) -> Button | None:
        """The enabled button under `pos`."""
        return next((b for b in self.buttons if b.enabled and b.rect.collidepoint(pos)), None)

    def handle(self, event: InputEvent) -> str | None:
        """Move focus or activate; returns the id of an activated button."""
        if not self.buttons:
            return None
        back_keys: tuple[Action, ...] = (Action.LEFT, Action.PREV) if self.horizontal else (Action.UP, Action.PREV)
        next_keys: tuple[Action, ...] = (Action.RIGHT, Action.NEXT) if self.horizontal else (Action.DOWN, Action.NEXT)
        if not self.arrows:
            back_keys, next_keys = (Action.PREV,), (Action.NEXT,)
        if event.action in back_keys:
            self._move(-1)
        elif event.action in next_keys:
            self._move(1)
        elif event.action is Action.CONFIRM and self.focused is not None and self.focused.enabled:
            return self.focused.id
        elif event.action in (Action.POINTER, Action.POINTER_MOVE) and event.pos is not None:
            hit = self.at(event.pos)
            if hit is not None:
                self.focus = self.buttons.index(hit)
                if event.action is Action.POINTER:
                    return hit.id
        return None

    def move_by_position(self, action: Action) -> None:
        """Move focus to the nearest enabled button in the arrow's direction (for pictures and keypads)."""
        target = nearest(self.buttons, self.focused, action)
        if target is not None:
            self.focus = self.buttons.index(target)

    def draw(self, surface: pygame.Surface, text: TextRenderer) -> None:
        """Draw every button, the focused one with its ring."""
        for index, button in enumerate(self.buttons):
            button.draw(surface, text, index == self.focus)


def stack_buttons(
    items: list[tuple[str, str]], center_x: int, top: int, width: int, height: int = 72, gap: int = 18,
    size: int = theme.BODY_SIZE,
) -> list[Button]:
    """Buttons for (id, label) pairs, stacked vertically and centred on `center_x`."""
    return [
        Button(id=ident, rect=pygame.Rect(center_x - width // 2, top + i * (height + gap), width, height),
               label=label, size=size)
        for i, (ident, label) in enumerate(items)
    ]


ARROWS: dict[Action, tuple[int, int]] = {
    Action.LEFT: (-1, 0), Action.RIGHT: (1, 0), Action.UP: (0, -1), Action.DOWN: (0, 1),
}


def nearest(buttons: Sequence[Button], current: Button | None, action: Action) -> Button | None:
    """The enabled button an arrow key should move to from `current`: the closest one that way, or None.

    Distance across the arrow's direction counts double, so Down on a keypad goes straight down and Right
    goes to what is beside, not below. With no `current`, the first enabled button.
    """
    if current is None:
        return next((b for b in buttons if b.enabled), None)
    dx, dy = ARROWS[action]
    here = current.rect.center
    best: Button | None = None
    best_score = math.inf
    for button in buttons:
        if button is current or not button.enabled:
            continue
        vx, vy = button.rect.centerx - here[0], button.rect.centery - here[1]
        along = vx * dx + vy * dy
        if along <= 0:
            continue
        score = along + 2 * abs(vx * dy - vy * dx)
        if score < best_score:
            best, best_score = button, score
    return best
