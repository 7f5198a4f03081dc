"""What scenes showing a story step share: the corner buttons (back, menu) and one focus order for all buttons."""

from __future__ import annotations

import pygame

from game.input import Action, InputEvent
from game.scene import SETTLE_SECONDS, Scene, SceneContext
from game.ui import theme
from game.ui.strings import ui
from game.ui.widgets import Button, ButtonGroup, Widget

CORNER_W, CORNER_H = theme.CORNER_W, 60


def corner_buttons(ctx: SceneContext, can_go_back: bool, show_back: bool = True) -> list[Button]:
    """Small 'back' and 'menu' buttons at the top right (each well over the 48 px minimum)."""
    right = theme.HELP_RECT[0] - 16  # left of the help button every screen has
    back = Button("back", pygame.Rect(right - 2 * CORNER_W - 16, 20, CORNER_W, CORNER_H),
                  label=ui("back", ctx.lang), size=theme.SMALL_SIZE, enabled=can_go_back)
    menu = Button("menu", pygame.Rect(right - CORNER_W, 20, CORNER_W, CORNER_H),
                  label=ui("menu", ctx.lang), size=theme.SMALL_SIZE)
    return [back, menu] if show_back else [menu]


class StepScene(Scene):
    """A modal overlay for one step: Backspace or 'back' finishes with "back", Esc or 'menu' with "menu".

    Subclasses call `set_buttons` in `enter` and get their own button presses in `on_press`.
    All buttons share one focus order, so Tab visits the step's buttons first, then back and menu.
    """

    modal = True
    opaque = False
    settle_seconds = SETTLE_SECONDS  # every step that asks or shows something new ignores a press meant for the last

    def __init__(self, can_go_back: bool = False, show_menu: bool = True, show_back: bool = True) -> None:
        super().__init__()
        self.can_go_back = can_go_back
        self.show_menu = show_menu
        self.show_back = show_back
        self.buttons = ButtonGroup([])

    def set_buttons(self, main: list[Button], focus: int = 0) -> None:
        """Use `main` plus the corner buttons.

        With no `main` buttons nothing is focused at first and only Tab reaches the corner buttons, so
        arrow keys and Enter never press 'back' by surprise.
        """
        corner = corner_buttons(self.ctx, self.can_go_back, self.show_back) if self.show_menu else []
        self.buttons = ButtonGroup([*main, *corner], focus=focus if main else -1, arrows=bool(main))

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def handle(self, event: InputEvent) -> bool:
        if event.action is Action.BACK:
            if self.can_go_back:
                self.finish("back")
            return True
        if event.action is Action.MENU and self.show_menu:
            self.finish("menu")
            return True
        pressed = self.buttons.handle(event)
        if pressed is not None:
            self.ctx.audio.play("click")
        if pressed in ("back", "menu"):
            self.finish(pressed)
        elif pressed is not None:
            self.on_press(pressed)
        else:
            self.on_other(event)
        return True

    def on_press(self, ident: str) -> None:
        """One of this scene's own buttons was activated."""
        self.finish(ident)

    def on_other(self, event: InputEvent) -> None:
        """Input that no button took (e.g. a click on empty space)."""
