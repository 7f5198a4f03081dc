"""Soft-lock checks: loops a player can enter but never leave, found on the graph of steps and jumps."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game import conditions
from game.content.diagnostics import Diagnostic
from game.content.project import ChapterSource, Project, full_id
from game.content.schema import ChapterEndSpec, ChoiceSpec, EndingSpec, GotoSpec, IfSpec, SetSpec, StepSpec
from game.story import Value

if TYPE_CHECKING:
    from game.content.lint import Edge

INVISIBLE = (SetSpec, IfSpec, GotoSpec)  # the steps the runner passes through without showing anything
LOOP_CODES = ("invisible-loop", "endless-loop", "loop-exit-closed")


@dataclass(frozen=True)
class Guard:
    """The condition an edge needs: `condition` true, or false when `negated`."""

    condition: str
    negated: bool = False

    def text(self) -> str:
        return f"not ({self.condition})" if self.negated else self.condition


@dataclass(frozen=True)
class Jump:
    """An edge of the step graph with the condition it needs (None: always open)."""

    source: str
    edge: Edge
    guard: Guard | None


@dataclass(frozen=True)
class Loop:
    """A trap: steps the player can reach and go round, but never leave (or only through a closed way)."""

    code: str
    chapter: ChapterSource  # where the step that closes the loop is written
    closing: Jump  # the jump that goes back to the first step of the loop
    cycle: tuple[str, ...]  # full ids round the loop, starting at the step the player enters first
    members: frozenset[str]  # every step of the trap, for the story map
    closed_exits: tuple[Jump, ...] = ()

    def diagnostic(self) -> Diagnostic:
        here = self.chapter.spec.id
        names = [_short(here, s) for s in (*self.cycle, self.cycle[0])]
        round_trip = " → ".join(names)
        more = len(self.members) - len(self.cycle)
        also = f" (and {more} more step(s) that only lead back into it)" if more > 0 else ""
        pos = self.chapter.source.pos(self.closing.edge.path)
        if self.code == "invisible-loop":
            return Diagnostic(pos, "invisible-loop",
                              f"these steps jump round without showing anything, so the game freezes: "
                              f"{round_trip}{also}",
                              "put a visible step (a line or a choice) in the loop, or point the jump at a step "
                              "after it")
        if self.code == "endless-loop":
            return Diagnostic(pos, "endless-loop",
                              f"the player can go round this loop but never leave it: {round_trip}{also}",
                              "give one step of the loop a way out: a choice option, or an `if` or `goto` to a "
                              "step after the loop")
        exits = "; ".join(f"from '{_short(here, j.source)}' only when `{j.guard.text()}`"
                          for j in self.closed_exits if j.guard)
        return Diagnostic(pos, "loop-exit-closed",
                          f"the only way out of this loop can never be taken: {round_trip}{also}; it leaves "
                          f"{exits}, which is always false (no step sets those variables)",
                          "set the variable somewhere the player passes (a `set` step or an option's `set:`), "
                          "or change the condition")


def _short(chapter_id: str, full: str) -> str:
    cid, _, sid = full.partition(".")
    return sid if cid == chapter_id else full


class _Graph:
    """Every reachable step, its jumps with their conditions, and the order the player meets steps in."""

    def __init__(self, project: Project) -> None:
        from game.content.lint import step_edges  # lint runs this module's check: import it when needed

        self.project = project
        self.steps: dict[str, tuple[ChapterSource, int, StepSpec]] = {}
        for chapter in project.chapters:
            for i, step in chapter.valid_steps():
                self.steps[full_id(chapter.spec.id, step.id)] = (chapter, i, step)
        self.jumps: dict[str, list[Jump]] = {}
        self.order: dict[str, int] = {}  # breadth-first order from the start: "the step met first"
        self.unknown_target = False  # a jump to a step that does not exist (reported): the graph has holes
        start = project.chapter(project.story.start or project.story.chapters[0])
        first = start.id_at(0) if start is not None else None
        queue = deque([full_id(start.spec.id, first)] if start is not None and first is not None else [])
        while queue:
            current = queue.popleft()
            if current in self.order or current not in self.steps:
                continue
            self.order[current] = len(self.order)
            chapter, i, step = self.steps[current]
            jumps = [Jump(current, e, _guard(step, e)) for e in step_edges(project, chapter, i)]
            self.jumps[current] = jumps
            for jump in jumps:
                if jump.edge.target is not None:
                    self.unknown_target |= jump.edge.target not in self.steps
                    queue.append(jump.edge.target)

    def visible(self, step_id: str) -> bool:
        return not isinstance(self.steps[step_id][2], INVISIBLE)

    def ends_story(self, step_id: str) -> bool:
        """An ending, or a chapter_end after which no chapter follows (the story finishes there)."""
        step = self.steps[step_id][2]
        return isinstance(step, EndingSpec) or (isinstance(step, ChapterEndSpec) and
                                                any(j.edge.target is None for j in self.jumps[step_id]))


def _guard(step: StepSpec, edge: Edge) -> Guard | None:
    tail = edge.path[2:]
    if isinstance(step, IfSpec):
        return Guard(step.condition, negated=tail[:1] != ("target",))
    if isinstance(step, ChoiceSpec) and tail[:1] == ("options",) and isinstance(tail[1], int):
        condition = step.options[tail[1]].condition
        return Guard(condition) if condition else None
    return None


def _components(nodes: list[str], successors: Mapping[str, list[str]]) -> list[list[str]]:
    """Strongly connected components of the graph (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(successors.get(root, ())))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(successors.get(child, ()))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    return found


def _assigned(project: Project) -> set[str]:
    """Every variable some step or option can change."""
    names: set[str] = set()
    for chapter in project.chapters:
        for _i, step in chapter.valid_steps():
            if isinstance(step, SetSpec):
                names.update(step.set)
            if isinstance(step, ChoiceSpec):
                for option in step.options:
                    names.update(option.set)
    return names


def _never_open(guard: Guard, assigned: set[str], start: Mapping[str, Value]) -> bool:
    """Whether `guard` is false whatever the player does: it reads only variables nothing changes."""
    try:
        node = conditions.parse(guard.condition)
        if any(var.name in assigned for var in conditions.names(node)):
            return False
        value = conditions.evaluate(node, start)
    except conditions.ConditionError:
        return False  # reported by the expression checks
    return value is guard.negated


def find_loops(project: Project) -> list[Loop]:
    """Every trap in the story, in the order the player would meet them.

    Skipped (empty) while any chapter has schema errors or a reachable jump has an unknown target (reported).
    """
    if not project.complete or project.chapter(project.story.start or project.story.chapters[0]) is None:
        return []
    graph = _Graph(project)
    if graph.unknown_target:
        return []
    assigned = _assigned(project)
    start_values = dict(project.story.variables)
    reached = sorted(graph.order, key=graph.order.__getitem__)
    loops: list[Loop] = []
    invisible = [s for s in reached if not graph.visible(s)]
    inner = {s: [j.edge.target for j in graph.jumps[s] if j.edge.target and not graph.visible(j.edge.target)]
             for s in invisible}
    frozen: set[str] = set()
    for component in _components(invisible, inner):
        members = set(component)
        if not _is_cycle(members, inner):
            continue
        jumps = [j for s in members for j in graph.jumps[s]]
        exits = [j for j in jumps if j.edge.target not in members]
        open_exits = [j for j in exits if j.guard is None or not _never_open(j.guard, assigned, start_values)]
        read = {v.name for j in jumps if j.guard for v in _names(j.guard.condition)}
        changing = any(read & set(graph.steps[s][2].set) for s in members  # type: ignore[union-attr]
                       if isinstance(graph.steps[s][2], SetSpec))
        if open_exits and changing:
            continue  # a counted loop (`set n: n + 1`, `if n < 3`) can end; the path explorer plays it out
        loops.append(_loop(graph, "invisible-loop", members, inner))
        frozen |= members
    successors = {s: [j.edge.target for j in graph.jumps[s] if j.edge.target] for s in reached}
    for component in _components(reached, successors):
        members = set(component)
        if not _is_cycle(members, successors) or members & frozen or any(graph.ends_story(s) for s in members):
            continue
        exits = [j for s in members for j in graph.jumps[s] if j.edge.target is None or j.edge.target not in members]
        if not exits:
            loops.append(_loop(graph, "endless-loop", members, successors))
        elif all(j.guard is not None and _never_open(j.guard, assigned, start_values) for j in exits):
            loops.append(_loop(graph, "loop-exit-closed", members, successors, tuple(exits)))
    return sorted(loops, key=lambda loop: graph.order[loop.cycle[0]])


def _names(condition: str) -> list[conditions.Var]:
    try:
        return conditions.names(conditions.parse(condition))
    except conditions.ConditionError:
        return []


def _is_cycle(members: set[str], successors: Mapping[str, list[str]]) -> bool:
    """A component is a loop when it has two steps or more, or one step that jumps to itself."""
    if len(members) > 1:
        return True
    only = next(iter(members))
    return only in successors.get(only, ())


def _loop(graph: _Graph, code: str, members: set[str], successors: Mapping[str, list[str]],
          closed: tuple[Jump, ...] = ()) -> Loop:
    """The loop through the step of `members` met first, by the fewest steps, and the jump that closes it."""
    entry = min(members, key=graph.order.__getitem__)
    came_from: dict[str, str] = {}
    queue = deque([entry])
    closing_source = entry
    while queue:
        current = queue.popleft()
        if entry in successors.get(current, ()):
            closing_source = current
            break
        for following in successors.get(current, ()):
            if following in members and following not in came_from and following != entry:
                came_from[following] = current
                queue.append(following)
    cycle = [closing_source]
    while cycle[-1] != entry:
        cycle.append(came_from[cycle[-1]])
    cycle.reverse()
    closing = next(j for j in graph.jumps[closing_source] if j.edge.target == entry)
    chapter = graph.steps[closing_source][0]
    return Loop(code, chapter, closing, tuple(cycle), frozenset(members), closed)


def check_loops(project: Project) -> Iterator[Diagnostic]:
    """Every loop a player can enter and never leave is one error, at the step that closes it."""
    for loop in find_loops(project):
        yield loop.diagnostic()
