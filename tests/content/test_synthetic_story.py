"""The benchmark's synthetic stories: renamed copies of the real chapters that still check clean."""

from __future__ import annotations

from pathlib import Path

from game.bench.scale import check_seconds, synthetic_story
from game.content.compile import read_project

ROOT = Path(__file__).resolve().parents[2]


def test_a_synthetic_story_is_bigger_and_still_has_no_errors(tmp_path: Path) -> None:
    """A x3 story has every chapter but the last three times over, and the checker finds no errors in it."""
    _seconds, real_steps, real_errors = check_seconds(ROOT / "story", runs=1)
    chapters = synthetic_story(ROOT / "story", tmp_path / "x3", 3)
    _seconds, steps, errors = check_seconds(tmp_path / "x3", runs=1)
    project, _diagnostics = read_project(ROOT / "story")
    assert project is not None
    last_chapter = len(project.ordered()[-1].spec.steps)
    assert real_errors == 0 and errors == 0
    assert chapters == 3 * 6 + 1
    assert steps == 3 * (real_steps - last_chapter) + last_chapter
    assert "  - body-safety-c3\n" in (tmp_path / "x3" / "story.yaml").read_text(encoding="utf-8")
