"""A calm-down break: a circle that slowly grows and shrinks to breathe with (still, with reduced motion)."""

from __future__ import annotations

import math

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.ui import theme
from game.ui.strings import ui
from game.ui.widgets import Button, ButtonGroup, Widget

INHALE, EXHALE = 4.0, 6.0  # seconds: a longer out-breath calms
SKY = (222, 236, 246)


class BreatheScene(Scene):
    """Breathe in while the circle grows, out while it shrinks; finishes with "done" when the child is ready."""

    def __init__(self) -> None:
        super().__init__()
        self.time = 0.0

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        rect = pygame.Rect(0, 0, 340, 72)
        rect.midbottom = (ctx.size[0] // 2, ctx.size[1] - 36)
        self.buttons = ButtonGroup([Button("breathe-done", rect, label=ui("breathe-done", ctx.lang))])

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK) or self.buttons.handle(event) == "breathe-done":
            self.finish("done")
        return True

    def update(self, dt: float) -> None:
        self.time += dt

    @property
    def breathing_in(self) -> bool:
        """Whether this moment of the cycle is the in-breath."""
        return self.time % (INHALE + EXHALE) < INHALE

    def fullness(self) -> float:
        """0 (empty) .. 1 (full) along a smooth in-and-out breath."""
        t = self.time % (INHALE + EXHALE)
        if t < INHALE:
            return 0.5 - 0.5 * math.cos(math.pi * t / INHALE)
        return 0.5 + 0.5 * math.cos(math.pi * (t - INHALE) / EXHALE)

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.fill(SKY)
        center = (surface.get_width() // 2, surface.get_height() // 2 - 30)
        still = self.ctx.settings.reduced_motion
        radius = 150 if still else int(90 + 130 * self.fullness())
        pygame.draw.circle(surface, (200, 222, 240), center, 230)
        pygame.draw.circle(surface, (255, 226, 170), center, radius)
        pygame.draw.circle(surface, theme.PAPER_EDGE, center, radius, 6)
        phase = "breathe-in" if self.breathing_in else "breathe-out"
        words = ui("breathe-still" if still else phase, lang)
        line = text.render(words, theme.BODY_SIZE, theme.INK, bold=True, width=900, center=True)
        surface.blit(line, line.get_rect(midtop=(center[0], 40)))
        self.buttons.draw(surface, text)
