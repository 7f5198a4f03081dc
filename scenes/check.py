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
from game.ui.widgets import Button, Widget
from scenes.classvote import ClassVoteScene, VoteResult
from scenes.common import StepScene

QUESTION = pygame.Rect(120, 110, 1040, 150)


class CheckScene(StepScene):
    """Ask every check question in turn and add the answers to this device's anonymous tallies."""

    def __init__(self, phase: str, questions: tuple[CheckQuestion, ...], seed: int = 0) -> None:
        super().__init__(can_go_back=False, show_back=False)
        self.phase = phase
        self.questions = questions
        self.seed = seed  # the playthrough's: its answers are shuffled like the quizzes'
        self.index = 0

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self._build()

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
        if isinstance(result, VoteResult):
            answers = self.questions[self.index].answers
            right = sum(c for c, number in zip(result.counts, self.order, strict=True) if answers[number].correct)
            self._record(right, sum(result.counts))

    def handle(self, event: InputEvent) -> bool:
        if event.action is Action.CONFIRM and self.buttons.focused is None:
            self.buttons.focus_first()  # Enter on the question steps onto the answers; it picks none
            return True
        return super().handle(event)

    def on_press(self, ident: str) -> None:
        if ident.startswith("check-"):
            answer = self.questions[self.index].answers[int(ident.removeprefix("check-"))]
            self._record(int(answer.correct), 1)

    def _record(self, right: int, total: int) -> None:
        results = load_results(self.ctx.saves.storage)
        results.record(self.phase, self.questions[self.index].id, right, total)
        save_results(self.ctx.saves.storage, results)
        self.index += 1
        if self.index >= len(self.questions):
            self.finish("checked")
        else:
            self.hold_input()  # a new question: a quick second press must not answer it unread
            self._build()

    def look(self) -> Hashable | None:
        return self.buttons.look(), self.index

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.blit(veil(surface.get_size()), (0, 0))
        kicker = text.render(ui(f"check-{self.phase}", lang, n=self.index + 1, total=len(self.questions)),
                             theme.SMALL_SIZE, theme.WHITE, bold=True)
        surface.blit(kicker, (QUESTION.left + 8, QUESTION.top - 40))
        surface.blit(panel(QUESTION.size), QUESTION.topleft)
        question = text.render_fitting_box(self.ctx.say(self.questions[self.index].question), theme.BODY_SIZE,
                                           theme.INK, QUESTION.width - 80, QUESTION.height - 24, bold=True,
                                           center=True)
        surface.blit(question, question.get_rect(center=QUESTION.center))
        self.buttons.draw(surface, text)


class ResultsScene(StepScene):
    """For teachers: per-question correct rates before and after, the gain, and a CSV export."""

    settle_seconds = 0.0  # a teacher's table, nothing to answer

    def __init__(self) -> None:
        super().__init__(can_go_back=False, show_back=False, show_menu=False)
        self.message = ""

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK):
            self.finish("done")
            return True
        return super().handle(event)

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        export = pygame.Rect(0, 0, 360, 70)
        export.bottomleft = (160, ctx.size[1] - 24)
        close = pygame.Rect(0, 0, 300, 70)
        close.bottomright = (ctx.size[0] - 160, ctx.size[1] - 24)
        self.set_buttons([Button("export-csv", export, label=ui("results-export", ctx.lang)),
                          Button("done", close, label=ui("done", ctx.lang))])
        self.results = load_results(ctx.saves.storage)

    def on_press(self, ident: str) -> None:
        if ident == "done":
            self.finish("done")
            return
        from game.clock import today
        from game.keepsake import keep_text, kept_words

        day = today().isoformat()
        try:
            where = keep_text(self.results.to_csv(self.ctx.story, self.ctx.lang, day), f"results-{day}.csv")
            self.message = kept_words(where, self.ctx.lang) if where else ui("results-downloaded", self.ctx.lang)
        except OSError:
            self.message = ui("results-not-saved", self.ctx.lang)

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def look(self) -> Hashable | None:
        return self.buttons.look(), self.message

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.fill(theme.PAPER)
        heading = text.render(ui("results-heading", lang), theme.HEADING_SIZE, theme.INK, bold=True)
        surface.blit(heading, (60, 30))
        y = 110
        for x, key in ((60, "results-question"), (740, "results-before"), (900, "results-after"),
                       (1060, "results-change")):
            surface.blit(text.render(ui(key, lang), theme.SMALL_SIZE, theme.INK_SOFT, bold=True), (x, y))
        y += 44
        for question in self.ctx.story.check:
            pre, post = self.results.tally(question.id, "pre"), self.results.tally(question.id, "post")
            gain = self.results.gain(question.id)
            label = text.render_fitting_box(self.ctx.say(question.question), theme.SMALL_SIZE, theme.INK, 640, 60)
            surface.blit(label, (60, y))
            for x, value in ((740, _pct(pre.rate, pre.total)), (900, _pct(post.rate, post.total)),
                             (1060, "" if gain is None else f"{gain * 100:+.0f}")):
                cell = text.render(value, theme.SMALL_SIZE + 2, theme.INK, bold=True)
                surface.blit(cell, (x, y))
            y += 76
        if self.message:
            note = text.render_fitting_box(self.message, theme.SMALL_SIZE, theme.INK, 1160, 60)
            surface.blit(note, (60, y + 10))
        self.buttons.draw(surface, text)


def _pct(rate: float | None, total: int) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}% ({total})"

