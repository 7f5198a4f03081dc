"""Frame times over a full scripted playthrough: the slowest frame and p99 per scene kind, and for transitions.

A child reads between presses, so after every input the player waits a few quiet frames, as the game's
loop would run them; those are where pictures for the next step can be prepared ahead.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

import pygame

from game.app import App
from game.testing import Pilot, play_through

QUIET_FRAMES = 12  # frames after each input before the next one (a fifth of a second: a very quick reader)
TRANSITION = "transition"


def scene_kind(app: App) -> str:
    """What is on top: the step kind the play scene shows (line, choice, ...), else the top scene's class."""
    from scenes.play import PlayScene

    top = app.stack.top
    if top is None:
        return "(none)"
    play = next((s for s in app.stack.scenes if isinstance(s, PlayScene)), None)
    if play is not None and top is not play and play.showing:
        return play.showing
    return type(top).__name__


class TimedPilot(Pilot):
    """A pilot that times every frame (step + flip when it drew) and waits `QUIET_FRAMES` after each input.

    A frame whose top scene changed is counted as a transition; every other frame under the kind on top.
    """

    def __init__(self, app: App, quiet_frames: int = QUIET_FRAMES) -> None:
        super().__init__(app)
        self.quiet_frames = quiet_frames
        self.times: dict[str, list[float]] = defaultdict(list)

    def step(self, frames: int = 1, events: list[pygame.event.Event] | None = None) -> None:
        for index in range(frames):
            self._timed(events if index == 0 and events else [])
        if events:
            for _ in range(self.quiet_frames):
                self._timed([])

    def _timed(self, events: list[pygame.event.Event]) -> None:
        before = self.app.stack.top
        started = time.perf_counter()
        if self.app.step(1 / 60, events):
            pygame.display.flip()
        elapsed = time.perf_counter() - started
        kind = TRANSITION if self.app.stack.top is not before else scene_kind(self.app)
        self.times[kind].append(elapsed)


def playthrough_frame_times(make_app: Callable[[str], App], langs: tuple[str, ...] = ("ko", "en"),
                            quiet_frames: int = QUIET_FRAMES) -> dict[str, list[float]]:
    """Seconds per frame by kind over a scripted playthrough of the story in each of `langs`."""
    times: dict[str, list[float]] = defaultdict(list)
    for lang in langs:
        pilot = TimedPilot(make_app(lang), quiet_frames)
        pilot.app.context.settings.text_speed = "normal"
        play_through(pilot)
        for kind, samples in pilot.times.items():
            times[kind] += samples
    return times
