"""Dialogue: speaker, portrait and a typewriter line; the first confirm completes it, the second advances."""

from __future__ import annotations

from collections.abc import Hashable

import pygame

from game.input import Action, InputEvent
from game.runner import StepView
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel
from game.ui.portrait import portrait
from game.ui.text_box import Typewriter
from scenes.common import StepScene

BOX = pygame.Rect(40, 470, 1200, 220)  # the smallest box; it grows upward when big text needs more lines
MAX_BOX_HEIGHT = 360  # half the screen: above that the text gets a step smaller instead
PADDING = 36
TIP_ROOM = 12  # extra space under grown text for the blinking "read on" arrow
PORTRAIT_SIZE = 280


class DialogueScene(StepScene):
    """Show one line; finishes with "next", "back" or "menu"."""

    settle_seconds = 0.0  # lines follow each other at the reader's pace; the first press only completes the text

    def __init__(self, view: StepView, instant: bool = False) -> None:
        super().__init__(can_go_back=view.can_go_back)
        self.view = view
        self.instant = instant
        self.blink = 0.0

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        assert self.view.text is not None
        speed = 0.0 if self.instant else ctx.settings.chars_per_second
        line = ctx.say(self.view.text)
        self.typewriter, self.box = fit_line(ctx, line, speed)
        self.set_buttons([], focus=-1)
        ctx.read_aloud(line)

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

    moving = True  # the typewriter reveals letters and the "read on" arrow blinks

    def look(self) -> Hashable | None:
        return self.buttons.look()

    def motion(self) -> Hashable | None:
        return int(self.typewriter.shown), self.typewriter.done and self.blink < 0.8  # what draw_moving reads

    def draw(self, surface: pygame.Surface) -> None:
        text, box = self.ctx.text, self.box
        speaker = self.view.speaker
        if speaker is not None:
            face = portrait(speaker.id, speaker.color, self.view.expression, PORTRAIT_SIZE)
            surface.blit(face, face.get_rect(midbottom=(box.left + 190, box.top + 30)))
        surface.blit(panel(box.size), box.topleft)
        if speaker is not None:
            fill = theme.hex_color(speaker.color)
            name = name_plate_text(self.ctx, self.ctx.say(speaker.name), speaker.color)
            plate = name.get_rect(topleft=(box.left + PADDING, box.top - 26)).inflate(36, 16)
            pygame.draw.rect(surface, fill, plate, border_radius=16)
            pygame.draw.rect(surface, theme.INK, plate, width=2, border_radius=16)
            surface.blit(name, name.get_rect(center=plate.center))
        self.buttons.draw(surface, text)

    def draw_moving(self, surface: pygame.Surface) -> None:
        box = self.box
        self.typewriter.draw(surface, (box.left + PADDING, box.top + PADDING))
        if self.typewriter.done and self.blink < 0.8:
            tip = (box.right - 40, box.bottom - 34)
            pygame.draw.polygon(surface, theme.PAPER_EDGE,
                                [(tip[0] - 12, tip[1] - 8), (tip[0] + 12, tip[1] - 8), (tip[0], tip[1] + 8)])


def fit_line(ctx: SceneContext, line: str, speed: float) -> tuple[Typewriter, pygame.Rect]:
    """The typewriter for `line` and the box it fits: the box grows upward, then the text gets smaller."""
    size = theme.BODY_SIZE
    while True:
        typewriter = Typewriter(ctx.text, line, size, theme.INK, BOX.width - 2 * PADDING, speed)
        height = max(BOX.height, typewriter.height + 2 * PADDING + TIP_ROOM)
        if height <= MAX_BOX_HEIGHT or size <= theme.SMALL_SIZE:
            break
        size -= 2
    return typewriter, pygame.Rect(BOX.left, BOX.bottom - height, BOX.width, height)


def name_plate_text(ctx: SceneContext, name: str, color: str) -> pygame.Surface:
    """The speaker's name as the plate over the box shows it."""
    return ctx.text.render(name, theme.NAME_SIZE, theme.ink_on(theme.hex_color(color)), bold=True)
