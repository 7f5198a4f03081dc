"""The editor knows the story: the real yaml-language-server, driven over stdio with the repository's
.vscode/settings.json, on a real chapter (clean, with the project's names offered) and on a broken copy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from game import catalog
from game.content.compile import read_project
from tests.editor import yls

ROOT = yls.ROOT
STORY = ROOT / "story"
PROLOGUE = STORY / "prologue.yaml"
LAUNCHER = yls.ensure_server()  # installs the pinned server with npm into its cache folder the first time

pytestmark = pytest.mark.skipif(LAUNCHER is None and not os.environ.get("CI"),
                                reason="node and npm are not installed (CI installs them)")


@pytest.fixture(scope="module")
def client() -> Iterator[yls.Client]:
    assert LAUNCHER is not None
    started = yls.Client(LAUNCHER, ROOT)
    yield started
    started.close()


def _at(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """0-based (line, character) just after the `occurrence`-th `needle`."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    index += len(needle)
    return text.count("\n", 0, index), index - (text.rfind("\n", 0, index) + 1)


def _labels(client: yls.Client, uri: str, text: str, needle: str) -> list[str]:
    return [item["label"] for item in client.completion(uri, *_at(text, needle))]


def test_the_real_chapter_and_manifest_have_no_diagnostics(client):
    for path in (PROLOGUE, STORY / "story.yaml", STORY / "minigames" / "spot-the-signs.yaml",
                 STORY / "regions" / "ko-KR.yaml"):
        assert client.wait_diagnostics(client.open(path)) == [], path


def test_value_completions_offer_the_projects_names(client):
    text = PROLOGUE.read_text(encoding="utf-8")
    uri = client.open(PROLOGUE)
    client.wait_diagnostics(uri)
    project, _ = read_project(STORY)
    assert project is not None
    assert _labels(client, uri, text, "    kind: ") == list(catalog_kinds())
    assert _labels(client, uri, text, "    expression: ") == list(catalog.EXPRESSIONS)
    assert _labels(client, uri, text, "    background: ") == list(catalog.BACKDROPS)
    assert _labels(client, uri, text, "    speaker: ") == list(project.story.characters)
    assert _labels(client, uri, text, "    name: ") == list(catalog.MINIGAMES)
    assert "prologue" in _labels(client, uri, text, "    params: {pool: ")
    assert set(_labels(client, uri, text, "    tags: [")) >= set(catalog.TAGS)
    assert _labels(client, uri, text, "    badge: ") == list(project.story.badges)


def catalog_kinds() -> tuple[str, ...]:
    from game.story import STEP_CLASSES

    return tuple(STEP_CLASSES)


def test_hover_shows_one_title_and_a_real_example(client):
    text = PROLOGUE.read_text(encoding="utf-8")
    uri = client.open(PROLOGUE)
    client.wait_diagnostics(uri)
    shown = client.hover(uri, *_at(text, "    expression: h"))
    assert shown.count("#### ") == 1 and "||" not in shown
    speaker = client.hover(uri, *_at(text, "    speaker: g"))
    assert "meet-guide" not in speaker and "grandma" in speaker  # the first speaker the real story names


FAULTS = [
    ("expression: happy", "expression: hapy", "Value is not accepted"),
    ('      en: "Welcome, new time keeper!', '      en: No\n      xx: "Welcome, new time keeper!', "Incorrect type"),
    ("    speaker: grandma", "    speaker: grandmaa", "Value is not accepted"),
    ("    background: keepers-world", "    background: keeper-world", "Value is not accepted"),
    ("    kind: line\n    background: clock-tower", "    kind: lien\n    background: clock-tower",
     "Value is not accepted"),
    ("    tags: [safety-hand]", "    tags: [safety-hands]", "Value is not accepted"),
    ("    badge: safety-hand", "    badge: safety-hnd", "Value is not accepted"),
    ("    name: safety-hand", "    name: safety-hnd", "Value is not accepted"),
]


def test_a_broken_copy_gets_a_diagnostic_for_each_fault_on_its_line(client):
    text = PROLOGUE.read_text(encoding="utf-8")
    broken = text
    for old, new, _message in FAULTS:
        assert old in broken, old
        broken = broken.replace(old, new, 1)
    copy = STORY / "broken-copy.yaml"  # opened from memory, never written: the schema line resolves as in story/
    found = client.wait_diagnostics(client.open(copy, broken))
    by_line: dict[int, list[str]] = {}
    for d in found:
        by_line.setdefault(d["range"]["start"]["line"], []).append(d["message"])
    for _old, new, message in FAULTS:
        line = _at(broken, new.split("\n")[0])[0]
        assert any(message in m for m in by_line.get(line, [])), (new, by_line.get(line))
    xx = _at(broken, "      xx: ")[0]
    assert any("xx is not allowed" in m for m in by_line.get(xx, [])), by_line.get(xx)


def test_a_new_chapter_without_a_schema_line_is_checked_by_the_shipped_settings(client):
    """.vscode/settings.json maps story/*.yaml to the chapter schema, so a file written without the first
    line (which `check` warns about) is still checked."""
    text = PROLOGUE.read_text(encoding="utf-8").split("\n", 1)[1].replace("expression: happy", "expression: hapy", 1)
    found = client.wait_diagnostics(client.open(STORY / "new-chapter.yaml", text))
    assert any("Value is not accepted" in d["message"] for d in found), found
    settings = yls.workspace_settings()
    assert settings["yamlVersion"] == "1.1"


def test_the_repository_recommends_the_yaml_extension():
    import json

    recommended = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in recommended["recommendations"]


def test_the_server_is_installed_where_ci_caches_it():
    assert LAUNCHER is not None and Path(LAUNCHER).exists()
