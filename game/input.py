"""Player input: the `Action` enum, `InputEvent`, the `KeyMap`, and pygame event → `InputEvent`."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import pygame


class Action(enum.Enum):
    """What the player means, independent of the device used."""

    CONFIRM = "confirm"
    BACK = "back"
    MENU = "menu"
    HELP = "help"  # open the help screen from anywhere
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    NEXT = "next"
    PREV = "prev"
    POINTER = "pointer"  # a click or tap at `pos`
    POINTER_MOVE = "pointer_move"  # the pointer moved to `pos` (hover)
    RELOAD = "reload"  # dev mode only: read the story files again and keep the place
    DEBUG = "debug"  # dev mode only: show or hide the debug panel
    DIGIT = "digit"  # a number key (teachers type counts in classroom votes); `digit` holds its value


@dataclass(frozen=True)
class InputEvent:
    """One translated input: an action, and for pointer actions the logical position."""

    action: Action
    pos: tuple[int, int] | None = None
    digit: int | None = None  # 0-9 for Action.DIGIT


def _default_bindings() -> dict[Action, tuple[int, ...]]:
    return {
        Action.CONFIRM: (pygame.K_RETURN, pygame.K_SPACE, pygame.K_KP_ENTER),
        Action.BACK: (pygame.K_BACKSPACE, pygame.K_PAGEUP),
        Action.MENU: (pygame.K_ESCAPE,),
        Action.HELP: (pygame.K_F1, pygame.K_h),
        Action.UP: (pygame.K_UP,),
        Action.DOWN: (pygame.K_DOWN,),
        Action.LEFT: (pygame.K_LEFT,),
        Action.RIGHT: (pygame.K_RIGHT,),
        Action.NEXT: (pygame.K_TAB,),
        Action.RELOAD: (pygame.K_F5,),
        Action.DEBUG: (pygame.K_F2,),
    }


# The number row and the keypad; read as keys, never as typed text (children type nothing into the game).
DIGIT_KEYS = {**{pygame.K_0 + n: n for n in range(10)},
              **{getattr(pygame, f"K_KP{n}"): n for n in range(10)}}


@dataclass
class KeyMap:
    """Which keys trigger which actions; Shift+Tab is PREV."""

    bindings: dict[Action, tuple[int, ...]] = field(default_factory=_default_bindings)

    def action_for(self, key: int, mods: int = 0) -> Action | None:
        """The action bound to `key`, or None."""
        if key == pygame.K_TAB and mods & pygame.KMOD_SHIFT:
            return Action.PREV
        for action, keys in self.bindings.items():
            if key in keys:
                return action
        return None

    def key_for(self, action: Action) -> tuple[int, int]:
        """A (key, modifiers) pair that produces `action`, for the test pilot."""
        if action is Action.PREV:
            return pygame.K_TAB, pygame.KMOD_LSHIFT
        return self.bindings[action][0], 0


def translate(event: pygame.event.Event, keymap: KeyMap) -> InputEvent | None:
    """Turn one pygame event into an `InputEvent`, or None if the game ignores it.

    Touch arrives as synthesized mouse events (SDL's default), so FINGER events are ignored to
    avoid double taps.
    """
    if event.type == pygame.KEYDOWN:
        action = keymap.action_for(event.key, getattr(event, "mod", 0))
        if action is None and event.key in DIGIT_KEYS:
            return InputEvent(Action.DIGIT, digit=DIGIT_KEYS[event.key])
        return InputEvent(action) if action else None
    if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
        return InputEvent(Action.POINTER, (int(event.pos[0]), int(event.pos[1])))
    if event.type == pygame.MOUSEMOTION:
        return InputEvent(Action.POINTER_MOVE, (int(event.pos[0]), int(event.pos[1])))
    return None
