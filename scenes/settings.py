"""Settings overlay in three tabs (display, sound, helplines); every change is applied and saved at once."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.settings import SPEECH_RATES, TEXT_SIZES, TEXT_SPEEDS, VOLUME_STEPS
from game.story import PhoneNumber
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button, ButtonGroup, Widget

BOX = pygame.Rect(140, 20, 980, 672)  # ends left of the help button in the top-right corner
TABS = ("display", "sound", "helplines")
TAB_TOP = BOX.top + 90
TAB_SIZE = (250, 60)
ROW_TOP = BOX.top + 178  # top of the first row; each row has its label on the left
ROW_STEP = 74
ROW_HEIGHT = 62  # every option is a target well over the 48 px minimum
NOTE_ROOM = 40  # space under the read-aloud row for its note on desktop
LABEL_LEFT = BOX.left + 40
LABEL_WIDTH = 200
OPTIONS_LEFT = BOX.left + 256
OPTIONS_RIGHT = BOX.right - 36
OPTION_GAP = 12
LANG_LABELS = {"ko": "한국어", "en": "English"}
ARROW_WIDTH = 80


@dataclass(frozen=True)
class Option:
    """One button of a row: its id, label, whether it shows the current choice, and its text size."""

    id: str
    label: str
    selected: bool = False
    size: int = theme.SMALL_SIZE + 2


class SettingsScene(Scene):
    """Change settings; finishes with "done". Arrows: left/right walk every button, up/down go row to row."""

    modal = True
    opaque = False

    def __init__(self, tab: str = "display") -> None:
        super().__init__()
        self.tab = tab

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self._build(focus_id="done")

    # -- layout ------------------------------------------------------------------------

    def _rows(self) -> list[tuple[str, list[Option]]]:
        """(label key, options) for each row of the current tab."""
        s, lang = self.ctx.settings, self.ctx.lang
        if self.tab == "display":
            return [
                ("language", [Option(f"lang-{code}", name, s.lang == code) for code, name in LANG_LABELS.items()]),
                ("text-size", [Option(f"size-{key}", ui(f"size-{key}", lang), s.text_size == key,
                                      theme.SMALL_SIZE + 2 + 2 * i) for i, key in enumerate(TEXT_SIZES)]),
                ("contrast", [Option(f"contrast-{key}", ui(f"contrast-{key}", lang),
                                     s.high_contrast == (key == "high")) for key in ("normal", "high")]),
                ("text-speed", [Option(f"speed-{key}", ui(f"speed-{key}", lang), s.text_speed == key)
                                for key in TEXT_SPEEDS]),
                ("motion", [Option(f"motion-{key}", ui(f"motion-{key}", lang),
                                   s.reduced_motion == (key == "reduced")) for key in ("normal", "reduced")]),
            ]
        if self.tab == "sound":
            volume = min(VOLUME_STEPS, key=lambda step: abs(step - s.volume))
            return [
                ("sound", [Option(f"sound-{key}", ui(f"sound-{key}", lang), s.muted == (key == "off"))
                           for key in ("on", "off")]),
                ("volume", [Option(f"volume-{round(step * 100)}", f"{round(step * 100)}%", step == volume)
                            for step in VOLUME_STEPS]),
                ("read-aloud", [Option(f"read-{key}", ui(f"sound-{key}", lang), s.read_aloud == (key == "on"))
                                for key in ("on", "off")]),
                ("speech-rate", [Option(f"rate-{key}", ui(f"speed-{key}", lang), s.speech_rate == key)
                                 for key in SPEECH_RATES]),
            ]
        return [("region", [Option("region-prev", "◀", size=theme.BODY_SIZE),
                            Option("region-next", "▶", size=theme.BODY_SIZE)])]

    def _row_tops(self, count: int) -> list[int]:
        tops, y = [], ROW_TOP
        for index in range(count):
            tops.append(y)
            y += ROW_STEP
            if self.tab == "sound" and index == 2 and self.read_aloud_note():
                y += NOTE_ROOM
        return tops

    def _build(self, focus_id: str) -> None:
        ctx = self.ctx
        tabs_left = BOX.centerx - (len(TABS) * TAB_SIZE[0] + (len(TABS) - 1) * 16) // 2
        buttons: list[Button] = []
        self.lines: list[list[str]] = [[]]  # button ids row by row, for up/down
        for i, tab in enumerate(TABS):
            rect = pygame.Rect(tabs_left + i * (TAB_SIZE[0] + 16), TAB_TOP, *TAB_SIZE)
            buttons.append(self._button(Option(f"tab-{tab}", ui(f"tab-{tab}", ctx.lang), self.tab == tab,
                                               theme.SMALL_SIZE + 4), rect))
            self.lines[0].append(f"tab-{tab}")
        rows = self._rows()
        self.row_labels = [(key, top) for (key, _options), top in zip(rows, self._row_tops(len(rows)), strict=True)]
        for (key, options), (_key, top) in zip(rows, self.row_labels, strict=True):
            if key == "region":
                rects = [pygame.Rect(OPTIONS_LEFT, top, ARROW_WIDTH, ROW_HEIGHT),
                         pygame.Rect(OPTIONS_RIGHT - ARROW_WIDTH, top, ARROW_WIDTH, ROW_HEIGHT)]
            else:
                width = (OPTIONS_RIGHT - OPTIONS_LEFT - (len(options) - 1) * OPTION_GAP) // len(options)
                rects = [pygame.Rect(OPTIONS_LEFT + i * (width + OPTION_GAP), top, width, ROW_HEIGHT)
                         for i in range(len(options))]
            buttons += [self._button(option, rect) for option, rect in zip(options, rects, strict=True)]
            self.lines.append([option.id for option in options])
        done = pygame.Rect(0, 0, 360, 68)
        done.midbottom = (BOX.centerx, BOX.bottom - 26)
        buttons.append(Button("done", done, label=ui("done", ctx.lang)))
        self.lines.append(["done"])
        focus = next((i for i, b in enumerate(buttons) if b.id == focus_id), len(buttons) - 1)
        self.buttons = ButtonGroup(buttons, focus=focus)

    @staticmethod
    def _button(option: Option, rect: pygame.Rect) -> Button:
        # The dot tells the chosen option apart without relying on colour.
        label = ("● " if option.selected else "") + option.label
        return Button(option.id, rect, label=label, tone=theme.SELECTED if option.selected else None,
                      size=option.size)

    def read_aloud_note(self) -> str:
        """The line under the read-aloud row: it only speaks in the browser."""
        return "" if self.ctx.speech.available else ui("read-aloud-web", self.ctx.lang)

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    # -- input -------------------------------------------------------------------------

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK):
            self.finish("done")
            return True
        if event.action in (Action.UP, Action.DOWN):
            self._jump(-1 if event.action is Action.UP else 1)
            return True
        # Left/right walk the same order as Tab, so every button is reachable with arrows alone.
        if event.action is Action.RIGHT:
            event = InputEvent(Action.NEXT)
        elif event.action is Action.LEFT:
            event = InputEvent(Action.PREV)
        pressed = self.buttons.handle(event)
        if pressed == "done":
            self.finish("done")
        elif pressed is not None:
            self._apply(pressed)
        if pressed is not None:
            self.ctx.audio.play("click")  # after applying, so turning sound on is heard at once
        return True

    def _jump(self, delta: int) -> None:
        """Move focus to the row above or below: onto its chosen option, else its first button."""
        focused = self.buttons.focused
        here = next((i for i, line in enumerate(self.lines) if focused is not None and focused.id in line), -1)
        line = self.lines[(here + delta) % len(self.lines)]
        by_id = {b.id: i for i, b in enumerate(self.buttons.buttons)}
        chosen = next((ident for ident in line if self.buttons.buttons[by_id[ident]].tone is not None), line[0])
        self.buttons.focus = by_id[chosen]

    def _apply(self, pressed: str) -> None:
        ctx, settings = self.ctx, self.ctx.settings
        kind, _, value = pressed.partition("-")
        if kind == "tab":
            self.tab = value
        elif kind == "lang":
            settings.lang = value
        elif kind == "speed":
            settings.text_speed = value
        elif kind == "size":
            settings.text_size = value
            ctx.apply_look()
        elif kind == "contrast":
            settings.high_contrast = value == "high"
            ctx.apply_look()
        elif kind == "motion":
            settings.reduced_motion = value == "reduced"
        elif kind == "sound":
            settings.muted = value == "off"
            ctx.audio.refresh()
        elif kind == "volume":
            settings.volume = int(value) / 100
            ctx.audio.refresh()
        elif kind == "read":
            settings.read_aloud = value == "on"
            if settings.read_aloud:
                ctx.speech.say(ui("read-aloud", ctx.lang))  # heard at once: this is what it sounds like
            else:
                ctx.speech.stop()
        elif kind == "rate":
            settings.speech_rate = value
            ctx.read_aloud(ui("speech-rate", ctx.lang))
        elif kind == "region":
            self._next_region(-1 if value == "prev" else 1)
        ctx.saves.save_settings(settings)
        self._build(focus_id=pressed)

    def _next_region(self, delta: int) -> None:
        settings, story = self.ctx.settings, self.ctx.story
        ids = list(story.regions)
        if not ids:
            return
        current = settings.region if settings.region in ids else story.default_region
        index = ids.index(current) if current in ids else 0
        settings.region = ids[(index + delta) % len(ids)]

    # -- drawing -----------------------------------------------------------------------

    def look(self) -> Hashable | None:
        return self.buttons.look(), self.tab, self.ctx.settings.region, self.read_aloud_note()

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(BOX.size), BOX.topleft)
        heading = text.render(ui("settings-heading", lang), theme.HEADING_SIZE, theme.INK, bold=True)
        surface.blit(heading, heading.get_rect(midtop=(BOX.centerx, BOX.top + 22)))
        rule = TAB_TOP + TAB_SIZE[1] + 12
        pygame.draw.line(surface, theme.PAPER_EDGE, (BOX.left + 30, rule), (BOX.right - 30, rule),
                         theme.EDGE_WIDTH)
        for key, top in self.row_labels:
            label = text.render_fitting(ui(key, lang), theme.SMALL_SIZE, theme.INK, LABEL_WIDTH, bold=True,
                                        min_size=16)
            surface.blit(label, label.get_rect(midleft=(LABEL_LEFT, top + ROW_HEIGHT // 2)))
            if key == "read-aloud" and self.read_aloud_note():
                note = text.render(self.read_aloud_note(), theme.SMALL_SIZE - 4, theme.INK_SOFT,
                                   width=OPTIONS_RIGHT - OPTIONS_LEFT)
                surface.blit(note, (OPTIONS_LEFT + 4, top + ROW_HEIGHT + 6))
            if key == "region":
                self._draw_region(surface, top)
        self.buttons.draw(surface, text)

    def _draw_region(self, surface: pygame.Surface, top: int) -> None:
        """The region's name between the arrows, and below it the numbers the story will show."""
        ctx, text = self.ctx, self.ctx.text
        story = ctx.story
        region = story.regions.get(ctx.settings.region) or story.regions.get(story.default_region)
        plate = pygame.Rect(OPTIONS_LEFT + ARROW_WIDTH + 12, top, 0, ROW_HEIGHT - 6)
        plate.width = OPTIONS_RIGHT - ARROW_WIDTH - 12 - plate.left
        pygame.draw.rect(surface, theme.NOTE, plate, border_radius=14)
        pygame.draw.rect(surface, theme.PAPER_EDGE, plate, width=theme.EDGE_WIDTH, border_radius=14)
        name = text.render_fitting(ctx.say(region.name) if region else "—", theme.BODY_SIZE, theme.INK,
                                   plate.width - 24, bold=True)
        surface.blit(name, name.get_rect(center=plate.center))
        if region is None:  # a story without helplines (test stories)
            return
        y = top + ROW_HEIGHT + 26
        caption = text.render(ui("region-numbers", ctx.lang), theme.SMALL_SIZE, theme.INK_SOFT,
                              width=BOX.width - 80)
        surface.blit(caption, (LABEL_LEFT, y))
        y += caption.get_height() + 14
        numbers: list[PhoneNumber] = []
        for role in ("danger", "talk", "emergency"):  # what a child may call; `report` is the adults' route
            number = region.numbers.get(role)
            if number is not None and number.number and all(n.number != number.number for n in numbers):
                numbers.append(number)
        column = max((text.render(n.number or "", theme.HEADING_SIZE - 4, theme.INK, bold=True).get_width()
                      for n in numbers), default=0)
        for number in numbers:
            digits = text.render(number.number or "", theme.HEADING_SIZE - 4, theme.INK, bold=True)
            label = text.render(ctx.say(number.name), theme.SMALL_SIZE + 2, theme.INK)
            surface.blit(digits, (LABEL_LEFT + 20, y))
            surface.blit(label, label.get_rect(midleft=(LABEL_LEFT + 20 + column + 28, y + digits.get_height() // 2)))
            y += digits.get_height() + 10
