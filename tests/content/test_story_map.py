"""`python -m game map`: the story map page with Graphviz and with the pure-Python fallback layout."""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.cli import main as cli_main
from game.content.compile import read_project
from game.content.storymap import build_map, write_story_map
from tests.content.conftest import write_story

ROOT = Path(__file__).resolve().parents[2]
STORY_DIR = ROOT / "story"
SVG = "{http://www.w3.org/2000/svg}"

HAS_DOT = shutil.which("dot") is not None
needs_dot = pytest.mark.skipif(not HAS_DOT and not os.environ.get("CI"),
                               reason="Graphviz `dot` is not installed (CI installs it)")

BROKEN = {
    "story.yaml": """\
        title: {ko: 테스트, en: Test}
        chapters: [one]
    """,
    "one.yaml": """\
        id: one
        title: {ko: 하나, en: One}
        intro: {ko: 시작, en: Start}
        outro: {ko: 끝, en: End}
        steps:
          - {id: hello, kind: line, text: {ko: 안녕, en: Hello there my friend how are you}}
          - id: pick
            kind: choice
            options:
              - {id: stop, text: {ko: 끝, en: Stop}, target: fin}
              - {id: wander, text: {ko: 가, en: Wander}, target: tail}
          - {id: lost, kind: line, text: {ko: 길, en: Nobody comes here}}
          - {id: fin, kind: ending, title: {ko: 끝, en: The end}, text: {ko: 끝, en: Done}}
          - {id: tail, kind: line, text: {ko: 꼬리, en: Then the story just stops}}
    """,
}


def _svg(page: Path) -> ET.Element:
    """The <svg> element of a story-map page, parsed as XML."""
    text = page.read_text(encoding="utf-8")
    svg = text[text.index("<svg"):text.index("</svg>") + len("</svg>")]
    return ET.fromstring(svg)


def _nodes(root: ET.Element) -> dict[str, str]:
    """id → class of every <g> in the SVG."""
    return {g.get("id", ""): g.get("class", "") for g in root.iter(f"{SVG}g") if g.get("id")}


def _layouts() -> list[object]:
    return [pytest.param(False, id="fallback"), pytest.param(True, id="dot", marks=needs_dot)]


@pytest.mark.parametrize("use_dot", _layouts())
def test_real_story_map_has_every_chapter_and_step(tmp_path, use_dot):
    project, _ = read_project(STORY_DIR)
    assert project is not None
    page, with_dot = write_story_map(STORY_DIR, tmp_path, use_dot=use_dot)
    assert with_dot is use_dot
    groups = _nodes(_svg(page))
    for chapter in project.chapters:
        assert f"chapter:{chapter.spec.id}" in groups
        for _i, sid in chapter.step_ids():
            assert f"step:{chapter.spec.id}.{sid}" in groups
    assert not any("flagged" in cls for cls in groups.values())
    assert "No unreachable steps, dead ends or loops" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("use_dot", _layouts())
def test_broken_story_highlights_unreachable_step_and_dead_end(tmp_path, use_dot):
    story = write_story(tmp_path / "story", BROKEN)
    page, _ = write_story_map(story, tmp_path / "out", use_dot=use_dot)
    groups = _nodes(_svg(page))
    flagged = sorted(key for key, cls in groups.items() if "flagged" in cls.split())
    assert flagged == ["step:one.lost", "step:one.tail"]
    text = page.read_text(encoding="utf-8")
    assert "unreachable-step" in text and "dead-end" in text and "red outline" in text
    assert "Hello there my friend how …" in text  # the first five words
    labels = "".join(t.text or "" for t in _svg(page).iter(f"{SVG}text"))
    assert "stop" in labels and "wander" in labels  # choice edges carry the option ids


def test_map_model_edges(tmp_path):
    project, diagnostics = read_project(write_story(tmp_path, BROKEN))
    assert project is not None
    story_map = build_map(project, diagnostics)
    edges = {(e.source, e.target, e.label) for e in story_map.edges}
    assert ("one.pick", "one.fin", "stop") in edges and ("one.pick", "one.tail", "wander") in edges
    assert ("one.hello", "one.pick", "") in edges
    assert sorted(story_map.flagged) == ["one.lost", "one.tail"]


def test_cli_map_writes_the_page(tmp_path, capsys):
    assert cli_main(["map", str(STORY_DIR), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "story-map.html").exists()
    assert re.search(r"wrote .*story-map\.html", capsys.readouterr().out)
    with pytest.raises(SystemExit) as exc:
        cli_main(["map", "--help"])
    assert exc.value.code == 0
    assert "story-map.html" in capsys.readouterr().out


def test_cli_map_fails_without_a_story(tmp_path, capsys):
    assert cli_main(["map", str(tmp_path / "nothing"), "--out", str(tmp_path / "out")]) == 1
    assert "map failed" in capsys.readouterr().err
