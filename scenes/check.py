"""The short pre/post check: each question once, no right or wrong shown (it measures, it does not teach)."""

from __future__ import annotations

from collections.abc import Hashable

import pygame

from game.answer_order import answer_order
from game.input import Action, InputEvent
from game.results import load_results, save_results
from game.scene import SceneContext
from game.story import CheckQuestion
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button
from scenes.classvote import ClassVoteScene, VoteResult
from scenes.common import StepScene

QUESTION = pygame.Rect(120, 110, 1040, 150)


class CheckScene(StepScene):
    """Ask every check question in turn and add the answers to the anonymous tallies (a class's, or this device's)."""

    def __init__(self, phase: str, questions: tuple[CheckQuestion, ...], seed: int = 0) -> None:
        super().__init__(can_go_back=False, show_back=False)
        self.phase = phase
        self.questions = questions
        self.seed = seed  # the playthrough's: its answers are shuffled like the quizzes'
        self.index = 0

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self.asked = not ctx.classroom  # in class the teacher first decides: a class vote now, or skip it
        if self.asked:
            self._build()
        else:
            from scenes.confirm import ConfirmScene

            lang = ctx.lang
            ctx.stack.push(ConfirmScene(ui("check-class-heading", lang), ui("check-class-body", lang),
                                        ui("check-class-yes", lang), ui("check-class-no", lang)))

    def _build(self) -> None:
        question = self.questions[self.index]
        self.order = answer_order(self.seed, f"check.{question.id}", len(question.answers))
        items = []
        for row, number in enumerate(self.order):
            rect = pygame.Rect(self.ctx.size[0] // 2 - 480, QUESTION.bottom + 40 + row * 90, 960, 76)
            items.append(Button(f"check-{number}", rect, label=self.ctx.say(question.answers[number].text),
                                center=False))
        self.set_buttons(items, focus=-1)  # no answer suggested; the first arrow, Tab or Enter reaches them
        if self.ctx.classroom:
            options = [self.ctx.say(question.answers[number].text) for number in self.order]
            self.ctx.stack.push(ClassVoteScene(self.ctx.say(question.question), options))

    def resume(self, result: object) -> None:
        if not self.asked:
            self.asked = True
            if result == "yes":
                self._build()
            else:  # children answer it on their own devices, or not at all: nothing is recorded for the class
                self.finish("skipped")
            return
        if isinstance(result, VoteResult):
            answers = self.questions[self.index].answers
            counts = {answers[number].id: count for count, number in zip(result.counts, self.order, strict=True)}
            right = sum(counts[a.id] for a in answers if a.correct)
            self._record(right, sum(result.counts), counts)

    def handle(self, event: InputEvent) -> bool:
        if event.action is Action.CONFIRM and self.buttons.focused is None:
            self.buttons.focus_first()  # Enter on the question steps onto the answers; it picks none
            return True
        return super().handle(event)

    def on_press(self, ident: str) -> None:
        if ident.startswith("check-"):
            answer = self.questions[self.index].answers[int(ident.removeprefix("check-"))]
            self._record(int(answer.correct), 1, {answer.id: 1})

    def _record(self, right: int, total: int, answers: dict[str, int]) -> None:
        results = load_results(self.ctx.saves.storage)
        group = self.ctx.class_group if self.ctx.classroom else None  # a child alone counts as "this device"
        results.record(self.phase, self.questions[self.index].id, right, total, answers, group)
        save_results(self.ctx.saves.storage, results)
        self.index += 1
        if self.index >= len(self.questions):
            self.finish("checked")
        else:
            self.hold_input()  # a new question: a quick second press must not answer it unread
            self._build()

    def look(self) -> Hashable | None:
        return self.buttons.look(), self.index, self.asked

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.blit(veil(surface.get_size()), (0, 0))
        if not self.asked:
            return  # the teacher's question is on top; no question of the check shows yet
        kicker = text.render(ui(f"check-{self.phase}", lang, n=self.index + 1, total=len(self.questions)),
                             theme.SMALL_SIZE, theme.WHITE, bold=True)
        surface.blit(kicker, (QUESTION.left + 8, QUESTION.top - 40))
        surface.blit(panel(QUESTION.size), QUESTION.topleft)
        question = text.render_fitting_box(self.ctx.say(self.questions[self.index].question), theme.BODY_SIZE,
                                           theme.INK, QUESTION.width - 80, QUESTION.height - 24, bold=True,
                                           center=True)
        surface.blit(question, question.get_rect(center=QUESTION.center))
        self.buttons.draw(surface, text)
