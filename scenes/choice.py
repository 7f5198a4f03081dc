"""A choice overlay: the prompt and 2–4 options; finishes with the chosen index (or "back"/"menu")."""

from __future__ import annotations

import pygame

from game.input import Action, InputEvent
from game.runner import StepView
from game.scene import Scene, SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.widgets import Button, ButtonGroup, Widget, stack_buttons
from scenes.common import corner_buttons

PROMPT = pygame.Rect(140, 110, 1000, 150)


class ChoiceScene(Scene):
    """Let the player pick one option with arrows + Enter, a click or a tap."""

    modal = True
    opaque = False

    def __init__(self, view: StepView) -> None:
        super().__init__()
        self.view = view

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        items = [(f"choice-{c.index}", c.text.get(ctx.lang)) for c in self.view.choices]
        top = PROMPT.bottom + 40 if self.view.text else 200
        self.options = ButtonGroup(stack_buttons(items, ctx.size[0] // 2, top, 900, height=80))
        self.corner = ButtonGroup(corner_buttons(ctx, self.view.can_go_back), focus=-1, horizontal=True)

    def widgets(self) -> list[Widget]:
        return [*self.options.buttons, *self.corner.buttons]

    def handle(self, event: InputEvent) -> bool:
        if event.action is Action.BACK:
            if self.view.can_go_back:
                self.finish("back")
            return True
        if event.action is Action.MENU:
            self.finish("menu")
            return True
        pressed = self.options.handle(event) or self.corner.handle(event)
        if pressed is not None and pressed.startswith("choice-"):
            self.finish(int(pressed.removeprefix("choice-")))
        elif pressed is not None:
            self.finish(pressed)
        return True

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        surface.blit(veil(surface.get_size()), (0, 0))
        if self.view.text is not None:
            surface.blit(panel(PROMPT.size), PROMPT.topleft)
            prompt = text.render(self.view.text.get(self.ctx.lang), theme.BODY_SIZE, theme.INK, bold=True,
                                 width=PROMPT.width - 80, center=True)
            surface.blit(prompt, prompt.get_rect(center=PROMPT.center))
        self.options.draw(surface, text)
        self.corner.draw(surface, text)


def option_buttons(group: ButtonGroup) -> list[Button]:
    """The option buttons of a choice (for tests)."""
    return [b for b in group.buttons if b.id.startswith("choice-")]
