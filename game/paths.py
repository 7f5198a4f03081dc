"""Explore every way through a story with the real runner: endings reached, and whether each passes a lesson."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from game import catalog
from game.runner import RunnerError, StoryRunner
from game.state import PlayState
from game.story import ChoiceStep, MinigameStep, QuizStep, Story, Text


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
    graph: dict[tuple[object, ...], tuple[str, list[tuple[object, ...]]]] = {}  # state → (step, next states)
    finishing: set[tuple[object, ...]] = set()  # states one decision away from the end
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
        nexts: list[tuple[object, ...]] = []
        graph[key] = (step.id, nexts)
        try:
            for following in _successors(story, runner):
                if following.finished:
                    report.endings.add(step.id)
                    finishing.add(key)
                    if not learned:
                        report.missing_lesson.append(here)
                    continue
                nexts.append(_signature(following, learned))
                todo.append((following, learned, here))
        except RunnerError as exc:
            report.stuck.append(f"{step.id}: {exc}")
            finishing.add(key)  # reported just now; not also as a loop
    if not report.truncated:
        report.stuck.extend(_trapped(graph, finishing))
    return report


def _trapped(graph: dict[tuple[object, ...], tuple[str, list[tuple[object, ...]]]],
             finishing: set[tuple[object, ...]]) -> list[str]:
    """"step: why" for each place from which every way on goes round without ever reaching an ending."""
    before: dict[tuple[object, ...], list[tuple[object, ...]]] = {}
    for key, (_step, nexts) in graph.items():
        for following in nexts:
            before.setdefault(following, []).append(key)
    can_end = set(finishing)
    todo = list(finishing)
    while todo:
        for earlier in before.get(todo.pop(), ()):
            if earlier not in can_end:
                can_end.add(earlier)
                todo.append(earlier)
    trapped = [key for key in graph if key not in can_end]
    entries = [key for key in trapped if not before.get(key) or any(k in can_end for k in before[key])]
    found: list[str] = []
    reported: set[frozenset[str]] = set()
    for entry in entries:
        steps: list[str] = []
        seen = {entry}
        todo = [entry]
        while todo:
            current = todo.pop()
            if graph[current][0] not in steps:
                steps.append(graph[current][0])
            for following in graph[current][1]:
                if following not in seen and following in graph:
                    seen.add(following)
                    todo.append(following)
        if frozenset(steps) in reported:
            continue
        reported.add(frozenset(steps))
        shown = ", ".join(steps[:8]) + (", ..." if len(steps) > 8 else "")
        found.append(f"{graph[entry][0]}: every way on from here goes round without reaching an ending "
                     f"(a loop through {shown})")
    return found


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


# -- path statistics: lengths, words and play time --------------------------------------------------

WORDS_PER_MINUTE = {"en": 90, "ko": 60}  # a child reading aloud-ish: English words, Korean 어절 (spaced units)
SECONDS_PER_DECISION = 20  # each quiz or choice
SECONDS_PER_MINIGAME = 90
ASSUMPTIONS = (f"{WORDS_PER_MINUTE['en']} English words/min, {WORDS_PER_MINUTE['ko']} Korean 어절/min, "
               f"{SECONDS_PER_DECISION} s per quiz or choice, {SECONDS_PER_MINIGAME} s per mini-game; "
               "a visible step is any screen but the town map")
_WORD = re.compile(r"\S+")
_END = ("<end>",)


@dataclass(frozen=True)
class Cost:
    """What one screen (plus the words shown after the player's pick) costs a reader."""

    steps: int = 0
    words_en: int = 0
    words_ko: int = 0
    decisions: int = 0
    minigames: int = 0

    def __add__(self, other: Cost) -> Cost:
        return Cost(self.steps + other.steps, self.words_en + other.words_en, self.words_ko + other.words_ko,
                    self.decisions + other.decisions, self.minigames + other.minigames)

    def seconds(self, lang: str) -> float:
        """Estimated reading and playing time in `lang` (see `ASSUMPTIONS`)."""
        words = self.words_en if lang == "en" else self.words_ko
        return (words * 60 / WORDS_PER_MINUTE[lang] + self.decisions * SECONDS_PER_DECISION
                + self.minigames * SECONDS_PER_MINIGAME)


@dataclass
class PathStats:
    """Shortest and longest ways to an ending, and the play time of each chapter (min, max seconds per language)."""

    states: int = 0
    truncated: bool = False
    loops: bool = False  # a state can come back to itself, so "longest" is only the longest loop-free way
    shortest: dict[str, int] = field(default_factory=dict)  # metric ("steps", "words_en", "words_ko") → value
    longest: dict[str, int] = field(default_factory=dict)
    chapter_seconds: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)  # chapter → lang → range
    routes_to_ending: dict[str, int] = field(default_factory=dict)  # ending step → ways from the start (loop-free)
    routes_in_chapter: dict[str, int] = field(default_factory=dict)  # chapter → ways through it (loop-free)


def _text_words(*texts: Text | None) -> Cost:
    shown = [t for t in texts if t is not None]
    return Cost(0, sum(len(_WORD.findall(t.en)) for t in shown), sum(len(_WORD.findall(t.ko)) for t in shown))


def _screen(story: Story, runner: StoryRunner) -> tuple[Cost, list[tuple[Cost, PlayState]]]:
    """The cost of the screen now and every (extra cost, next state) the player can reach from it."""
    view = runner.current()
    state = runner.state
    nexts = _successors(story, runner)
    if view.kind == "map":
        return Cost(), [(Cost(), s) for s in nexts]
    step = story.step(state.step_id)
    cost = Cost(1) + _text_words(view.title, view.text, *(c.text for c in view.choices),
                                 *(a.text for a in view.answers))
    extras = [Cost()] * len(nexts)
    if view.kind == "choice" and isinstance(step, ChoiceStep):
        options = {o.id: o for o in step.options}
        extras = [_text_words(options[c.id].feedback) for c in view.choices]
        cost = cost + Cost(decisions=1)
    elif view.kind == "quiz" and isinstance(step, QuizStep):
        right = next(a for a in step.answers if a.correct)
        cost = cost + _text_words(right.explanation) + Cost(decisions=1)
    elif view.kind == "minigame":
        cost = cost + Cost(minigames=1)
    elif view.kind == "chapter_intro":
        cost = cost + _text_words(view.chapter.content_note)
    return cost, list(zip(extras, nexts, strict=True))


def path_stats(story: Story, max_states: int = 200_000) -> PathStats:
    """Build the graph of distinct play states (like `explore`) and measure the ways through it.

    Lengths count visible steps and the words shown (texts, offered options and answers, the right answer's
    explanation, the picked option's feedback); chapter times are the fastest and slowest way through each
    chapter under `ASSUMPTIONS`.
    """
    stats = PathStats()
    nodes: dict[tuple[object, ...], tuple[str, Cost, list[tuple[Cost, tuple[object, ...]]]]] = {}
    step_of: dict[tuple[object, ...], str] = {}
    start = StoryRunner(story).state
    start_key = _signature(start, False)
    todo = [start]
    while todo:
        state = todo.pop()
        key = _signature(state, False)
        if key in nodes:
            continue
        if len(nodes) >= max_states:
            stats.truncated = True
            break
        runner = StoryRunner(story, state.copy())
        where = story.step(runner.state.step_id).chapter
        step_of[key] = runner.state.step_id
        try:
            cost, following = _screen(story, runner)
        except RunnerError:
            nodes[key] = (where, Cost(), [])
            continue
        edges: list[tuple[Cost, tuple[object, ...]]] = []
        for extra, nxt in following:
            edges.append((extra, _END if nxt.finished else _signature(nxt, False)))
            if not nxt.finished:
                todo.append(nxt)
        nodes[key] = (where, cost, edges)
    stats.states = len(nodes)

    def extremes(weight: Callable[[Cost], float], inside: Callable[[tuple[object, ...]], bool],
                 origin: tuple[object, ...]) -> tuple[float, float] | None:
        """(min, max) total weight from `origin` to leaving `inside` (or the end); loops are cut."""
        memo: dict[tuple[object, ...], tuple[float, float] | None] = {}
        on_stack: set[tuple[object, ...]] = set()
        stack: list[tuple[tuple[object, ...], int]] = [(origin, 0)]
        while stack:
            key, index = stack.pop()
            if index == 0:
                on_stack.add(key)
            _chapter, cost, edges = nodes[key]
            if index < len(edges):
                stack.append((key, index + 1))
                target = edges[index][1]
                if target != _END and inside(target) and target not in memo:
                    if target in on_stack:
                        stats.loops = True
                    elif target in nodes:
                        stack.append((target, 0))
                continue
            on_stack.discard(key)
            ways: list[tuple[float, float]] = []
            for extra, target in edges:
                here = weight(cost + extra)
                if target == _END or not inside(target):
                    ways.append((here, here))
                elif memo.get(target) is not None:
                    low, high = memo[target]  # type: ignore[misc]
                    ways.append((here + low, here + high))
            memo[key] = (min(w[0] for w in ways), max(w[1] for w in ways)) if ways else None
        return memo.get(origin)

    def everywhere(key: tuple[object, ...]) -> bool:
        return key in nodes

    metrics: dict[str, Callable[[Cost], float]] = {
        "steps": lambda c: c.steps, "words_en": lambda c: c.words_en, "words_ko": lambda c: c.words_ko}
    for name, weight in metrics.items():
        found = extremes(weight, everywhere, start_key)
        if found is not None:
            stats.shortest[name], stats.longest[name] = int(found[0]), int(found[1])
    entries = {start_key} if start_key in nodes else set()
    for chapter_id, _cost, edges in nodes.values():
        entries |= {t for _x, t in edges if t in nodes and nodes[t][0] != chapter_id}
    for chapter in story.chapters:
        times: dict[str, tuple[float, float]] = {}
        for lang in ("en", "ko"):
            ranges = [r for key in entries if nodes[key][0] == chapter.id
                      if (r := extremes(_seconds_in(lang), _in_chapter(chapter.id, nodes), key)) is not None]
            if ranges:
                times[lang] = (min(r[0] for r in ranges), max(r[1] for r in ranges))
        stats.chapter_seconds[chapter.id] = times
    stats.routes_to_ending = _count_routes(nodes, step_of, start_key, everywhere, by_ending=True)
    for chapter in story.chapters:
        inside = _in_chapter(chapter.id, nodes)
        stats.routes_in_chapter[chapter.id] = sum(
            sum(_count_routes(nodes, step_of, key, inside, by_ending=False).values())
            for key in entries if nodes[key][0] == chapter.id)
    return stats


def _count_routes(nodes: _Graph, step_of: dict[tuple[object, ...], str], origin: tuple[object, ...],
                  inside: Callable[[tuple[object, ...]], bool], by_ending: bool) -> dict[str, int]:
    """Ways from `origin` to the end (by ending step) or out of `inside` ("out"), each loop cut where it closes."""
    memo: dict[tuple[object, ...], dict[str, int]] = {}
    on_stack: set[tuple[object, ...]] = set()
    stack: list[tuple[tuple[object, ...], int]] = [(origin, 0)]
    while stack:
        key, index = stack.pop()
        if index == 0:
            on_stack.add(key)
        edges = nodes[key][2]
        if index < len(edges):
            stack.append((key, index + 1))
            target = edges[index][1]
            if target != _END and inside(target) and target not in memo and target not in on_stack:
                stack.append((target, 0))
            continue
        on_stack.discard(key)
        found: dict[str, int] = {}
        for _extra, target in edges:
            if target == _END or not inside(target):
                name = step_of[key] if by_ending and target == _END else "out"
                found[name] = found.get(name, 0) + 1
            elif target in memo:
                for name, count in memo[target].items():
                    found[name] = found.get(name, 0) + count
        memo[key] = found
    return memo.get(origin, {})


def _seconds_in(lang: str) -> Callable[[Cost], float]:
    return lambda cost: cost.seconds(lang)


_Graph = dict[tuple[object, ...], tuple[str, Cost, list[tuple[Cost, tuple[object, ...]]]]]


def _in_chapter(chapter_id: str, nodes: _Graph) -> Callable[[tuple[object, ...]], bool]:
    return lambda key: key in nodes and nodes[key][0] == chapter_id
