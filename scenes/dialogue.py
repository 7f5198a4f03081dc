"""Dialogue: speaker, portrait and a typewriter line; the first confirm completes it, the second advances."""

from __future__ import annotations

import pygame

from game.input import Action, InputEvent
from game.runner import StepView
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel
from game.ui.portrait import portrait
from game.ui.text_box import Typewriter
from scenes.common import StepScene

BOX = pygame.Rect(40, 470, 1200, 220)
PADDING = 36
PORTRAIT_SIZE = 280


class DialogueScene(StepScene):
    """Show one line; finishes with "next", "back" or "menu"."""

    def __init__(self, view: StepView, instant: bool = False) -> None:
        super().__init__(can_go_back=view.can_go_back)
        self.view = view
        self.instant = instant
        self.blink = 0.0

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        assert self.view.text is not None
        speed = 0.0 if self.instant else ctx.settings.chars_per_second
        self.typewriter = Typewriter(ctx.text, ctx.say(self.view.text), theme.BODY_SIZE, theme.INK,
                                     BOX.width - 2 * PADDING, speed)
        self.set_buttons([], focus=-1)

    def handle(self, event: InputEvent) -> bool:
        if event.action is Action.CONFIRM and self.buttons.focused is None:
            self._confirm()
            return True
        return super().handle(event)

    def on_other(self, event: InputEvent) -> None:
        if event.action is Action.POINTER:
            self._confirm()  # a click or tap anywhere but a button reads on

    def _confirm(self) -> None:
        if self.typewriter.done:
            self.finish("next")
        else:
            self.typewriter.complete()

    def update(self, dt: float) -> None:
        self.typewriter.update(dt)
        self.blink = (self.blink + dt) % 1.2

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        speaker = self.view.speaker
        if speaker is not None:
            face = portrait(speaker.id, speaker.color, self.view.expression, PORTRAIT_SIZE)
            surface.blit(face, face.get_rect(midbottom=(BOX.left + 190, BOX.top + 30)))
        surface.blit(panel(BOX.size), BOX.topleft)
        if speaker is not None:
            fill = theme.hex_color(speaker.color)
            name = text.render(self.ctx.say(speaker.name), theme.NAME_SIZE, theme.ink_on(fill), bold=True)
            plate = name.get_rect(topleft=(BOX.left + PADDING, BOX.top - 26)).inflate(36, 16)
            pygame.draw.rect(surface, fill, plate, border_radius=16)
            pygame.draw.rect(surface, theme.INK, plate, width=2, border_radius=16)
            surface.blit(name, name.get_rect(center=plate.center))
        self.typewriter.draw(surface, (BOX.left + PADDING, BOX.top + PADDING))
        if self.typewriter.done and self.blink < 0.8:
            tip = (BOX.right - 40, BOX.bottom - 34)
            pygame.draw.polygon(surface, theme.PAPER_EDGE,
                                [(tip[0] - 12, tip[1] - 8), (tip[0] + 12, tip[1] - 8), (tip[0], tip[1] + 8)])
        self.buttons.draw(surface, text)

