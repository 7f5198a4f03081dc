"""Frame time per scene kind at 1280×720 headless, against the floor of one full-screen blit plus a flip."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.app import LOGICAL_SIZE, App
from game.scene import Scene
from game.state import PlayState
from game.story import LineStep, MinigameStep, Story
from game.testing import app_at

DT = 1 / 60
WARM_UP_FRAMES = 20  # first frames fill the text and picture caches; the game pays that once per scene


@dataclass(frozen=True)
class SceneCase:
    """One scene kind to time: how to open it, and whether it is still in the state being measured."""

    name: str
    open: Callable[[], App]
    still_valid: Callable[[App], bool]


def open_display() -> pygame.Surface:
    """A 1280×720 display, headless unless SDL_VIDEODRIVER says otherwise (silent unless SDL_AUDIODRIVER does)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    pygame.init()
    return pygame.display.set_mode(LOGICAL_SIZE)


def floor_picture() -> pygame.Surface:
    """An opaque full-screen picture in the display's format, not one flat colour (nothing can shortcut it)."""
    picture = pygame.Surface(LOGICAL_SIZE).convert()
    for x in range(0, LOGICAL_SIZE[0], 8):
        pygame.draw.line(picture, (x % 256, (x * 3) % 256, 90), (x, 0), (x, LOGICAL_SIZE[1]), 8)
    return picture


def floor_frame(surface: pygame.Surface, picture: pygame.Surface) -> float:
    """Seconds for the least a frame can do: blit one full-screen picture, then flip."""
    started = time.perf_counter()
    surface.blit(picture, (0, 0))
    pygame.display.flip()
    return time.perf_counter() - started


def scene_frame_times(case: SceneCase, frames: int, picture: pygame.Surface) -> tuple[list[float], list[float]]:
    """Seconds per drawn frame (one `App.step` with no input, then a flip) while `case` stays on its scene,
    and a floor frame timed right after each one, so both see the same machine load.
    """
    samples: list[float] = []
    floor: list[float] = []
    app = case.open()
    warm = 0
    reopened = 0
    while len(samples) < frames:
        if not case.still_valid(app):
            reopened += 1
            if reopened > frames:
                raise RuntimeError(f"the {case.name} scene does not stay open long enough to be timed")
            app, warm = case.open(), 0
        app.invalidate()  # the floor frame drew over the screen; and this row times frames that draw
        started = time.perf_counter()
        app.step(DT, [])
        pygame.display.flip()
        elapsed = time.perf_counter() - started
        warm += 1
        if warm > WARM_UP_FRAMES:
            samples.append(elapsed)
            floor.append(floor_frame(app.surface, picture))
    return samples, floor


def scene_cases(story: Story, surface: pygame.Surface) -> list[SceneCase]:
    """Dialogue mid-typewriter, choice, quiz, map and each mini-game of `story` (Korean, slow text)."""

    def open_at(state: PlayState, text_speed: str = "instant") -> App:
        return app_at(story, surface, state, text_speed=text_speed)

    def on(kind: str) -> Callable[[App], bool]:
        return lambda app: _showing(app) == kind

    steps = [step for chapter in story.chapters for step in chapter.steps]
    longest = max((s for s in steps if isinstance(s, LineStep)), key=lambda s: len(s.text.ko))
    first = {kind: next(s.id for s in steps if s.kind == kind) for kind in ("choice", "quiz")}
    cases = [
        SceneCase("dialogue (mid-typewriter)", lambda: open_at(PlayState(longest.id, intro_pending=False), "slow"),
                  _typing),
        SceneCase("choice", lambda: open_at(PlayState(first["choice"], intro_pending=False)), on("choice")),
        SceneCase("quiz", lambda: open_at(PlayState(first["quiz"], intro_pending=False)), on("quiz")),
        SceneCase("map", lambda: open_at(_map_state(story)), on("map")),
    ]
    seen: set[str] = set()
    for step in steps:
        if isinstance(step, MinigameStep) and step.name not in seen:
            seen.add(step.name)
            cases.append(SceneCase(f"mini-game {step.name}", _opener(open_at, step.id), on("minigame")))
    return cases


def _opener(open_at: Callable[[PlayState], App], step_id: str) -> Callable[[], App]:
    return lambda: open_at(PlayState(step_id, intro_pending=False))


def _map_state(story: Story) -> PlayState:
    """The town map after the first chapter, with the next chapter waiting."""
    second = story.chapters[1]
    return PlayState(second.first_step, intro_pending=True, at_map=True, completed=[story.chapters[0].id])


def _showing(app: App) -> str | None:
    from scenes.play import PlayScene

    play = next((s for s in app.stack.scenes if isinstance(s, PlayScene)), None)
    top: Scene | None = app.stack.top
    if play is None or top is None or top is play:
        return None
    return play.showing


def _typing(app: App) -> bool:
    from scenes.dialogue import DialogueScene

    top = app.stack.top
    return isinstance(top, DialogueScene) and not top.typewriter.done
