"""Still screens cost nothing: a frame whose picture would not change draws nothing and is not shown again."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable

import pygame

from game.loop import run
from game.monkey import compare_with_full_redraw
from game.scene import Scene
from game.ui.effects import thaw_place
from scenes.breathe import BreatheScene
from scenes.choice import ChoiceScene
from scenes.dialogue import DialogueScene
from scenes.play import PlayScene
from tests.scenes.stories import small_story

DT = 1 / 60


def _to(pilot, kind: type[Scene]) -> None:
    for _ in range(12):
        if pilot.top_scene_is(kind):
            return
        pilot.press("confirm")
    raise AssertionError(f"no {kind.__name__} reached; on {pilot.describe()}")


def _drawn(app, frames: int, events: list[pygame.event.Event] | None = None) -> int:
    """How many of `frames` quiet frames (the first with `events`) drew."""
    return sum(app.step(DT, events if index == 0 and events else []) for index in range(frames))


def test_a_still_screen_draws_nothing_until_input_changes_it(pilot_for) -> None:
    """On a choice with no input nothing is drawn; moving the focus draws one frame, then it is still again."""
    pilot = pilot_for(small_story())
    _to(pilot, ChoiceScene)
    pilot.step(2)
    before = pygame.image.tobytes(pilot.app.surface, "RGB")
    assert _drawn(pilot.app, 60) == 0
    assert pygame.image.tobytes(pilot.app.surface, "RGB") == before
    compare_with_full_redraw(pilot.app)  # the picture left standing is what a full redraw shows
    pilot.press("down")
    assert pilot.app.drawn_frames and pygame.image.tobytes(pilot.app.surface, "RGB") != before
    assert _drawn(pilot.app, 30) == 0
    compare_with_full_redraw(pilot.app)


def test_input_that_changes_nothing_draws_nothing(pilot_for) -> None:
    """The pointer moving over empty space is handled, but the picture stays as it is."""
    pilot = pilot_for(small_story())
    _to(pilot, ChoiceScene)
    pilot.step(2)
    move = pygame.event.Event(pygame.MOUSEMOTION, pos=(5, 700), rel=(1, 1), buttons=(0, 0, 0))
    assert _drawn(pilot.app, 1, [move]) == 0


def test_the_typewriter_draws_while_letters_appear_then_only_the_blinking_arrow(pilot_for) -> None:
    """Letters appearing wake the frame; a finished line draws only when its "read on" arrow blinks."""
    pilot = pilot_for(small_story(), text_speed="slow")
    _to(pilot, DialogueScene)
    scene = pilot.top_scene
    assert isinstance(scene, DialogueScene)
    typing = 0
    while not scene.typewriter.done:
        shown = int(scene.typewriter.shown)
        drew = pilot.app.step(DT, [])
        if int(scene.typewriter.shown) != shown:
            assert drew, "a new letter appeared but the frame was not drawn"
            typing += 1
    assert typing > 5
    drawn = _drawn(pilot.app, 120)  # two seconds: the arrow blinks (0.8 s on, 0.4 s off) about three times
    assert 2 <= drawn <= 5
    compare_with_full_redraw(pilot.app)


def test_a_scene_without_a_look_draws_every_frame(pilot_for) -> None:
    """The breathing break has no look: every frame is drawn (its circle grows and shrinks)."""
    pilot = pilot_for(small_story())
    pilot.press("confirm")
    pilot.app.stack.push(BreatheScene())
    pilot.step()
    assert _drawn(pilot.app, 30) == 30


class _Spinner(Scene):
    """A scene that declares a moving part but no motion key (as a scene written in a hurry would)."""

    moving = True

    def look(self) -> Hashable | None:
        return "still part"


def test_a_moving_scene_without_a_motion_key_draws_every_frame(pilot_for) -> None:
    """The default for `moving` without `motion` is to draw: forgetting the key can never freeze an animation."""
    pilot = pilot_for(small_story())
    pilot.app.stack.push(_Spinner())
    pilot.step()
    assert _drawn(pilot.app, 20) == 20


def test_the_thaw_draws_every_frame_then_the_place_stands_still(pilot_for) -> None:
    """While time starts again every frame is drawn; once the thaw is over the screen is still."""
    pilot = pilot_for(small_story())
    _to(pilot, DialogueScene)
    play = pilot.find_scene(PlayScene)
    assert isinstance(play, PlayScene)
    play.thaw = thaw_place("school", pilot.app.surface.get_size(), duration=0.5)
    assert _drawn(pilot.app, 20) == 20
    pilot.step(30)  # the thaw ends; the line's arrow may blink once more
    assert play.thaw is None
    assert _drawn(pilot.app, 20) <= 1


def test_an_uncovered_window_is_drawn_again(pilot_for) -> None:
    """After the window is exposed or restored its pixels may be gone: the next frame draws and is shown."""
    pilot = pilot_for(small_story())
    _to(pilot, ChoiceScene)
    pilot.step(2)
    for kind in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED):
        assert _drawn(pilot.app, 3, [pygame.event.Event(kind, window=None)]) == 1


def test_something_drawn_over_the_screen_is_replaced_after_invalidate(pilot_for) -> None:
    """`invalidate` (for whoever drew on the surface) makes the next frame draw the whole picture again."""
    pilot = pilot_for(small_story())
    _to(pilot, ChoiceScene)
    pilot.step(2)
    pilot.app.surface.fill((255, 0, 255))
    pilot.app.invalidate()
    assert _drawn(pilot.app, 2) == 1
    compare_with_full_redraw(pilot.app)


def test_the_loop_flips_only_frames_that_drew(pilot_for, monkeypatch) -> None:
    """`run` shows the first frame (and calls `first_frame` once), then flips only when the app drew."""
    pilot = pilot_for(small_story())
    _to(pilot, ChoiceScene)
    app = pilot.app
    flips: list[int] = []
    firsts: list[int] = []
    monkeypatch.setattr(pygame.display, "flip", lambda: flips.append(app.frames))
    monkeypatch.setattr(pygame.event, "get", lambda: [])
    stop_after = app.frames + 12

    original_step = app.step

    def step(dt: float, events) -> bool:
        drew = original_step(dt, events)
        if app.frames >= stop_after:
            app.context.request_quit()
        return drew

    app.step = step  # type: ignore[method-assign]
    app.invalidate()
    asyncio.run(run(app, first_frame=lambda: firsts.append(app.frames)))
    assert firsts == [flips[0]]
    assert len(flips) == 1  # the choice stood still after its first frame


def _line_before_a_new_place(story):
    """A line whose next step is a line at another place (so Enter, Enter reaches it), and that place."""
    from game.story import LineStep

    for chapter in story.chapters:
        current = None
        for step, after in zip(chapter.steps, chapter.steps[1:], strict=False):
            if isinstance(step, LineStep):
                current = step.background or current
                if isinstance(after, LineStep) and current and after.background not in (None, current):
                    return step, after
    raise AssertionError("the story never changes place between two lines")


def test_idle_frames_draw_the_next_place_before_it_is_needed(display, tmp_path, monkeypatch) -> None:
    """While a line is read, the next step's place is drawn in idle frames: moving on draws no picture anew."""
    from game.content.compile import load_story_dir
    from game.state import PlayState
    from game.testing import Pilot, app_at
    from game.ui import backdrops
    from tests.scenes.test_monkey import ROOT

    monkeypatch.setenv("TIME_STOPPED_HOME", str(tmp_path))
    story = load_story_dir(ROOT / "story")
    line, after = _line_before_a_new_place(story)
    app = app_at(story, display, PlayState(line.id, intro_pending=False))
    pilot = Pilot(app)
    pilot.step(30)  # the child reads
    assert app.context.prefetch.pending == 0 and app.context.prefetch.ran > 0
    misses = backdrops.backdrop.cache_info().misses
    pilot.press("confirm")
    assert pilot.state.step_id == after.id and pilot.state.background == after.background
    pilot.step(3)
    assert backdrops.backdrop.cache_info().misses == misses  # the new place was ready


def test_idle_frames_render_the_next_lines_words_before_they_are_shown(display, tmp_path, monkeypatch) -> None:
    """After a pause on a line, moving on to the next line renders no text on that frame: it was ready."""
    from game.content.compile import load_story_dir
    from game.state import PlayState
    from game.story import LineStep
    from game.testing import Pilot, app_at
    from tests.scenes.test_monkey import ROOT

    monkeypatch.setenv("TIME_STOPPED_HOME", str(tmp_path))
    story = load_story_dir(ROOT / "story")
    steps = story.chapters[1].steps
    first, _second, third = next(trio for trio in zip(steps, steps[1:], steps[2:], strict=False)
                                 if all(isinstance(step, LineStep) for step in trio))
    app = app_at(story, display, PlayState(first.id, intro_pending=False), lang="en")
    pilot = Pilot(app)
    pilot.press("confirm")  # the second line: its enabled 'back' button is drawn for the first time here
    pilot.step(30)
    renders = app.context.text.renders
    pilot.press("confirm")
    assert pilot.state.step_id == third.id
    assert app.context.text.renders == renders
