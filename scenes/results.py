"""For teachers: a class's check results before and after, in percentage points, with a CSV export and a reset."""

from __future__ import annotations

from collections.abc import Hashable

import pygame

from game.input import Action, InputEvent
from game.results import Group, Results, group_label, load_results, save_results
from game.scene import SceneContext
from game.ui import theme
from game.ui.strings import ui
from game.ui.widgets import Button, Widget
from scenes.common import StepScene

COLUMNS = ((60, "results-question"), (700, "results-before"), (860, "results-after"), (1030, "results-change"))
GROUP_ROW_Y = 96  # "Results of: ◀ class 3 ▶" under the heading, clear of the help button
TABLE_Y = 170
ROW_STEP = 66


class ResultsScene(StepScene):
    """Per question: right answers before and after and the change, for one class at a time (◀ ▶ switch)."""

    settle_seconds = 0.0  # a teacher's table, nothing to answer

    def __init__(self) -> None:
        super().__init__(can_go_back=False, show_back=False, show_menu=False)
        self.message = ""
        self.results = Results()
        self.groups: list[Group] = [None]
        self.shown = 0

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self.results = load_results(ctx.saves.storage)
        self.groups = self.results.known_groups() or [None]
        if ctx.classroom and ctx.class_group is not None and ctx.class_group not in self.groups:
            self.groups.append(ctx.class_group)
        current = ctx.class_group if ctx.classroom else None
        self.shown = self.groups.index(current) if current in self.groups else 0
        self._build()

    @property
    def group(self) -> Group:
        """The class whose results are shown."""
        return self.groups[self.shown]

    def _build(self, focus: int = 0) -> None:
        lang, size = self.ctx.lang, self.ctx.size
        y = size[1] - 94
        buttons = [
            Button("export-csv", pygame.Rect(60, y, 330, 70), label=ui("results-export", lang)),
            Button("reset", pygame.Rect(410, y, 300, 70), label=ui("results-reset", lang), size=theme.SMALL_SIZE,
                   enabled=self.group in self.results.known_groups()),  # nothing to clear: greyed out
            Button("done", pygame.Rect(size[0] - 60 - 260, y, 260, 70), label=ui("done", lang)),
        ]
        if len(self.groups) > 1:
            buttons += [Button("group-prev", pygame.Rect(260, GROUP_ROW_Y - 4, 72, 56), label="◀"),
                        Button("group-next", pygame.Rect(612, GROUP_ROW_Y - 4, 72, 56), label="▶")]
        self.set_buttons(buttons, focus=focus)

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK):
            self.finish("done")
            return True
        return super().handle(event)

    def on_press(self, ident: str) -> None:
        if ident == "done":
            self.finish("done")
        elif ident in ("group-prev", "group-next"):
            self.shown = (self.shown + (1 if ident == "group-next" else -1)) % len(self.groups)
            self.message = ""
            self._build(focus=self.buttons.focus)  # "Clear this class" follows the class shown
        elif ident == "reset":
            from scenes.confirm import ConfirmScene

            lang = self.ctx.lang
            self.ctx.stack.push(ConfirmScene(ui("results-reset-heading", lang, group=group_label(self.group, lang)),
                                             ui("results-reset-body", lang), ui("results-reset-yes", lang),
                                             ui("results-reset-no", lang)))
        elif ident == "export-csv":
            self._export()

    def resume(self, result: object) -> None:
        if result == "yes":
            self.results.reset(self.group)
            save_results(self.ctx.saves.storage, self.results)
            self.message = ui("results-was-reset", self.ctx.lang, group=group_label(self.group, self.ctx.lang))
            self._build(focus=self.buttons.focus)

    def _export(self) -> None:
        from game.clock import today
        from game.keepsake import keep_text, kept_words

        lang, day = self.ctx.lang, today().isoformat()
        name = f"results-{day}.csv" if self.group is None else f"results-class-{self.group}-{day}.csv"
        try:
            where = keep_text(self.results.to_csv(self.ctx.story, lang, day, self.group), name)
            self.message = kept_words(where, lang) if where else ui("results-downloaded", lang)
        except OSError:
            self.message = ui("results-not-saved", lang)

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def look(self) -> Hashable | None:
        return self.buttons.look(), self.message, self.shown, len(self.groups)

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.fill(theme.PAPER)
        heading = text.render(ui("results-heading", lang), theme.HEADING_SIZE, theme.INK, bold=True)
        surface.blit(heading, (60, 30))
        kicker = text.render(ui("results-for", lang), theme.SMALL_SIZE, theme.INK_SOFT, bold=True)
        surface.blit(kicker, kicker.get_rect(midleft=(60, GROUP_ROW_Y + 24)))
        label = text.render_fitting(group_label(self.group, lang), theme.BODY_SIZE, theme.INK, 260, bold=True)
        surface.blit(label, label.get_rect(center=(472, GROUP_ROW_Y + 24)))
        y = TABLE_Y
        for x, key in COLUMNS:
            surface.blit(text.render(ui(key, lang), theme.SMALL_SIZE, theme.INK_SOFT, bold=True), (x, y))
        y += 44
        for question in self.ctx.story.check:
            pre = self.results.tally(question.id, "pre", self.group)
            post = self.results.tally(question.id, "post", self.group)
            gain = self.results.gain(question.id, self.group)
            words = text.render_fitting_box(self.ctx.say(question.question), theme.SMALL_SIZE, theme.INK, 620, 60)
            surface.blit(words, (60, y))
            change = "" if gain is None else ui("results-points", lang, n=f"{gain * 100:+.0f}")
            for (x, _key), value in zip(COLUMNS[1:], (_pct(pre.rate, pre.total), _pct(post.rate, post.total),
                                                     change), strict=True):
                cell = text.render(value, theme.SMALL_SIZE + 2, theme.INK, bold=True)
                surface.blit(cell, (x, y))
            y += ROW_STEP
        if self.message:
            note = text.render_fitting_box(self.message, theme.SMALL_SIZE, theme.INK, 1160, 60)
            surface.blit(note, (60, min(y + 10, self.ctx.size[1] - 160)))
        self.buttons.draw(surface, text)


def _pct(rate: float | None, total: int) -> str:
    return "–" if rate is None else f"{rate * 100:.0f}% ({total})"
