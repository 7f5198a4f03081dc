"""Read a story folder, validate and lint it, and compile the specs into a runtime `Story` or its JSON bundle."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from pydantic import TypeAdapter, ValidationError

from game import bundle
from game.content.diagnostics import ContentError, Diagnostic, sort_diagnostics
from game.content.encoding import decode
from game.content.errors import validation_diagnostics
from game.content.lint import lint
from game.content.modeline import check_modelines
from game.content.project import ChapterSource, Project, full_id
from game.content.schema import (
    AwardSpec,
    ChapterEndSpec,
    ChapterSpec,
    ChoiceSpec,
    EndingSpec,
    GotoSpec,
    IfSpec,
    LineSpec,
    MinigameItemSpec,
    MinigamePoolSpec,
    MinigameSpec,
    MinigamesSpec,
    QuizSpec,
    RegionSpec,
    SetSpec,
    StepSpec,
    StorySpec,
    TextSpec,
)
from game.content.source import SourceFile, parse_source
from game.story import (
    Answer,
    AnyStep,
    AwardStep,
    Chapter,
    ChapterEndStep,
    Character,
    CheckAnswer,
    CheckQuestion,
    ChoiceStep,
    EndingStep,
    GotoStep,
    IfStep,
    LineStep,
    MinigameItem,
    MinigamePool,
    MinigameQuestion,
    MinigameStep,
    Option,
    PhoneNumber,
    Prize,
    QuizStep,
    Region,
    SetStep,
    SourcePos,
    Story,
    TeacherNote,
    Text,
)

MANIFEST = "story.yaml"
MINIGAMES_DIR = "minigames"
REGIONS_DIR = "regions"


def read_project(directory: str | Path) -> tuple[Project | None, list[Diagnostic]]:
    """Parse and validate every YAML file in `directory`, then lint the whole story.

    Returns:
        The project (None when story.yaml itself is unusable) and every diagnostic found.
    """
    folder = Path(directory)
    diagnostics: list[Diagnostic] = []
    manifest_path = folder / MANIFEST
    if not folder.is_dir():
        return None, [Diagnostic(SourcePos(str(folder), 1, 1), "missing-story-file",
                                 f"story folder '{folder}' does not exist", "pass the folder that holds story.yaml")]
    sources = {path.name: _parse(path) for path in sorted(folder.glob("*.yaml"))}
    for source in sources.values():
        diagnostics.extend(source.diagnostics)
    story_spec: StorySpec | None = None
    if MANIFEST not in sources:
        diagnostics.append(Diagnostic(SourcePos(str(manifest_path), 1, 1), "missing-story-file",
                                      "story.yaml is missing", "create it with title:, chapters: and characters:"))
    elif sources[MANIFEST].data is not None:
        spec, found = validation_diagnostics(sources[MANIFEST], StorySpec)
        diagnostics.extend(found)
        story_spec = cast(StorySpec | None, spec)
    chapters: list[ChapterSource] = []
    broken: set[str] = set()
    partial: set[str] = set()
    parsed: list[SourceFile] = list(sources.values())
    minigames = _read_folder(folder / MINIGAMES_DIR, MinigamesSpec, diagnostics, parsed)
    regions = _read_folder(folder / REGIONS_DIR, RegionSpec, diagnostics, parsed)
    diagnostics.extend(check_modelines(folder, parsed))
    for name, source in sources.items():
        if name == MANIFEST or source.data is None:
            continue
        spec, found = validation_diagnostics(source, ChapterSpec)
        diagnostics.extend(found)
        if spec is not None:
            chapters.append(ChapterSource(source, cast(ChapterSpec, spec)))
            continue
        salvaged = _salvage_chapter(source)
        if salvaged is None:
            raw_id = source.data.get("id") if isinstance(source.data, dict) else None
            if isinstance(raw_id, str):
                broken.add(raw_id)
        else:
            partial.add(salvaged.spec.id)
            chapters.append(salvaged)
    if story_spec is None:
        return None, diagnostics
    unreadable = any(source.data is None for name, source in sources.items() if name != MANIFEST)
    project = Project(sources[MANIFEST], story_spec, chapters, broken, partial, unreadable, minigames, regions)
    diagnostics.extend(lint(project))
    return project, diagnostics


_SpecT = TypeVar("_SpecT", MinigamesSpec, RegionSpec)


def _read_folder(folder: Path, model: type[_SpecT], diagnostics: list[Diagnostic],
                 parsed: list[SourceFile]) -> list[tuple[SourceFile, _SpecT]]:
    """Parse and validate every *.yaml in `folder` against `model` (mini-game content, regions)."""
    found_files = []
    for path in sorted(folder.glob("*.yaml")):
        source = _parse(path)
        parsed.append(source)
        diagnostics.extend(source.diagnostics)
        if source.data is None:
            continue
        spec, found = validation_diagnostics(source, model)
        diagnostics.extend(found)
        if spec is not None:
            found_files.append((source, cast(_SpecT, spec)))
    return found_files


_STEP_ADAPTER: TypeAdapter[Any] = TypeAdapter(StepSpec)


def _salvage_chapter(source: SourceFile) -> ChapterSource | None:
    """Keep the valid steps of a chapter that failed validation, so lint can still check them.

    The schema errors are already reported; this only lets targets, names and expressions be
    checked in the same run. Invalid steps keep their id as a known target so they cause no
    follow-on errors.
    """
    data = source.data
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not isinstance(data.get("steps"), list):
        return None
    steps: list[Any] = []
    placeholder_ids: set[str] = set()
    for raw in data["steps"]:
        try:
            steps.append(_STEP_ADAPTER.validate_python(raw))
        except ValidationError:
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                placeholder_ids.add(raw["id"])
            steps.append(None)
    spec = ChapterSpec.model_construct(id=data["id"], steps=steps)
    return ChapterSource(source, spec, frozenset(placeholder_ids))


def _parse(path: Path) -> SourceFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        source = SourceFile(str(path))
        source.diagnostics.append(Diagnostic(SourcePos(str(path), 1, 1), "unreadable-file",
                                             f"cannot read this file: {exc.strerror or exc}",
                                             "check that the file exists and you may open it"))
        return source
    text, problem = decode(str(path), data)
    if text is None:
        source = SourceFile(str(path))
        source.diagnostics.extend([problem] if problem else [])
        return source
    source = parse_source(str(path), text)
    source.first_line = text.split("\n", 1)[0]
    return source


def load_story_dir(directory: str | Path) -> Story:
    """Read, check and compile a story folder.

    Raises:
        ContentError: with every error found, sorted by file and line.
    """
    project, diagnostics = read_project(directory)
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors or project is None:
        raise ContentError(sort_diagnostics(diagnostics))
    return compile_project(project)


def write_bundle(story: Story, path: str | Path) -> int:
    """Write the JSON bundle for `story` to `path`; returns its size in bytes."""
    data = bundle.dump_story(story).encode("utf-8")
    Path(path).write_bytes(data)
    return len(data)


# -- spec → runtime ------------------------------------------------------------------


def compile_project(project: Project) -> Story:
    """Turn validated, lint-clean specs into the frozen runtime `Story`."""
    spec = project.story
    chapters = tuple(_chapter(c) for c in project.ordered() if c.spec.id in spec.chapters)
    return Story(
        title=_text(spec.title),
        start=spec.start or spec.chapters[0],
        chapters=chapters,
        characters={cid: Character(cid, _text(c.name), c.color) for cid, c in spec.characters.items()},
        variables=dict(spec.variables),
        badges={pid: Prize(pid, _text(p.name)) for pid, p in spec.badges.items()},
        time_pieces={pid: Prize(pid, _text(p.name)) for pid, p in spec.time_pieces.items()},
        minigames=_minigames(project),
        regions={r.id: _region(r) for _src, r in project.regions},
        default_region=spec.region,
        check=tuple(CheckQuestion(q.id, _text(q.question),
                                  tuple(CheckAnswer(a.id, _text(a.text), a.correct) for a in q.answers))
                    for q in spec.check),
    )


def _minigames(project: Project) -> dict[str, dict[str, MinigamePool]]:
    merged: dict[str, dict[str, MinigamePool]] = {}
    for _src, spec in project.minigames:
        for game, pools in spec.root.items():
            merged.setdefault(game, {}).update({name: _pool(pool) for name, pool in pools.items()})
    return merged


def _pool(spec: MinigamePoolSpec) -> MinigamePool:
    return MinigamePool(
        title=_text(spec.title),
        instructions=_text(spec.instructions),
        items=tuple(_item(i) for i in spec.items),
        questions=tuple(MinigameQuestion(q.id, _text(q.prompt), tuple(_item(i) for i in q.items))
                        for q in spec.questions),
    )


def _item(spec: MinigameItemSpec) -> MinigameItem:
    return MinigameItem(id=spec.id, text=_text(spec.text), group=spec.group, feedback=_text(spec.feedback),
                        icon=spec.icon, at=tuple(spec.at) if spec.at else None)


def _region(spec: RegionSpec) -> Region:
    numbers = {key: PhoneNumber(n.number, _text(n.name), _opt_text(n.note), n.asks_service, n.uncertain)
               for key, n in spec.numbers.items()}
    return Region(spec.id, _text(spec.name), numbers)


def _text(spec: TextSpec) -> Text:
    return Text(ko=spec.ko, en=spec.en)


def _opt_text(spec: TextSpec | None) -> Text | None:
    return None if spec is None else _text(spec)


def _chapter(chapter: ChapterSource) -> Chapter:
    spec = chapter.spec
    steps = tuple(_step(chapter, i) for i in range(len(spec.steps)))
    return Chapter(
        id=spec.id,
        title=_text(spec.title),
        intro=_text(spec.intro),
        outro=_text(spec.outro),
        steps=steps,
        content_note=_opt_text(spec.content_note),
        discussion=tuple(_text(t) for t in spec.discussion),
        summary=_opt_text(spec.summary),
        objectives=tuple(_text(t) for t in spec.objectives),
        teacher_notes=tuple(TeacherNote(_text(n), n.region) for n in spec.teacher_notes),
        pos=chapter.source.pos(("id",)),
    )


def _step(chapter: ChapterSource, index: int) -> AnyStep:
    cid = chapter.spec.id
    spec = chapter.spec.steps[index]
    following = chapter.spec.steps[index + 1].id if index + 1 < len(chapter.spec.steps) else None
    base: dict[str, Any] = {
        "tags": tuple(spec.tags),
        "id": full_id(cid, spec.id),
        "chapter": cid,
        "pos": chapter.source.pos(("steps", index)),
        "next": full_id(cid, following) if following else None,
    }

    def target(value: str | None) -> str:
        return full_id(cid, value) if value else cast(str, base["next"])

    if isinstance(spec, LineSpec):
        return LineStep(text=_text(spec.text), speaker=spec.speaker, expression=spec.expression,
                        background=spec.background, **base)
    if isinstance(spec, ChoiceSpec):
        options = tuple(Option(id=o.id, text=_text(o.text), target=target(o.target), effects=dict(o.set),
                               feedback=_opt_text(o.feedback), condition=o.condition) for o in spec.options)
        return ChoiceStep(options=options, prompt=_opt_text(spec.prompt), speaker=spec.speaker, **base)
    if isinstance(spec, QuizSpec):
        answers = tuple(Answer(id=a.id, text=_text(a.text), correct=a.correct, explanation=_text(a.explanation))
                        for a in spec.answers)
        return QuizStep(question=_text(spec.question), answers=answers, points=spec.points,
                        speaker=spec.speaker, shuffle=spec.shuffle, **base)
    if isinstance(spec, SetSpec):
        return SetStep(effects=dict(spec.set), **base)
    if isinstance(spec, IfSpec):
        return IfStep(condition=spec.condition, target=target(spec.target),
                      otherwise=full_id(cid, spec.otherwise) if spec.otherwise else None, **base)
    if isinstance(spec, GotoSpec):
        return GotoStep(target=target(spec.target), **base)
    if isinstance(spec, AwardSpec):
        kind: Literal["badge", "time_piece"] = "badge" if spec.badge else "time_piece"
        return AwardStep(prize_kind=kind, prize=cast(str, spec.badge or spec.time_piece),
                         text=_opt_text(spec.text), **base)
    if isinstance(spec, MinigameSpec):
        return MinigameStep(name=spec.name, params=dict(spec.params),
                            results={k: full_id(cid, v) for k, v in spec.results.items()}, **base)
    if isinstance(spec, ChapterEndSpec):
        return ChapterEndStep(next_chapter=spec.next, **base)
    if isinstance(spec, EndingSpec):
        return EndingStep(title=_text(spec.title), text=_text(spec.text), **base)
    raise TypeError(f"unknown step spec {type(spec).__name__}")
