"""The headless test `Pilot`: press keys, click widgets, step frames, wait for conditions, take snapshots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame

from game.app import App, Reload
from game.input import Action
from game.scene import Scene
from game.state import PlayState
from game.story import Story

DT = 1 / 60
SNAPSHOT_SIZE = (640, 360)  # compared at half size: smaller files, less sensitive to anti-aliasing
CHANNEL_TOLERANCE = 24
MAX_DIFFERENT_FRACTION = 0.002


class PilotError(AssertionError):
    """A pilot action could not be done (e.g. the widget is not on screen)."""


class Pilot:
    """Drives an `App` exactly as a player would, one frame at a time. App errors propagate unchanged."""

    def __init__(self, app: App, snapshot_dir: Path | None = None, artifact_dir: Path | None = None,
                 update_snapshots: bool = False) -> None:
        self.app = app
        self.snapshot_dir = snapshot_dir or Path("tests/snapshots")
        self.artifact_dir = artifact_dir or Path("tests/.artifacts")
        self.update_snapshots = update_snapshots

    # -- looking ---------------------------------------------------------------------

    @property
    def top_scene(self) -> Scene:
        """The scene that receives input first."""
        top = self.app.stack.top
        if top is None:
            raise PilotError("the scene stack is empty")
        return top

    def top_scene_is(self, kind: type[Scene]) -> bool:
        """Whether the top scene is an instance of `kind`."""
        return isinstance(self.app.stack.top, kind)

    def find_scene(self, kind: type[Scene]) -> Scene | None:
        """The highest scene of `kind` on the stack."""
        return next((s for s in reversed(self.app.stack.scenes) if isinstance(s, kind)), None)

    @property
    def state(self) -> PlayState:
        """The `PlayState` of the running story (fails if no story is being played)."""
        runner = getattr(self._play_scene(), "runner", None)
        if runner is None:
            raise PilotError("no story is being played")
        state: PlayState = runner.state
        return state

    def _play_scene(self) -> Scene | None:
        from scenes.play import PlayScene

        return self.find_scene(PlayScene)

    def widget_ids(self) -> list[str]:
        """Ids of the enabled widgets of the top scene."""
        return [w.id for w in self.top_scene.widgets() if w.enabled]

    def describe(self) -> str:
        """Top scene and current step, for failure messages."""
        where = type(self.app.stack.top).__name__
        play = self._play_scene()
        if play is not None and hasattr(play, "runner"):
            where += f" at step {play.runner.state.step_id}"
        return where

    # -- acting ------------------------------------------------------------------------

    def step(self, frames: int = 1, events: list[pygame.event.Event] | None = None) -> None:
        """Advance `frames` frames with a fixed dt; `events` go into the first one."""
        for index in range(frames):
            self.app.step(DT, events if index == 0 and events else [])

    def wait_until_ready(self, max_frames: int = 240) -> None:
        """Step until the top scene takes input (a new question ignores presses for `SETTLE_SECONDS`, an
        explanation in a mini-game holds off the next tap while it is read)."""
        for _ in range(max_frames):
            top = self.app.stack.top
            if top is None or top.input_wait <= 0:
                return
            self.step()
        raise PilotError(f"{self.describe()} still ignores input after {max_frames} frames")

    def press(self, *keys: str | Action | int, hurry: bool = False) -> None:
        """Press each key in turn (an action name like "confirm", an `Action`, or a pygame key code).

        Like a reader, each press waits until the screen takes input; `hurry` presses at once, like a masher.
        """
        for key in keys:
            if not hurry:
                self.wait_until_ready()
            if isinstance(key, int):
                code, mods = key, 0
            else:
                action = key if isinstance(key, Action) else Action(key)
                code, mods = self.app.keymap.key_for(action)
            down = pygame.event.Event(pygame.KEYDOWN, key=code, mod=mods, unicode="", scancode=0)
            up = pygame.event.Event(pygame.KEYUP, key=code, mod=mods, unicode="", scancode=0)
            self.step(events=[down, up])

    def click_at(self, pos: tuple[int, int], hurry: bool = False) -> None:
        """Click (or tap) at a logical position (after the screen takes input, unless `hurry`)."""
        if not hurry:
            self.wait_until_ready()
        events = [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)),
                  pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1),
                  pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1)]
        self.step(events=events)

    def click(self, widget_id: str) -> None:
        """Click the centre of the widget `widget_id` of the top scene; fails if it is not on screen."""
        self.wait_until_ready()
        widgets = {w.id: w for w in [*self.top_scene.widgets(), *self.app.global_widgets()]}
        widget = widgets.get(widget_id)
        if widget is None:
            raise PilotError(f"no widget {widget_id!r} on {self.describe()}; on screen: {sorted(widgets)}")
        screen = self.app.surface.get_rect()
        if not screen.contains(widget.rect):
            raise PilotError(f"widget {widget_id!r} is off screen at {widget.rect}")
        if not widget.enabled:
            raise PilotError(f"widget {widget_id!r} is disabled on {self.describe()}")
        self.click_at(widget.rect.center)

    def run_until(self, predicate: Callable[[], bool], max_frames: int = 600) -> int:
        """Step until `predicate()` holds; returns frames used; fails after `max_frames`."""
        for frame in range(max_frames + 1):
            if predicate():
                return frame
            self.step()
        raise PilotError(f"condition not met after {max_frames} frames; now on {self.describe()}")

    # -- pictures ------------------------------------------------------------------------

    def snapshot(self, name: str) -> Path:
        """Save the screen and compare it with `tests/snapshots/<name>.png` within a small tolerance.

        The full-size picture is always written to the artifacts folder for people to look at.
        """
        self.artifact_dir.mkdir(parents=True, exist_ok=True)
        full = self.artifact_dir / f"{name}.png"
        pygame.image.save(self.app.surface, str(full))
        actual = pygame.transform.smoothscale(rgb(self.app.surface), SNAPSHOT_SIZE)
        expected_path = self.snapshot_dir / f"{name}.png"
        if self.update_snapshots or not expected_path.exists():
            if not self.update_snapshots:
                raise PilotError(f"no snapshot {expected_path}; look at {full}, then accept it with "
                                 f"pytest --update-snapshots")
            self.snapshot_dir.mkdir(parents=True, exist_ok=True)
            pygame.image.save(actual, str(expected_path))
            return full
        expected = pygame.image.load(str(expected_path))
        different = count_different_pixels(actual, expected)
        total = SNAPSHOT_SIZE[0] * SNAPSHOT_SIZE[1]
        if different > total * MAX_DIFFERENT_FRACTION:
            pygame.image.save(actual, str(self.artifact_dir / f"{name}.actual.png"))
            pygame.image.save(difference(actual, expected), str(self.artifact_dir / f"{name}.diff.png"))
            raise PilotError(f"snapshot {name!r} differs in {different} of {total} pixels; see "
                             f"{self.artifact_dir}/{name}.actual.png and .diff.png "
                             f"(accept with pytest --update-snapshots after looking)")
        return full


def app_at(story: Story, surface: pygame.Surface, state: PlayState | None = None, lang: str = "ko",
           text_speed: str = "instant", classroom: bool = False, dev: bool = False, reload: Reload | None = None
           ) -> App:
    """A fresh app with saves in memory, on the title screen (`state` None) or playing from `state`.

    For the monkey and the benchmark, which open the real story at many places.
    """
    from game.boot import create_app
    from game.save import MemoryStorage, Saves
    from scenes.play import PlayScene

    app = create_app(story, Saves(MemoryStorage()), surface, lang, classroom=classroom, dev=dev, reload=reload)
    app.context.settings.text_speed = text_speed
    app.context.new_seed = lambda: 1  # a new game's answers in one fixed order, so runs repeat
    if state is not None:
        app.stack.replace(PlayScene(state.copy()))
        app.stack.apply()
    return app


def rgb(surface: pygame.Surface) -> pygame.Surface:
    """A 24-bit RGB copy (snapshots and diffs ignore alpha)."""
    copy = pygame.Surface(surface.get_size(), 0, 24)
    copy.blit(surface, (0, 0))
    return copy


def difference(a: pygame.Surface, b: pygame.Surface) -> pygame.Surface:
    """Per-channel |a - b| as a picture (black where equal)."""
    a24, b24 = rgb(a), rgb(b)
    one = a24.copy()
    one.blit(b24, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    two = b24.copy()
    two.blit(a24, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    one.blit(two, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    return one


def count_different_pixels(a: pygame.Surface, b: pygame.Surface) -> int:
    """Pixels where any channel differs by more than `CHANNEL_TOLERANCE` (sizes must match)."""
    if a.get_size() != b.get_size():
        return a.get_width() * a.get_height()
    diff = difference(a, b)
    close = pygame.transform.threshold(None, diff, (0, 0, 0), (CHANNEL_TOLERANCE,) * 3 + (255,), None, 0)
    return a.get_width() * a.get_height() - int(close)


def play_through(pilot: Pilot, choose: Callable[[int], int] = lambda count: 0, max_inputs: int = 5000) -> list[str]:
    """Play from the title screen to an ending using the keyboard only, like a child who reads everything.

    Choices take option `choose(number_of_options)` (reached with the Down arrow); quizzes are
    answered by Enter alone (the first Enter steps onto the first answer shown, the next picks it) until one
    is right; each press waits until the screen takes input; mini-games are played with the move
    each one names as correct (`next_move`). Returns the step ids shown, in order.

    Raises:
        PilotError: the ending was not reached within `max_inputs` key presses.
    """
    from scenes.certificate import CertificateScene
    from scenes.choice import ChoiceScene
    from scenes.minigame import MinigameScene
    from scenes.play import PlayScene
    from scenes.title import TitleScene

    visited: list[str] = []
    started = False
    for _ in range(max_inputs):
        top = pilot.top_scene
        play = pilot.find_scene(PlayScene)
        if isinstance(top, TitleScene):
            if started:
                return visited
            started = True
            pilot.press("confirm")
            continue
        if isinstance(play, PlayScene):
            step_id = play.runner.state.step_id
            if not visited or visited[-1] != step_id:
                visited.append(step_id)
        if isinstance(top, CertificateScene):
            pilot.press("back")  # close it without saving a picture
            continue
        if isinstance(top, ChoiceScene):
            for _down in range(choose(len(top.view.choices))):
                pilot.press("down")
        if isinstance(top, MinigameScene):
            move = top.next_move()
            if move is not None:
                pilot.click(move)
                continue
        pilot.press("confirm")
    raise PilotError(f"no ending after {max_inputs} key presses; now on {pilot.describe()}")
