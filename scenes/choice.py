"""A choice overlay: the prompt and 2–4 options; finishes with the chosen index (or "back"/"menu")."""

from __future__ import annotations

import pygame

from game.runner import StepView
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.widgets import stack_buttons
from scenes.common import StepScene

PROMPT = pygame.Rect(140, 110, 1000, 150)


class ChoiceScene(StepScene):
    """Let the player pick one option with arrows + Enter, a click or a tap; finishes with its index."""

    def __init__(self, view: StepView) -> None:
        super().__init__(can_go_back=view.can_go_back)
        self.view = view

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        items = [(f"choice-{c.index}", ctx.say(c.text)) for c in self.view.choices]
        top = PROMPT.bottom + 40 if self.view.text else 200
        self.set_buttons(stack_buttons(items, ctx.size[0] // 2, top, 900, height=80))

    def on_press(self, ident: str) -> None:
        self.finish(int(ident.removeprefix("choice-")))

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        surface.blit(veil(surface.get_size()), (0, 0))
        if self.view.text is not None:
            surface.blit(panel(PROMPT.size), PROMPT.topleft)
            prompt = text.render(self.ctx.say(self.view.text), theme.BODY_SIZE, theme.INK, bold=True,
                                 width=PROMPT.width - 80, center=True)
            surface.blit(prompt, prompt.get_rect(center=PROMPT.center))
        self.buttons.draw(surface, text)

