"""The `--vs-ink` stories: our YAML version checks clean with the intended shape, the ink one has the same scenes."""

from __future__ import annotations

import re
from pathlib import Path

from game.bench.ink import LINES_PER_SCENE, VARIABLES, write_ink_story, write_yaml_story
from game.bench.scale import check_seconds
from game.content.compile import load_story_dir


def test_the_yaml_story_checks_clean_and_has_every_scene(tmp_path: Path) -> None:
    """Each scene: six lines, an if with a line for each outcome, and a three-way choice setting a variable."""
    folder = write_yaml_story(tmp_path / "yaml", 7)
    _seconds, steps, errors = check_seconds(folder, runs=1)
    assert errors == 0
    assert steps == 7 * (LINES_PER_SCENE + 5) + 1  # + if, two lines, goto, choice; + the ending
    story = load_story_dir(folder)
    choices = [step for step in story.chapters[0].steps if step.kind == "choice"]
    assert len(choices) == 7 and all(len(step.options) == len(VARIABLES) for step in choices)
    assert story.step("part-1.s3-l1").text.get("ko") and story.step("part-1.s3-l1").text.get("en")


def test_a_long_yaml_story_is_split_into_chapters_that_check_clean(tmp_path: Path, monkeypatch) -> None:
    """More scenes than a chapter holds: chapters of `SCENES_PER_CHAPTER` scenes, joined by chapter ends."""
    import game.bench.ink as ink

    monkeypatch.setattr(ink, "SCENES_PER_CHAPTER", 3)
    folder = write_yaml_story(tmp_path / "yaml", 7)
    _seconds, steps, errors = check_seconds(folder, runs=1)
    assert errors == 0
    assert steps == 7 * (LINES_PER_SCENE + 5) + 2 + 1  # two chapter ends and the ending
    assert [chapter.id for chapter in load_story_dir(folder).chapters] == ["part-1", "part-2", "part-3"]


def test_the_ink_story_has_the_same_scenes(tmp_path: Path) -> None:
    """Seven knots of six lines, one conditional line and three choices that set variables, then the finale."""
    text = write_ink_story(tmp_path / "story.ink", 7).read_text(encoding="utf-8")
    assert len(re.findall(r"^=== scene_\d+ ===$", text, re.M)) == 7
    assert len(re.findall(r"^Owl: Scene \d+, line \d+\.$", text, re.M)) == 7 * LINES_PER_SCENE
    assert text.count("{courage > kindness:") == 7
    assert len(re.findall(r"^    ~ \w+ = \w+ \+ 1$", text, re.M)) == 7 * len(VARIABLES)
    assert "-> finale\n" in text and text.rstrip().endswith("-> END")
