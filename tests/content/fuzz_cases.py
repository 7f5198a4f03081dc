"""Fuzz cases for the content checker: mutated slices of the real chapters in a small story folder, and their checks.

Reproduce case N (its story folder is written to `tests/.artifacts/fuzz/case-N/story/`)::

    PYTHONPATH=. python -m tests.content.fuzz_cases N
"""

from __future__ import annotations

import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from game import bundle
from game.content import compile as compile_module
from game.content.compile import load_story_dir
from game.content.diagnostics import ContentError, Diagnostic
from game.content.source import SourceFile
from game.story import ChapterEndStep, ChoiceStep, GotoStep, IfStep, MinigameStep, Story
from tests.content.fuzz_mutations import mutate

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "story"
ARTIFACTS = ROOT / "tests" / ".artifacts" / "fuzz"
SLOW_SECONDS = 2.0  # a case usually takes milliseconds; allow for a busy CI machine
ENDING_ID = "fuzz-end"
ENDING = (f"  - id: {ENDING_ID}\n    kind: ending\n    title: {{ko: 끝, en: The end}}\n"
          "    text: {ko: 끝났어요, en: Done}\n")
_STEP_START = re.compile(r"^  - id: *(\S+)", re.MULTILINE)
# The teacher-guide fields, with their blocks: left out of most slices, as they hold most of a header's text.
_TEACHER_NOTES = re.compile(r"^(?:summary|discussion|objectives):.*\n(?:(?: .*)?\n)*", re.MULTILINE)


@dataclass(frozen=True)
class Chapter:
    """A real chapter file split at its steps: the header up to `steps:` and one text block per step."""

    name: str
    id: str
    header: str
    steps: tuple[tuple[str, str], ...]  # (step id, text of the step with the comment lines before it)


@dataclass(frozen=True)
class FuzzCase:
    """One case: the files written over the base story folder, which of them was mutated, and how."""

    number: int
    files: dict[str, str]  # path inside the story folder → text
    target: str
    operators: tuple[str, ...]


@cache
def real_chapters() -> tuple[Chapter, ...]:
    """Every chapter of the real story, split at its steps."""
    chapters = []
    for path in sorted(STORY.glob("*.yaml")):
        if path.name == "story.yaml":
            continue
        text = path.read_text(encoding="utf-8")
        header, _, body = text.partition("\nsteps:\n")
        chapter_id = re.search(r"^id: *(\S+)", header, re.MULTILINE)
        starts = [m.start() for m in _STEP_START.finditer(body)]
        ids = [m.group(1) for m in _STEP_START.finditer(body)]
        blocks = [body[a:b] for a, b in zip(starts, [*starts[1:], len(body)], strict=True)]
        assert chapter_id is not None and blocks, path
        chapters.append(Chapter(path.name, chapter_id.group(1), header + "\nsteps:\n",
                                tuple(zip(ids, blocks, strict=True))))
    return tuple(chapters)


@cache
def manifest(chapter_id: str) -> str:
    """The real story.yaml, listing only `chapter_id` as its chapters."""
    text = (STORY / "story.yaml").read_text(encoding="utf-8")
    return re.sub(r"^chapters:\n(?:  - .*\n)+", f"chapters:\n  - {chapter_id}\n", text, count=1, flags=re.MULTILINE)


def chapter_slice(rng: random.Random) -> tuple[Chapter, str]:
    """A valid chapter: a real chapter's header and a window of its steps, then an ending.

    `chapter_end` steps are left out (the one listed chapter has none after it) and targets outside the window
    lead to the ending instead, so most unmutated slices compile.
    """
    chapter = rng.choice(real_chapters())
    length = rng.randint(1, 6)
    start = rng.randrange(max(1, len(chapter.steps) - length + 1))
    window = [(sid, block) for sid, block in chapter.steps[start:start + length] if "kind: chapter_end" not in block]
    known = {sid for sid, _block in window}
    body = "".join(_retarget_block(block, known) for _sid, block in window)
    header = chapter.header if rng.random() < 0.4 else _TEACHER_NOTES.sub("", chapter.header)
    return chapter, header + body + ENDING


def _retarget_block(block: str, known: set[str]) -> str:
    """`block` with every jump (target, else, a mini-game result) outside `known` sent to the ending."""
    lines = block.split("\n")
    in_results = False
    for i, line in enumerate(lines):
        match = re.match(r"^(?P<indent> +)(?P<key>[\w-]+): *(?P<value>\S*)$", line)
        if match is None:
            continue
        key, value = match.group("key"), match.group("value")
        if key == "results":
            in_results = not value
            continue
        jump = key in ("target", "else") or (in_results and len(match.group("indent")) >= 6)
        if jump and value and value not in known:
            lines[i] = f"{match.group('indent')}{key}: {ENDING_ID}"
        elif len(match.group("indent")) <= 4:
            in_results = False
    return "\n".join(lines)


def _base_files() -> list[str]:
    """The mini-game and region files every case's story folder holds, as paths inside the folder."""
    return sorted(str(path.relative_to(STORY)) for folder in ("minigames", "regions")
                  for path in (STORY / folder).glob("*.yaml"))


def make_case(number: int) -> FuzzCase:
    """Case `number`: the same number always gives the same files and operators."""
    rng = random.Random(number)
    chapter, text = chapter_slice(rng)
    files = {"story.yaml": manifest(chapter.id), chapter.name: text}
    roll = rng.random()
    if roll < 0.9:
        target = chapter.name
    elif roll < 0.94:
        target = "story.yaml"
    else:
        target = rng.choice(_base_files())
        files[target] = (STORY / target).read_text(encoding="utf-8")
    files[target], operators = mutate(rng, files[target])
    return FuzzCase(number, files, target, operators)


class StoryFolder:
    """A story folder holding the real mini-games and regions, into which each case writes its files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        shutil.rmtree(folder, ignore_errors=True)
        for sub in ("minigames", "regions"):
            shutil.copytree(STORY / sub, folder / sub)
        self.base = {name: (STORY / name).read_text(encoding="utf-8") for name in _base_files()}

    @contextmanager
    def reading_unchanged_files_once(self) -> Iterator[None]:
        """While inside, files a case leaves as they are (mini-games, regions, each chapter's story.yaml) are
        parsed and validated once, not once per case: that would take most of each case's time.
        """
        unchanged = {*self.base.values(), *(manifest(chapter.id) for chapter in real_chapters())}
        parsed: dict[tuple[str, str], SourceFile] = {}
        kept: set[int] = set()  # ids of the parsed files above, which stay alive while inside
        validated: dict[tuple[int, object], Any] = {}
        parse, validate = compile_module.parse_source, compile_module.validation_diagnostics

        def parse_once(name: str, text: str) -> SourceFile:
            if text not in unchanged:
                return parse(name, text)
            if (name, text) not in parsed:
                parsed[(name, text)] = parse(name, text)
                kept.add(id(parsed[(name, text)]))
            return parsed[(name, text)]

        def validate_once(source: SourceFile, model: type[BaseModel]) -> Any:
            if id(source) not in kept:
                return validate(source, model)
            if (id(source), model) not in validated:
                validated[(id(source), model)] = validate(source, model)
            return validated[(id(source), model)]

        compile_module.parse_source = parse_once  # type: ignore[assignment]
        compile_module.validation_diagnostics = validate_once  # type: ignore[assignment]
        try:
            yield
        finally:
            compile_module.parse_source = parse  # type: ignore[assignment]
            compile_module.validation_diagnostics = validate  # type: ignore[assignment]

    @contextmanager
    def holding(self, case: FuzzCase) -> Iterator[dict[str, str]]:
        """Write `case` into the folder; yields every file's text (path inside the folder → text)."""
        for name, text in case.files.items():
            (self.folder / name).write_bytes(text.encode("utf-8"))
        try:
            yield {**self.base, **case.files}
        finally:
            for name in case.files:
                if name in self.base:
                    (self.folder / name).write_bytes(self.base[name].encode("utf-8"))
                else:
                    (self.folder / name).unlink()


def lines_as_read(text: str) -> list[str]:
    """The lines of `text` as an editor shows them, and as the checker reads the file (universal newlines).

    YAML's other line breaks (NEL, LS, PS) are not among them: the checker refuses them, where they sit.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def position_problems(folder: Path, texts: dict[str, str], diagnostics: Iterable[Diagnostic]) -> list[str]:
    """What is wrong with the positions of `diagnostics`: each must name the folder or one of its files
    (path inside it → text in `texts`), on a line of that file, at a column of that line or just after its end.
    """
    problems = []
    for diagnostic in diagnostics:
        pos = diagnostic.pos
        if not pos.file:
            problems.append(f"no file: {diagnostic.format()}")
            continue
        path = Path(pos.file)
        if path == folder:
            name = None
        elif path.is_relative_to(folder) and str(path.relative_to(folder)) in texts:
            name = str(path.relative_to(folder))
        else:
            problems.append(f"file outside the story folder: {diagnostic.format()}")
            continue
        lines = lines_as_read(texts[name]) if name is not None else [""]
        if pos.line < 1 or pos.col < 1:
            problems.append(f"line or column below 1: {diagnostic.format()}")
        elif pos.line > len(lines):  # the last line is the empty one after the final line break, if any
            problems.append(f"line past the end ({len(lines)} lines): {diagnostic.format()}")
        elif pos.col > len(lines[pos.line - 1]) + 1:
            problems.append(f"column past the end of the line ({len(lines[pos.line - 1])} characters): "
                            f"{diagnostic.format()}")
    return problems


def check_case(folder: StoryFolder, case: FuzzCase,
               load: Callable[[Path], object] = load_story_dir) -> tuple[list[str], float]:
    """Check one case: a compiled story that bundles, or a ContentError with good positions; never another error.

    Returns:
        The problems found (empty when the case passes) and the seconds it took.
    """
    with folder.holding(case) as texts:
        started = time.perf_counter()
        try:
            story = load(folder.folder)
        except ContentError as exc:
            problems = error_problems(exc) + position_problems(folder.folder, texts, exc.diagnostics)
        except Exception:
            problems = ["not a ContentError:\n" + traceback.format_exc(limit=-8)]
        else:
            problems = story_problems(story)
        took = time.perf_counter() - started
    if took > SLOW_SECONDS:
        problems.append(f"took {took:.2f} s (more than {SLOW_SECONDS} s)")
    return problems, took


def error_problems(error: ContentError) -> list[str]:
    """What is wrong with `error` apart from positions: it must hold an error, and print as UTF-8."""
    problems = []
    if not any(d.severity == "error" for d in error.diagnostics):
        problems.append("a ContentError without any error: " + repr(error.diagnostics))
    for diagnostic in error.diagnostics:
        try:
            diagnostic.format().encode("utf-8")
        except UnicodeEncodeError as exc:
            problems.append(f"cannot be printed ({exc}): {diagnostic!r}")
    return problems


def story_problems(story: Story) -> list[str]:
    """What is wrong with a compiled story: every jump leads to a step that exists, and it bundles."""
    problems = []
    chapters = {chapter.id for chapter in story.chapters}
    if story.start not in chapters:
        problems.append(f"the start chapter {story.start!r} is not in the story ({sorted(chapters)})")
    for chapter in story.chapters:
        if not chapter.steps:
            problems.append(f"chapter {chapter.id!r} has no steps")
        for step in chapter.steps:
            jumps = [step.next]
            if isinstance(step, GotoStep | IfStep):
                jumps.append(step.target)
            if isinstance(step, IfStep):
                jumps.append(step.otherwise)
            if isinstance(step, ChoiceStep):
                jumps += [option.target for option in step.options]
            if isinstance(step, MinigameStep):
                jumps += list(step.results.values())
            problems += [f"step {step.id!r} jumps to {jump!r}, which does not exist" for jump in jumps
                         if jump is not None and not story.has_step(jump)]
            if isinstance(step, ChapterEndStep) and step.next_chapter not in (None, *chapters):
                problems.append(f"step {step.id!r} goes on to chapter {step.next_chapter!r}, which does not exist")
    try:
        bundle.dump_story(story).encode("utf-8")  # reading it back would double the time of most compiled cases
    except Exception:
        problems.append("compiled, but the bundle cannot be written:\n" + traceback.format_exc(limit=-4))
    return problems


def save_artifact(case: FuzzCase, problems: list[str]) -> Path:
    """Write the case as a whole story folder, tests/.artifacts/fuzz/case-N/story/, with PROBLEMS.txt beside it.

    Returns:
        The story folder, which `python -m game check` reads as the test did.
    """
    where = ARTIFACTS / f"case-{case.number}"
    shutil.rmtree(where, ignore_errors=True)
    story = StoryFolder(where / "story").folder
    for name, text in case.files.items():
        (story / name).write_bytes(text.encode("utf-8"))
    (where / "PROBLEMS.txt").write_text(describe(case, problems), encoding="utf-8")
    return story


def describe(case: FuzzCase, problems: list[str]) -> str:
    """How to read and reproduce a failing case."""
    head = (f"case {case.number}: {case.target} mutated by {', '.join(case.operators)}\n"
            f"reproduce: PYTHONPATH=. python -m tests.content.fuzz_cases {case.number}\n")
    return head + "\n".join(problems) + "\n"


def main(argv: list[str]) -> int:
    """Check the cases numbered on the command line, saving each and printing its problems."""
    failed = 0
    for number in map(int, argv):
        case = make_case(number)
        with tempfile.TemporaryDirectory() as scratch:
            folder = StoryFolder(Path(scratch) / "story")
            with folder.reading_unchanged_files_once():
                problems, took = check_case(folder, case)
        story = save_artifact(case, problems)
        print(describe(case, problems) + f"took {took:.3f} s; the story: {story}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
