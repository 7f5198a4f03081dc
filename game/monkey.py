"""The monkey: random keys, clicks, taps, wheel, window and text events fed to an `App`, counting what it reached.

A child (or a classroom of them) will press everything. The monkey proves no input crashes a scene and
every frame completes; with `check_every` it also proves the still layer shows exactly what a full redraw
would, on frames that drew and on frames that drew nothing (the picture left from before must still be
right). Used by tests/scenes/test_monkey.py and `python -m game monkey`.
"""

from __future__ import annotations

import gc
import itertools
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from game.app import App
from game.state import PlayState
from game.story import MinigameStep, Story

DT = 1 / 60
RESTART_EVERY = 400  # frames; a fresh app then, so each start point is visited again and again
# Keys the game binds, pressed often; then any key at all, pressed now and then.
BOUND_KEYS = (pygame.K_RETURN, pygame.K_SPACE, pygame.K_KP_ENTER, pygame.K_BACKSPACE, pygame.K_PAGEUP,
              pygame.K_ESCAPE, pygame.K_F1, pygame.K_h, pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT,
              pygame.K_RIGHT, pygame.K_TAB, pygame.K_F5, pygame.K_F2)
OTHER_KEYS = (pygame.K_a, pygame.K_q, pygame.K_z, pygame.K_1, pygame.K_0, pygame.K_F4, pygame.K_F11,
              pygame.K_DELETE, pygame.K_HOME, pygame.K_END, pygame.K_PAGEDOWN, pygame.K_LSHIFT, pygame.K_LALT,
              pygame.K_LCTRL, pygame.K_CAPSLOCK, pygame.K_KP_5, pygame.K_PRINTSCREEN, pygame.K_MENU)
MODS = (0, 0, 0, pygame.KMOD_LSHIFT, pygame.KMOD_LCTRL, pygame.KMOD_LALT, pygame.KMOD_LSHIFT | pygame.KMOD_LCTRL)
TEXTS = ("a", "안녕", "112", "😀", "\u200b", "é", "ß", "\x00")
WINDOW_EVENTS = (pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWENTER, pygame.WINDOWLEAVE,
                 pygame.WINDOWMINIMIZED, pygame.WINDOWRESTORED, pygame.WINDOWSHOWN, pygame.WINDOWEXPOSED)


class MonkeyError(AssertionError):
    """The monkey found a frame where the still layer and a full redraw disagree."""


@dataclass
class MonkeyReport:
    """What one monkey run did: events sent, frames run, fresh apps needed, and scenes seen on top."""

    events: int = 0
    frames: int = 0
    restarts: int = 0
    checks: int = 0
    skipped: int = 0  # frames that drew nothing (the picture on screen stood)
    skipped_checks: int = 0  # full-redraw comparisons made on such frames
    scenes: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)


class Monkey:
    """Makes random input for the app's current screen; seeded, so a failing run can be repeated."""

    def __init__(self, seed: int, size: tuple[int, int]) -> None:
        self.random = random.Random(seed)
        self.size = size

    def frame_events(self, app: App) -> tuple[list[pygame.event.Event], list[str]]:
        """The events for one frame (none to a few, of every kind a browser or desktop can send) and their kinds."""
        events: list[pygame.event.Event] = []
        kinds: list[str] = []
        for _ in range(self.random.choice((0, 1, 1, 1, 2, 3))):
            kind, made = self._one(app)
            events += made
            kinds.append(kind)
        return events, kinds

    def _one(self, app: App) -> tuple[str, list[pygame.event.Event]]:
        roll = self.random.random()
        if roll < 0.30:
            return "key", self._key()
        if roll < 0.52:
            return "click-widget", self._click(self._widget_spot(app))
        if roll < 0.60:
            return "click", self._click(self._anywhere(), self.random.choice((1, 1, 2, 3)))
        if roll < 0.74:
            return "move", [pygame.event.Event(pygame.MOUSEMOTION, pos=self._anywhere(), rel=(3, -2),
                                               buttons=(0, 0, 0), touch=False)]
        if roll < 0.82:
            return "tap", self._tap()
        if roll < 0.88:
            return "wheel", [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=self.random.choice((-3, -1, 1, 3)),
                                                flipped=False, precise_x=0.0, precise_y=1.0, which=0,
                                                touch=False)]
        if roll < 0.94:
            return "window", [pygame.event.Event(self.random.choice(WINDOW_EVENTS), window=None)]
        text = self.random.choice(TEXTS)
        return "text", [pygame.event.Event(pygame.TEXTEDITING, text=text, start=0, length=len(text), window=None),
                        pygame.event.Event(pygame.TEXTINPUT, text=text, window=None)]

    def _key(self) -> list[pygame.event.Event]:
        key = self.random.choice(BOUND_KEYS if self.random.random() < 0.85 else OTHER_KEYS)
        mod = self.random.choice(MODS)
        common = {"key": key, "mod": mod, "unicode": "", "scancode": 0, "window": None}
        return [pygame.event.Event(pygame.KEYDOWN, common), pygame.event.Event(pygame.KEYUP, common)]

    def _anywhere(self) -> tuple[int, int]:
        width, height = self.size
        # Now and then just outside the window: browsers report positions past the canvas edge during drags.
        return self.random.randint(-20, width + 20), self.random.randint(-20, height + 20)

    def _widget_spot(self, app: App) -> tuple[int, int]:
        top = app.stack.top
        widgets = [w for w in [*(top.widgets() if top else []), *app.global_widgets()] if w.enabled]
        if not widgets:
            return self._anywhere()
        rect = self.random.choice(widgets).rect
        return (self.random.randint(rect.left, max(rect.left, rect.right - 1)),
                self.random.randint(rect.top, max(rect.top, rect.bottom - 1)))

    def _click(self, pos: tuple[int, int], button: int = 1) -> list[pygame.event.Event]:
        return [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False),
                pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button, touch=False),
                pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button, touch=False)]

    def _tap(self) -> list[pygame.event.Event]:
        """A finger tap as SDL sends it: finger events (the game ignores them) plus the synthesized mouse click."""
        x, y = self._anywhere()
        width, height = self.size
        finger = {"touch_id": 1, "finger_id": 0, "x": x / width, "y": y / height, "dx": 0.0, "dy": 0.0,
                  "pressure": 1.0, "window": None}
        return [pygame.event.Event(pygame.FINGERDOWN, finger),
                pygame.event.Event(pygame.FINGERMOTION, finger),
                pygame.event.Event(pygame.FINGERUP, finger),
                *self._click((x, y))]


def run_monkey(make_app: Callable[[], App], events: int | None = None, seed: int = 0, check_every: int = 0,
               report: MonkeyReport | None = None, frames: int | None = None,
               every_frame: Callable[[int], None] | None = None, restart_every: int = RESTART_EVERY) -> MonkeyReport:
    """Feed random events to apps from `make_app`, one frame at a time; a fresh app when one stops.

    Args:
        make_app: a new app on the screen to start from (called again whenever the app quits).
        events: stop after sending this many events (None: no event limit).
        frames: stop after this many frames (None: no frame limit); give `events`, `frames` or both.
        every_frame: called with the frame count after each frame (e.g. to sample memory).
        restart_every: start a fresh app after this many frames (0: only when the app stops), so a run
            keeps coming back to its start point instead of wandering off for good.
        seed: the random seed (the same seed sends the same events to the same story).
        check_every: every this many frames, redraw the screen without the still layer and require the
            very same picture (0: never), also when the frame itself drew nothing.
        report: a report to add to (for runs over several start points).

    Raises:
        MonkeyError: the still layer showed something a full redraw would not.
        Exception: whatever the app raised; the monkey never hides a crash.
    """
    report = report or MonkeyReport()
    app = make_app()
    monkey = Monkey(seed, app.surface.get_size())
    sent = 0
    start_frames = report.frames
    if events is None and frames is None:
        raise ValueError("run_monkey needs a number of events or frames to stop after")
    while (events is None or sent < events) and (frames is None or report.frames - start_frames < frames):
        ran = report.frames - start_frames
        if not app.running or (restart_every and ran and ran % restart_every == 0):
            report.restarts += 1
            del app  # let go of the old app before making the next, as a page reload would ...
            gc.collect()  # ... and free its reference cycles now: their pictures are big, and gc would wait
            app = make_app()
        batch, kinds = monkey.frame_events(app)
        sent += len(batch)  # pygame events: a key press is two (down, up), a click three (move, down, up)
        report.kinds.update(kinds)
        drew = app.step(DT, batch)
        report.frames += 1
        report.skipped += not drew
        top = app.stack.top
        report.scenes[type(top).__name__ if top is not None else "(none)"] += 1
        if check_every and report.frames % check_every == 0:
            compare_with_full_redraw(app)
            report.checks += 1
            report.skipped_checks += not drew
        if every_frame is not None:
            every_frame(report.frames)
    report.events += sent
    return report


def monkey_round(makers: list[tuple[str, Callable[[], App]]], report: MonkeyReport, seed: int = 0,
                 events_each: int | None = None, frames_each: int | None = None, check_every: int = 0,
                 every_frame: Callable[[int], None] | None = None) -> MonkeyReport:
    """`run_monkey` from each start point in turn (seeds `seed`, `seed + 1`, ...), adding to `report`."""
    for index, (_label, make) in enumerate(makers):
        run_monkey(make, events_each, seed=seed + index, check_every=check_every, report=report,
                   frames=frames_each, every_frame=every_frame)
    return report


def compare_with_full_redraw(app: App) -> None:
    """Require the frame on screen to equal the same frame drawn scene by scene without the still layer.

    Raises:
        MonkeyError: the two pictures differ (a scene's `look` misses something its `draw` uses).
    """
    fresh = pygame.Surface(app.surface.get_size(), 0, app.surface)
    still = app.stack.still
    still.enabled = False
    try:
        app.draw(fresh)
    finally:
        still.enabled = True
    if pygame.image.tobytes(fresh, "RGB") != pygame.image.tobytes(app.surface, "RGB"):
        names = " > ".join(type(scene).__name__ for scene in app.stack.scenes)
        raise MonkeyError(f"the still layer shows a stale picture on {names} (frame {app.frames})")


def app_makers(story: Story, surface: pygame.Surface) -> list[tuple[str, Callable[[], App]]]:
    """One app factory per start point, plus classroom mode and the writers' preview with a failing reload.

    Apps run as in the browser (no quit button), with saves in memory; the caller points
    TIME_STOPPED_HOME at a scratch folder, because the certificate and results buttons write files on desktop.
    """
    points = start_points(story)
    first_line = next(state for label, state in points if label == "line")
    makers = [(label, _maker(story, surface, state)) for label, state in points]
    makers.append(("classroom", _maker(story, surface, None, classroom=True)))
    makers.append(("dev preview", _maker(story, surface, first_line, dev=True)))
    return makers


def _maker(story: Story, surface: pygame.Surface, state: PlayState | None, classroom: bool = False,
           dev: bool = False) -> Callable[[], App]:
    from game.testing import app_at

    reloads = itertools.count()

    def reload() -> Story | list[str]:
        # F5 in the preview: alternate between a broken story (the error overlay) and the good one.
        return ["story/one.yaml:3:5: error[unknown-step]: goto target 'x' does not exist"] if next(reloads) % 2 == 0 \
            else story

    def make() -> App:
        app = app_at(story, surface, state, text_speed="normal", classroom=classroom, dev=dev,
                     reload=reload if dev else None)
        app.context.can_quit = False
        return app

    return make


def start_points(story: Story) -> list[tuple[str, PlayState | None]]:
    """Places to start monkeys from so every scene kind is reached: the title, then one step of each kind."""
    points: list[tuple[str, PlayState | None]] = [("title", None)]
    seen: set[str] = set()
    for chapter in story.chapters:
        for step in chapter.steps:
            label = f"minigame {step.name}" if isinstance(step, MinigameStep) else step.kind
            if label in seen or step.kind in ("if", "goto"):
                continue
            seen.add(label)
            # At the ending the check was done (the title's start point asks it): the certificate comes next.
            checked = ["pre", "post"] if step.kind == "ending" else []
            points.append((label, PlayState(step.id, intro_pending=False, checked=checked)))
    if len(story.chapters) > 1:
        second = story.chapters[1]
        points.append(("map", PlayState(second.first_step, at_map=True, completed=[story.chapters[0].id])))
        points.append(("chapter intro", PlayState(second.first_step, intro_pending=True)))
    return points


@dataclass
class LongRun:
    """Memory over a long monkey run: settled (garbage collected, free pages returned) and raw RSS, in MB."""

    report: MonkeyReport
    warm_frames: int
    start: float  # before any frame
    warm: float  # after one round over every start point: every kind of screen seen, caches filled
    end: float
    raw_warm: float
    raw_end: float

    @property
    def growth(self) -> float:
        """Settled memory growth from warm to end, as a fraction (0.1 = 10%)."""
        return (self.end - self.warm) / self.warm


def long_run(story: Story, surface: pygame.Surface, frames: int, seed: int = 0, check_every: int = 0,
             progress: Callable[[int, float], None] | None = None, warm_frames_each: int = 2000) -> LongRun:
    """Run the monkey for `frames` frames over every start point, measuring memory after a warm-up round.

    The warm-up gives every start point `warm_frames_each` frames; the rest of `frames` is shared out
    among them in a second round. `progress(frame, rss_mb)` is called every 100,000 frames.
    """
    from game.bench.memory import current_rss_mb, settled_rss_mb

    makers = app_makers(story, surface)
    report = MonkeyReport()
    start = settled_rss_mb()

    def tick(frame: int) -> None:
        if progress is not None and frame % 100_000 == 0:
            progress(frame, current_rss_mb())

    monkey_round(makers, report, seed, frames_each=warm_frames_each, check_every=check_every, every_frame=tick)
    warm_frames, raw_warm = report.frames, current_rss_mb()
    warm = settled_rss_mb()
    each = max(0, frames - warm_frames) // len(makers) + 1
    monkey_round(makers, report, seed + len(makers), frames_each=each, check_every=check_every, every_frame=tick)
    raw_end = current_rss_mb()
    return LongRun(report, warm_frames, start, warm, settled_rss_mb(), raw_warm, raw_end)
