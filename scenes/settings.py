"""Settings overlay: language, text speed, sound on/off and reduced motion, saved at once."""

from __future__ import annotations

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.settings import TEXT_SPEEDS
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button, ButtonGroup, Widget

BOX = pygame.Rect(190, 20, 900, 652)
ROW_TOP = BOX.top + 122  # top of the first row of buttons; each row has its label just above it
ROW_STEP = 118
ROW_HEIGHT = 64
ROWS = ("language", "text-speed", "sound", "motion")
LANG_LABELS = {"ko": "한국어", "en": "English"}
SOUND_OPTIONS = ("on", "off")
MOTION_OPTIONS = ("normal", "reduced")
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
            rect = pygame.Rect(BOX.left + 80 + i * 380, ROW_TOP, 350, ROW_HEIGHT)
            buttons.append(self._option(f"lang-{lang}", rect, LANG_LABELS[lang], ctx.settings.lang == lang))
        for i, speed in enumerate(TEXT_SPEEDS):
            rect = pygame.Rect(BOX.left + 80 + i * 190, ROW_TOP + ROW_STEP, 170, ROW_HEIGHT)
            buttons.append(self._option(f"speed-{speed}", rect, ui(f"speed-{speed}", ctx.lang),
                                        ctx.settings.text_speed == speed))
        for i, option in enumerate(SOUND_OPTIONS):
            rect = pygame.Rect(BOX.left + 80 + i * 380, ROW_TOP + 2 * ROW_STEP, 350, ROW_HEIGHT)
            buttons.append(self._option(f"sound-{option}", rect, ui(f"sound-{option}", ctx.lang),
                                        ctx.settings.muted == (option == "off")))
        for i, option in enumerate(MOTION_OPTIONS):
            rect = pygame.Rect(BOX.left + 80 + i * 380, ROW_TOP + 3 * ROW_STEP, 350, ROW_HEIGHT)
            buttons.append(self._option(f"motion-{option}", rect, ui(f"motion-{option}", ctx.lang),
                                        ctx.settings.reduced_motion == (option == "reduced")))
        done = pygame.Rect(0, 0, 360, 72)
        done.midbottom = (BOX.centerx, BOX.bottom - 28)
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
        if pressed is not None:
            self.ctx.audio.play("click")  # after applying, so turning sound on is heard at once
        return True

    def _apply(self, pressed: str) -> None:
        settings = self.ctx.settings
        kind, _, value = pressed.partition("-")
        if kind == "lang":
            settings.lang = value
        elif kind == "speed":
            settings.text_speed = value
        elif kind == "sound":
            settings.muted = value == "off"
            self.ctx.audio.refresh()
        elif kind == "motion":
            settings.reduced_motion = value == "reduced"
        self.ctx.saves.save_settings(settings)
        self._build(focus_id=pressed)

    def draw(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(BOX.size), BOX.topleft)
        heading = text.render(ui("settings-heading", lang), theme.HEADING_SIZE, theme.INK, bold=True)
        surface.blit(heading, heading.get_rect(midtop=(BOX.centerx, BOX.top + 30)))
        for row, key in enumerate(ROWS):
            label = text.render(ui(key, lang), theme.SMALL_SIZE, theme.INK_SOFT, bold=True)
            surface.blit(label, label.get_rect(bottomleft=(BOX.left + 84, ROW_TOP + row * ROW_STEP - 8)))
        self.buttons.draw(surface, text)
