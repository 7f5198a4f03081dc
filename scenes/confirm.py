"""A yes/no question overlay; the safe answer ("no") has focus first."""

from __future__ import annotations

from collections.abc import Hashable

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.widgets import Button, ButtonGroup, Widget

BOX = pygame.Rect(240, 180, 800, 360)


class ConfirmScene(Scene):
    """Ask before something that cannot be undone; finishes with "yes" or "no" (Esc = "no")."""

    modal = True
    opaque = False

    def __init__(self, heading: str, body: str, yes: str, no: str) -> None:
        super().__init__()
        self.heading, self.body, self.yes, self.no = heading, body, yes, no

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        no = Button("no", pygame.Rect(BOX.left + 40, BOX.bottom - 110, 340, 76), label=self.no,
                    size=theme.SMALL_SIZE + 2)
        yes = Button("yes", pygame.Rect(BOX.right - 380, BOX.bottom - 110, 340, 76), label=self.yes,
                     size=theme.SMALL_SIZE + 2)
        self.buttons = ButtonGroup([no, yes], horizontal=True)

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK):
            self.finish("no")
            return True
        pressed = self.buttons.handle(event)
        if pressed is not None:
            self.finish(pressed)
        return True

    def look(self) -> Hashable | None:
        return self.buttons.look()

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(BOX.size), BOX.topleft)
        heading = text.render(self.heading, theme.HEADING_SIZE - 4, theme.INK, bold=True, width=BOX.width - 80,
                              center=True)
        surface.blit(heading, heading.get_rect(midtop=(BOX.centerx, BOX.top + 40)))
        body = text.render(self.body, theme.BODY_SIZE - 2, theme.INK, width=BOX.width - 100, center=True)
        surface.blit(body, body.get_rect(midtop=(BOX.centerx, BOX.top + 60 + heading.get_height())))
        self.buttons.draw(surface, text)
