"""A choice overlay: the prompt and 2–4 options; finishes with the chosen index (or "back"/"menu")."""

from __future__ import annotations

from collections.abc import Hashable

import pygame

from game.runner import StepView
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.widgets import button_height, stack_buttons
from scenes.common import StepScene

PROMPT = pygame.Rect(140, 110, 1000, 150)  # the smallest prompt panel; it grows for long or big text
OPTION_WIDTH = 900
OPTION_HEIGHT = 80  # options grow taller when a label wraps (big text sizes)
BOTTOM = 704  # the lowest option ends above this


class ChoiceScene(StepScene):
    """Let the player pick one option with arrows + Enter, a click or a tap; finishes with its index."""

    def __init__(self, view: StepView) -> None:
        super().__init__(can_go_back=view.can_go_back)
        self.view = view

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        labels = [ctx.say(c.text) for c in self.view.choices]
        items = [(f"choice-{c.index}", label) for c, label in zip(self.view.choices, labels, strict=True)]
        self.prompt_rect = PROMPT.copy()
        top, gap = 200, 18
        if self.view.text:
            prompt = self._prompt_surface()
            self.prompt_rect.height = max(PROMPT.height, prompt.get_height() + 60)
            top = self.prompt_rect.bottom + 40
        height = max((button_height(ctx.text, label, theme.BODY_SIZE, OPTION_WIDTH, OPTION_HEIGHT)
                      for label in labels), default=OPTION_HEIGHT)
        count = len(items)
        if top + count * height + (count - 1) * gap > BOTTOM:  # big text: close up, then squeeze the options
            gap = 10
            top = self.prompt_rect.bottom + 20 if self.view.text else 100
            height = min(height, (BOTTOM - top - (count - 1) * gap) // max(1, count))
        self.set_buttons(stack_buttons(items, ctx.size[0] // 2, top, OPTION_WIDTH, height=height, gap=gap))
        ctx.read_aloud(ctx.say(self.view.text), options=labels)

    def _prompt_surface(self) -> pygame.Surface:
        return self.ctx.text.render(self.ctx.say(self.view.text), theme.BODY_SIZE, theme.INK, bold=True,
                                    width=PROMPT.width - 80, center=True)

    def on_press(self, ident: str) -> None:
        self.finish(int(ident.removeprefix("choice-")))

    def look(self) -> Hashable | None:
        return self.buttons.look()

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size()), (0, 0))
        if self.view.text is not None:
            surface.blit(panel(self.prompt_rect.size), self.prompt_rect.topleft)
            prompt = self._prompt_surface()
            surface.blit(prompt, prompt.get_rect(center=self.prompt_rect.center))
        self.buttons.draw(surface, self.ctx.text)
