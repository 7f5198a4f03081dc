"""`App`: owns the scene stack, services and input map; `step(dt, events)` runs exactly one frame."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import pygame

from game.audio import Audio
from game.input import Action, KeyMap, translate
from game.save import Saves
from game.scene import Scene, SceneContext
from game.scene_stack import SceneStack
from game.settings import Settings
from game.story import Story
from game.ui import theme
from game.ui.strings import ui
from game.ui.text import TextRenderer
from game.ui.widgets import Button, Widget

LOGICAL_SIZE = (1280, 720)
DEBUG_FONT_SIZE = 18
BANNER_SIZE = 14  # design size: the preview label stays small and out of the way at every text size
DEBUG_MAX_LINES = 24
STORAGE_NOTICE_SECONDS = 8.0  # long enough to read twice at this age; it never blocks play

Reload = Callable[[], Story | list[str]]  # dev mode: a freshly compiled story, or the content errors as lines
# After these the window's pixels may be gone (uncovered, restored, resized): the next frame is drawn and shown.
REDRAW_EVENTS = frozenset({pygame.WINDOWEXPOSED, pygame.WINDOWSHOWN, pygame.WINDOWRESTORED, pygame.WINDOWMAXIMIZED,
                           pygame.WINDOWSIZECHANGED, pygame.WINDOWDISPLAYCHANGED, pygame.VIDEOEXPOSE,
                           pygame.VIDEORESIZE})


class App:
    """The whole game for one window or canvas, driven one frame at a time."""

    def __init__(
        self,
        story: Story,
        saves: Saves,
        surface: pygame.Surface,
        first_scene: Scene,
        settings: Settings | None = None,
        can_quit: bool = True,
        help_scene: Callable[[], Scene] | None = None,
        dev: bool = False,
        reload: Reload | None = None,
        error_scene: Callable[[list[str]], Scene] | None = None,
        classroom: bool = False,
    ) -> None:
        self.surface = surface
        self.dev = dev  # writers' preview: F5 reloads the story (`reload`), F2 toggles the debug panel
        self.reload = reload
        self.error_scene = error_scene  # dev mode: the overlay listing content errors after a failed reload
        self.show_debug = False
        self._shown_errors: Scene | None = None
        self.help_scene = help_scene  # the help screen, reachable from every scene in one input
        self.keymap = KeyMap()
        self.stack = SceneStack()
        settings = settings or saves.load_settings()
        self.context = SceneContext(
            stack=self.stack,
            story=story,
            settings=settings,
            saves=saves,
            text=TextRenderer(),
            audio=Audio(settings),
            size=surface.get_size(),
            can_quit=can_quit,
        )
        self.stack.context = self.context
        self._help_buttons: dict[str, Button] = {}
        self.storage_notice_left = 0.0  # seconds the "saves are not kept" line still shows
        if classroom:  # before the first scene comes on: the title shows it and the first step follows it
            self.context.start_classroom()
        self.stack.replace(first_scene)
        self.stack.apply()
        self.frames = 0
        self.drawn_frames = 0  # frames that drew (the rest showed the same picture as the frame before)
        self._shown: Hashable = None  # the screen key of the picture now on `surface` (None: draw the next frame)

    @property
    def running(self) -> bool:
        """False once a scene asked to quit or the stack is empty."""
        return not self.context.quit_requested and bool(self.stack.scenes)

    def step(self, dt: float, events: Sequence[pygame.event.Event]) -> bool:
        """Run one frame: translate and deliver input, update, apply stack changes, draw if anything changed.

        Returns whether it drew: False when every visible scene's look (and motion) is what the picture on
        `surface` was drawn from, so the caller need not show the frame either (see `screen_key`).
        """
        for event in events:
            if event.type in REDRAW_EVENTS:
                self.invalidate()
            if event.type == pygame.QUIT:
                self.context.request_quit()
                continue
            translated = translate(event, self.keymap)
            if translated is not None:
                # Browsers allow sound only after a gesture: a key or a click, not the pointer merely moving.
                if translated.action is not Action.POINTER_MOVE and not self.context.audio.unlocked:
                    self.context.audio.unlock()
                if translated.action in (Action.RELOAD, Action.DEBUG):
                    if self.dev:  # both keys do nothing outside the writers' preview
                        self._dev_key(translated.action)
                elif self._opens_help(translated.action, translated.pos):
                    assert self.help_scene is not None
                    self.stack.push(self.help_scene())
                else:
                    self.stack.handle(translated)
                # Apply between events so a second click in the same frame reaches the new scene.
                self.stack.apply()
        self.stack.update(dt)
        self.stack.apply()
        if self.context.saves.take_storage_notice():
            self.storage_notice_left = STORAGE_NOTICE_SECONDS
        else:
            self.storage_notice_left = max(0.0, self.storage_notice_left - dt)
        self.frames += 1
        key = self.screen_key()
        if key is not None and key == self._shown:
            self.context.prefetch.run()  # a frame with time to spare: prepare what the next step will show
            return False
        self.draw(self.surface)
        self._shown = key
        self.drawn_frames += 1
        return True

    def invalidate(self) -> None:
        """Draw the next frame even if nothing changed (something else drew on `surface`, or the window lost it)."""
        self._shown = None

    def screen_key(self) -> Hashable | None:
        """Everything the frame's picture depends on, or None when it must be drawn (something moves or is unknown)."""
        scenes = self.stack.screen_key()
        if scenes is None:
            return None
        overlay = tuple(widget.look() for widget in self.global_widgets() if isinstance(widget, Button))
        debug = tuple(self.debug_lines()) if self.dev and self.show_debug else ()
        notices = (self.context.banner, self.storage_notice_left > 0)  # drawn by `draw` over every scene
        return scenes, overlay, debug, notices, self.surface.get_size()

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the visible scenes, the help button and (dev mode) the debug panel onto `surface`."""
        self.stack.draw(surface)
        for widget in self.global_widgets():
            if isinstance(widget, Button):
                widget.draw(surface, self.context.text, focused=False)
        if self.context.banner is not None:
            self._draw_banner(surface, ui(self.context.banner, self.context.lang))
        if self.storage_notice_left > 0:
            self._draw_storage_notice(surface)
        if self.dev and self.show_debug:
            self._draw_debug(surface)

    def _draw_banner(self, surface: pygame.Surface, words: str) -> None:
        """A small dark label in the bottom-left corner, over everything (below every button and box)."""
        text = self.context.text
        label = text.render_fitting(words, BANNER_SIZE, theme.WHITE, 600, bold=True, min_size=12)
        plate = label.get_rect(bottomleft=(14, surface.get_height() - 4)).inflate(16, 4)
        pygame.draw.rect(surface, theme.NIGHT, plate, border_radius=8)
        surface.blit(label, label.get_rect(center=plate.center))

    def _draw_storage_notice(self, surface: pygame.Surface) -> None:
        """One line at the foot of the screen: this browser keeps no saves (play goes on)."""
        words = self.context.text.render(ui("storage-unavailable", self.context.lang), theme.SMALL_SIZE,
                                         (255, 255, 255), width=surface.get_width() - 160)
        plate = words.get_rect(midbottom=(surface.get_width() // 2, surface.get_height() - 16)).inflate(32, 16)
        pygame.draw.rect(surface, theme.NIGHT, plate, border_radius=theme.RADIUS)
        surface.blit(words, words.get_rect(center=plate.center))

    def global_widgets(self) -> list[Widget]:
        """Widgets the app itself shows over every scene: the help button (hidden while help is open)."""
        top = self.stack.top
        if self.help_scene is None or top is None or top.is_help:
            return []
        lang = self.context.lang
        button = self._help_buttons.get(lang)
        if button is None:
            button = Button("help", pygame.Rect(theme.HELP_RECT), label=ui("help-button", lang),
                            size=theme.SMALL_SIZE, tone=theme.HELP_TONE)
            self._help_buttons[lang] = button
        return [button]

    def _opens_help(self, action: Action, pos: tuple[int, int] | None) -> bool:
        if not self.global_widgets():
            return False
        if action is Action.HELP:
            return True
        return action is Action.POINTER and pos is not None and pygame.Rect(theme.HELP_RECT).collidepoint(pos)

    # -- writers' preview (dev mode) -----------------------------------------------------

    def _dev_key(self, action: Action) -> None:
        if action is Action.DEBUG:
            self.show_debug = not self.show_debug
        else:
            self.reload_story()

    def reload_story(self) -> None:
        """Read the story again: swap it in and show the current step anew, or list the errors on screen."""
        if self.reload is None:
            return
        result = self.reload()
        shown, self._shown_errors = self._shown_errors, None
        if shown is not None and shown in self.stack.scenes:
            self.stack.pop(shown)  # an error overlay never resumes the scene below
        if isinstance(result, list):
            if self.error_scene is not None:
                self._shown_errors = self.error_scene(result)
                self.stack.push(self._shown_errors)
            return
        self.context.story = result
        for scene in list(self.stack.scenes):
            if scene is not shown:
                scene.story_reloaded()

    def debug_lines(self) -> list[str]:
        """What the debug panel shows: the lines of the highest scene that has any."""
        for scene in reversed(self.stack.scenes):
            lines = scene.debug_lines()
            if lines:
                return lines
        return ["(no story is being played)"]

    def _draw_debug(self, surface: pygame.Surface) -> None:
        lines = self.debug_lines()
        if len(lines) > DEBUG_MAX_LINES:
            lines = [*lines[:DEBUG_MAX_LINES - 1], f"... {len(lines) - DEBUG_MAX_LINES + 1} more"]
        text = self.context.text
        rendered = [text.render(line, DEBUG_FONT_SIZE, (240, 240, 240)) for line in lines]
        width = max(r.get_width() for r in rendered) + 24
        height = sum(r.get_height() for r in rendered) + 20
        box = pygame.Surface((width, height), pygame.SRCALPHA)
        box.fill((20, 24, 32, 215))
        y = 10
        for line in rendered:
            box.blit(line, (12, y))
            y += line.get_height()
        surface.blit(box, (20, surface.get_height() - 20 - height))
