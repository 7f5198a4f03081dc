"""Explore every way through a story with the real runner: endings reached, and whether each passes a lesson."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game import catalog
from game.runner import RunnerError, StoryRunner
from game.state import PlayState
from game.story import MinigameStep, QuizStep, Story


@dataclass
class PathReport:
    """What exploring a story found; a healthy story has endings, no stuck places and no lesson misses."""

    states: int = 0
    endings: set[str] = field(default_factory=set)
    stuck: list[str] = field(default_factory=list)  # "step: why" for places the player cannot leave
    missing_lesson: list[list[str]] = field(default_factory=list)  # example paths to an ending without it
    truncated: bool = False

    @property
    def ok(self) -> bool:
        """True when every path ends, none is stuck, and every ending was reached through the lesson."""
        return bool(self.endings) and not self.stuck and not self.missing_lesson and not self.truncated


def _signature(state: PlayState, learned: bool) -> tuple[object, ...]:
    """What decides the future of a play: position, variables, prizes, and whether the lesson was passed."""
    return (state.step_id, state.intro_pending, state.finished, state.at_map, state.replaying,
            tuple(state.completed), tuple(sorted(state.variables.items())), tuple(state.badges),
            tuple(state.time_pieces), learned)


def explore(story: Story, lesson_tag: str = "reporting-lesson", max_states: int = 200_000) -> PathReport:
    """Walk every choice, every mini-game result and the right quiz answers from the start.

    States that only differ in history are merged, so stories with many choices stay cheap; a path
    that needs the lesson is checked for every way of reaching each state.

    Args:
        story: the compiled story.
        lesson_tag: a tag every path must pass before an ending.
        max_states: stop (and mark the report truncated) after this many distinct states.
    """
    report = PathReport()
    seen: set[tuple[object, ...]] = set()
    todo: list[tuple[PlayState, bool, list[str]]] = [(StoryRunner(story).state, False, [])]
    while todo:
        state, learned, path = todo.pop()
        key = _signature(state, learned)
        if key in seen:
            continue
        seen.add(key)
        report.states += 1
        if report.states > max_states:
            report.truncated = True
            break
        runner = StoryRunner(story, state.copy())
        step = story.step(runner.state.step_id)
        learned = learned or (lesson_tag in step.tags and not runner.state.intro_pending)
        here = [*path[-40:], step.id]
        try:
            for following in _successors(story, runner):
                if following.finished:
                    report.endings.add(step.id)
                    if not learned:
                        report.missing_lesson.append(here)
                    continue
                todo.append((following, learned, here))
        except RunnerError as exc:
            report.stuck.append(f"{step.id}: {exc}")
    return report


def _successors(story: Story, runner: StoryRunner) -> list[PlayState]:
    """Every state the player can reach from here with one decision."""
    view = runner.current()
    state = runner.state
    if view.kind == "map":
        # Replays lead back to the map with the same progress, so only "go on" can reach new places.
        return [_after(story, state, _open(state.chapter_id))]
    if view.kind == "choice":
        if not view.choices:
            raise RunnerError("a choice with no option on offer")
        return [_after(story, state, _choose(i)) for i in range(len(view.choices))]
    if view.kind == "quiz":
        step = story.step(state.step_id)
        assert isinstance(step, QuizStep)
        right = next(i for i, a in enumerate(step.answers) if a.correct)
        return [_after(story, state, lambda r: r.answer(right))]
    if view.kind == "minigame":
        step = story.step(state.step_id)
        assert isinstance(step, MinigameStep)
        info = catalog.MINIGAMES.get(step.name)
        results = info.results if info else tuple(step.results) or ("done",)
        return [_after(story, state, _finish(result)) for result in results]
    return [_after(story, state, lambda r: r.advance())]


def _choose(index: int) -> Callable[[StoryRunner], object]:
    return lambda runner: runner.choose(index)


def _open(chapter_id: str) -> Callable[[StoryRunner], object]:
    return lambda runner: runner.choose_chapter(chapter_id)


def _finish(result: str) -> Callable[[StoryRunner], object]:
    return lambda runner: runner.finish_minigame(result)


def _after(story: Story, state: PlayState, action: Callable[[StoryRunner], object]) -> PlayState:
    runner = StoryRunner(story, state.copy())
    action(runner)
    return runner.state
