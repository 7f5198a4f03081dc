"""A quiz question: pick an answer, see its explanation; wrong answers invite another try, never a penalty."""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass

import pygame

from game.input import Action, InputEvent
from game.runner import AnswerOutcome, StepView
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button, button_height
from scenes.common import StepScene

QUESTION = pygame.Rect(120, 96, 1040, 150)  # the smallest question panel; it grows for long or big text
ANSWER_WIDTH = 960
FEEDBACK_WIDTH = 1040
BOTTOM = 708  # answers and the feedback panel end above this
ANSWER_SIZE = theme.BODY_SIZE


@dataclass(frozen=True)
class QuizPick:
    """The answer the player picked."""

    index: int


class QuizScene(StepScene):
    """Ask (finishes with `QuizPick`), or show the outcome of a pick (finishes with "next")."""

    def __init__(self, view: StepView, tried: frozenset[int] = frozenset(),
                 outcome: tuple[int, AnswerOutcome] | None = None) -> None:
        # After a pick Back always works: to the question again (see `PlayScene`).
        super().__init__(can_go_back=view.can_go_back or outcome is not None)
        self.view = view
        self.tried = tried
        self.outcome = outcome

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        asking = self.outcome is None
        labels = [ctx.say(answer.text) for answer in self.view.answers]
        self.question_rect = QUESTION.copy()
        self.question_rect.height = max(QUESTION.height, self._question_surface().get_height() + 60)
        top, height, gap = self._answer_rows(labels)
        buttons = []
        for row, (answer, label) in enumerate(zip(self.view.answers, labels, strict=True)):
            rect = pygame.Rect(ctx.size[0] // 2 - ANSWER_WIDTH // 2, top + row * (height + gap), ANSWER_WIDTH, height)
            button = Button(f"answer-{answer.index}", rect, label=label,
                            enabled=asking and answer.index not in self.tried, center=False, size=ANSWER_SIZE)
            if self.outcome is not None and answer.index == self.outcome[0]:
                button.tone = theme.RIGHT if self.outcome[1].correct else theme.TRY_AGAIN
                button.enabled = True  # drawn in its tone; only a picture here (the outcome's buttons are below)
            buttons.append(button)
        self.shown_answers = buttons
        answers_bottom = top + len(buttons) * (height + gap) - gap
        room = ctx.size[1] - answers_bottom - 20
        feedback = self._feedback_height(self.outcome[1]) if self.outcome is not None else 0
        self.feedback_rect = pygame.Rect(120, answers_bottom + 8, 1040, max(min(250, room), feedback))
        if self.outcome is None:
            # Nothing is focused: a pointer or touch player sees no answer suggested, and the first arrow,
            # Tab or Enter moves the keyboard onto the first answer.
            self.set_buttons(buttons, focus=-1)
            ctx.read_aloud(ctx.say(self.view.text),
                           options=[label if a.index not in self.tried else "" for a, label
                                    in zip(self.view.answers, labels, strict=True)])
        else:
            correct = self.outcome[1].correct
            ctx.audio.play("right" if correct else "try-again")
            label = ui("next" if correct else "try-again", ctx.lang)
            rect = pygame.Rect(self.feedback_rect.right - 400, self.feedback_rect.top + 14, 370, 60)
            self.set_buttons([Button("next", rect, label=label, size=theme.SMALL_SIZE + 2)])
            heading = ui("quiz-right" if correct else "quiz-again", ctx.lang)
            ctx.read_aloud(heading, ctx.say(self.outcome[1].explanation))

    def _answer_rows(self, labels: list[str]) -> tuple[int, int, int]:
        """The answers' top, height and gap: the same while asking and after a pick, so nothing moves.

        Room is kept under the answers for the tallest explanation any of them can bring.
        """
        height = max((button_height(self.ctx.text, label, ANSWER_SIZE, ANSWER_WIDTH, 72) for label in labels),
                     default=72)
        feedback = max((self._feedback_height(outcome) for outcome in self._possible_outcomes()), default=0)
        gap, top = 16, self.question_rect.bottom + 30
        count = len(labels)
        overflow = top + count * (height + gap) - gap + 8 + feedback - BOTTOM
        if overflow > 0:  # big text: close the gaps, then squeeze the answers (their labels shrink to fit)
            gap, top = 8, self.question_rect.bottom + 12
            overflow = top + count * (height + gap) - gap + 8 + feedback - BOTTOM
            if overflow > 0:
                height = max(theme.MIN_TARGET, height - math.ceil(overflow / max(1, count)))
        return top, height, gap

    def _possible_outcomes(self) -> list[AnswerOutcome]:
        """What each answer would bring if picked (its explanation, and stars for a right one)."""
        step = self.ctx.story.step(self.view.step_id)
        answers = getattr(step, "answers", ())
        points = int(getattr(step, "points", 0))
        return [AnswerOutcome(a.correct, a.explanation, points if a.correct else 0) for a in answers]

    def handle(self, event: InputEvent) -> bool:
        if event.action is Action.CONFIRM and self.outcome is None and self.buttons.focused is None:
            self.buttons.focus_first()  # Enter on the question itself steps onto the answers, it picks none
            return True
        return super().handle(event)

    def _question_surface(self) -> pygame.Surface:
        assert self.view.text is not None
        return self.ctx.text.render(self.ctx.say(self.view.text), theme.BODY_SIZE, theme.INK, bold=True,
                                    width=QUESTION.width - 80, center=True)

    def _feedback_parts(self, outcome: AnswerOutcome) -> tuple[pygame.Surface, pygame.Surface | None, pygame.Surface]:
        """The feedback's heading, stars (if any were earned) and explanation."""
        text, lang = self.ctx.text, self.ctx.lang
        heading = ui("quiz-right" if outcome.correct else "quiz-again", lang)
        color = theme.RIGHT_INK if outcome.correct else theme.TRY_AGAIN_INK
        title = text.render(heading, theme.NAME_SIZE + 4, color, bold=True)
        stars = None
        if outcome.points:
            earned = "★ " + ui("points", lang, n=outcome.points)
            stars = text.render(earned, theme.SMALL_SIZE, theme.GOLD_INK, bold=True)
        body = text.render(self.ctx.say(outcome.explanation), theme.SMALL_SIZE + 2, theme.INK,
                           width=FEEDBACK_WIDTH - 72)
        return title, stars, body

    def _feedback_places(self, outcome: AnswerOutcome) -> tuple[tuple[int, int], tuple[int, int], int]:
        """Offsets in the feedback panel of the stars and the explanation, and the panel height they need.

        The stars sit beside the heading unless they would run into the 'next' button; then below it.
        """
        title, stars, body = self._feedback_parts(outcome)
        stars_at = (60 + title.get_width(), 30)
        body_y = max(92, 24 + title.get_height() + 14)
        if stars is not None and stars_at[0] + stars.get_width() > FEEDBACK_WIDTH - 400 - 16:
            stars_at = (36, 24 + title.get_height() + 4)
            body_y = max(92, stars_at[1] + stars.get_height() + 14)
        return stars_at, (36, body_y), body_y + body.get_height() + 24

    def _feedback_height(self, outcome: AnswerOutcome) -> int:
        return self._feedback_places(outcome)[2]

    def on_press(self, ident: str) -> None:
        if ident.startswith("answer-"):
            self.finish(QuizPick(int(ident.removeprefix("answer-"))))
        else:
            self.finish(ident)

    def look(self) -> Hashable | None:
        return self.buttons.look(), tuple(button.look() for button in self.shown_answers)

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(self.question_rect.size), self.question_rect.topleft)
        question = self._question_surface()
        surface.blit(question, question.get_rect(center=self.question_rect.center))
        if self.outcome is not None:
            for button in self.shown_answers:
                button.draw(surface, text, focused=False)
            self._draw_feedback(surface)
        self.buttons.draw(surface, text)

    def _draw_feedback(self, surface: pygame.Surface) -> None:
        assert self.outcome is not None
        box = self.feedback_rect
        surface.blit(panel(box.size), box.topleft)
        title, stars, body = self._feedback_parts(self.outcome[1])
        stars_at, body_at, _height = self._feedback_places(self.outcome[1])
        surface.blit(title, (box.left + 36, box.top + 24))
        if stars is not None:
            surface.blit(stars, (box.left + stars_at[0], box.top + stars_at[1]))
        surface.blit(body, (box.left + body_at[0], box.top + body_at[1]))
