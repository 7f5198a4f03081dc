"""Start-up shared by desktop, browser and tests: find the story, open the window, build the `App`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pygame

from game import bundle
from game.app import LOGICAL_SIZE, App, Reload
from game.assets import StartupError
from game.browser import BrowserStorage, page_language
from game.save import FileStorage, MemoryStorage, Saves, Storage, default_save_folder
from game.scene import Scene
from game.story import Story

BUNDLE_NAME = "story.json"
IS_BROWSER = sys.platform == "emscripten"
# The folder holding main.py, game/ and story.json, found from this package: main.py's own __file__ does not
# survive pygbag's boot (cpythonrc.py interactive() deletes __main__.__file__).
APP_DIR = Path(__file__).resolve().parent.parent
HEADLESS_DRIVERS = frozenset({"offscreen", "dummy"})  # SDL drivers that show nothing; fine only when asked for
PROBLEM_BACKGROUND = (24, 28, 40)
PROBLEM_INK = (245, 245, 245)
PROBLEM_FONT_SIZE = 32
PROBLEM_MARGIN = 48


def load_bundle(path: str | Path) -> Story:
    """Load a compiled story bundle (the browser's only way: no yaml or pydantic there).

    Raises:
        AssetError: the bundle is missing, unreadable or damaged.
    """
    return bundle.load_story_file(path)


def default_storage() -> Storage:
    """The page's localStorage in the browser, files in the user's data folder on desktop.

    If the browser refuses storage (some private modes), the game still runs and keeps its place in memory.
    """
    if IS_BROWSER:
        try:
            return BrowserStorage()
        except Exception:  # no window or no localStorage: play on without saving between visits, and say so
            return MemoryStorage(trouble=True)
    return FileStorage(default_save_folder())


def open_window(title: str) -> pygame.Surface:
    """Open the 1280×720 logical window, scaled to the screen.

    Raises:
        StartupError: no display could be opened (no screen, or SDL_VIDEODRIVER names a driver that is not there).
    """
    if not IS_BROWSER:
        # SDL's default for the scaled window is an OpenGL renderer; loading a GL stack costs 60-100 MB (Mesa's
        # software GL alone is 60 MB), more than the whole game. Scaling on the CPU costs little here, because
        # a still screen is not shown again (see `App.step`). SDL_RENDER_DRIVER=opengl gives the GL one back.
        os.environ.setdefault("SDL_RENDER_DRIVER", "software")
        os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
    # Only what the game uses before the first input: `pygame.init()` would also open the sound device, whose
    # mixing thread then costs CPU every second even on a still screen; `Audio.unlock` opens it at the first input.
    pygame.font.init()
    driver = os.environ.get("SDL_VIDEODRIVER")
    setting, unset = (f" (SDL_VIDEODRIVER is {driver!r})", ", or unset SDL_VIDEODRIVER") if driver else ("", "")
    try:
        pygame.display.init()
        pygame.display.set_caption(title)
        surface = pygame.display.set_mode(LOGICAL_SIZE, pygame.SCALED)
    except pygame.error as exc:
        raise StartupError(f"no window could be opened: {exc}{setting}. "
                           f"Run the game on a computer with a screen{unset}.") from exc
    used = (pygame.display.get_driver() or "").lower()
    if used in HEADLESS_DRIVERS and (driver or "").lower() != used:
        # With no screen SDL may fall back on a driver that draws nowhere: the game would run unseen.
        pygame.display.quit()
        raise StartupError(f"no window could be opened: there is no screen (SDL fell back on its {used!r} "
                           f"driver, which shows nothing). Run the game on a computer with a screen.")
    return surface


def show_problem(message: str) -> None:
    """Write `message` on the window (opening it if need be), for players who never see a console.

    It uses pygame's built-in font, which needs no file (the bundled fonts may be what is missing) and has
    no Korean letters, so the message is in English. Does nothing if there is no display at all.
    """
    try:
        surface = pygame.display.get_surface() or open_window("The World Where Time Stopped")
        surface.fill(PROBLEM_BACKGROUND)
        font = pygame.font.Font(None, PROBLEM_FONT_SIZE)
        picture = font.render(message, True, PROBLEM_INK, None, surface.get_width() - 2 * PROBLEM_MARGIN)
        surface.blit(picture, (PROBLEM_MARGIN, PROBLEM_MARGIN))
        pygame.display.flip()
    except (pygame.error, OSError, StartupError):  # the console already has the message
        return


def create_app(story: Story, saves: Saves, surface: pygame.Surface, lang: str | None = None,
               classroom: bool = False, dev: bool = False, reload: Reload | None = None,
               start: str | None = None, page_lang: str | None = None) -> App:
    """An `App` showing the title screen, or playing from step `start` (an id the story has).

    `lang` overrides the saved language (`play --lang`); `page_lang`, the web page's language, is used only
    when the player has not chosen one. `dev` is the writers' preview: F5 calls `reload` and F2 shows the
    debug panel.
    """
    from scenes.title import TitleScene

    settings = saves.load_settings(lang=page_lang)
    if lang is not None:
        settings.lang = lang
    first: Scene = TitleScene()
    if start is not None:
        if not story.has_step(start):
            raise ValueError(f"the story has no step {start!r}")
        from game.preview import state_at
        from scenes.play import PlayScene  # the title imports it when Start is pressed: a quicker first frame

        first = PlayScene(state_at(story, start), preview=True)
    return App(story, saves, surface, first, settings=settings, can_quit=not IS_BROWSER,
               help_scene=_help_scene, dev=dev, reload=reload, error_scene=_error_scene, classroom=classroom)


def start_app(story: Story, lang: str | None = None, classroom: bool = False, dev: bool = False,
              reload: Reload | None = None, start: str | None = None) -> App:
    """Check the fonts, open the window named after the story and build the app on this device's saves.

    The one start-up both the built game (main.py) and `python -m game play` use.

    Raises:
        StartupError: a font is missing or damaged, or no window could be opened.
    """
    from game.ui.text import check_fonts

    check_fonts()
    surface = open_window(f"{story.title.ko} · {story.title.en}")
    return create_app(story, Saves(default_storage()), surface, lang, classroom=classroom, dev=dev, reload=reload,
                      start=start, page_lang=page_language() if IS_BROWSER else None)


def _help_scene() -> Scene:
    """The help screen, imported the first time it is opened (one module fewer before the first frame)."""
    from scenes.help import HelpScene

    return HelpScene()


def _error_scene(lines: list[str]) -> Scene:
    """Dev mode's list of content errors, imported only when a reload fails."""
    from scenes.dev import ContentErrorScene

    return ContentErrorScene(lines)
