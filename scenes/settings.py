"""Settings overlay: language and text speed, saved at once (the settings issue adds more rows)."""

from __future__ import annotations

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.settings import TEXT_SPEEDS
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button, ButtonGroup, Widget

BOX = pygame.Rect(190, 70, 900, 580)
LANG_LABELS = {"ko": "한국어", "en": "English"}
SELECTED = (206, 232, 200)


class SettingsScene(Scene):
    """Change settings; finishes with "done"."""

    modal = True
    opaque = False

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self._build(focus_id="done")

    def _build(self, focus_id: str) -> None:
        ctx = self.ctx
        buttons: list[Button] = []
        for i, lang in enumerate(LANG_LABELS):
            rect = pygame.Rect(BOX.left + 80 + i * 380, BOX.top + 150, 350, 72)
            buttons.append(self._option(f"lang-{lang}", rect, LANG_LABELS[lang], ctx.settings.lang == lang))
        for i, speed in enumerate(TEXT_SPEEDS):
            rect = pygame.Rect(BOX.left + 80 + i * 190, BOX.top + 310, 170, 72)
            buttons.append(self._option(f"speed-{speed}", rect, ui(f"speed-{speed}", ctx.lang),
                                        ctx.settings.text_speed == speed))
        done = pygame.Rect(0, 0, 360, 76)
        done.midbottom = (BOX.centerx, BOX.bottom - 40)
        buttons.append(Button("done", done, label=ui("done", ctx.lang)))
        focus = next((i for i, b in enumerate(buttons) if b.id == focus_id), len(buttons) - 1)
        self.buttons = ButtonGroup(buttons, focus=focus)

    @staticmethod
    def _option(ident: str, rect: pygame.Rect, label: str, selected: bool) -> Button:
        return Button(ident, rect, label=("● " if selected else "") + label, tone=SELECTED if selected else None,
                      size=theme.SMALL_SIZE + 2)

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK):
            self.finish("done")
            return True
        # Left/right walk the same order as Tab, so every row is reachable with arrows alone.
        if event.action is Action.RIGHT:
            event = InputEvent(Action.NEXT)
        elif event.action is Action.LEFT:
            event = InputEvent(Action.PREV)
        pressed = self.buttons.handle(event)
        if pressed == "done":
            self.finish("done")
        elif pressed is not None:
            self._apply(pressed)
        return True

    def _apply(self, pressed: str) -> None:
        settings = self.ctx.settings
        kind, _, value = pressed.partition("-")
        if kind == "lang":
            settings.lang = value
        elif kind == "speed":
            settings.text_speed = value
        self.ctx.saves.save_settings(settings)
        self._build(focus_id=pressed)

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(BOX.size), BOX.topleft)
        heading = text.render(ui("settings-heading", lang), theme.HEADING_SIZE, theme.INK, bold=True)
        surface.blit(heading, heading.get_rect(midtop=(BOX.centerx, BOX.top + 30)))
        for key, y in (("language", BOX.top + 110), ("text-speed", BOX.top + 270)):
            label = text.render(ui(key, lang), theme.SMALL_SIZE, theme.INK_SOFT, bold=True)
            surface.blit(label, (BOX.left + 84, y))
        self.buttons.draw(surface, text)
