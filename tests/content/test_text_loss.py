"""No text lost or changed silently, and YAML syntax errors in writers' words with the rest of the file still
checked: each case is a real chapter broken in one or more ways, checked with `read_project`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.content.compile import read_project
from game.content.diagnostics import Diagnostic, sort_diagnostics
from tests.content.conftest import locate

STORY_DIR = Path(__file__).resolve().parents[2] / "story"
MEET = '''      en: "Welcome, new time keeper! I'm Grandma Clock. I've been waiting to meet you."'''
CALM = "    expression: calm\n    text:\n      ko: \"우리는"
BELL = '''      en: "Then... DONG! The big bell in the clock tower rings once, and everything goes quiet."'''
SURPRISED = "    speaker: grandma\n    expression: surprised"


def _broken(tmp_path: Path, *edits: tuple[str, str]) -> tuple[str, list[Diagnostic]]:
    """Copy the real story, apply each (old, new) edit once to the prologue, and check it."""
    folder = tmp_path / "story"
    shutil.copytree(STORY_DIR, folder)
    path = folder / "prologue.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_bytes(text.encode("utf-8"))
    _project, diagnostics = read_project(folder)
    return text, sort_diagnostics(diagnostics)


def _where(diagnostics: list[Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.pos.line, d.pos.col) for d in diagnostics]


def test_an_unclosed_quote_is_reported_at_the_quote_and_the_rest_of_the_file_is_still_checked(tmp_path):
    text, found = _broken(tmp_path, (MEET, MEET[:-1]), (CALM, CALM.replace("calm", "calmm")),
                          (BELL, BELL.replace("rings once", "rings: once").replace('"', "")),
                          (SURPRISED, SURPRISED.replace("grandma", "grandmaa")))
    quote = locate(text, '"Welcome')
    assert _where(found) == [
        ("yaml-syntax", *quote),
        ("unknown-expression", *locate(text, "calmm")),
        ("yaml-syntax", *locate(text, ": once")),
        ("unknown-speaker", *locate(text, "grandmaa")),
    ], "\n".join(d.format() for d in found)
    assert "this quote \" is not closed on its line" in found[0].message
    assert 'on the same line' in found[0].hint
    assert "a ': ' inside a text" in found[2].message
    assert found[2].hint == ('put the whole text in quotes: en: "Then... DONG! The big bell in the clock tower rings: '
                             'once, and everything goes quiet."')


def test_a_syntax_error_in_one_step_brings_no_follow_on_errors(tmp_path):
    """The step set aside keeps its id: no 'missing kind', no unknown target or unreachable step for it."""
    _text, found = _broken(tmp_path, ("    kind: line\n    speaker: grandma\n    expression: happy",
                                     "    kind: line\n    speaker: grandma\n   expression: happy"))
    assert [d.code for d in found] == ["yaml-syntax"], "\n".join(d.format() for d in found)
    assert "does not line up" in found[0].message


@pytest.mark.parametrize(("old", "new", "code", "needle", "words"), [
    (MEET, '      en: Say hello to your #1 new friend.', "text-cut", "#1", "'Say hello to your'"),
    (MEET, '      en: “Welcome, new time keeper!”', "curly-quotes", "“", "curly quote"),
    (MEET, '      en: Welcome, new time keeper!"', "unmatched-quote", 'keeper!"', "does not start with one"),
    (MEET, '      en: "Welcome,\\tnew time keeper!"', "tab-in-text", "\\t", "tab"),
    (MEET, '      en: "Welcome,\u00a0new time keeper!"', "odd-space", "\u00a0", "U+00A0"),
])
def test_text_that_yaml_would_change_is_reported_at_the_character(tmp_path, old, new, code, needle, words):
    text, found = _broken(tmp_path, (old, new))
    assert [d.code for d in found] == [code], "\n".join(d.format() for d in found)
    line, col = locate(text, needle)
    if code == "unmatched-quote":
        col += len(needle) - 1
    assert (found[0].pos.line, found[0].pos.col) == (line, col)
    assert words in found[0].message
    assert found[0].hint


def test_a_comment_after_a_text_says_what_the_game_would_show_and_how_to_keep_it(tmp_path):
    _text, found = _broken(tmp_path, (MEET, '      en: Say hello to your #1 new friend.'))
    assert found[0].severity == "warning"
    assert found[0].hint.startswith('put the whole text in quotes: en: "Say hello to your #1 new friend."')


@pytest.mark.parametrize(("space", "name"), [("\u00a0", "U+00A0 (no-break space)"),
                                             ("\u3000", "U+3000 (ideographic space)")])
def test_an_odd_space_in_the_indentation_is_an_error_there_and_the_file_is_still_read(tmp_path, space, name):
    text, found = _broken(tmp_path, ("    expression: happy", f"  {space} expression: happy"),
                          (SURPRISED, SURPRISED.replace("grandma", "grandmaa")))
    assert _where(found) == [("odd-space", *locate(text, space)), ("unknown-speaker", *locate(text, "grandmaa"))]
    assert name in found[0].message and "indentation" in found[0].message


def test_a_tab_used_for_indentation_is_named_so(tmp_path):
    text, found = _broken(tmp_path, ("    expression: happy", "\texpression: happy"))
    assert _where(found) == [("yaml-syntax", *locate(text, "\t"))]
    assert "a tab is used for indentation" in found[0].message


@pytest.mark.parametrize(("new", "message", "hint"), [
    ('      en: "Welcome" she said', "more text after the closing quote", """en: '"Welcome" she said'"""),
    ("      en: 'excited' friend", "more text after the closing quote", """en: "'excited' friend\""""),
    ("      en: Remember this:", "a ':' at the end of a text", 'en: "Remember this:"'),
])
def test_text_after_a_closing_quote_or_a_colon_gets_the_line_quoted_in_the_hint(tmp_path, new, message, hint):
    _text, found = _broken(tmp_path, (MEET, new))
    assert [d.code for d in found] == ["yaml-syntax"], "\n".join(d.format() for d in found)
    assert message in found[0].message and hint in found[0].hint


def test_no_message_uses_the_parsers_token_names(tmp_path):
    """Whatever breaks, writers never read '<block end>' or '<scalar>'."""
    breaks = [("  - id: keepers-job", "  - id: keepers-job\n  oops"), ("    kind: line", "    kind: [line"),
              ("    kind: line", "   - kind: line"), ("    kind: line", "    kind: line: x"),
              ("    kind: line", "    kind: {line"), ("    kind: line", "    kind: *line")]
    for old, new in breaks:
        _text, found = _broken(tmp_path / str(breaks.index((old, new))), (old, new))
        assert found, new
        for d in found:
            assert "<" not in d.message + d.hint and "instance of" not in d.message, d.format()


def test_a_step_without_its_dash_is_one_error_saying_two_steps_ran_together(tmp_path):
    text, found = _broken(tmp_path, ("  - id: keepers-job", "    id: keepers-job"))
    assert _where(found) == [("duplicate-key", *locate(text, "id: keepers-job"))], "\n".join(
        d.format() for d in found)
    assert "two steps run together" in found[0].message and "`- `" in found[0].hint


def test_an_unclosed_brace_is_reported_at_the_brace(tmp_path):
    text, found = _broken(tmp_path, ("    params: {pool: prologue}", "    params: {pool: prologue"))
    assert _where(found) == [("yaml-syntax", *locate(text, "{pool: prologue"))]
    assert "this { is not closed on its line" in found[0].message


def test_a_quote_inside_a_quoted_text_gets_the_text_requoted_in_the_hint(tmp_path):
    _text, found = _broken(tmp_path, (MEET, "      en: 'Welcome, new time keeper! I'm here'"))
    assert [d.code for d in found] == ["yaml-syntax"]
    assert found[0].hint.endswith('''en: "Welcome, new time keeper! I'm here"''')
