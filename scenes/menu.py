"""The pause menu (Esc): keep playing, settings, title screen, and quit on desktop."""

from __future__ import annotations

from collections.abc import Hashable

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import ButtonGroup, Widget, stack_buttons
from scenes.breathe import BreatheScene
from scenes.settings import SettingsScene

BOX = pygame.Rect(340, 40, 600, 640)


class MenuScene(Scene):
    """Finishes with "resume", "title" or "quit"; opens settings itself."""

    modal = True
    opaque = False

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self._build()

    def _build(self) -> None:
        lang = self.ctx.lang
        items = [("resume", ui("resume", lang)), ("break", ui("break", lang)), ("settings", ui("settings", lang)),
                 ("title", ui("to-title", lang))]
        if self.ctx.can_quit:
            items.append(("quit", ui("quit", lang)))
        self.buttons = ButtonGroup(stack_buttons(items, BOX.centerx, BOX.top + 140, 440, height=72, gap=16))

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def resume(self, result: object) -> None:
        self._build()  # the language may have changed in settings

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK):
            self.finish("resume")
            return True
        pressed = self.buttons.handle(event)
        if pressed == "settings":
            self.ctx.stack.push(SettingsScene())
        elif pressed == "break":
            self.ctx.stack.push(BreatheScene())
        elif pressed is not None:
            self.finish(pressed)
        return True

    def look(self) -> Hashable | None:
        return self.buttons.look()

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(BOX.size), BOX.topleft)
        heading = text.render(ui("pause-heading", lang), theme.HEADING_SIZE, theme.INK, bold=True)
        surface.blit(heading, heading.get_rect(midtop=(BOX.centerx, BOX.top + 36)))
        saved = text.render(ui("pause-saved", lang), theme.SMALL_SIZE, theme.INK_SOFT)
        surface.blit(saved, saved.get_rect(midtop=(BOX.centerx, BOX.top + 96)))
        self.buttons.draw(surface, text)
