"""`python -m game map`: the story map page with Graphviz and with the pure-Python fallback layout."""

from __future__ import annotations

import html
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


def test_each_step_shows_speaker_both_languages_and_where_it_is_written(tmp_path):
    page, _ = write_story_map(STORY_DIR, tmp_path, use_dot=False)
    text = html.unescape(page.read_text(encoding="utf-8"))
    assert "meet-guide · grandma" in text
    assert "Welcome, new time keeper! I'm …" in text and "어서 와요, 새 시간지기님! 나는 …" in text
    line = next(i for i, row in enumerate((STORY_DIR / "prologue.yaml").read_text(encoding="utf-8").split("\n"), 1)
                if row.strip() == "- id: meet-guide")
    assert f"prologue.yaml:{line}" in text
    assert "navigator.clipboard.writeText(where)" in text  # a click copies it


@pytest.mark.skipif(shutil.which("chromium") is None and not os.environ.get("CI"),
                    reason="chromium is not installed (CI installs it)")
def test_the_page_finds_steps_and_zooms_in_a_real_browser(tmp_path):
    """Chromium runs the page's script: `#find=` marks the matching steps, `#zoom=` scales the graph."""
    import subprocess

    page, _ = write_story_map(STORY_DIR, tmp_path, use_dot=False)
    done = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                           f"{page.resolve().as_uri()}#find=meet-guide&zoom=0.5"],
                          capture_output=True, text=True, timeout=120, check=True)
    dom = done.stdout
    assert re.search(r'id="step:prologue\.meet-guide" class="node match"', dom), dom[:500]
    assert len(re.findall(r'class="node[^"]*\bmatch\b', dom)) == 1
    assert "1 found" in dom
    width = float(re.search(r'<svg[^>]* width="([\d.]+)"', dom).group(1))  # type: ignore[union-attr]
    shown = float(re.search(r'<svg[^>]*style="width: ([\d.]+)px', dom).group(1))  # type: ignore[union-attr]
    assert abs(shown - width * 0.5) < 2
