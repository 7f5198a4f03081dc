"""Title screen: start, continue, settings, and quit (desktop only)."""

from __future__ import annotations

from collections.abc import Hashable

import pygame

from game.input import InputEvent
from game.scene import Scene, SceneContext
from game.ui import theme
from game.ui.backdrops import backdrop
from game.ui.panel import panel
from game.ui.strings import ui
from game.ui.widgets import ButtonGroup, Widget, stack_buttons
from scenes.confirm import ConfirmScene

TITLE_BOX = pygame.Rect(240, 60, 800, 200)


class TitleScene(Scene):
    """The first screen; starts or continues the story."""

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self.notice_rect: pygame.Rect | None = None  # where the save notice was last drawn (for tests)
        ctx.audio.music("loop-keepers")
        self._build(focus_id=None)

    def _build(self, focus_id: str | None) -> None:
        ctx = self.ctx
        self.has_save = ctx.saves.has_game()
        items = [("continue", ui("continue", ctx.lang))] if self.has_save else []
        items += [("start", ui("start", ctx.lang)), ("teacher", ui("teacher", ctx.lang)),
                  ("settings", ui("settings", ctx.lang))]
        if ctx.classroom and ctx.story.check:
            items.append(("results", ui("results", ctx.lang)))  # teachers only: shown in classroom mode
        if ctx.can_quit:
            items.append(("quit", ui("quit", ctx.lang)))
        buttons = stack_buttons(items, ctx.size[0] // 2, 284, 460, height=62 if len(items) > 5 else 66,
                                gap=10 if len(items) > 5 else 12)
        for button in buttons:
            if button.id == "teacher" and ctx.classroom:
                button.label, button.tone = "● " + button.label, theme.SELECTED  # classroom mode is on
        focus = next((i for i, b in enumerate(buttons) if b.id == focus_id), 0)
        self.buttons = ButtonGroup(buttons, focus=focus)

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def handle(self, event: InputEvent) -> bool:
        pressed = self.buttons.handle(event)
        if pressed == "continue":
            self._play(self.ctx.saves.load_game() is not None)
        elif pressed == "start":
            if self.has_save:
                lang = self.ctx.lang
                self.ctx.stack.push(ConfirmScene(ui("start-over-heading", lang), ui("start-over-body", lang),
                                                 ui("yes-start-over", lang), ui("no-keep", lang)))
            else:
                self._play(resume=False)
        elif pressed == "teacher":
            # Classroom mode for this session (pressed again: off); the teacher then starts or continues as usual.
            if self.ctx.classroom:
                self.ctx.end_classroom()
                self._build(focus_id="teacher")
            else:
                self.ctx.start_classroom()
                self._build(focus_id="start" if not self.has_save else "continue")
        elif pressed == "results":
            from scenes.results import ResultsScene  # local: a teachers' screen

            self.ctx.stack.push(ResultsScene())
        elif pressed == "settings":
            from scenes.settings import SettingsScene  # local: imported when asked for, not before the first frame

            self.ctx.stack.push(SettingsScene())
        elif pressed == "quit":
            self.ctx.request_quit()
        return True

    def resume(self, result: object) -> None:
        if result == "yes":
            self.ctx.saves.clear_game()
            self._play(resume=False)
            return
        self._build(focus_id=self.buttons.focused.id if self.buttons.focused else None)

    def _play(self, resume: bool) -> None:
        from scenes.play import PlayScene  # local: play returns to the title, so they refer to each other

        state = self.ctx.saves.load_game() if resume else None
        self.ctx.stack.replace(PlayScene(state))

    def look(self) -> Hashable | None:
        return self.buttons.look(), self.ctx.saves.notice, self._on_top()

    def _on_top(self) -> bool:
        """Whether nothing covers the title (help, settings and questions hide its notice and footer)."""
        return self.ctx.stack.top is self

    def draw(self, surface: pygame.Surface) -> None:
        text, lang, story = self.ctx.text, self.ctx.lang, self.ctx.story
        surface.blit(backdrop("clock-tower", surface.get_size()), (0, 0))
        surface.blit(panel(TITLE_BOX.size), TITLE_BOX.topleft)
        other = "en" if lang == "ko" else "ko"
        title = text.render_fitting(self.ctx.say(story.title), theme.TITLE_SIZE, theme.NIGHT, TITLE_BOX.width - 60,
                                    bold=True)
        subtitle = text.render(story.title.get(other), theme.BODY_SIZE, theme.INK_SOFT)
        surface.blit(title, title.get_rect(center=(TITLE_BOX.centerx, TITLE_BOX.centery - 26)))
        surface.blit(subtitle, subtitle.get_rect(center=(TITLE_BOX.centerx, TITLE_BOX.centery + 44)))
        self.buttons.draw(surface, text)
        if not self._on_top():
            return  # the footer and the notice would show round the edges of the panel on top
        if self.ctx.saves.notice:
            # Above the title, left of the help button: clear of the buttons however many there are.
            room = pygame.Rect(16, 6, theme.HELP_RECT[0] - 32, TITLE_BOX.top - 12)
            notice = text.render_fitting(ui(self.ctx.saves.notice, lang), theme.SMALL_SIZE, theme.WHITE,
                                         room.width - 24, bold=True, min_size=14)
            spot = notice.get_rect(center=(surface.get_width() // 2, room.centery))  # centred when it fits
            self.notice_rect = spot.clamp(room)
            _on_backdrop(surface, notice, self.notice_rect)
        hint = text.render(ui("title-keys-hint", lang), theme.SMALL_SIZE - 4, theme.WHITE)
        _on_backdrop(surface, hint, hint.get_rect(midbottom=(surface.get_width() // 2, surface.get_height() - 16)))


def _on_backdrop(surface: pygame.Surface, words: pygame.Surface, rect: pygame.Rect) -> None:
    """White words straight on the picture; on a black plate in high contrast."""
    if theme.high_contrast():
        pygame.draw.rect(surface, (0, 0, 0), rect.inflate(24, 8), border_radius=10)
    surface.blit(words, rect)
