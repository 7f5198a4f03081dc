"""A quiz question: pick an answer, see its explanation; wrong answers invite another try, never a penalty."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.runner import AnswerOutcome, StepView
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button
from scenes.common import StepScene

QUESTION = pygame.Rect(120, 96, 1040, 150)


@dataclass(frozen=True)
class QuizPick:
    """The answer the player picked."""

    index: int


class QuizScene(StepScene):
    """Ask (finishes with `QuizPick`), or show the outcome of a pick (finishes with "next")."""

    def __init__(self, view: StepView, tried: frozenset[int] = frozenset(),
                 outcome: tuple[int, AnswerOutcome] | None = None) -> None:
        super().__init__(can_go_back=view.can_go_back)
        self.view = view
        self.tried = tried
        self.outcome = outcome

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        answers = self.view.answers
        height = 72 if self.outcome is None else 54
        gap = 16 if self.outcome is None else 8
        top = QUESTION.bottom + (30 if self.outcome is None else 16)
        buttons = []
        for answer in answers:
            rect = pygame.Rect(ctx.size[0] // 2 - 480, top + answer.index * (height + gap), 960, height)
            button = Button(f"answer-{answer.index}", rect, label=ctx.say(answer.text),
                            enabled=self.outcome is None and answer.index not in self.tried, center=False,
                            size=theme.BODY_SIZE if self.outcome is None else theme.SMALL_SIZE + 2)
            if self.outcome is not None and answer.index == self.outcome[0]:
                button.tone = theme.RIGHT if self.outcome[1].correct else theme.TRY_AGAIN
                button.enabled = True
            buttons.append(button)
        self.shown_answers = buttons
        answers_bottom = top + len(answers) * (height + gap)
        self.feedback_rect = pygame.Rect(120, answers_bottom + 8, 1040, min(250, ctx.size[1] - answers_bottom - 20))
        if self.outcome is None:
            self.set_buttons(buttons)
        else:
            ctx.audio.play("right" if self.outcome[1].correct else "try-again")
            label = ui("next" if self.outcome[1].correct else "try-again", ctx.lang)
            rect = pygame.Rect(self.feedback_rect.right - 400, self.feedback_rect.top + 14, 370, 60)
            self.set_buttons([Button("next", rect, label=label, size=theme.SMALL_SIZE + 2)])

    def on_press(self, ident: str) -> None:
        if ident.startswith("answer-"):
            self.finish(QuizPick(int(ident.removeprefix("answer-"))))
        else:
            self.finish(ident)

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(QUESTION.size), QUESTION.topleft)
        assert self.view.text is not None
        question = text.render(self.ctx.say(self.view.text), theme.BODY_SIZE, theme.INK, bold=True,
                               width=QUESTION.width - 80, center=True)
        surface.blit(question, question.get_rect(center=QUESTION.center))
        if self.outcome is not None:
            for button in self.shown_answers:
                button.draw(surface, text, focused=False)
            self._draw_feedback(surface)
        self.buttons.draw(surface, text)

    def _draw_feedback(self, surface: pygame.Surface) -> None:
        assert self.outcome is not None
        text, lang = self.ctx.text, self.ctx.lang
        _index, outcome = self.outcome
        box = self.feedback_rect
        surface.blit(panel(box.size), box.topleft)
        heading = ui("quiz-right" if outcome.correct else "quiz-again", lang)
        color = theme.RIGHT_INK if outcome.correct else theme.TRY_AGAIN_INK
        title = text.render(heading, theme.NAME_SIZE + 4, color, bold=True)
        surface.blit(title, (box.left + 36, box.top + 24))
        if outcome.points:
            earned = "★ " + ui("points", lang, n=outcome.points)
            stars = text.render(earned, theme.SMALL_SIZE, theme.GOLD_INK, bold=True)
            surface.blit(stars, (box.left + 60 + title.get_width(), box.top + 30))
        body = text.render(self.ctx.say(outcome.explanation), theme.SMALL_SIZE + 2, theme.INK,
                           width=box.width - 72)
        surface.blit(body, (box.left + 36, box.top + 92))
