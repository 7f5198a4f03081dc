"""Writer tools: the JSON Schemas for editors (`python -m game schema`) and the path report (`python -m game paths`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from game.cli import main as cli_main
from game.content.schemagen import MODELS, schema_line, schema_texts

ROOT = Path(__file__).resolve().parents[2]
STORY_DIR = ROOT / "story"
SCHEMA_DIR = ROOT / "docs" / "schema"
STORY_FILES = sorted(STORY_DIR.rglob("*.yaml"))


def _properties(node: object, where: str = "") -> list[tuple[str, dict[str, object]]]:
    """Every (path, property schema) inside a JSON Schema, but not the conditions (`if`) picking a step kind's or
    a mini-game's fields, nor what they add (`then`): those only narrow fields described elsewhere."""
    found: list[tuple[str, dict[str, object]]] = []
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            found.append((f"{where}.{name}", value))
        for key, value in node.items():
            if key not in ("if", "then"):
                found.extend(_properties(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_properties(value, f"{where}[{index}]"))
    return found


@pytest.mark.parametrize("name", sorted(MODELS))
def test_schema_files_are_up_to_date(name):
    """The committed docs/schema files are exactly what `python -m game schema` writes now."""
    assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == schema_texts()[name], \
        "run `python -m game schema` and commit docs/schema"


def test_schema_command_writes_the_files(tmp_path, capsys):
    assert cli_main(["schema", "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(MODELS)
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_property_has_a_title_and_a_description(name):
    schema = json.loads(schema_texts()[name])
    missing = [path for path, prop in _properties(schema)
               if not str(prop.get("title", "")).strip() or not str(prop.get("description", "")).strip()]
    assert missing == []


@pytest.mark.parametrize("path", STORY_FILES, ids=lambda p: str(p.relative_to(STORY_DIR)))
def test_story_files_start_with_their_schema_line_and_follow_it(path):
    """Editors find the schema from the first line, and the real file validates against that schema."""
    text = path.read_text(encoding="utf-8")
    line = schema_line(path.relative_to(STORY_DIR))
    assert text.splitlines()[0] == line
    target = (path.parent / line.split("$schema=", 1)[1]).resolve()
    assert target.parent == SCHEMA_DIR and target.exists()
    jsonschema.validate(yaml.safe_load(text), json.loads(target.read_text(encoding="utf-8")))


def test_paths_on_the_real_story_exits_0(capsys):
    assert cli_main(["paths", str(STORY_DIR)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^endings reached: finale\.", out, re.MULTILINE)
    assert "every path passes 'reporting-lesson': yes" in out
    assert "words/min" in out and "per mini-game" in out
    for chapter in ("prologue", "physical", "reporting", "finale"):
        assert re.search(rf"^  {chapter}\s+[\d.]+(-[\d.]+)?\s+[\d.]+", out, re.MULTILINE), chapter
    assert re.search(r"^shortest way to an ending: \d+ visible steps, \d+ English words, \d+ Korean", out, re.MULTILINE)


def _tiny_story(folder: Path, lesson_on_both_paths: bool) -> Path:
    folder.mkdir()
    (folder / "story.yaml").write_text(
        "title: {ko: 테스트, en: Test}\nchapters: [one]\n", encoding="utf-8")
    skip_target = "learn" if lesson_on_both_paths else "fin"
    (folder / "one.yaml").write_text(f"""\
id: one
title: {{ko: 하나, en: One}}
intro: {{ko: 시작, en: Start}}
outro: {{ko: 끝, en: End}}
steps:
  - id: pick
    kind: choice
    options:
      - {{id: learn, text: {{ko: 배워요, en: Learn}}}}
      - {{id: skip, text: {{ko: 건너뛰어요, en: Skip}}, target: {skip_target}}}
  - id: learn
    kind: line
    tags: [reporting-lesson]
    text: {{ko: "믿을 수 있는 어른에게 말해요.", en: Tell a trusted adult.}}
  - id: fin
    kind: ending
    title: {{ko: 끝, en: The end}}
    text: {{ko: 안녕히, en: Goodbye}}
""", encoding="utf-8")
    return folder


def test_paths_exits_1_when_a_path_skips_the_lesson(tmp_path, capsys):
    folder = _tiny_story(tmp_path / "broken", lesson_on_both_paths=False)
    assert cli_main(["paths", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "every path passes 'reporting-lesson': NO, e.g." in out and "pick" in out
    assert "endings reached: one.fin" in out


def test_paths_exits_0_when_every_path_has_the_lesson(tmp_path, capsys):
    folder = _tiny_story(tmp_path / "good", lesson_on_both_paths=True)
    assert cli_main(["paths", str(folder)]) == 0
    out = capsys.readouterr().out
    # both options lead through the lesson: intro card, choice, lesson line, ending
    assert "shortest way to an ending: 4 visible steps" in out
    assert "longest way to an ending: 4 visible steps" in out


@pytest.mark.parametrize("command", ["schema", "paths"])
def test_writer_commands_have_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli_main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_every_schema_property_has_an_example():
    """Editors can show what to write: every property of every schema carries an example."""
    from game.content.schemagen import schema_texts

    for text in schema_texts().values():
        assert [path for path, prop in _properties(json.loads(text)) if "examples" not in prop] == []


def test_the_chapter_schema_rejects_known_bad_chapters():
    """An unknown field, a step without kind, and a text missing its English are refused by the schema too."""
    from game.content.schemagen import schema_texts

    schema = json.loads(schema_texts()["chapter.schema.json"])
    good = {"id": "one", "title": {"ko": "가", "en": "A"}, "intro": {"ko": "가", "en": "A"},
            "outro": {"ko": "가", "en": "A"},
            "steps": [{"id": "hi", "kind": "line", "text": {"ko": "안녕", "en": "Hi"}}]}
    jsonschema.validate(good, schema)
    bad_cases = [
        {**good, "colour": "red"},
        {**good, "steps": [{"id": "hi", "text": {"ko": "안녕", "en": "Hi"}}]},
        {**good, "title": {"ko": "가"}},
    ]
    for bad in bad_cases:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)
