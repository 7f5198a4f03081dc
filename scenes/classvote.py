"""Classroom mode: the teacher types the show-of-hands count per option, then the class sees a bar chart."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import pygame

from game.input import Action, InputEvent
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel
from game.ui.strings import ui
from game.ui.widgets import Button, Widget
from scenes.common import StepScene

PROMPT = pygame.Rect(120, 96, 1040, 120)
ROW_H, ROW_GAP = 78, 14
MAX_CLASS = 99
BACKGROUND = (34, 30, 62)  # a plain backdrop: nothing of the step below shows through on a projector
BAR = (247, 196, 82)  # one colour for every answer: the chart shows what the class thinks, not what is right
COUNT_RECT_W = 150
MINUS_X, COUNT_X, PLUS_X = 760, 848, 1016  # left edges of the −, count and + controls of a row


@dataclass(frozen=True)
class VoteResult:
    """The class's counts per option and the option the class takes (the most hands; the teacher breaks ties)."""

    counts: tuple[int, ...]
    pick: int | None = None

    @property
    def chosen(self) -> int:
        """Index of the option the class takes."""
        if self.pick is not None:
            return self.pick
        return max(range(len(self.counts)), key=lambda i: (self.counts[i], -i))

    @property
    def tied(self) -> list[int]:
        """The options sharing the most hands (one option when there is no tie)."""
        top = max(self.counts, default=0)
        return [i for i, count in enumerate(self.counts) if count == top]


class ClassVoteScene(StepScene):
    """Count hands, then show the chart. The first vote of a session asks how many children are in class.

    Keys: digits type the focused count (a freshly focused row starts over), Backspace deletes a digit,
    Left/Right take one away or add one, Enter moves to the next answer and never adds a hand. Mouse and
    touch: − and + beside each count. Finishes with a `VoteResult` after the chart, or "back"/"menu".
    """

    opaque = True

    def __init__(self, prompt: str, options: list[str], can_go_back: bool = False) -> None:
        super().__init__(can_go_back=can_go_back)
        self.prompt = prompt
        self.options = options
        self.counts = [0] * len(options)
        self.mode = "count"  # "size" (children in class), "count", or "chart"
        self.size_entry = 0
        self.group_entry = 0  # the class number (0: none given)
        self.fresh = True  # the next digit replaces the focused count instead of extending it
        self.stepper_buttons: list[Button] = []  # – and + per row, hit-tested by `handle` (not in the focus order)
        self.problem: str | None = None  # a key in game.ui.strings shown under the rows until the next input

    @property
    def showing_chart(self) -> bool:
        """Whether the class sees the chart (counting is over)."""
        return self.mode == "chart"

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        if ctx.class_size is None:
            self.mode = "size"
        self._build()

    # -- layout ----------------------------------------------------------------------------

    def _row_y(self, index: int) -> int:
        return PROMPT.bottom + 48 + index * (ROW_H + ROW_GAP)

    def _count_rect(self, index: int) -> pygame.Rect:
        return pygame.Rect(COUNT_X, self._row_y(index) + 7, COUNT_RECT_W, 64)

    def _build(self, focus: int = 0) -> None:
        lang = self.ctx.lang
        main: list[Button] = []
        bottom = pygame.Rect(0, 0, 380, 70)
        bottom.midbottom = (self.ctx.size[0] // 2, self.ctx.size[1] - 24)
        if self.mode == "size":
            main.append(Button("class-size", pygame.Rect(COUNT_X, self._row_y(0) + 7, COUNT_RECT_W, 64),
                               label=str(self.size_entry or ""), size=theme.HEADING_SIZE))
            main.append(Button("class-group", pygame.Rect(COUNT_X, self._row_y(1) + 7, COUNT_RECT_W, 64),
                               label=str(self.group_entry or ""), size=theme.HEADING_SIZE))
            main.append(Button("size-done", bottom, label=ui("vote-size-done", lang), enabled=self.size_entry > 0))
        elif self.mode == "count":
            main += [Button(f"count-{i}", self._count_rect(i), label=str(count), size=theme.HEADING_SIZE)
                     for i, count in enumerate(self.counts)]
            main.append(Button("show-results", bottom, label=ui("vote-show", lang)))
        else:
            result = VoteResult(tuple(self.counts))
            tied = result.tied if len(result.tied) > 1 else []
            recount = pygame.Rect(0, 0, 300, 70)
            if tied:
                width = min(300, (1040 - 300 - 16 * len(tied)) // len(tied))
                x = 120 + 300 + 16
                for index in tied:
                    main.append(Button(f"pick-{index}", pygame.Rect(x, bottom.top, width, 70),
                                       label=ui("vote-pick", lang).format(n=index + 1), size=theme.SMALL_SIZE))
                    x += width + 16
                recount.topleft = (120, bottom.top)
            else:
                recount.topleft = (120, bottom.top)
                main.append(Button("next", pygame.Rect(1160 - 380, bottom.top, 380, 70), label=ui("next", lang)))
            main.append(Button("recount", recount, label=ui("vote-recount", lang), size=theme.SMALL_SIZE))
            if tied:
                focus = len(main) - 1  # a tie is decided on purpose: Enter alone only counts again
        self.set_buttons(main, focus=focus)

    def widgets(self) -> list[Widget]:
        return [*super().widgets(), *self._steppers()] if self.mode == "count" else super().widgets()

    def _steppers(self) -> list[Button]:
        """The – and + beside each count: made once, so their pictures are rendered once (not on every draw)."""
        if not self.stepper_buttons:
            self.stepper_buttons = [Button(f"{kind}-{i}", self._stepper_rect(kind, i), label=sign,
                                           size=theme.HEADING_SIZE)
                                    for i in range(len(self.counts)) for kind, sign in (("minus", "–"), ("plus", "+"))]
        return self.stepper_buttons

    def _stepper_rect(self, kind: str, index: int) -> pygame.Rect:
        return pygame.Rect(MINUS_X if kind == "minus" else PLUS_X, self._row_y(index) + 7, 72, 64)

    # -- input -----------------------------------------------------------------------------

    def handle(self, event: InputEvent) -> bool:
        if event.action is not Action.POINTER_MOVE:
            self.problem = None
        if self.mode == "count" and event.action is Action.POINTER and event.pos is not None:
            for index in range(len(self.counts)):
                for kind, delta in (("minus", -1), ("plus", 1)):
                    if self._stepper_rect(kind, index).collidepoint(event.pos):
                        self.ctx.audio.play("click")
                        self._set(index, self.counts[index] + delta, focus=index)
                        return True
        field = self._focused_field()
        if field is not None:
            if event.action is Action.DIGIT and event.digit is not None:
                self._type(field, event.digit)
                return True
            if event.action is Action.BACK:  # deletes a digit here; ◀ Back stays a button
                self._type(field, None)
                return True
            if event.action in (Action.LEFT, Action.RIGHT):
                self._step(field, 1 if event.action is Action.RIGHT else -1)
                return True
            if event.action is Action.CONFIRM:
                self._advance(field)
                return True
        if event.action is Action.BACK and self.mode != "chart":
            return True  # Backspace while counting never leaves the vote by surprise
        if event.action in (Action.UP, Action.DOWN, Action.NEXT, Action.PREV, Action.POINTER):
            self.fresh = True
        return super().handle(event)

    def _focused_field(self) -> str | None:
        focused = self.buttons.focused
        if focused is not None and (focused.id in ("class-size", "class-group") or focused.id.startswith("count-")):
            return focused.id
        return None

    def _type(self, field: str, digit: int | None) -> None:
        value = {"class-size": self.size_entry, "class-group": self.group_entry}.get(field)
        if value is None:
            value = self.counts[int(field.split("-")[1])]
        if digit is None:
            value //= 10
        else:
            value = digit if self.fresh else value * 10 + digit
        self.fresh = False
        if field == "class-size":
            self.size_entry = min(MAX_CLASS, value)
            self._build(focus=0)
        elif field == "class-group":
            self.group_entry = min(MAX_CLASS, value)
            self._build(focus=1)
        else:
            index = int(field.split("-")[1])
            self._set(index, value, focus=index, keep_fresh=False)

    def _step(self, field: str, delta: int) -> None:
        if field == "class-size":
            self.size_entry = max(0, min(MAX_CLASS, self.size_entry + delta))
            self._build(focus=0)
        elif field == "class-group":
            self.group_entry = max(0, min(MAX_CLASS, self.group_entry + delta))
            self._build(focus=1)
        else:
            index = int(field.split("-")[1])
            self._set(index, self.counts[index] + delta, focus=index)

    def _set(self, index: int, value: int, focus: int, keep_fresh: bool = True) -> None:
        limit = self.ctx.class_size or MAX_CLASS
        self.counts[index] = max(0, min(limit, value))
        if keep_fresh:
            self.fresh = True
        self._build(focus=focus)

    def _advance(self, field: str) -> None:
        """Enter: the next answer's count, then "Show results"; never a hand."""
        self.fresh = True
        if field == "class-size":
            self._build(focus=1)  # on to the class number (which may stay empty)
            return
        if field == "class-group":
            self.on_press("size-done")
            return
        index = int(field.split("-")[1])
        self._build(focus=index + 1)  # the row after, or "Show results" after the last row

    def on_press(self, ident: str) -> None:
        if ident in ("class-size", "class-group") or ident.startswith("count-"):
            self.fresh = True  # a click or Enter on a count only picks that row
            return
        if ident == "size-done":
            if self.size_entry > 0:
                self.ctx.class_size = self.size_entry
                self.ctx.class_group = self.group_entry or None
                self.mode = "count"
                self._build()
        elif ident == "show-results":
            total = sum(self.counts)
            if total == 0:
                self.problem = "vote-empty"
            elif self.ctx.class_size is not None and total > self.ctx.class_size:
                self.problem = "vote-too-many"
            else:
                self.mode = "chart"
                self._build(focus=0)
        elif ident == "recount":
            self.mode = "count"
            self.fresh = True
            self._build()
        elif ident.startswith("pick-"):
            self.finish(VoteResult(tuple(self.counts), pick=int(ident.split("-")[1])))
        elif ident == "next":
            self.finish(VoteResult(tuple(self.counts)))

    @property
    def result(self) -> VoteResult:
        """The counts so far."""
        return VoteResult(tuple(self.counts))

    def look(self) -> Hashable | None:
        return (self.buttons.look(), tuple(self.counts), self.mode, self.size_entry, self.group_entry, self.problem,
                self.ctx.class_size)

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.fill(BACKGROUND)
        surface.blit(panel(PROMPT.size), PROMPT.topleft)
        prompt = text.render_fitting_box(self.prompt, theme.BODY_SIZE, theme.INK, PROMPT.width - 60,
                                         PROMPT.height - 24, bold=True, center=True)
        surface.blit(prompt, prompt.get_rect(center=PROMPT.center))
        heading = {"size": "vote-size-heading", "count": "vote-heading", "chart": "vote-chart"}[self.mode]
        kicker = text.render(ui(heading, lang), theme.SMALL_SIZE, theme.WHITE, bold=True)
        surface.blit(kicker, (PROMPT.left + 8, PROMPT.bottom + 8))
        if self.mode == "size":
            self._draw_size_row(surface)
        else:
            self._draw_tally(surface)
            for index, option in enumerate(self.options):
                self._draw_row(surface, index, option)
        self.buttons.draw(surface, text)
        if self.mode == "count":
            for stepper in self._steppers():
                stepper.draw(surface, text, focused=False)
        tie = self.showing_chart and len(self.result.tied) > 1
        if self.problem is not None or tie:
            key, plate = (self.problem, (160, 60, 40)) if self.problem is not None else ("vote-tie", (70, 64, 120))
            words = text.render(ui(key, lang), theme.SMALL_SIZE, theme.WHITE, bold=True)
            spot = words.get_rect(midbottom=(surface.get_width() // 2, surface.get_height() - 108))
            pygame.draw.rect(surface, plate, spot.inflate(28, 12), border_radius=12)
            surface.blit(words, spot)

    def _draw_size_row(self, surface: pygame.Surface) -> None:
        for index, key in enumerate(("vote-size-label", "vote-group-label")):
            row = pygame.Rect(120, self._row_y(index), 1040, ROW_H)
            surface.blit(panel(row.size), row.topleft)
            label = self.ctx.text.render_fitting_box(ui(key, self.ctx.lang), theme.SMALL_SIZE + 2, theme.INK, 660,
                                                     ROW_H - 12)
            surface.blit(label, label.get_rect(midleft=(row.left + 24, row.centery)))

    def _draw_tally(self, surface: pygame.Surface) -> None:
        """"17 of 25 counted · 8 not counted" at the right of the heading line."""
        total, size = sum(self.counts), self.ctx.class_size
        if size is None:
            words = ui("vote-total", self.ctx.lang).format(total=total)
        else:
            words = ui("vote-total-of", self.ctx.lang).format(total=total, size=size, left=max(0, size - total))
        picture = self.ctx.text.render(words, theme.SMALL_SIZE, theme.WHITE, bold=True)
        surface.blit(picture, picture.get_rect(topright=(PROMPT.right - 8, PROMPT.bottom + 8)))

    def _draw_row(self, surface: pygame.Surface, index: int, option: str) -> None:
        text = self.ctx.text
        y = self._row_y(index)
        row = pygame.Rect(120, y, 1040, ROW_H)
        surface.blit(panel(row.size), row.topleft)
        width = 600 if self.showing_chart else 620
        label = text.render_fitting_box(f"{index + 1}. {option}", theme.SMALL_SIZE + 2, theme.INK, width, ROW_H - 12)
        surface.blit(label, label.get_rect(midleft=(row.left + 24, row.centery)))
        if self.showing_chart:
            total = max(1, sum(self.counts))
            bar = pygame.Rect(740, y + 16, max(6, int(300 * self.counts[index] / total)), ROW_H - 32)
            pygame.draw.rect(surface, BAR, bar, border_radius=10)
            pygame.draw.rect(surface, theme.INK, bar, width=2, border_radius=10)
            count = text.render(str(self.counts[index]), theme.HEADING_SIZE, theme.INK, bold=True)
            surface.blit(count, count.get_rect(midright=(row.right - 20, row.centery)))
