"""Reading YAML with libyaml gives the same data, positions and problems as the pure-Python parser."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.content import source
from game.content.source import parse_source

STORY = Path(__file__).resolve().parents[2] / "story"
BROKEN = {
    "unquoted colon": "id: one\ntext: {ko: 시간: 세 시, en: Time}\n",
    "unclosed quote": 'id: one\ntitle: "One\n',
    "tab indentation": "id: one\nsteps:\n\t- id: a\n",
    "tab after a colon": "id: one\nkind:\tline\n",
    "bad indentation": "id: one\n  title: x\n title: y\n",
    "undefined alias": "id: *nope\n",
    "duplicate anchor": "a: &x 1\nb: &x 2\n",
    "two documents": "id: one\n---\nid: two\n",
    "control character": "id: one\x07\n",
    "escape past the last character": 'id: "\\U00110000"\n',
    "half an emoji": 'id: "\\ud83d"\n',
    "deep nesting": "id: " + "[" * 500 + "]" * 500 + "\n",
    "unclosed nesting": "id: " + "[" * 500 + "\n",
}


def _read(name: str, text: str) -> tuple[object, ...]:
    parsed = parse_source(name, text)
    return parsed.data, parsed.nodes, parsed.bool_words, parsed.diagnostics


@pytest.fixture
def pure(monkeypatch: pytest.MonkeyPatch):
    """Read with the pure-Python parser only, as where libyaml is not installed."""
    def read(name: str, text: str) -> tuple[object, ...]:
        with monkeypatch.context() as patch:
            patch.setattr(source, "_FAST_LOADER", None)
            return _read(name, text)
    return read


def test_libyaml_is_used_where_it_is_installed():
    """The fast reader is libyaml's when PyYAML was built with it (it is on every supported platform's wheel)."""
    assert source._FAST_LOADER is (yaml.CSafeLoader if yaml.__with_libyaml__ else None)


@pytest.mark.parametrize("path", sorted(STORY.rglob("*.yaml")), ids=lambda p: str(p.relative_to(STORY)))
def test_every_real_story_file_reads_the_same_with_and_without_libyaml(pure, path):
    """Data, every node's position and style, and the yes/no words written are identical."""
    text = path.read_text(encoding="utf-8")
    assert _read(str(path), text) == pure(str(path), text)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_problems_read_the_same_with_and_without_libyaml(pure, name):
    """A broken file gives the pure parser's words at the pure parser's position either way."""
    text = BROKEN[name]
    found = _read("one.yaml", text)
    assert found == pure("one.yaml", text)
    assert found[3], "each broken example has a problem"


def test_a_bom_inside_the_text_gives_the_pure_parsers_columns(pure):
    """libyaml counts a byte-order mark inside the text as a column and the pure parser does not; the pure one wins."""
    text = "id: one\nd: [a\ufeffb, 2]\n"
    assert _read("one.yaml", text) == pure("one.yaml", text)


def test_an_alias_of_an_empty_list_is_an_empty_list():
    """An alias of a finished empty list is that list, not the start of a new one swallowing what follows."""
    assert parse_source("one.yaml", "a: &e []\nb: *e\nc: 1\n").data == {"a": [], "b": [], "c": 1}


def test_an_alias_of_a_list_that_holds_it_is_reported_not_followed():
    """`&a [*a]` refers to its own list, as in PyYAML; it is an error instead of endless recursion."""
    found = parse_source("one.yaml", "a: &a [1, *a]\n")
    assert [d.code for d in found.diagnostics] == ["yaml-syntax"] and "alias" in found.diagnostics[0].message
