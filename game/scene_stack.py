"""The scene stack: push / pop / replace queued during a frame and applied after it; routes input; draws."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.still_layer import StillLayer
from game.ui import theme


class SceneStack:
    """Holds the scenes; changes requested during a frame take effect when `apply` runs."""

    def __init__(self) -> None:
        self.scenes: list[Scene] = []
        self._pending: list[Callable[[], None]] = []
        self.context: SceneContext | None = None
        self.still = StillLayer()  # the still picture of the lowest visible scenes, reused between frames

    @property
    def top(self) -> Scene | None:
        """The scene receiving input first."""
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        """Queue `scene` to go on top."""
        self._pending.append(lambda: self._push(scene))

    def pop(self, scene: Scene, result: Any = None) -> None:
        """Queue removal of `scene` (and anything above it); the one below resumes with `result`."""
        self._pending.append(lambda: self._pop(scene, result))

    def replace(self, scene: Scene) -> None:
        """Queue replacing the whole stack with `scene`."""
        self._pending.append(lambda: self._replace(scene))

    def apply(self) -> None:
        """Apply queued changes in order, including ones queued by enter/resume hooks."""
        guard = 0
        while self._pending:
            guard += 1
            if guard > 1000:
                raise RuntimeError("scene changes keep queuing more changes")
            self._pending.pop(0)()

    def _push(self, scene: Scene) -> None:
        if self.top is not None:
            self.top.pause()
        self.scenes.append(scene)
        assert self.context is not None
        scene.hold_input()
        scene.enter(self.context)

    def _pop(self, scene: Scene, result: Any) -> None:
        if scene not in self.scenes:
            return  # already gone: a double finish is harmless
        while self.scenes:
            removed = self.scenes.pop()
            removed.exit()
            if removed is scene:
                break
        if self.top is not None:
            self.top.hold_input()  # back on top: the press that closed the scene above is not its input
            if scene.resumes_below:
                self.top.resume(result)

    def _replace(self, scene: Scene) -> None:
        while self.scenes:
            self.scenes.pop().exit()
        self._push(scene)

    def handle(self, event: InputEvent) -> None:
        """Offer `event` to scenes from the top down until one consumes it or is modal.

        While the top scene is still settling (`Scene.input_wait`), presses and clicks are dropped;
        pointer moves still arrive, so hovering shows where a click would go.
        """
        top = self.top
        if top is not None and top.input_wait > 0 and event.action is not Action.POINTER_MOVE:
            return
        for scene in reversed(self.scenes):
            if scene.handle(event) or scene.modal:
                return

    def update(self, dt: float) -> None:
        """Update every scene (covered ones keep animating their backgrounds); the top one settles."""
        if self.top is not None:
            self.top.input_wait = max(0.0, self.top.input_wait - dt)
        for scene in list(self.scenes):
            scene.update(dt)

    def visible(self) -> list[Scene]:
        """Scenes to draw, bottom first: from the highest opaque one up."""
        start = 0
        for index in range(len(self.scenes) - 1, -1, -1):
            if self.scenes[index].opaque:
                start = index
                break
        return self.scenes[start:]

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the visible scenes."""
        self.still.draw(self.visible(), surface, self._context_key())

    def screen_key(self) -> Hashable | None:
        """What the visible scenes' picture depends on (None: draw it anyway); see `StillLayer.screen_key`."""
        scenes = StillLayer.screen_key(self.visible())
        return None if scenes is None else (scenes, self._context_key())

    def _context_key(self) -> Hashable:
        context = self.context
        return (theme.PALETTE, context.text.scale, context.lang) if context is not None else None
