"""Mutated real chapters end in a compiled story or a ContentError whose every diagnostic has a place; nothing else.

Run more cases, or other ones, with `--fuzz-cases N` and `--fuzz-first K`; a failing case is saved under
tests/.artifacts/fuzz/ with the command that reproduces it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.content.compile import load_story_dir
from game.content.diagnostics import ContentError, Diagnostic
from game.story import SourcePos
from tests.content.fuzz_cases import (
    ENDING_ID,
    FuzzCase,
    StoryFolder,
    chapter_slice,
    check_case,
    describe,
    error_problems,
    make_case,
    manifest,
    position_problems,
    save_artifact,
)
from tests.content.fuzz_mutations import MUTATORS

MAX_FAILURES = 20  # a bug that breaks every case would otherwise save thousands of artifacts


@pytest.fixture(scope="module")
def fuzz_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoryFolder]:
    """One story folder with the real mini-games and regions, reused by every case."""
    folder = StoryFolder(tmp_path_factory.mktemp("fuzz") / "story")
    with folder.reading_unchanged_files_once():
        yield folder


def test_mutated_chapters_end_in_a_story_or_placed_diagnostics(fuzz_folder, request):
    """Each mutated chapter compiles (and bundles), or its ContentError places every diagnostic in a file."""
    count = request.config.getoption("--fuzz-cases")
    first = request.config.getoption("--fuzz-first")
    failures: list[str] = []
    for number in range(first, first + count):
        case = make_case(number)
        problems, _took = check_case(fuzz_folder, case)
        if problems:
            failures.append(f"{describe(case, problems)}saved in {save_artifact(case, problems)}")
            if len(failures) == MAX_FAILURES:
                break
    assert not failures, f"{len(failures)} failing case(s):\n\n" + "\n\n".join(failures)


# -- the cases themselves --------------------------------------------------------------------


def test_a_case_number_always_gives_the_same_case():
    """Cases are reproducible from their number alone."""
    assert [make_case(n) for n in range(30)] == [make_case(n) for n in range(30)]


def test_unmutated_slices_of_the_real_chapters_mostly_compile(fuzz_folder):
    """Before mutation, nearly every slice is a valid story, so mutations start from content that works."""
    compiled = 0
    for number in range(100):
        chapter, text = chapter_slice(random.Random(number))
        case = FuzzCase(number, {"story.yaml": manifest(chapter.id), chapter.name: text}, chapter.name, ())
        with fuzz_folder.holding(case):
            try:
                load_story_dir(fuzz_folder.folder)
                compiled += 1
            except ContentError as exc:
                print(describe(case, [str(exc)]))
    assert compiled >= 95


def test_slices_end_with_the_fuzz_ending():
    """Every slice ends with its own ending step, so it has a way out once `chapter_end` steps are left out."""
    for number in range(20):
        _chapter, text = chapter_slice(random.Random(number))
        assert f"  - id: {ENDING_ID}\n    kind: ending\n" in text


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_every_mutation_operator_changes_real_chapters(name):
    """No operator is a no-op: each changes most of the real chapter slices it is given."""
    changed = 0
    for number in range(20):
        rng = random.Random(number)
        _chapter, text = chapter_slice(rng)
        changed += MUTATORS[name](rng, text) != text
    assert changed >= 15


# -- the checks: they must be able to fail -----------------------------------------------------


def _diagnostic(file: str, line: int = 1, col: int = 1) -> Diagnostic:
    return Diagnostic(SourcePos(file, line, col), "yaml-syntax", "made up for the test")


def test_position_check_accepts_a_place_in_a_file_and_the_folder_itself(tmp_path):
    """A diagnostic on a line of a file in the folder, on the line after its end, or on the folder passes."""
    texts = {"one.yaml": "id: one\nsteps: []\n"}
    diagnostics = [_diagnostic(str(tmp_path / "one.yaml"), 2, 8), _diagnostic(str(tmp_path / "one.yaml"), 3, 1),
                   _diagnostic(str(tmp_path))]
    assert position_problems(tmp_path, texts, diagnostics) == []


@pytest.mark.parametrize(("file", "line", "col", "words"), [
    ("", 1, 1, "no file"),
    ("elsewhere.yaml", 1, 1, "outside the story folder"),
    ("one.yaml", 0, 1, "below 1"),
    ("one.yaml", 1, 0, "below 1"),
    ("one.yaml", 4, 1, "line past the end"),
    ("one.yaml", 1, 9, "column past the end"),
])
def test_position_check_flags_a_diagnostic_without_a_good_place(tmp_path, file, line, col, words):
    """A diagnostic with no file, a file outside the folder, or a line or column that is not in the file fails."""
    texts = {"one.yaml": "id: one\nsteps: []\n"}
    path = str(tmp_path / file) if file else ""
    problems = position_problems(tmp_path, texts, [_diagnostic(path, line, col)])
    assert len(problems) == 1 and words in problems[0]


def test_error_check_flags_a_content_error_without_any_error():
    """A ContentError holding only warnings would stop the build without saying why."""
    warning = Diagnostic(SourcePos("one.yaml", 1, 1), "reading-level", "hard", severity="warning")
    assert "without any error" in error_problems(ContentError([warning]))[0]


def test_error_check_flags_a_diagnostic_that_cannot_be_printed():
    """A message holding half an emoji cannot be printed by the CLI, so it fails the check."""
    broken = Diagnostic(SourcePos("one.yaml", 1, 1), "unknown-field", "unknown field '\ud83d'")
    assert "cannot be printed" in error_problems(ContentError([broken]))[0]


def test_case_check_flags_an_exception_that_is_not_a_content_error(fuzz_folder):
    """A crash while reading the story is a failure, with its traceback."""
    def crash(folder: Path) -> object:
        raise RecursionError("too deep")

    problems, _took = check_case(fuzz_folder, make_case(0), load=crash)
    assert problems and "not a ContentError" in problems[0] and "RecursionError" in problems[0]
