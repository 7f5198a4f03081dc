"""The `Scene` base class (lifecycle hooks, flags, `finish`) and the `SceneContext` scenes receive."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pygame

from game.answer_order import fresh_seed
from game.audio import Audio
from game.browser import Speech
from game.input import InputEvent
from game.placeholders import fill
from game.prefetch import Prefetcher
from game.save import Saves
from game.settings import Settings
from game.story import Story, Text
from game.ui import theme

if TYPE_CHECKING:
    from game.scene_stack import SceneStack
    from game.ui.text import TextRenderer
    from game.ui.widgets import Widget


CLASSROOM_SCALE = 1.15
SETTLE_SECONDS = 0.3
"""How long a screen that asks something ignores input after it appears (or comes back on top).

A quick second press or click meant for the line before (80 ms apart in the report that led to this) then
never picks an option, an answer or a mini-game move unseen; 0.3 s is shorter than anyone reads a question.
"""
_SERIALS = itertools.count(1)


@dataclass
class SceneContext:
    """Services shared by every scene; passed explicitly, never global."""

    stack: SceneStack
    story: Story
    settings: Settings
    saves: Saves
    text: TextRenderer
    audio: Audio
    size: tuple[int, int] = (1280, 720)
    can_quit: bool = True
    classroom: bool = False  # one screen for a whole class: votes at choices and quizzes, discussion after chapters
    class_size: int | None = None  # classroom mode: children present, set by the teacher at the first vote
    class_group: int | None = None  # classroom mode: the class number results are kept under (never a name)
    quit_requested: bool = field(default=False)
    new_seed: Callable[[], int] = field(default=fresh_seed)  # a new game's answer-order seed; tests fix it
    banner: str | None = None  # a `game.ui.strings` key the app shows over every screen (the `--start` preview)
    speech: Speech = field(init=False)  # read-aloud in the browser, silent elsewhere; tests may swap it
    prefetch: Prefetcher = field(default_factory=Prefetcher)  # pictures the next steps need, made in idle frames

    def __post_init__(self) -> None:
        self.speech = Speech(self.settings)
        self.apply_look()

    def apply_look(self) -> None:
        """Make the chosen text size and contrast current; call after changing either setting."""
        # A projected classroom screen is read from the back of the room: at least the "large" text size.
        self.text.scale = max(self.settings.text_scale, CLASSROOM_SCALE) if self.classroom else self.settings.text_scale
        theme.use_palette(self.settings.high_contrast)

    def start_classroom(self) -> None:
        """Switch this session to classroom mode (not saved: the next child on this device gets normal play)."""
        self.classroom = True
        self.apply_look()

    def end_classroom(self) -> None:
        """Back to a child's own play on this device (the class size and number are forgotten)."""
        self.classroom = False
        self.class_size = self.class_group = None
        self.apply_look()

    @property
    def lang(self) -> str:
        """The language texts are shown in."""
        return self.settings.lang

    def say(self, text: Text | None) -> str:
        """A story text in the player's language, with the region's helplines filled in."""
        if text is None:
            return ""
        region = self.story.regions.get(self.settings.region) or self.story.regions.get(self.story.default_region)
        return fill(text.get(self.lang), region, self.lang)

    def read_aloud(self, *texts: str, options: Sequence[str] = ()) -> None:
        """If the player turned read-aloud on, speak `texts`, then the numbered `options` (see `Speech`).

        Empty texts are skipped; an empty option keeps its number (a quiz answer already tried).
        """
        if not self.settings.read_aloud:
            return
        parts = [*texts, *(f"{number}. {option}" for number, option in enumerate(options, start=1) if option)]
        self.speech.say(" ".join(_as_sentence(part) for part in parts if part.strip()))

    def request_quit(self) -> None:
        """Ask the main loop to stop after this frame."""
        self.quit_requested = True


def _as_sentence(text: str) -> str:
    """`text` ending in a full stop unless it already ends a sentence, so the voice pauses between parts."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…", "~", "。")) else text + "."


class Scene:
    """One screen or overlay. Override only the hooks you need."""

    modal = True  # input stops at this scene
    opaque = True  # scenes below are not drawn
    resumes_below = True  # False: closing it leaves the scene below exactly as it was (no resume call)
    is_help = False  # the help screen itself: the global help button hides while it shows
    moving = False  # True when `draw_moving` draws something that changes on its own (see `motion`)
    settle_seconds = 0.0  # input is ignored this long after the scene comes on top (`SETTLE_SECONDS`)

    def __init__(self) -> None:
        self._ctx: SceneContext | None = None
        self.serial = next(_SERIALS)  # tells apart scenes with equal looks in the still layer
        self.input_wait = 0.0  # seconds left before this scene takes input again

    def hold_input(self) -> None:
        """Ignore input for `settle_seconds` from now (the stack calls it; a scene showing a new question too)."""
        self.input_wait = self.settle_seconds

    @property
    def ctx(self) -> SceneContext:
        """The context given on `enter`."""
        if self._ctx is None:
            raise RuntimeError(f"{type(self).__name__} used before enter()")
        return self._ctx

    def enter(self, ctx: SceneContext) -> None:
        """Called once when pushed; keep `ctx`."""
        self._ctx = ctx

    def exit(self) -> None:
        """Called once when removed."""

    def pause(self) -> None:
        """Called when another scene is pushed on top."""

    def resume(self, result: Any) -> None:
        """Called when the scene above finished with `result`."""

    def handle(self, event: InputEvent) -> bool:
        """React to input; return True when consumed."""
        return False

    def update(self, dt: float) -> None:
        """Advance animations by `dt` seconds."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw onto `surface` (with a `look`, only the still part: the stack may keep it between frames)."""

    def look(self) -> Hashable | None:
        """Everything the picture `draw` makes depends on, or None (the default) to be drawn every frame.

        Return a key that changes whenever `draw` would draw something different (focus, texts, states);
        what changes on its own from frame to frame goes in `draw_moving` instead, with `moving = True`.
        """
        return None

    def draw_moving(self, surface: pygame.Surface) -> None:
        """Draw the parts that change every frame, over the still picture (only when `moving` is True)."""

    def motion(self) -> Hashable | None:
        """Everything `draw_moving` depends on now, or None (the default) when it changes every frame.

        Only asked when `moving` is True. With a key, a frame whose looks and motions all equal the last
        drawn frame's is not drawn or shown again (see `App.step`): a finished typewriter costs nothing.
        """
        return None

    def widgets(self) -> list[Widget]:
        """Interactive widgets now on screen (for hit-testing and the test pilot)."""
        return []

    def story_reloaded(self) -> None:
        """Dev mode: `ctx.story` was just replaced by a reload; scenes that hold story content refresh it."""

    def debug_lines(self) -> list[str]:
        """Dev mode: lines for the debug panel (empty: this scene has nothing to show)."""
        return []

    def finish(self, result: Any = None) -> None:
        """End this scene; the scene below gets `resume(result)`."""
        self.ctx.stack.pop(self, result)
