"""Start-up shared by desktop, browser and tests: find the story, open the window, build the `App`."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame

from game import bundle
from game.app import LOGICAL_SIZE, App, Reload
from game.browser import BrowserStorage
from game.save import FileStorage, MemoryStorage, Saves, Storage, default_save_folder
from game.story import Story

BUNDLE_NAME = "story.json"
IS_BROWSER = sys.platform == "emscripten"


def load_bundle(path: str | Path) -> Story:
    """Load a compiled story bundle (the browser's only way: no yaml or pydantic there)."""
    return bundle.load_story(Path(path).read_text(encoding="utf-8"))


def default_storage() -> Storage:
    """The page's localStorage in the browser, files in the user's data folder on desktop.

    If the browser refuses storage (some private modes), the game still runs and keeps its place in memory.
    """
    if IS_BROWSER:
        try:
            return BrowserStorage()
        except Exception:  # no window or no localStorage: play on without saving between visits
            return MemoryStorage()
    return FileStorage(default_save_folder())


def open_window(title: str) -> pygame.Surface:
    """Open the 1280×720 logical window, scaled to the screen."""
    pygame.init()
    pygame.display.set_caption(title)
    return pygame.display.set_mode(LOGICAL_SIZE, pygame.SCALED)


def create_app(story: Story, saves: Saves, surface: pygame.Surface, lang: str | None = None,
               classroom: bool = False, dev: bool = False, reload: Reload | None = None,
               start: str | None = None) -> App:
    """An `App` showing the title screen, or playing from step `start` (an id the story has).

    `dev` is the writers' preview: F5 calls `reload` and F2 shows the debug panel.
    """
    from game.scene import Scene
    from game.state import PlayState
    from scenes.dev import ContentErrorScene
    from scenes.help import HelpScene
    from scenes.play import PlayScene
    from scenes.title import TitleScene

    settings = saves.load_settings()
    if lang is not None:
        settings.lang = lang
    first: Scene = TitleScene()
    if start is not None:
        if not story.has_step(start):
            raise ValueError(f"the story has no step {start!r}")
        first = PlayScene(PlayState(step_id=start, intro_pending=False))
    app = App(story, saves, surface, first, settings=settings, can_quit=not IS_BROWSER,
              help_scene=HelpScene, dev=dev, reload=reload, error_scene=ContentErrorScene)
    if classroom:
        app.context.start_classroom()
    return app
