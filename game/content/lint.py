"""Whole-story checks after validation: chapter list, ids, targets, flow, names, quizzes and expressions."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from game import catalog, conditions
from game.content.diagnostics import Diagnostic
from game.content.lint_data import check_minigame_pools, check_placeholders, check_regions, check_tags
from game.content.lint_words import check_blaming, check_content_notes, check_line_length, check_reading_level
from game.content.project import ChapterSource, Project, full_id
from game.content.safeguarding import SAFEGUARDING_CHECKS
from game.content.schema import (
    AwardSpec,
    ChapterEndSpec,
    ChoiceSpec,
    EndingSpec,
    GotoSpec,
    IfSpec,
    LineSpec,
    MinigameSpec,
    QuizSpec,
    SetSpec,
)
from game.content.source import Path_, SourceFile
from game.story import SourcePos, Value

# -- edges of the story graph ---------------------------------------------------


@dataclass(frozen=True)
class Edge:
    """A jump from a step, with where it is written so errors can point at it."""

    target: str | None  # full id; None means "falls off the end of the chapter"
    path: Path_


_NOWHERE = "\0nowhere"  # stands for a next step without an id; no written target can equal it


def step_edges(project: Project, chapter: ChapterSource, index: int) -> list[Edge]:
    """Every way to leave step `index` of `chapter`."""
    if index + 1 >= len(chapter.spec.steps):
        return _edges(project, chapter, index, None)
    next_id = chapter.id_at(index + 1)
    if next_id is None:  # the next step failed validation without an id (reported): no way on to check there
        return [e for e in _edges(project, chapter, index, _NOWHERE) if e.target != _NOWHERE]
    return _edges(project, chapter, index, full_id(chapter.spec.id, next_id))


def _edges(project: Project, chapter: ChapterSource, index: int, following: str | None) -> list[Edge]:
    """The ways to leave step `index`, where going on to the next step means going to `following`."""
    cid = chapter.spec.id
    step = chapter.spec.steps[index]
    here: Path_ = ("steps", index)
    if step is None:
        return []
    fall = Edge(following, here)
    if isinstance(step, GotoSpec):
        return [Edge(full_id(cid, step.target), (*here, "target"))]
    if isinstance(step, IfSpec):
        otherwise = Edge(full_id(cid, step.otherwise), (*here, "else")) if step.otherwise else fall
        return [Edge(full_id(cid, step.target), (*here, "target")), otherwise]
    if isinstance(step, ChoiceSpec):
        return [Edge(full_id(cid, o.target), (*here, "options", j, "target")) if o.target else
                Edge(following, (*here, "options", j)) for j, o in enumerate(step.options)]
    if isinstance(step, MinigameSpec):
        edges = [Edge(full_id(cid, t), (*here, "results", name)) for name, t in step.results.items()]
        known = catalog.MINIGAMES.get(step.name)
        if known is None or set(known.results) - set(step.results):
            edges.append(fall)
        return edges
    if isinstance(step, ChapterEndSpec):
        nxt = step.next or _listed_after(project, cid)
        target_chapter = project.chapter(nxt) if nxt else None
        if target_chapter is None:
            # A named chapter that does not exist is an unknown-chapter error, not a dead end.
            return [Edge(None, here)] if nxt is None else []
        first = target_chapter.id_at(0)  # None: its first step failed validation without an id (reported)
        return [Edge(full_id(nxt or "", first), (*here, "next"))] if first is not None else []
    if isinstance(step, EndingSpec):
        return []
    return [fall]


def _listed_after(project: Project, chapter_id: str) -> str | None:
    ids = project.story.chapters
    if chapter_id not in ids:
        return None
    index = ids.index(chapter_id)
    return ids[index + 1] if index + 1 < len(ids) else None


# -- checks -----------------------------------------------------------------------

Check = Callable[[Project], Iterator[Diagnostic]]


def check_chapter_list(project: Project) -> Iterator[Diagnostic]:
    """Chapters named in story.yaml exist, each exists once, and every chapter file is listed."""
    src = project.story_source
    have = [c.spec.id for c in project.chapters]
    known = sorted(set(have) | project.broken_chapters)
    for i, cid in enumerate(project.story.chapters):
        if cid not in known and not project.unreadable_files:
            yield Diagnostic(src.pos(("chapters", i)), "unknown-chapter", f"no chapter file has id '{cid}'",
                             _known("chapters", known, cid))
    if project.story.start and project.story.start not in project.story.chapters:
        yield Diagnostic(src.pos(("start",)), "unknown-chapter",
                         f"start chapter '{project.story.start}' is not in the chapters list",
                         _known("chapters", project.story.chapters, project.story.start))
    seen: dict[str, SourceFile] = {}
    for chapter in project.chapters:
        cid = chapter.spec.id
        if cid in seen:
            yield Diagnostic(chapter.source.pos(("id",)), "duplicate-id",
                             f"chapter id '{cid}' is also used by {seen[cid].name}", "give each chapter its own id")
        seen[cid] = chapter.source
        if cid not in project.story.chapters:
            yield Diagnostic(chapter.source.pos(("id",)), "chapter-not-listed",
                             f"chapter '{cid}' is not listed in story.yaml", f"add '- {cid}' under chapters:")


def check_ids(project: Project) -> Iterator[Diagnostic]:
    """Step ids are unique in a chapter; option and answer ids are unique in their step."""
    for chapter in project.chapters:
        src = chapter.source
        yield from _unique(src, [(("steps", i, "id"), sid) for i, sid in chapter.step_ids()], "step")
        for i, step in chapter.valid_steps():
            if isinstance(step, ChoiceSpec):
                yield from _unique(src, [(("steps", i, "options", j, "id"), o.id)
                                         for j, o in enumerate(step.options)], "option")
            if isinstance(step, QuizSpec):
                yield from _unique(src, [(("steps", i, "answers", j, "id"), a.id)
                                         for j, a in enumerate(step.answers)], "answer")


def _unique(src: SourceFile, items: list[tuple[Path_, str]], what: str) -> Iterator[Diagnostic]:
    first: dict[str, SourcePos] = {}
    for path, ident in items:
        pos = src.pos(path)
        if ident in first:
            yield Diagnostic(pos, "duplicate-id", f"{what} id '{ident}' is used twice",
                             f"the first '{ident}' is at line {first[ident].line}; ids must be unique")
        else:
            first[ident] = pos


def check_targets(project: Project) -> Iterator[Diagnostic]:
    """Every goto, if, option, mini-game result and chapter_end leads to something that exists."""
    steps = {full_id(c.spec.id, sid) for c in project.chapters for _i, sid in c.step_ids()}
    for chapter in project.chapters:
        for i, step in chapter.valid_steps():
            if isinstance(step, ChapterEndSpec) and step.next:
                if project.chapter(step.next) is None and step.next not in project.broken_chapters:
                    yield Diagnostic(chapter.source.pos(("steps", i, "next")), "unknown-chapter",
                                     f"chapter_end goes to chapter '{step.next}', which does not exist",
                                     _known("chapters", [c.spec.id for c in project.chapters], step.next))
                continue
            for edge in step_edges(project, chapter, i):
                if edge.target is None or edge.target in steps:
                    continue
                target_chapter = edge.target.split(".", 1)[0]
                if target_chapter in project.broken_chapters:
                    continue
                yield Diagnostic(chapter.source.pos(edge.path), "unknown-step",
                                 f"target '{edge.target}' does not exist", _known_steps(project, edge.target))


def _known_steps(project: Project, target: str) -> str:
    cid, _, sid = target.partition(".")
    chapter = project.chapter(cid)
    if chapter is None:
        return _known("chapters", [c.spec.id for c in project.chapters], cid)
    return _known(f"steps in {cid}", [step_id for _i, step_id in chapter.step_ids()], sid)


def _known(what: str, names: list[str], wrong: str, limit: int = 12) -> str:
    close = difflib.get_close_matches(wrong, names, n=1)
    listed = ", ".join(names[:limit]) + (", ..." if len(names) > limit else "")
    return (f"did you mean '{close[0]}'? " if close else "") + f"known {what}: {listed or '(none)'}"


def check_flow(project: Project) -> Iterator[Diagnostic]:
    """No step falls off the end of its chapter, and every step can be reached from the start.

    Skipped while any chapter has schema errors or unknown targets: they would cause false alarms.
    """
    if not project.complete or any(True for _ in check_targets(project)):
        return
    if project.chapter(project.story.start or project.story.chapters[0]) is None:
        return  # the missing start chapter is reported by check_chapter_list; all else would look unreachable
    reached = _reachable(project)
    for chapter in project.chapters:
        cid = chapter.spec.id
        chapter_steps = [full_id(cid, sid) for _i, sid in chapter.step_ids()]
        if not any(s in reached for s in chapter_steps) and cid in project.story.chapters:
            yield Diagnostic(chapter.source.pos(("id",)), "unreachable-step",
                             f"no path from the start reaches chapter '{cid}'",
                             "end the chapter before it with `chapter_end` (or `next:` this chapter)")
            continue
        for i, step in chapter.valid_steps():
            if chapter_steps[i] not in reached and cid in project.story.chapters:
                yield Diagnostic(chapter.source.pos(("steps", i)), "unreachable-step",
                                 f"step '{step.id}' can never be reached",
                                 "jump to it with goto/if/a choice target, or remove it")
            for edge in step_edges(project, chapter, i):
                if edge.target is None:
                    yield _dead_end(chapter, i, step, edge)


def _dead_end(chapter: ChapterSource, i: int, step: object, edge: Edge) -> Diagnostic:
    if isinstance(step, ChapterEndSpec):
        return Diagnostic(chapter.source.pos(edge.path), "dead-end",
                          "this chapter_end has no chapter after it, so the story stops without an ending",
                          "end the last chapter with an `ending` step, or add `next:`")
    return Diagnostic(chapter.source.pos(edge.path), "dead-end",
                      "the story runs off the end of the chapter after this",
                      "add a `chapter_end`, `ending` or `goto` step after it, or give it a target")


def _reachable(project: Project) -> set[str]:
    start_id = project.story.start or project.story.chapters[0]
    start = project.chapter(start_id)
    if start is None:
        return set()
    index = {full_id(c.spec.id, s.id): (c, i) for c in project.chapters for i, s in enumerate(c.spec.steps)}
    first = start.id_at(0)
    todo = [full_id(start_id, first)] if first is not None else []
    seen: set[str] = set()
    while todo:
        current = todo.pop()
        if current in seen or current not in index:
            continue
        seen.add(current)
        chapter, i = index[current]
        todo.extend(e.target for e in step_edges(project, chapter, i) if e.target)
    return seen


def check_names(project: Project) -> Iterator[Diagnostic]:
    """Speakers, expressions, backdrops, prizes and mini-games refer to things that exist."""
    story = project.story
    for chapter in project.chapters:
        src = chapter.source
        for i, step in chapter.valid_steps():
            here: Path_ = ("steps", i)
            speaker = getattr(step, "speaker", None)
            if speaker and speaker not in story.characters:
                yield Diagnostic(src.pos((*here, "speaker")), "unknown-speaker", f"no character '{speaker}'",
                                 _known("characters (story.yaml)", list(story.characters), speaker))
            if isinstance(step, LineSpec):
                if step.expression and step.expression not in catalog.EXPRESSIONS:
                    yield Diagnostic(src.pos((*here, "expression")), "unknown-expression",
                                     f"no expression '{step.expression}'",
                                     _known("expressions", list(catalog.EXPRESSIONS), step.expression))
                if step.background and step.background not in catalog.BACKDROPS:
                    yield Diagnostic(src.pos((*here, "background")), "unknown-background",
                                     f"no backdrop '{step.background}'",
                                     _known("backdrops", list(catalog.BACKDROPS), step.background,
                                            limit=len(catalog.BACKDROPS)))  # a short, fixed list: show it all
            if isinstance(step, AwardSpec):
                yield from _check_award(project, src, here, step)
            if isinstance(step, MinigameSpec):
                yield from _check_minigame(src, here, step)


def _check_award(project: Project, src: SourceFile, here: Path_, step: AwardSpec) -> Iterator[Diagnostic]:
    if (step.badge is None) == (step.time_piece is None):
        yield Diagnostic(src.pos(here), "award-needs-one", "an award gives exactly one badge or time piece",
                         "write either `badge: NAME` or `time_piece: NAME`")
        return
    kind, name, known = (("badge", step.badge, project.story.badges) if step.badge
                         else ("time_piece", step.time_piece, project.story.time_pieces))
    if name not in known:
        yield Diagnostic(src.pos((*here, kind)), "unknown-prize", f"no {kind} '{name}' in story.yaml",
                         _known(f"{kind}s", list(known), name or ""))


def _check_minigame(src: SourceFile, here: Path_, step: MinigameSpec) -> Iterator[Diagnostic]:
    info = catalog.MINIGAMES.get(step.name)
    if info is None:
        yield Diagnostic(src.pos((*here, "name")), "unknown-minigame", f"no mini-game '{step.name}'",
                         _known("mini-games", list(catalog.MINIGAMES), step.name))
        return
    results = info.results
    for name in step.results:
        if name not in results:
            yield Diagnostic(src.key_pos((*here, "results", name)), "unknown-result",
                             f"mini-game '{step.name}' never finishes with '{name}'",
                             f"its results are: {', '.join(results)}")


def check_quizzes(project: Project) -> Iterator[Diagnostic]:
    """Every quiz has at least one correct answer, and one kept in order does not start with a right one."""
    for chapter in project.chapters:
        for i, step in chapter.valid_steps():
            if isinstance(step, QuizSpec) and not any(a.correct for a in step.answers):
                yield Diagnostic(chapter.source.pos(("steps", i, "answers")), "quiz-no-correct",
                                 "no answer of this quiz is marked correct",
                                 "add `correct: true` to the right answer")
            elif isinstance(step, QuizSpec) and not step.shuffle and step.answers[0].correct:
                yield Diagnostic(chapter.source.pos(("steps", i, "shuffle")), "quiz-right-answer-first",
                                 "with `shuffle: false` the first answer, which is right, is always shown first: "
                                 "a child pressing Enter without reading gets it right",
                                 "move a wrong answer first, or leave out `shuffle: false`", severity="warning")


def check_choices(project: Project) -> Iterator[Diagnostic]:
    """Warn when every option of a choice has an `if`: if none holds, the player would see no option."""
    for chapter in project.chapters:
        for i, step in chapter.valid_steps():
            if isinstance(step, ChoiceSpec) and all(o.condition for o in step.options):
                yield Diagnostic(chapter.source.pos(("steps", i, "options")), "choice-may-be-empty",
                                 "every option has an `if`, so at some point none may be offered",
                                 "leave one option without `if` so the player can always go on",
                                 severity="warning")


def check_expressions(project: Project) -> Iterator[Diagnostic]:
    """Conditions and effects parse, use only variables declared in story.yaml, and fit their types."""
    declared = project.story.variables
    for chapter in project.chapters:
        src = chapter.source
        for i, step in chapter.valid_steps():
            here: Path_ = ("steps", i)
            if isinstance(step, IfSpec):
                yield from _check_expression(src, (*here, "condition"), step.condition, declared, bool)
            if isinstance(step, SetSpec):
                yield from _check_effects(src, (*here, "set"), step.set, declared)
            if isinstance(step, ChoiceSpec):
                for j, option in enumerate(step.options):
                    if option.condition:
                        yield from _check_expression(src, (*here, "options", j, "if"), option.condition,
                                                     declared, bool)
                    yield from _check_effects(src, (*here, "options", j, "set"), option.set, declared)


def _check_effects(src: SourceFile, path: Path_, effects: Mapping[str, Value],
                   declared: Mapping[str, Value]) -> Iterator[Diagnostic]:
    for name, value in effects.items():
        if name not in declared:
            yield Diagnostic(src.key_pos((*path, name)), "unknown-variable", f"variable '{name}' is not declared",
                             f"declare it with a starting value under `variables:` in story.yaml "
                             f"({_known('variables', list(declared), name)})")
            continue
        wanted = type(declared[name])
        if isinstance(value, str):
            yield from _check_expression(src, (*path, name), value, declared, wanted)
        elif type(value) is not wanted:
            yield Diagnostic(src.pos((*path, name)), "expression-type",
                             f"'{name}' starts as {_type_name(wanted)}, so it cannot be set to {value!r}",
                             "keep each variable the same kind of value as its starting value in story.yaml")


def _check_expression(src: SourceFile, path: Path_, source: str, declared: Mapping[str, Value],
                      wanted: type) -> Iterator[Diagnostic]:
    try:
        node = conditions.parse(source)
    except conditions.ConditionError as exc:
        yield Diagnostic(src.inside(path, exc.offset), "bad-expression", exc.message,
                         "write e.g. `courage >= 2 and not met_owl`; quote text values: 'owl'")
        return
    unknown = [var for var in conditions.names(node) if var.name not in declared]
    for var in unknown:
        yield Diagnostic(src.inside(path, var.offset), "unknown-variable",
                         f"variable '{var.name}' is not declared",
                         _unknown_name_hint(path, source, node, var.name, declared, wanted))
    if unknown:
        return
    try:
        found = conditions.infer(node, {name: type(value) for name, value in declared.items()})
    except conditions.ConditionError as exc:
        yield Diagnostic(src.inside(path, exc.offset), "expression-type", exc.message,
                         "numbers use + - < >, true/false use and/or/not, text is compared with == or !=")
        return
    if found is not wanted:
        yield Diagnostic(src.inside(path, 0), "expression-type",
                         f"this gives {_type_name(found)}, but {_type_name(wanted)} is needed here",
                         "a condition must be true or false, e.g. `courage >= 2`")


def _unknown_name_hint(path: Path_, source: str, node: conditions.Node, name: str,
                       declared: Mapping[str, Value], wanted: type) -> str:
    """"Quote the text" where a word is meant as text (setting or comparing a text variable), else "declare it"."""
    texts = [var.name for var in conditions.names(node) if isinstance(declared.get(var.name), str)]
    if wanted is str or texts:
        quoted = source.replace(name, f"'{name}'", 1)
        written = f"{path[-1]}: \"{quoted}\"" if wanted is str else f"\"{quoted}\""
        return (f"to mean the text {name!r}, put it in quotes inside the value: {written} "
                f"(a word without quotes is read as a variable)")
    return f"declare it under `variables:` in story.yaml ({_known('variables', list(declared), name)})"


def _type_name(kind: type) -> str:
    return {bool: "true/false", int: "a number", str: "text"}.get(kind, kind.__name__)


def check_soft_locks(project: Project) -> Iterator[Diagnostic]:
    """Loops the player can enter and never leave (game/content/lint_loops.py)."""
    from game.content.lint_loops import check_loops  # lint_loops builds on step_edges above

    return check_loops(project)


CHECKS: tuple[Check, ...] = (
    check_chapter_list, check_ids, check_targets, check_flow, check_soft_locks, check_names, check_quizzes,
    check_choices, check_expressions, check_tags, check_minigame_pools, check_regions, check_placeholders,
    check_reading_level, check_line_length, check_blaming, check_content_notes, *SAFEGUARDING_CHECKS,
)


def lint(project: Project) -> list[Diagnostic]:
    """Run every check and return all diagnostics (unsorted), follow-on errors folded into their cause."""
    from game.content.fold import fold_follow_ons  # fold reads lint_loops, which builds on this module

    return fold_follow_ons(project, [d for check in CHECKS for d in check(project)])
