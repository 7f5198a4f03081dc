"""Soft-locks: every loop shape a player can enter and never leave is one `check` error at the step that closes
it, with the loop listed; `paths` finds the same places by playing, exits 1, and the map outlines them in red."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.cli import main
from game.content.compile import compile_project, read_project
from game.content.storymap import build_map, write_story_map
from game.paths import explore
from tests.content.conftest import locate, write_story
from tests.content.test_story_map import _nodes, _svg, needs_dot

STORY = """\
    title: {ko: 테스트, en: Test}
    chapters: [one]
    variables:
      met: false
      courage: 0
"""
HEAD = """\
    id: one
    title: {ko: 하나, en: One}
    intro: {ko: 시작, en: Start}
    outro: {ko: 끝, en: End}
    steps:
      - {id: hello, kind: line, text: {ko: 안녕, en: Hello}}
"""
FIN = "      - {id: fin, kind: ending, title: {ko: 끝, en: End}, text: {ko: 끝, en: Done}}\n"

# name → (steps between hello and fin, code, the text the error points at, the loop as listed)
SHAPES = {
    "goto-to-itself": ("      - {id: jump, kind: goto, target: jump}\n",
                       "invisible-loop", "target: jump", "jump → jump"),
    "two-gotos": ("      - {id: here, kind: goto, target: there}\n      - {id: there, kind: goto, target: here}\n",
                  "invisible-loop", "target: here", "here → there → here"),
    "if-set-goto-without-a-change": (
        "      - {id: test, kind: if, condition: 'courage > 1', target: fin}\n"
        "      - {id: same, kind: set, set: {met: true}}\n"
        "      - {id: round, kind: goto, target: test}\n",
        "invisible-loop", "target: test", "test → same → round → test"),
    "line-and-goto": ("      - {id: back, kind: goto, target: hello}\n",
                      "endless-loop", "target: hello", "hello → back → hello"),
    "choice-whose-options-all-go-back": (
        "      - id: pick\n        kind: choice\n        options:\n"
        "          - {id: again, text: {ko: 다시, en: Again}, target: hello}\n"
        "          - {id: also, text: {ko: 또, en: Also}, target: hello}\n",
        "endless-loop", "target: hello", "hello → pick → hello"),
    "exit-behind-a-condition-nothing-sets": (
        "      - id: pick\n        kind: choice\n        options:\n"
        "          - {id: again, text: {ko: 다시, en: Again}, target: hello}\n"
        "          - {id: leave, text: {ko: 가요, en: Leave}, target: fin, if: met}\n",
        "loop-exit-closed", "target: hello", "hello → pick → hello"),
    "if-whose-way-out-is-always-false": (
        "      - {id: test, kind: if, condition: 'courage > 3', target: fin, else: hello}\n",
        "loop-exit-closed", "else: hello", "hello → test → hello"),
}


def _files(steps: str) -> dict[str, str | bytes]:
    return {"story.yaml": STORY, "one.yaml": HEAD + steps + FIN}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_check_reports_each_loop_shape_once_at_the_step_that_closes_it(tmp_path: Path, shape: str) -> None:
    steps, code, needle, cycle = SHAPES[shape]
    files = _files(steps)
    folder = write_story(tmp_path, files)
    _project, diagnostics = read_project(folder)
    errors = [d for d in diagnostics if d.severity == "error"]
    assert [d.code for d in errors] == [code], "\n".join(d.format() for d in errors)
    text = (folder / "one.yaml").read_text(encoding="utf-8")
    line, col = locate(text, needle)
    assert (errors[0].pos.line, errors[0].pos.col) == (line, col + needle.index(":") + 2)  # at the target
    assert cycle in errors[0].message
    assert errors[0].hint


@pytest.mark.parametrize("shape", list(SHAPES))
def test_paths_finds_each_loop_shape_by_playing(tmp_path: Path, shape: str) -> None:
    """The explorer plays the compiled story (check would refuse it) and reports the trap as stuck."""
    project, _ = read_project(write_story(tmp_path, _files(SHAPES[shape][0])))
    assert project is not None
    report = explore(compile_project(project))
    assert report.stuck and not report.ok
    assert any("one.hello" in stuck for stuck in report.stuck)


def test_paths_finds_a_loop_whose_way_out_opens_only_after_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    """`met` is set somewhere (after the loop), so check cannot call the exit closed; playing shows it is, and
    `paths` exits 1 naming the place."""
    steps = ("      - id: pick\n        kind: choice\n        options:\n"
             "          - {id: again, text: {ko: 다시, en: Again}, target: hello}\n"
             "          - {id: leave, text: {ko: 가요, en: Leave}, target: later, if: met}\n"
             "      - {id: later, kind: set, set: {met: true}}\n")
    folder = write_story(tmp_path, _files(steps))
    _project, diagnostics = read_project(folder)
    assert [d for d in diagnostics if d.severity == "error"] == []
    assert main(["paths", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "stuck: one.hello: every way on from here goes round without reaching an ending" in out
    assert "one.pick" in out


def test_a_loop_with_a_way_out_is_fine(tmp_path: Path) -> None:
    """A choice that can go back and can go on, and a counted invisible loop, are not soft-locks."""
    steps = ("      - id: pick\n        kind: choice\n        options:\n"
             "          - {id: again, text: {ko: 다시, en: Again}, target: hello}\n"
             "          - {id: leave, text: {ko: 가요, en: Leave}, target: count}\n"
             "      - {id: count, kind: set, set: {courage: courage + 1}}\n"
             "      - {id: test, kind: if, condition: 'courage < 3', target: count}\n")
    folder = write_story(tmp_path, _files(steps))
    project, diagnostics = read_project(folder)
    assert project is not None and diagnostics == []
    report = explore(compile_project(project))
    assert report.stuck == [] and report.endings == {"one.fin"}


def test_steps_cut_off_by_a_loop_are_folded_into_its_error(tmp_path: Path) -> None:
    """The step after a goto-to-itself is unreachable only because of the loop: one error names both."""
    _project, diagnostics = read_project(write_story(tmp_path, _files(SHAPES["goto-to-itself"][0])))
    assert [d.code for d in diagnostics] == ["invisible-loop"]
    assert "can never be reached: fin" in diagnostics[0].message
    assert "did you mean to go on to 'fin'?" in diagnostics[0].hint


@pytest.mark.parametrize("use_dot", [False, pytest.param(True, marks=needs_dot)])
def test_the_map_outlines_every_step_of_the_loop_in_red(tmp_path: Path, use_dot: bool | None) -> None:
    folder = write_story(tmp_path / "story", _files(SHAPES["if-set-goto-without-a-change"][0]))
    project, diagnostics = read_project(folder)
    assert project is not None
    assert sorted(build_map(project, diagnostics).flagged) == ["one.round", "one.same", "one.test"]
    page, _ = write_story_map(folder, tmp_path / "out", use_dot=use_dot)
    assert "invisible-loop" in page.read_text(encoding="utf-8")
    flagged = sorted(key for key, cls in _nodes(_svg(page)).items() if "flagged" in cls.split())
    assert flagged == ["step:one.round", "step:one.same", "step:one.test"]


def test_paths_counts_routes_per_ending_and_per_chapter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two options to one ending and one to another, after a line: 2 and 1 routes; the chapter has 3 ways."""
    steps = ("      - id: pick\n        kind: choice\n        options:\n"
             "          - {id: a, text: {ko: 가, en: A}, target: fin}\n"
             "          - {id: b, text: {ko: 나, en: B}, target: fin}\n"
             "          - {id: c, text: {ko: 다, en: C}, target: other}\n"
             "      - {id: other, kind: ending, title: {ko: 끝, en: Other}, text: {ko: 끝, en: Done}}\n")
    folder = write_story(tmp_path, _files(steps))
    main(["paths", str(folder)])
    out = capsys.readouterr().out
    assert "routes to ending one.fin: 2\n" in out and "routes to ending one.other: 1\n" in out
    assert re.search(r"^  one\s+\S+\s+\S+\s+3$", out, re.MULTILINE), out
