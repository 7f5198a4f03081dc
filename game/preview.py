"""The writers' `--start` preview: the state a step would have when reached the shortest way from the start."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from game import catalog
from game.runner import RunnerError, StoryRunner
from game.state import PlayState
from game.story import MinigameStep, QuizStep, Story

MAX_STATES = 20_000  # a breadth-first walk; the real story reaches its last step in a few hundred


def state_at(story: Story, step_id: str) -> PlayState:
    """The state on arriving at `step_id` by the fewest decisions from a new game, its chapter card showing.

    Backdrop, variables, prizes and finished chapters are what that way gave (the certificate counts them);
    the pre and post checks count as done, so a preview never adds to a class's results. A step no way
    reaches (or one beyond `MAX_STATES`) opens as before: on the step, with the story's defaults.
    """
    start = StoryRunner(story).state
    todo: deque[PlayState] = deque([start])
    seen = {_key(start)}
    found = None
    while todo and len(seen) <= MAX_STATES:
        state = todo.popleft()
        if state.step_id == step_id and not state.at_map:
            found = state
            break
        for following in _next_states(story, state):
            key = _key(following)
            if key not in seen and not following.finished:
                seen.add(key)
                todo.append(following)
    if found is None:
        found = PlayState(step_id=step_id)
    found = found.copy()
    found.intro_pending, found.trail, found.trail_start = True, [], None
    found.checked = ["pre", "post"]
    return found


def _key(state: PlayState) -> tuple[object, ...]:
    return (state.step_id, state.intro_pending, state.at_map, tuple(sorted(state.variables.items())),
            tuple(state.completed), state.replaying)


def _next_states(story: Story, state: PlayState) -> list[PlayState]:
    """The states one decision away: every option, the right answer, every mini-game result, or going on."""
    runner = StoryRunner(story, state.copy())
    view = runner.current()
    actions: list[Callable[[StoryRunner], object]]
    if view.kind == "map":
        actions = [lambda r: r.choose_chapter(state.chapter_id)]
    elif view.kind == "choice":
        actions = [_choose(i) for i in range(len(view.choices))]
    elif view.kind == "quiz":
        step = story.step(state.step_id)
        assert isinstance(step, QuizStep)
        right = next(i for i, a in enumerate(step.answers) if a.correct)
        actions = [lambda r: r.answer(right)]
    elif view.kind == "minigame":
        step = story.step(state.step_id)
        assert isinstance(step, MinigameStep)
        info = catalog.MINIGAMES.get(step.name)
        actions = [_finish(result) for result in (info.results if info else ("done",))]
    else:
        actions = [lambda r: r.advance()]
    states = []
    for action in actions:  # each on its own runner: a decision must not see the one tried before
        runner = StoryRunner(story, state.copy())
        try:
            action(runner)
        except RunnerError:
            continue
        states.append(runner.state)
    return states


def _choose(index: int) -> Callable[[StoryRunner], object]:
    return lambda runner: runner.choose(index)


def _finish(result: str) -> Callable[[StoryRunner], object]:
    return lambda runner: runner.finish_minigame(result)
