"""Classroom mode: the teacher enters the show-of-hands count per option, then the class sees a bar chart."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import pygame

from game.input import Action, InputEvent
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button
from scenes.common import StepScene

PROMPT = pygame.Rect(120, 96, 1040, 120)
ROW_H, ROW_GAP = 78, 14
MAX_VOTES = 99
BAR = (247, 196, 82)
BAR_CHOSEN = (86, 170, 110)


@dataclass(frozen=True)
class VoteResult:
    """The class's counts per option, and the option with the most hands (the first of a tie)."""

    counts: tuple[int, ...]

    @property
    def chosen(self) -> int:
        """Index of the option most of the class chose."""
        return max(range(len(self.counts)), key=lambda i: (self.counts[i], -i))


class ClassVoteScene(StepScene):
    """Count hands per option with − and + (or Left/Right on the focused row), then show the chart.

    Finishes with a `VoteResult` after the chart, or "back"/"menu" like any step.
    """

    def __init__(self, prompt: str, options: list[str], can_go_back: bool = False) -> None:
        super().__init__(can_go_back=can_go_back)
        self.prompt = prompt
        self.options = options
        self.counts = [0] * len(options)
        self.showing_chart = False

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self._build()

    def _build(self) -> None:
        lang = self.ctx.lang
        buttons: list[Button] = []
        top = self._rows_top()
        if not self.showing_chart:
            for index in range(len(self.options)):
                y = top + index * (ROW_H + ROW_GAP)
                buttons.append(Button(f"minus-{index}", pygame.Rect(760, y + 7, 64, 64), label="−"))
                buttons.append(Button(f"plus-{index}", pygame.Rect(1000, y + 7, 64, 64), label="+"))
            label, ident = ui("vote-show", lang), "show-results"
        else:
            label, ident = ui("next", lang), "next"
        done = pygame.Rect(0, 0, 380, 70)
        done.midbottom = (self.ctx.size[0] // 2, self.ctx.size[1] - 24)
        buttons.append(Button(ident, done, label=label))
        self.set_buttons(buttons, focus=len(buttons) - 1 if self.showing_chart else 1)

    def _rows_top(self) -> int:
        return PROMPT.bottom + 40

    def handle(self, event: InputEvent) -> bool:
        focused = self.buttons.focused
        if not self.showing_chart and focused is not None and event.action in (Action.LEFT, Action.RIGHT):
            # Left/Right change the count of the focused row, so the teacher can stay on one key pair.
            index = int(focused.id.split("-")[1]) if "-" in focused.id and focused.id[-1].isdigit() else None
            if index is not None:
                self._change(index, 1 if event.action is Action.RIGHT else -1)
                return True
        return super().handle(event)

    def on_press(self, ident: str) -> None:
        if ident.startswith(("minus-", "plus-")):
            kind, index = ident.split("-")
            self._change(int(index), 1 if kind == "plus" else -1)
        elif ident == "show-results":
            self.showing_chart = True
            self._build()
        elif ident == "next":
            self.finish(VoteResult(tuple(self.counts)))

    def _change(self, index: int, delta: int) -> None:
        self.counts[index] = max(0, min(MAX_VOTES, self.counts[index] + delta))

    @property
    def result(self) -> VoteResult:
        """The counts so far."""
        return VoteResult(tuple(self.counts))

    def look(self) -> Hashable | None:
        return self.buttons.look(), tuple(self.counts), self.showing_chart

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(PROMPT.size), PROMPT.topleft)
        prompt = text.render_fitting_box(self.prompt, theme.BODY_SIZE, theme.INK, PROMPT.width - 60,
                                         PROMPT.height - 24, bold=True, center=True)
        surface.blit(prompt, prompt.get_rect(center=PROMPT.center))
        kicker = text.render(ui("vote-heading" if not self.showing_chart else "vote-chart", lang),
                             theme.SMALL_SIZE, theme.WHITE, bold=True)
        surface.blit(kicker, (PROMPT.left + 8, PROMPT.bottom + 8))
        hands = sum(self.counts)
        total = max(1, hands)
        chosen = self.result.chosen if self.showing_chart and hands > 0 else -1
        for index, option in enumerate(self.options):
            y = self._rows_top() + index * (ROW_H + ROW_GAP)
            row = pygame.Rect(120, y, 1040, ROW_H)
            surface.blit(panel(row.size), row.topleft)
            label = text.render_fitting_box(option, theme.SMALL_SIZE + 2, theme.INK, 580, ROW_H - 12)
            surface.blit(label, label.get_rect(midleft=(row.left + 24, row.centery)))
            if self.showing_chart:
                bar = pygame.Rect(720, y + 16, int(380 * self.counts[index] / total), ROW_H - 32)
                pygame.draw.rect(surface, BAR_CHOSEN if index == chosen else BAR, bar, border_radius=10)
            count = text.render(str(self.counts[index]), theme.HEADING_SIZE, theme.INK, bold=True)
            middle = 912 if not self.showing_chart else 1130
            surface.blit(count, count.get_rect(center=(middle, row.centery)))
        self.buttons.draw(surface, text)
