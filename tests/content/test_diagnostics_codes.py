"""Every content diagnostic code, each triggered by a tiny inline story and checked for file, line and column."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path
from textwrap import dedent, indent
from types import SimpleNamespace

import pytest

from game import catalog
from game.cli import main
from game.content import lint_words
from game.content.compile import load_story_dir
from game.content.diagnostics import ContentError, Diagnostic
from game.story import SourcePos

STORY = dedent("""\
    title: {ko: 테스트, en: Test}
    chapters: [one]
    characters:
      owl: {name: {ko: 부엉이, en: Owl}}
    variables:
      courage: 0
      met: false
    badges:
      b1: {name: {ko: 배지, en: Badge}}
    time_pieces:
      p1: {name: {ko: 조각, en: Piece}}
""")

HEAD = dedent("""\
    id: @id
    title: {ko: 하나, en: One}
    intro: {ko: 시작, en: Start}
    outro: {ko: 끝, en: End}
    steps:
""")

ENDING = """\
- id: fin
  kind: ending
  title: {ko: 끝, en: The end}
  text: {ko: 끝났어요, en: Done}
"""

LINE = """\
- id: hello
  kind: line
  text: {ko: 안녕, en: Hello}
"""

QUIZ_ANSWERS = """\
    - {id: a, text: {ko: 가, en: A}, correct: true, explanation: {ko: 맞아요, en: Right}}
    - {id: b, text: {ko: 나, en: B}, explanation: {ko: 아니에요, en: Not quite}}
"""


def chapter(steps: str, chapter_id: str = "one", ending: bool = True) -> str:
    """A chapter file holding `steps` (written flush left), followed by an `ending` step unless told not to."""
    return HEAD.replace("@id", chapter_id) + indent(dedent(steps) + (ENDING if ending else ""), "  ")


def only(diagnostics: list[Diagnostic]) -> Diagnostic:
    """The single diagnostic of a run; fails showing all of them otherwise."""
    assert len(diagnostics) == 1, "\n".join(d.format() for d in diagnostics)
    return diagnostics[0]


def shifted(pos: SourcePos, columns: int) -> SourcePos:
    """`pos` moved `columns` to the right."""
    return dataclasses.replace(pos, col=pos.col + columns)


# -- the fixture itself ------------------------------------------------------------------


def test_the_base_fixture_story_is_clean(check):
    """The story every test starts from has no diagnostics, so each test sees only its own mistake."""
    assert check({"story.yaml": STORY, "one.yaml": chapter(LINE)}) == []


def test_every_code_in_the_engine_has_a_test_here():
    """Each diagnostic code the content pipeline can emit has a `test_<code>_...` function in this module."""
    root = Path(__file__).resolve().parents[2] / "game" / "content"
    codes: set[str] = set()
    for path in root.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Diagnostic" and len(node.args) > 1:
                code = node.args[1]
                assert isinstance(code, ast.Constant) or getattr(code, "id", None) == "code", ast.unparse(node)
                if isinstance(code, ast.Constant):
                    codes.add(code.value)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
                targets = node.targets[0]
                if isinstance(targets, ast.Tuple) and getattr(targets.elts[0], "id", None) == "code":
                    codes.add(node.value.elts[0].value)  # type: ignore[attr-defined]
    assert "yaml-syntax" in codes and "quiz-answer-count" in codes  # the scan itself works
    tested = {name for name in globals() if name.startswith("test_")}
    untested = sorted(c for c in codes if not any(t.startswith("test_" + c.replace("-", "_") + "_") for t in tested))
    assert untested == []


# -- source.py: reading YAML ---------------------------------------------------------------


def test_yaml_syntax_points_at_the_parser_problem_mark(check, at):
    """An unquoted text containing ': ' is a syntax error at that colon, with a hint to quote it."""
    text = chapter("""\
        - id: hello
          kind: line
          text:
            ko: 시간: 세 시
            en: Time
    """)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-syntax", at("one.yaml", text, ": 세 시"))
    assert "quote" in d.hint


def test_yaml_syntax_tab_indentation_hint_mentions_tabs(check, at):
    """A tab used for indentation is reported on its line and the hint says to use spaces."""
    text = chapter(LINE).replace("    kind: line", "\tkind: line")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-syntax", at("one.yaml", text, "\tkind"))
    assert "tab" in d.hint and "spaces" in d.hint


def test_yaml_syntax_for_a_value_its_explicit_tag_cannot_build(check, at):
    """`!!int abc` is reported as a content error at the value instead of crashing the loader."""
    text = chapter("""\
        - id: hello
          kind: line
          text: {ko: !!int abc, en: Hello}
    """)
    diagnostics = check({"story.yaml": STORY, "one.yaml": text})
    syntax = [d for d in diagnostics if d.code == "yaml-syntax"]
    assert [d.pos for d in syntax] == [at("one.yaml", text, "!!int")]


def test_yaml_syntax_for_an_alias_inside_itself(check, at):
    """A self-referencing alias (`&a [*a]`) is reported instead of recursing forever."""
    text = chapter(LINE).replace("id: one", "id: one\ndiscussion: &loop [*loop]")
    syntax = [d for d in check({"story.yaml": STORY, "one.yaml": text}) if d.code == "yaml-syntax"]
    assert [d.pos.line for d in syntax] == [at("one.yaml", text, "&loop").line]
    assert "alias" in syntax[0].message


def test_yaml_syntax_for_a_control_character_points_at_it(check, at):
    """A character YAML refuses to read at all is reported where it sits, with a hint to delete it."""
    text = chapter(LINE).replace("Hello", "Hel\x07lo")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-syntax", at("one.yaml", text, "\x07"))
    assert "#x0007" in d.message and "control character" in d.hint


@pytest.mark.parametrize("escape", ["\\U00110000", "\\UFFFFFFFF"])
def test_yaml_syntax_for_an_escape_past_the_last_character(check, at, escape):
    """A `\\U` escape beyond U+10FFFF names no character: an error at the backslash, not a crash of the loader."""
    text = chapter(LINE).replace("en: Hello", f'en: "Hel{escape}lo"')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-syntax", at("one.yaml", text, escape))
    assert escape in d.message and "paste the character" in d.hint


@pytest.mark.parametrize("escape", ["\\0", "\\x07", "\\ud83d"])
def test_yaml_syntax_for_an_escape_that_makes_an_invisible_character(check, at, escape):
    """An escape making a control character or half an emoji is reported at its text, which could not be shown."""
    text = chapter(LINE).replace("en: Hello", f'en: "Hel{escape}lo"')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-syntax", at("one.yaml", text, '"Hel'))
    assert "escape" in d.hint


def test_yaml_syntax_for_a_key_that_is_half_an_emoji(check, at):
    """A key written as a lone surrogate escape is reported at the key instead of breaking the printed messages."""
    text = chapter(LINE + '  "\\ud83d": 1\n')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-syntax", at("one.yaml", text, '"\\ud83d"'))


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"])
def test_yaml_syntax_for_an_invisible_line_break_points_at_it(check, at, char):
    """YAML counts NEL, LS and PS as line breaks but editors do not; they are errors where they sit."""
    text = chapter(LINE).replace("Hello", f"Hel{char}lo")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-syntax", at("one.yaml", text, char))
    assert f"#x{ord(char):04x}" in d.message and "Enter" in d.hint


@pytest.mark.parametrize("opening", ["[", "{a: "])
def test_yaml_syntax_for_lists_nested_too_deep(check, at, opening):
    """Hundreds of nested brackets are one error at the level past 100 instead of a crash (or a killed process)."""
    closing = "]" if opening == "[" else "}"
    value = opening * 5000 + closing * 5000
    text = chapter(LINE).replace("id: one", f"id: one\ndiscussion: {value}")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-syntax", shifted(at("one.yaml", text, value), 99 * len(opening)))
    assert "100 levels deep" in d.message and "never closed" in d.hint


def test_yaml_syntax_for_nesting_that_aliases_build(check, at):
    """Aliases can put shallow lists inside each other until they are too deep; that is an error, not a crash."""
    nested = "[" * 60 + "{x}" + "]" * 60
    text = chapter(LINE).replace("id: one", f"id: one\na0: &a0 {nested}\na1: {nested.replace('{x}', '*a0')}")
    syntax = [d for d in check({"story.yaml": STORY, "one.yaml": text}) if d.code == "yaml-syntax"]
    assert [d.pos.line for d in syntax] == [at("one.yaml", text, "a0:").line]
    assert "levels deep" in syntax[0].message


def test_yaml_syntax_for_a_number_too_long_to_read(check, at):
    """A number of thousands of digits is reported at the value in plain words, with a hint to quote it."""
    text = chapter(LINE).replace("en: Hello", "en: " + "7" * 5000)
    syntax = [d for d in check({"story.yaml": STORY, "one.yaml": text}) if d.code == "yaml-syntax"]
    assert [d.pos for d in syntax] == [at("one.yaml", text, "7777")]
    assert "cannot be read as int" in syntax[0].message and "quotes" in syntax[0].hint


def test_yaml_syntax_for_exponential_aliases_is_the_only_error(check):
    """A file that expands past the limit is set aside, so its half-built values cause no other errors."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 8)]
    d = only(check({"story.yaml": STORY, "one.yaml": "\n".join(lines) + "\n"}))
    assert d.code == "yaml-syntax" and "expands to more than" in d.message


def test_duplicate_key_points_at_the_second_key(check, at):
    """A key written twice in one mapping is reported at the repeat, naming the line of the first."""
    text = chapter("""\
        - id: hello
          kind: line
          text: {ko: 안녕, en: Hello}
          text: {ko: 잘 가, en: Bye}
    """)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    first = at("one.yaml", text, "text:")
    assert (d.code, d.pos) == ("duplicate-key", at("one.yaml", text, "text:", 2))
    assert f"line {first.line}" in d.hint


def test_yaml_complex_key_points_at_the_key(check, at):
    """A list used as a mapping key is reported at that key."""
    text = chapter(LINE + "  [a]: 1\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-complex-key", at("one.yaml", text, "[a]"))


def test_empty_file_is_reported_at_its_start(check, tmp_path):
    """A chapter file with nothing but a comment is an error at line 1, column 1."""
    d = only(check({"story.yaml": STORY, "one.yaml": "# to do\n"}))
    assert (d.code, d.pos.file, d.pos.line, d.pos.col) == ("empty-file", str(tmp_path / "one.yaml"), 1, 1)
    assert "steps" in d.hint


@pytest.mark.parametrize("content", ["~\n", "null\n", "---\n"])
def test_empty_file_for_a_chapter_that_is_only_null(check, tmp_path, content):
    """A chapter holding only `~`, `null` or `---` is empty too, instead of being skipped without a word."""
    d = only(check({"story.yaml": STORY, "one.yaml": content}))
    assert (d.code, d.pos.file, d.pos.line, d.pos.col) == ("empty-file", str(tmp_path / "one.yaml"), 1, 1)


def test_empty_file_hint_for_a_region_names_its_fields(check, tmp_path):
    """An empty region file is told what a region needs, not what a chapter needs."""
    d = only(check({"story.yaml": STORY, "one.yaml": chapter(LINE), "regions/ko-KR.yaml": ""}))
    assert (d.code, d.pos.file) == ("empty-file", str(tmp_path / "regions" / "ko-KR.yaml"))
    assert "numbers" in d.hint and "steps" not in d.hint


def test_empty_file_hint_for_story_yaml_names_its_fields(check, tmp_path):
    """An empty story.yaml is told what story.yaml needs, not what a chapter needs."""
    d = only(check({"story.yaml": "", "one.yaml": chapter(LINE)}))
    assert (d.code, d.pos.file) == ("empty-file", str(tmp_path / "story.yaml"))
    assert "chapters" in d.hint and "steps" not in d.hint


def test_unreadable_file_for_bytes_that_are_not_utf8(check, tmp_path):
    """A chapter saved in another encoding is reported at its start with a hint to save it as UTF-8."""
    d = only(check({"story.yaml": STORY, "one.yaml": "title: x\nid: 하나\n".encode("euc-kr")}))
    assert (d.code, d.pos.file, d.pos.line, d.pos.col) == ("unreadable-file", str(tmp_path / "one.yaml"), 2, 5)
    assert "it looks like EUC-KR/CP949" in d.message
    assert "save it as UTF-8" in d.hint


# -- errors.py: schema errors placed on their node -------------------------------------------


def test_missing_translation_without_en_points_at_the_text(check, at):
    """A text with only Korean is reported at that text's mapping and names English."""
    text = chapter(LINE).replace("title: {ko: 하나, en: One}", "title: {ko: 하나}")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("missing-translation", at("one.yaml", text, "{ko: 하나}"))
    assert "English" in d.message and "en:" in d.hint


def test_missing_translation_for_an_empty_string(check, at):
    """An empty English text is reported at the empty value."""
    text = chapter(LINE).replace('en: Hello', 'en: ""')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("missing-translation", at("one.yaml", text, '""'))
    assert "empty" in d.message and "English" in d.hint


def test_missing_field_points_at_the_step(check, at):
    """A line without `text` is reported at the start of its step, naming the field."""
    text = chapter("""\
        - id: hello
          kind: line
    """)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("missing-field", at("one.yaml", text, "id: hello"))
    assert "'text'" in d.message


def test_unknown_field_points_at_the_key_and_suggests_a_spelling(check, at):
    """A misspelt key is reported at the key itself with a 'did you mean' hint."""
    text = chapter(LINE + "  speeker: owl\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-field", at("one.yaml", text, "speeker"))
    assert d.hint == ("did you mean 'speaker'? "
                      "(fields here: id, tags, allow, kind, text, speaker, expression, background)")


def test_unknown_kind_points_at_the_kind_value(check, at):
    """An unknown step kind is reported at the value of `kind`, listing the real kinds."""
    text = chapter(LINE.replace("kind: line", "kind: lien"))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-kind", at("one.yaml", text, "lien"))
    assert "'lien'" in d.message and "'line'" in d.hint


def test_missing_kind_points_at_the_step_and_lists_kinds(check, at):
    """A step without `kind` is reported at the step, and the hint lists every kind."""
    text = chapter(LINE.replace("  kind: line\n", ""))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("missing-kind", at("one.yaml", text, "id: hello"))
    assert all(f"'{kind}'" in d.hint for kind in ("line", "choice", "quiz", "chapter_end", "ending"))


def test_yaml_boolean_for_an_unquoted_no(check, at):
    """An unquoted `no` where text is expected is reported at the word, with a hint to quote it."""
    text = chapter(LINE.replace("en: Hello", "en: no"))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-boolean", at("one.yaml", text, "no}"))
    assert "'no'" in d.message and '"no"' in d.hint


def test_yaml_boolean_names_the_word_written(check, at):
    """An unquoted `True` where text is expected is quoted back as `True`, not as some other word."""
    text = chapter(LINE.replace("en: Hello", "en: True"))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("yaml-boolean", at("one.yaml", text, "True"))
    assert "'True'" in d.message and '"True"' in d.hint


def test_wrong_type_for_steps_that_are_not_a_list(check, at):
    """`steps:` holding one word is reported at the word, with a hint about list lines."""
    text = HEAD.replace("@id", "one").replace("steps:", "steps: hello")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("wrong-type", at("one.yaml", text, "hello"))
    assert "'hello'" in d.message and "- " in d.hint


def test_wrong_type_for_a_step_that_is_a_list_after_a_valid_step(check, at):
    """A step written as a list is reported at the list; working out where the step before it goes on does not crash."""
    text = chapter(LINE + "- [kind, line]\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("wrong-type", at("one.yaml", text, "[kind"))


def test_missing_field_for_a_step_id_is_not_also_an_unknown_step(check, at):
    """The step before a step without an id goes on to nothing checkable, instead of to a step named 'None'."""
    text = chapter(LINE + "- kind: line\n  text: {ko: 안녕, en: Hi}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("missing-field", at("one.yaml", text, "kind: line", 2))


def test_missing_field_for_a_first_step_id_is_not_also_an_unknown_step(check, at):
    """A `chapter_end` into a chapter whose first step has no id reports only that missing id."""
    story = STORY.replace("chapters: [one]", "chapters: [one, two]")
    two = chapter("- kind: line\n  text: {ko: 안녕, en: Hi}\n", chapter_id="two")
    found = check({"story.yaml": story, "one.yaml": chapter(LINE + "- id: end\n  kind: chapter_end\n", ending=False),
                   "two.yaml": two})
    d = only([d for d in found if d.severity == "error"])
    assert (d.code, d.pos) == ("missing-field", at("two.yaml", two, "kind: line"))


def test_wrong_type_for_a_variable_is_reported_once(check, at):
    """A list given as a variable value gives one error, not one per accepted type."""
    story = STORY.replace("met: false", "met: [1]")
    d = only(check({"story.yaml": story, "one.yaml": chapter(LINE)}))
    assert (d.code, d.pos) == ("wrong-type", at("story.yaml", story, "[1]"))
    assert "true/false" in d.message and "number" in d.message and "text" in d.message


def test_wrong_type_inside_a_set_step_points_at_the_value(check, at):
    """A bad value on the second line of a `set:` block is reported on that line, not on the first."""
    text = chapter("""\
        - id: change
          kind: set
          set:
            courage: 1
            met: [1]
    """)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("wrong-type", at("one.yaml", text, "[1]"))


def test_bad_id_points_at_the_id(check, at):
    """An id with capitals and a space is reported at the id value."""
    text = chapter(LINE.replace("id: hello", "id: Hello There"))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("bad-id", at("one.yaml", text, "Hello There"))
    assert "lowercase" in d.hint


def test_quiz_answer_count_for_a_single_answer(check, at):
    """A quiz with one answer is reported at its answers list with the count found."""
    text = chapter("""\
        - id: q
          kind: quiz
          question: {ko: 질문, en: Question}
          answers:
            - {id: a, text: {ko: 가, en: A}, correct: true, explanation: {ko: 맞아요, en: Right}}
    """)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("quiz-answer-count", at("one.yaml", text, "- {id: a"))
    assert "(found 1)" in d.message


def test_choice_option_count_for_five_options(check, at):
    """A choice with five options is reported at its options list with the count found."""
    options = "".join(f"    - {{id: o{i}, text: {{ko: 가, en: A}}}}\n" for i in range(5))
    text = chapter("- id: pick\n  kind: choice\n  options:\n" + options)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("choice-option-count", at("one.yaml", text, "- {id: o0"))
    assert "(found 5)" in d.message


def test_no_steps_for_an_empty_step_list(check, at):
    """`steps: []` is reported at the empty list."""
    text = HEAD.replace("@id", "one").replace("steps:", "steps: []")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("no-steps", at("one.yaml", text, "[]"))


def test_item_count_for_an_empty_chapter_list(check, at):
    """`chapters: []` in story.yaml is reported at the empty list."""
    story = STORY.replace("chapters: [one]", "chapters: []")
    d = only(check({"story.yaml": story, "one.yaml": chapter(LINE)}))
    assert (d.code, d.pos) == ("item-count", at("story.yaml", story, "[]"))
    assert "'chapters'" in d.message


def test_bad_value_for_too_many_points(check, at):
    """Quiz points above the limit are reported at the number, naming the limit."""
    text = chapter("- id: q\n  kind: quiz\n  points: 500\n  question: {ko: 질문, en: Q}\n  answers:\n"
                   + QUIZ_ANSWERS)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("bad-value", at("one.yaml", text, "500"))
    assert "100" in d.message


def test_bad_value_for_a_colour_is_not_called_an_id(check, at):
    """A character colour that is not #rrggbb is reported as a bad colour, not as a bad id."""
    story = STORY.replace("owl: {name: {ko: 부엉이, en: Owl}}", "owl: {name: {ko: 부엉이, en: Owl}, color: red}")
    d = only(check({"story.yaml": story, "one.yaml": chapter(LINE)}))
    assert (d.code, d.pos) == ("bad-value", at("story.yaml", story, "red"))
    assert "colour" in d.message and "#" in d.hint


# -- lint.py: whole-story checks ------------------------------------------------------------


def test_unknown_chapter_listed_without_a_file(check, at):
    """A chapter named in story.yaml with no file is reported at its list entry."""
    story = STORY.replace("chapters: [one]", "chapters: [one, three]")
    d = only(check({"story.yaml": story, "one.yaml": chapter(LINE)}))
    assert (d.code, d.pos) == ("unknown-chapter", at("story.yaml", story, "three"))
    assert "known chapters: one" in d.hint


def test_unknown_chapter_as_start_is_the_only_error(check, at):
    """An unknown `start:` is reported there, without calling every chapter unreachable."""
    story = STORY + "start: zero\n"
    d = only(check({"story.yaml": story, "one.yaml": chapter(LINE)}))
    assert (d.code, d.pos) == ("unknown-chapter", at("story.yaml", story, "zero"))


def test_unknown_chapter_in_next_is_not_also_a_dead_end(check, at):
    """A chapter_end whose `next:` names no chapter is reported there, and not as a dead end."""
    text = chapter(LINE + "- id: end\n  kind: chapter_end\n  next: nowhere\n", ending=False)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-chapter", at("one.yaml", text, "nowhere"))


def test_chapter_not_listed_points_at_its_id(check, at):
    """A chapter file whose id story.yaml does not list is reported at that id."""
    two = chapter(LINE, chapter_id="two")
    d = only(check({"story.yaml": STORY, "one.yaml": chapter(LINE), "two.yaml": two}))
    assert (d.code, d.pos) == ("chapter-not-listed", at("two.yaml", two, "two"))
    assert "- two" in d.hint


def test_duplicate_id_of_steps_points_at_the_second(check, at):
    """Two steps with one id are reported at the second id, naming the line of the first."""
    text = chapter(LINE + LINE)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("duplicate-id", at("one.yaml", text, "hello", 2))
    assert f"line {at('one.yaml', text, 'hello').line}" in d.hint


def test_duplicate_id_of_options_points_at_the_second(check, at):
    """Two options of one choice with one id are reported at the second option id."""
    text = chapter("""\
        - id: pick
          kind: choice
          options:
            - {id: same, text: {ko: 가, en: A}}
            - {id: same, text: {ko: 나, en: B}}
    """)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("duplicate-id", at("one.yaml", text, "same", 2))
    assert "option" in d.message


def test_duplicate_id_of_answers_points_at_the_second(check, at):
    """Two answers of one quiz with one id are reported at the second answer id."""
    text = chapter("- id: q\n  kind: quiz\n  question: {ko: 질문, en: Q}\n  answers:\n"
                   + QUIZ_ANSWERS.replace("id: b", "id: a"))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("duplicate-id", shifted(at("one.yaml", text, "id: a", 2), len("id: ")))
    assert "answer" in d.message


def test_duplicate_id_of_chapters_points_at_the_second_file(check, at):
    """Two chapter files with one id are reported in the later file, naming the earlier one."""
    two = chapter(LINE)
    d = only(check({"story.yaml": STORY, "one.yaml": chapter(LINE), "two.yaml": two}))
    assert (d.code, d.pos) == ("duplicate-id", at("two.yaml", two, "one"))
    assert "one.yaml" in d.message


def test_unknown_step_lists_the_known_steps(check, at):
    """A jump to a missing step is reported at the target, suggesting the close name and listing the steps."""
    text = chapter(LINE + "- id: jump\n  kind: if\n  condition: courage >= 1\n  target: fn\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-step", at("one.yaml", text, "fn\n"))
    assert "'one.fn'" in d.message
    assert "did you mean 'fin'?" in d.hint and "known steps in one: hello, jump, fin" in d.hint


def test_dead_end_after_the_last_step(check, at):
    """A chapter whose last step is a line is reported at that step."""
    text = chapter(LINE, ending=False)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("dead-end", at("one.yaml", text, "id: hello"))


def test_dead_end_for_a_chapter_end_in_the_last_chapter(check, at):
    """A chapter_end with no chapter after it is reported at that step as stopping without an ending."""
    text = chapter(LINE + "- id: end\n  kind: chapter_end\n", ending=False)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("dead-end", at("one.yaml", text, "id: end"))
    assert "ending" in d.message


def test_unreachable_step_after_a_goto(check, at):
    """A step that only follows a goto is reported at that step."""
    text = chapter(LINE + "- id: jump\n  kind: goto\n  target: fin\n" + LINE.replace("hello", "lost"))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unreachable-step", at("one.yaml", text, "id: lost"))
    assert "'lost'" in d.message


def test_unreachable_step_for_a_whole_chapter(check, at):
    """A listed chapter no path leads to is reported at its id."""
    story = STORY.replace("chapters: [one]", "chapters: [one, two]")
    two = chapter(LINE, chapter_id="two").replace("steps:", "content_note: {ko: 메모, en: Note}\nsteps:")
    d = only(check({"story.yaml": story, "one.yaml": chapter(LINE), "two.yaml": two}))
    assert (d.code, d.pos) == ("unreachable-step", at("two.yaml", two, "two"))


def test_unknown_speaker_lists_the_characters(check, at):
    """A speaker not in story.yaml is reported at the speaker, listing known characters."""
    text = chapter(LINE + "  speaker: bob\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-speaker", at("one.yaml", text, "bob"))
    assert "owl" in d.hint


def test_unknown_expression_lists_the_expressions(check, at):
    """An expression not in the catalog is reported at the expression, listing the real ones."""
    text = chapter(LINE + "  speaker: owl\n  expression: grumpy\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-expression", at("one.yaml", text, "grumpy"))
    assert all(name in d.hint for name in catalog.EXPRESSIONS)


def test_unknown_background_lists_the_backdrops(check, at):
    """A backdrop not in the catalog is reported at the name, listing the real ones."""
    text = chapter(LINE + "  background: moon\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-background", at("one.yaml", text, "moon"))
    assert all(name in d.hint for name in catalog.BACKDROPS)


@pytest.mark.parametrize("prizes", ["  badge: b1\n  time_piece: p1\n", ""], ids=["both", "neither"])
def test_award_needs_one_prize(check, at, prizes):
    """An award with both a badge and a time piece, or with neither, is reported at the step."""
    text = chapter("- id: give\n  kind: award\n" + prizes)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("award-needs-one", at("one.yaml", text, "id: give"))


def test_unknown_prize_lists_the_badges(check, at):
    """A badge not declared in story.yaml is reported at its name, listing the declared ones."""
    text = chapter("- id: give\n  kind: award\n  badge: nope\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-prize", at("one.yaml", text, "nope"))
    assert "b1" in d.hint


def test_unknown_minigame_points_at_the_name(check, at):
    """A mini-game name not in the registry is reported at the name."""
    text = chapter("- id: play\n  kind: minigame\n  name: maze\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-minigame", at("one.yaml", text, "maze"))


def test_unknown_result_of_a_registered_minigame(check, at, monkeypatch):
    """A result the mini-game never finishes with is reported at that result's key, listing the real ones."""
    monkeypatch.setitem(catalog.MINIGAMES, "maze", catalog.MinigameInfo(("won", "lost"), ("path",)))
    text = chapter("- id: play\n  kind: minigame\n  name: maze\n  params: {pool: small}\n"
                   "  results: {won: fin, draw: fin}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text, "minigames/maze.yaml": MAZE_POOL}))
    assert (d.code, d.pos) == ("unknown-result", at("one.yaml", text, "draw"))
    assert "won" in d.hint and "lost" in d.hint


def test_quiz_no_correct_points_at_the_answers(check, at):
    """A quiz with no correct answer is reported at its answers list."""
    text = chapter("- id: q\n  kind: quiz\n  question: {ko: 질문, en: Q}\n  answers:\n"
                   + QUIZ_ANSWERS.replace(" correct: true,", ""))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("quiz-no-correct", at("one.yaml", text, "- {id: a"))
    assert "correct: true" in d.hint


def test_quiz_right_answer_first_is_warned_at_the_shuffle_key_of_a_quiz_kept_in_order(check, at):
    """`shuffle: false` with a right first answer is a warning at its `false`; a wrong answer first is fine."""
    text = chapter("- id: q\n  kind: quiz\n  shuffle: false\n  question: {ko: 질문, en: Q}\n  answers:\n"
                   + QUIZ_ANSWERS)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("quiz-right-answer-first", "warning", at("one.yaml", text, "false"))
    wrong_first = QUIZ_ANSWERS.splitlines(keepends=True)
    text = chapter("- id: q\n  kind: quiz\n  shuffle: false\n  question: {ko: 질문, en: Q}\n  answers:\n"
                   + wrong_first[1] + wrong_first[0])
    assert check({"story.yaml": STORY, "one.yaml": text}) == []


def test_bad_expression_column_points_inside_the_expression(check, at):
    """A parse error in a condition is reported at the offending character, not at the start of the value."""
    expression = "courage > > 1"
    text = chapter(LINE + f"- id: check\n  kind: if\n  condition: {expression}\n  target: fin\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    start = at("one.yaml", text, expression)
    assert (d.code, d.pos) == ("bad-expression", shifted(start, expression.index("> 1")))


def test_bad_expression_column_counts_the_opening_quote(check, at):
    """In a quoted condition the column still lands on the offending character."""
    text = chapter(LINE + '- id: check\n  kind: if\n  condition: "courage $ 1"\n  target: fin\n')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("bad-expression", at("one.yaml", text, "$"))
    assert "'$'" in d.message


def test_bad_expression_for_a_condition_too_long_to_check(check, at):
    """A condition of more than 64 parts (here 300 nested brackets) is an error at the first part too many."""
    expression = "(" * 300 + "courage" + ")" * 300
    text = chapter(LINE + f'- id: check\n  kind: if\n  condition: "{expression}"\n  target: fin\n')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("bad-expression", shifted(at("one.yaml", text, expression), 64))
    assert "too long" in d.message


def test_bad_expression_over_several_lines_points_at_its_start(check, at):
    """A condition folded over two lines is reported at its start, never at a column past the end of its line."""
    text = chapter(LINE + '- id: check\n  kind: if\n  condition: "courage >=\n    $ 1"\n  target: fin\n')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("bad-expression", at("one.yaml", text, '"courage'))


def test_unknown_variable_in_a_condition_points_at_the_name(check, at):
    """An undeclared variable in a condition is reported at the variable, listing the declared ones."""
    text = chapter(LINE + "- id: check\n  kind: if\n  condition: courage >= 1 and dread\n  target: fin\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-variable", at("one.yaml", text, "dread"))
    assert "courage" in d.hint and "met" in d.hint


def test_unknown_variable_set_by_an_option_points_at_the_key(check, at):
    """Setting an undeclared variable is reported at its key."""
    text = chapter("""\
        - id: pick
          kind: choice
          options:
            - {id: a, text: {ko: 가, en: A}, set: {nerve: 1}}
            - {id: b, text: {ko: 나, en: B}}
    """)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-variable", at("one.yaml", text, "nerve"))


def test_missing_story_file_in_a_folder_of_chapters(check, tmp_path):
    """A folder without story.yaml is reported at the path story.yaml should have."""
    d = only(check({"one.yaml": chapter(LINE)}))
    assert (d.code, d.pos.file, d.pos.line, d.pos.col) == ("missing-story-file", str(tmp_path / "story.yaml"), 1, 1)


def test_missing_story_file_for_a_folder_that_does_not_exist(tmp_path):
    """A story folder that does not exist is one error, raised as a ContentError by the loader."""
    with pytest.raises(ContentError) as caught:
        load_story_dir(tmp_path / "nowhere")
    assert [(d.code, d.pos.file) for d in caught.value.diagnostics] == [
        ("missing-story-file", str(tmp_path / "nowhere"))]


# -- reporting everything at once -----------------------------------------------------------------


def test_errors_from_several_files_come_at_once_sorted_by_file_then_line(story_dir, at):
    """The loader raises one ContentError holding every file's errors, ordered by file and line."""
    story = STORY.replace("chapters: [one]", "chapters: [one, two, three]")
    one = chapter(LINE.replace("kind: line", "kind: line\n  speaker: bob") + LINE.replace("hello", "Bad Id"))
    two = chapter(LINE, chapter_id="two").replace("title: {ko: 하나, en: One}", "title: {ko: 둘}")
    folder = story_dir({"story.yaml": story, "one.yaml": one, "two.yaml": two})
    with pytest.raises(ContentError) as caught:
        load_story_dir(folder)
    found = [(d.code, d.pos) for d in caught.value.diagnostics]
    assert found == [
        ("unknown-speaker", at("one.yaml", one, "bob")),
        ("bad-id", at("one.yaml", one, "Bad Id")),
        ("unknown-chapter", at("story.yaml", story, "three")),
        ("missing-translation", at("two.yaml", two, "{ko: 둘}")),
    ]
    assert str(caught.value).splitlines()[0] == caught.value.diagnostics[0].format().splitlines()[0]


def test_an_invalid_step_does_not_hide_lint_errors_in_other_steps(check, at):
    """Lint still checks the valid steps of a chapter with a broken step, without follow-on errors."""
    text = chapter("""\
        - id: broken
          kind: line
        - id: hello
          kind: line
          speaker: bob
          text: {ko: 안녕, en: Hello}
        - id: again
          kind: goto
          target: broken
    """)
    found = [(d.code, d.pos) for d in check({"story.yaml": STORY, "one.yaml": text})]
    assert found == [
        ("missing-field", at("one.yaml", text, "id: broken")),
        ("unknown-speaker", at("one.yaml", text, "bob")),
    ]


# -- the command line ------------------------------------------------------------------------------


def test_check_command_prints_errors_and_exits_1(story_dir, capsys, at):
    """`python -m game check DIR` prints each error as file:line:col: error[code] and returns 1."""
    text = chapter(LINE + "  speaker: bob\n")
    folder = story_dir({"story.yaml": STORY, "one.yaml": text})
    assert main(["check", str(folder)]) == 1
    out, err = capsys.readouterr()
    pos = at("one.yaml", text, "bob")
    assert out.splitlines()[0] == f"{pos.file}:{pos.line}:{pos.col}: error[unknown-speaker]: no character 'bob'"
    assert out.splitlines()[1].startswith("  hint: ")
    assert "1 error(s)" in err


def test_check_command_exits_0_for_a_clean_story(story_dir, capsys):
    """A clean story prints its chapter statistics, reports no errors and returns 0."""
    folder = story_dir({"story.yaml": STORY, "one.yaml": chapter(LINE)})
    assert main(["check", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"^one\s+2\s+0\s+0\s", out, re.MULTILINE)  # 2 steps: hello and fin
    assert "error[" not in out
    assert "0 error(s)" in err


def test_expression_type_condition_that_is_a_number(check, at):
    """A condition that gives a number instead of true/false is reported where the condition starts."""
    text = chapter(LINE + "- id: check\n  kind: if\n  condition: courage + 1\n  target: fin\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("expression-type", at("one.yaml", text, "courage + 1"))
    assert "true or false" in d.hint


def test_expression_type_operator_on_the_wrong_kind_of_value(check, at):
    """`and` on a number is reported at the operator."""
    text = chapter(LINE + "- id: check\n  kind: if\n  condition: met and courage\n  target: fin\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("expression-type", at("one.yaml", text, "and courage"))
    assert "a number" in d.message


def test_expression_type_set_to_a_different_kind_of_value(check, at):
    """Setting a number variable to true/false is reported at the value."""
    text = chapter("- id: change\n  kind: set\n  set:\n    courage: true\n" + LINE)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("expression-type", at("one.yaml", text, "true"))


def test_unknown_target_does_not_also_report_unreachable_steps(check):
    """A goto to a missing step gives one error, not a second one for the step it skipped."""
    text = chapter("- id: jump\n  kind: goto\n  target: nowhere\n" + LINE)
    assert [d.code for d in check({"story.yaml": STORY, "one.yaml": text})] == ["unknown-step"]


def test_yaml_syntax_for_exponential_aliases(check):
    """Aliases of aliases that would expand to millions of values are refused with one clear error."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, "
              f"*a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, 8)]
    diagnostics = check({"story.yaml": STORY, "one.yaml": "\n".join(lines) + "\n"})
    assert any(d.code == "yaml-syntax" and "expands to more than" in d.message for d in diagnostics)


def test_choice_may_be_empty_is_a_warning_that_does_not_block(check, at, story_dir):
    """A choice whose options all have `if` is flagged as a warning; the story still compiles."""
    text = chapter("""\
        - id: pick
          kind: choice
          options:
            - {id: a, if: met, text: {ko: 가, en: A}}
            - {id: b, if: not met, text: {ko: 나, en: B}}
    """)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("choice-may-be-empty", "warning", at("one.yaml", text, "- {id: a"))
    load_story_dir(story_dir({"story.yaml": STORY, "one.yaml": text}))


MAZE_POOL = """\
maze:
  small:
    title: {ko: 미로, en: Maze}
    instructions: {ko: 길을 찾아요, en: Find the way}
    items:
      - {id: door, text: {ko: 문, en: Door}, group: path, feedback: {ko: 좋아요, en: Good}}
"""

REGION = """\
id: ko-KR
name: {ko: 한국, en: Korea}
numbers:
  danger:
    number: "112"
    name: {ko: 경찰, en: the police}
    source: "BRIEF §1.4"
  talk:
    number: "1388"
    name: {ko: 청소년상담1388, en: Youth Counselling 1388}
    source: "BRIEF §1.4"
  report:
    number: "112"
    name: {ko: 경찰, en: the police}
    source: "BRIEF §1.4"
  emergency:
    number: "119"
    name: {ko: 119 구급대, en: fire and ambulance}
    source: "BRIEF §1.4"
"""


@pytest.fixture
def maze(monkeypatch):
    """A mini-game 'maze' with results won/lost and item group 'path', known to the linter."""
    monkeypatch.setitem(catalog.MINIGAMES, "maze", catalog.MinigameInfo(("won", "lost"), ("path",)))


def _maze_step(pool: str = "small") -> str:
    return chapter(f"- id: play\n  kind: minigame\n  name: maze\n  params: {{pool: {pool}}}\n")


def test_unknown_tag_points_at_the_tag(check, at):
    """A lesson tag that is not in catalog.TAGS is reported at the tag, with a close match."""
    text = chapter("- id: hello\n  kind: line\n  tags: [body-rulez]\n  text: {ko: 안녕, en: Hello}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-tag", at("one.yaml", text, "body-rulez"))
    assert "body-rules" in d.hint


def test_unknown_pool_names_the_pools_that_exist(check, at, maze):
    """A mini-game step whose pool is not in minigames/*.yaml is reported at the pool name."""
    text = _maze_step("big")
    d = only(check({"story.yaml": STORY, "one.yaml": text, "minigames/maze.yaml": MAZE_POOL}))
    assert (d.code, d.pos) == ("unknown-pool", at("one.yaml", text, "big"))
    assert "small" in d.hint


def test_minigame_empty_pool_is_reported(check, at, maze):
    """A pool with no items gives the game nothing to play with."""
    pool = MAZE_POOL.split("    items:")[0]
    d = only(check({"story.yaml": STORY, "one.yaml": _maze_step(), "minigames/maze.yaml": pool}))
    assert (d.code, d.pos) == ("minigame-empty", at("minigames/maze.yaml", pool, "title"))


def test_unknown_group_of_a_minigame_item(check, at, maze):
    """An item whose group the game does not know is reported at its group."""
    pool = MAZE_POOL.replace("group: path", "group: wall")
    d = only(check({"story.yaml": STORY, "one.yaml": _maze_step(), "minigames/maze.yaml": pool}))
    assert (d.code, d.pos) == ("unknown-group", at("minigames/maze.yaml", pool, "wall"))
    assert "path" in d.hint


def test_unknown_region_for_the_default(check, at):
    """story.yaml's region must have a regions/*.yaml file."""
    story = STORY + "region: en-GB\n"
    d = only(check({"story.yaml": story, "one.yaml": chapter(LINE), "regions/ko-KR.yaml": REGION}))
    assert (d.code, d.pos) == ("unknown-region", at("story.yaml", story, "en-GB"))
    assert "ko-KR" in d.hint


def test_unknown_placeholder_points_inside_the_text(check, at):
    """A {name} no region defines is reported where it stands in the text."""
    text = chapter("- id: call\n  kind: line\n  text: {ko: \"{police} 전화\", en: \"Call {report}\"}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text, "regions/ko-KR.yaml": REGION}))
    assert (d.code, d.pos) == ("unknown-placeholder", at("one.yaml", text, "{police}"))
    assert "{report}" in d.hint


@pytest.mark.parametrize("style", ['"', "'", ""])
def test_unknown_placeholder_in_a_text_over_several_lines_points_at_the_text(check, at, style):
    """In a text folded over lines the offset says nothing about the column, so the text's start is reported."""
    en = f"{style}Please call the\n      {{police}} now{style}"
    text = chapter(f"- id: call\n  kind: line\n  text:\n    ko: \"{{report}} 전화\"\n    en: {en}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text, "regions/ko-KR.yaml": REGION}))
    assert (d.code, d.pos) == ("unknown-placeholder", at("one.yaml", text, f"{style}Please"))


def test_number_not_placeholder_for_a_typed_helpline(check, at):
    """A helpline typed as digits is reported, asking for the placeholder that follows the region."""
    text = chapter("- id: call\n  kind: line\n  text: {ko: \"{report}에 전화\", en: \"Call 112\"}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text, "regions/ko-KR.yaml": REGION}))
    assert (d.code, d.pos) == ("number-not-placeholder", at("one.yaml", text, "112"))
    assert "{danger}" in d.hint  # 112 is Korea's danger-now number (and its report number)


# -- word warnings (game/content/lint_words.py) ----------------------------------------------


def _line(en: str, ko: str = "안녕", allow: str = "") -> str:
    extra = f"  allow: [{allow}]\n" if allow else ""
    return chapter(f"- id: say\n  kind: line\n{extra}  text: {{ko: \"{ko}\", en: \"{en}\"}}\n")


HARD_EN = "Comprehensive institutional responsibilities necessitate extraordinary organisational accountability."


def test_reading_level_warns_about_hard_english(check, at):
    """An English line above Flesch-Kincaid grade 6 is a warning at its English text."""
    pytest.importorskip("textstat")
    text = _line(HARD_EN)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("reading-level", "warning", at("one.yaml", text, '"Compre'))
    assert "allow: [reading-level]" in d.hint


def test_reading_level_checks_quiz_answers_and_is_silenced_by_allow(check):
    """Quiz answers are checked too, and `allow: [reading-level]` on the step silences it."""
    pytest.importorskip("textstat")
    quiz = ("- id: q\n  kind: quiz\n  question: {ko: 질문, en: Question}\n  answers:\n"
            + QUIZ_ANSWERS.replace("en: A}", f"en: {HARD_EN}}}").replace("    - ", "    - ", 2))
    assert [d.code for d in check({"story.yaml": STORY, "one.yaml": chapter(dedent(quiz))})] == ["reading-level"]
    allowed = quiz.replace("  kind: quiz\n", "  kind: quiz\n  allow: [reading-level]\n")
    assert check({"story.yaml": STORY, "one.yaml": chapter(dedent(allowed))}) == []
    assert check({"story.yaml": STORY, "one.yaml": _line(HARD_EN, allow="reading-level")}) == []


def test_reading_level_grades_only_the_start_of_a_huge_text(check, monkeypatch):
    """A pasted wall of text is graded by its first 1,000 characters, so the check stays quick."""
    graded: list[int] = []

    def grade(text: str) -> float:
        graded.append(len(text))
        return 1.0

    monkeypatch.setattr(lint_words, "_textstat", lambda: SimpleNamespace(flesch_kincaid_grade=grade))
    check({"story.yaml": STORY, "one.yaml": _line("word " * 50_000)})
    assert graded and max(graded) <= 1_000


def test_line_too_long_in_english_and_korean(check, at):
    """A line over 110 English or 60 Korean characters (placeholders count as 4) is a warning."""
    text = _line("I see a cat. " * 9, "가" * 61)
    found = check({"story.yaml": STORY, "one.yaml": text})
    assert [(d.code, d.severity, d.pos) for d in found] == [
        ("line-too-long", "warning", at("one.yaml", text, '"가')),
        ("line-too-long", "warning", at("one.yaml", text, '"I see'))]
    assert "allow: [line-too-long]" in found[0].hint
    fits = _line("{report}" + "x" * 106, "가" * 60)
    assert check({"story.yaml": STORY, "one.yaml": fits, "regions/ko-KR.yaml": REGION}) == []


def test_line_too_long_is_silenced_by_allow(check):
    """`allow: [line-too-long]` on the step silences it."""
    assert check({"story.yaml": STORY, "one.yaml": _line("x" * 111, allow="line-too-long")}) == []


def test_victim_blaming_points_at_the_phrase(check, at):
    """A blaming phrase in English or Korean is a warning at the phrase itself."""
    text = _line("Why didn't you say so?", "네 잘못이야.")
    found = check({"story.yaml": STORY, "one.yaml": text})
    assert [(d.code, d.severity, d.pos) for d in found] == [
        ("victim-blaming", "warning", at("one.yaml", text, "네 잘못")),
        ("victim-blaming", "warning", at("one.yaml", text, "Why didn't"))]
    assert "allow: [victim-blaming]" in found[0].hint


@pytest.mark.parametrize(("en", "ko"), [
    ("It's not your fault.", "네 잘못이 아니에요."),
    ("It is never your fault.", "너의 잘못이 아니야."),
    ("None of this is your fault.", "잘못이 아니에요."),
])
def test_victim_blaming_ignores_negated_phrases(check, en, ko):
    """'not your fault', 'never your fault', '네 잘못이 아니...' comfort the child: no warning."""
    assert check({"story.yaml": STORY, "one.yaml": _line(en, ko)}) == []


def test_victim_blaming_in_an_option_is_silenced_by_allow(check):
    """`allow: [victim-blaming]` on a step silences the phrase in its options too."""
    steps = dedent("""\
        - id: pick
          kind: choice
          allow: [victim-blaming]
          options:
            - {id: a, text: {ko: 가, en: "Why didn't you bring a coat?"}}
            - {id: b, text: {ko: 나, en: B}}
    """)
    assert check({"story.yaml": STORY, "one.yaml": chapter(steps)}) == []
    noisy = steps.replace("  allow: [victim-blaming]\n", "")
    assert [d.code for d in check({"story.yaml": STORY, "one.yaml": chapter(noisy)})] == ["victim-blaming"]


def test_no_content_note_for_a_chapter_after_the_start(check, at):
    """Every chapter but the start needs a content_note; allow on its first step silences it."""
    story = STORY.replace("chapters: [one]", "chapters: [one, two]")
    one = chapter("- id: go\n  kind: chapter_end\n", ending=False)
    two = chapter(LINE, "two")
    d = only(check({"story.yaml": story, "one.yaml": one, "two.yaml": two}))
    assert (d.code, d.severity, d.pos) == ("no-content-note", "warning", at("two.yaml", two, "two"))
    assert "allow: [no-content-note]" in d.hint
    noted = two.replace("steps:", "content_note: {ko: 메모, en: Note}\nsteps:")
    assert check({"story.yaml": story, "one.yaml": one, "two.yaml": noted}) == []
    allowed = two.replace("  kind: line\n", "  kind: line\n    allow: [no-content-note]\n", 1)
    assert check({"story.yaml": story, "one.yaml": one, "two.yaml": allowed}) == []


# -- safeguarding (game/content/safeguarding.py) -------------------------------------------------


def test_missing_channel_for_a_region_without_danger_talk_report_or_emergency(check, at):
    """A region file lacking a channel is an error naming it; `report` alone may be a name without a number."""
    region = REGION.replace('  talk:\n    number: "1388"\n    name: {ko: 청소년상담1388, en: Youth Counselling 1388}\n'
                            '    source: "BRIEF §1.4"\n', "")
    region = region.replace('  report:\n    number: "112"\n', '  report:\n')  # a name with no number: allowed
    d = only(check({"story.yaml": STORY, "one.yaml": chapter(LINE), "regions/ko-KR.yaml": region}))
    assert (d.code, d.severity, d.pos.file, d.pos.line) == ("missing-channel", "error", d.pos.file,
                                                             at("regions/ko-KR.yaml", region, "danger:").line)
    assert "`talk`" in d.message


def test_missing_channel_when_danger_has_no_number(check, at):
    """The danger-now number cannot be left out: the call game dials it and the help screen shows it."""
    region = REGION.replace('  danger:\n    number: "112"\n', "  danger:\n")
    d = only(check({"story.yaml": STORY, "one.yaml": chapter(LINE), "regions/ko-KR.yaml": region}))
    assert (d.code, d.pos.line) == ("missing-channel", at("regions/ko-KR.yaml", region, "name: {ko: 경찰").line)
    assert "`danger`" in d.message


def test_danger_not_urgent_points_at_the_placeholder(check, at):
    """{danger} in a line about an ordinary worry is refused, in each language, at the placeholder."""
    text = _line("Tell {danger} about a worry.", "걱정되면 {danger}에 알려요.")
    found = check({"story.yaml": STORY, "one.yaml": text, "regions/ko-KR.yaml": REGION})
    assert [(d.code, d.severity, d.pos) for d in found] == [
        ("danger-not-urgent", "error", at("one.yaml", text, "{danger}에")),
        ("danger-not-urgent", "error", at("one.yaml", text, "{danger} about"))]


def test_danger_not_urgent_accepts_a_line_or_a_question_that_says_now(check):
    """"Right now" / "지금 위험하면" in the text, or in the quiz question it answers, makes {danger} right."""
    steps = dedent("""\
        - id: say
          kind: line
          text: {ko: "지금 위험하면 {danger}에 전화해요.", en: "In danger right now? Call {danger}."}
        - id: q
          kind: quiz
          question: {ko: "누가 지금 아이를 때려요. 어디에 전화해요?",
                     en: "Someone is hurting a child right now. Who do you call?"}
          answers:
            - {id: a, correct: true, text: {ko: "{danger}", en: "{danger}"}, explanation: {ko: 맞아요, en: Right}}
            - {id: b, text: {ko: 아무도요, en: No one}, explanation: {ko: 아니에요, en: Not quite}}
    """)
    assert check({"story.yaml": STORY, "one.yaml": chapter(steps), "regions/ko-KR.yaml": REGION}) == []


def _quiz(wrong_explanation_en: str, wrong_explanation_ko: str = "아니에요", allow: str = "") -> str:
    extra = f"  allow: [{allow}]\n" if allow else ""
    return chapter(f"""\
- id: q
  kind: quiz
{extra}  question: {{ko: 어떻게 해요?, en: What do you do?}}
  answers:
    - {{id: tell, correct: true, text: {{ko: 말해요, en: Tell}}, explanation: {{ko: 맞아요, en: Right}}}}
    - {{id: hide, text: {{ko: 숨겨요, en: Keep it secret}},
       explanation: {{ko: "{wrong_explanation_ko}", en: "{wrong_explanation_en}"}}}}
""")


def test_praises_unsafe_motive_in_a_wrong_answer_even_with_allow(check, at):
    """A wrong answer's explanation that praises its motive is an error, and `allow:` does not silence it."""
    text = _quiz("Wanting to keep a secret is kind. But tell.", "지켜 주고 싶은 마음은 다정해요.",
                 allow="praises-unsafe-motive")
    found = check({"story.yaml": STORY, "one.yaml": text})
    assert [(d.code, d.severity, d.pos) for d in found] == [
        ("praises-unsafe-motive", "error", at("one.yaml", text, "마음은 다정해요")),
        ("praises-unsafe-motive", "error", at("one.yaml", text, "is kind"))]


def test_praises_unsafe_motive_leaves_right_answers_and_named_feelings_alone(check):
    """Praise on the right answer is fine, and so is naming the feeling behind a wrong one."""
    text = _quiz("You might want to help. But tell a grown-up.", "돕고 싶을 수 있어요.")
    praise = "explanation: {ko: 정말 용감해요, en: That is so brave}"
    text = text.replace("explanation: {ko: 맞아요, en: Right}", praise)
    assert check({"story.yaml": STORY, "one.yaml": text}) == []


def test_praises_unsafe_motive_in_a_wrong_minigame_answer(check, at):
    """Feedback on a mini-game's `wrong` item is checked too."""
    pool = dedent("""\
        call-112:
          practice:
            title: {ko: 전화, en: Call}
            instructions: {ko: 전화해요, en: Call}
            questions:
              - id: who
                prompt: {ko: 누가요?, en: Who?}
                items:
                  - {id: me, group: right, text: {ko: 저요, en: Me}, feedback: {ko: 맞아요, en: "Yes!"}}
                  - {id: hush, group: wrong, text: {ko: 비밀이에요, en: "It's a secret"},
                     feedback: {ko: 괜찮아요, en: "It's kind to keep secrets."}}
    """)
    step = "- id: call\n  kind: minigame\n  name: call-112\n  params: {pool: practice}\n"
    d = only(check({"story.yaml": STORY, "one.yaml": chapter(step), "minigames/call.yaml": pool}))
    assert (d.code, d.pos) == ("praises-unsafe-motive", at("minigames/call.yaml", pool, "It's kind"))


def test_should_have_to_a_child_in_either_language(check, at):
    """"You should have…" and "…했어야" read as blame; both are errors at the phrase."""
    text = _line("You should have told me.", "그때 말했어야 해요.")
    found = [d for d in check({"story.yaml": STORY, "one.yaml": text}) if d.code == "should-have"]
    assert [(d.severity, d.pos) for d in found] == [
        ("error", at("one.yaml", text, "했어야")), ("error", at("one.yaml", text, "You should have"))]


def test_should_have_is_not_deserve(check):
    """"You deserve…" / "누릴 권리가 있어요" say the same kindly: nothing to report."""
    assert check({"story.yaml": STORY, "one.yaml": _line("You deserve food and a warm coat.",
                                                          "밥과 따뜻한 외투를 누릴 권리가 있어요.")}) == []


def test_teacher_note_on_screen_points_at_the_adult_wording(check, at):
    """Law or reporting advice in `discussion` (shown to the class) is refused; `teacher_notes` may hold it."""
    fields = ('discussion:\n  - {ko: "어떤 마음이 들었나요?", en: "Don\'t promise to keep it secret."}\n'
              'teacher_notes:\n  - {ko: "비밀로 하겠다고 약속하지 마세요.", en: "Don\'t promise to keep it secret."}\n'
              'steps:')
    text = chapter(LINE).replace("steps:", fields, 1)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("teacher-note-on-screen", "error", at("one.yaml", text, "Don't promise"))
    assert "teacher_notes" in d.hint


def test_unknown_region_on_a_teacher_note(check, at):
    """A teacher note limited to a region the story has no file for is reported at its `region`."""
    fields = 'teacher_notes:\n  - {ko: "안내", en: "A note", region: en-NZ}\nsteps:'
    text = chapter(LINE).replace("steps:", fields, 1)
    d = only(check({"story.yaml": STORY, "one.yaml": text, "regions/ko-KR.yaml": REGION}))
    assert (d.code, d.pos) == ("unknown-region", at("one.yaml", text, "en-NZ"))


# -- lint_loops.py and fold.py: soft-locks, and one error per root cause (more shapes: test_soft_locks.py) ---------


def test_invisible_loop_for_two_gotos_points_at_the_second_jump(check, at):
    """Two gotos pointing at each other freeze the game: one error at the jump that closes the loop."""
    text = chapter(LINE + "- {id: here, kind: goto, target: there}\n- {id: there, kind: goto, target: here}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("invisible-loop", shifted(at("one.yaml", text, "target: here"), len("target: ")))
    assert "here → there → here" in d.message and "fin" in d.message


def test_endless_loop_for_a_line_and_a_goto_back(check, at):
    """A line and a goto back to it: the player clicks round forever."""
    text = chapter(LINE + "- {id: back, kind: goto, target: hello}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("endless-loop", shifted(at("one.yaml", text, "target: hello"), len("target: ")))
    assert "hello → back → hello" in d.message


def test_loop_exit_closed_for_an_option_behind_a_condition_nothing_sets(check, at):
    """The only way out needs `met`, which no step changes: the loop is a trap."""
    steps = LINE + dedent("""\
        - id: pick
          kind: choice
          options:
            - {id: again, text: {ko: 다시, en: Again}, target: hello}
            - {id: leave, text: {ko: 가요, en: Leave}, target: fin, if: met}
    """)
    text = chapter(steps)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("loop-exit-closed", shifted(at("one.yaml", text, "target: hello"), len("target: ")))
    assert "`met`" in d.message and "hello → pick → hello" in d.message
    opened = steps + "- {id: meet, kind: set, set: {met: true}}\n"
    assert check({"story.yaml": STORY, "one.yaml": chapter(opened.replace("target: hello}", "target: meet}"))}) == []


def test_unknown_chapter_without_a_file_folds_the_chapters_it_cuts_off(check, at):
    """A listed chapter with no file is the one error; the chapters after it are named in it, not reported."""
    story = STORY.replace("chapters: [one]", "chapters: [one, two, three]")
    one = chapter("- id: go\n  kind: chapter_end\n", ending=False)
    three = chapter(LINE, "three").replace("steps:", "content_note: {ko: 메모, en: Note}\nsteps:")
    d = only(check({"story.yaml": story, "one.yaml": one, "three.yaml": three}))
    assert (d.code, d.pos) == ("unknown-chapter", at("story.yaml", story, "two"))
    assert "no path reaches the chapter(s) after it: three" in d.message
    assert "`id: two`" in d.hint


def test_dead_end_of_a_chapter_without_chapter_end_folds_the_chapters_after_it(check, at):
    """A deleted chapter_end is the one error, at the chapter's last step, naming the chapters it cuts off."""
    story = STORY.replace("chapters: [one]", "chapters: [one, two, three]")
    one = chapter(LINE, ending=False)
    two = chapter(LINE + "- id: end\n  kind: chapter_end\n", "two", ending=False).replace(
        "steps:", "content_note: {ko: 메모, en: Note}\nsteps:")
    three = chapter(LINE, "three").replace("steps:", "content_note: {ko: 메모, en: Note}\nsteps:")
    d = only(check({"story.yaml": story, "one.yaml": one, "two.yaml": two, "three.yaml": three}))
    assert (d.code, d.pos) == ("dead-end", at("one.yaml", one, "id: hello"))
    assert "no path reaches the chapter(s) after it: two, three" in d.message


def test_chapter_not_listed_is_not_also_a_dead_end(check, at):
    """An unlisted chapter's chapter_end has no chapter after it only because it is unlisted: one error."""
    two = chapter(LINE + "- id: end\n  kind: chapter_end\n", chapter_id="two", ending=False)
    d = only(check({"story.yaml": STORY, "one.yaml": chapter(LINE), "two.yaml": two}))
    assert (d.code, d.pos) == ("chapter-not-listed", at("two.yaml", two, "two"))
    assert "add '- two' under chapters: in story.yaml" in d.hint


# -- text_loss.py: text YAML would cut or change without a word (more cases: test_text_loss.py) ------------------


def _said(en: str) -> str:
    return chapter(f"- id: hello\n  kind: line\n  text:\n    ko: 안녕\n    en: {en}\n")


def test_text_cut_by_an_unquoted_hash_points_at_the_hash(check, at):
    text = _said("Say hello to your #1 new friend.")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("text-cut", "warning", at("one.yaml", text, "#1"))
    assert "'#1 new friend.'" in d.message and "'Say hello to your'" in d.message


def test_curly_quotes_around_a_text_are_kept_as_part_of_it(check, at):
    text = _said("“Hello”")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("curly-quotes", "warning", at("one.yaml", text, "“"))
    assert 'en: "Hello"' in d.hint


def test_unmatched_quote_at_the_end_of_a_text_points_at_it(check, at):
    text = _said('Hello there"')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unmatched-quote", at("one.yaml", text, '"'))


def test_tab_in_text_points_at_the_tab(check, at):
    text = _said('"Hello\tthere"')
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("tab-in-text", "error", at("one.yaml", text, "\t"))


def test_odd_space_as_indentation_is_an_error_and_inside_a_text_a_warning(check, at):
    text = chapter(LINE.replace("  kind: line", "\u00a0 kind: line"))
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("odd-space", "error", at("one.yaml", text, "\u00a0"))
    text = _said("Hello\u3000there")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.severity, d.pos) == ("odd-space", "warning", at("one.yaml", text, "\u3000"))


def test_unreadable_file_for_utf16_names_it(check, tmp_path):
    d = only(check({"story.yaml": STORY, "one.yaml": "id: one\n".encode("utf-16")}))
    assert (d.code, d.pos.line) == ("unreadable-file", 1)
    assert "UTF-16" in d.message


def test_wrong_type_names_the_step_by_its_id_and_asks_for_both_languages(check, at):
    """No 'steps.0.text' and no 'instance of TextSpec': the step's id, and what to write."""
    text = chapter("- {id: hello, kind: line, text: Hello}\n")
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("wrong-type", at("one.yaml", text, "Hello}"))
    assert d.message == "'one.hello.text' needs a text in both languages, Korean and English (found 'Hello')"
    assert "ko:" in d.hint and "en:" in d.hint


def test_unknown_field_that_belongs_to_another_step_kind_lists_this_kinds_fields(check, at):
    text = chapter(LINE + "- id: end\n  kind: chapter_end\n  title: {ko: 끝, en: End}\n", ending=False)
    d = only(check({"story.yaml": STORY, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-field", at("one.yaml", text, "title: {ko: 끝"))
    assert d.message == "a `chapter_end` step has no field 'title'"
    assert d.hint == "its fields are: id, tags, allow, kind, next"


def test_unknown_variable_that_is_meant_as_text_says_quote_it(check, at):
    """`set: {mood: 'excited'}` loses its quotes to YAML and reads a variable `excited`: quote the text."""
    story = STORY.replace("  met: false\n", "  met: false\n  mood: calm\n")
    text = chapter(LINE + "- {id: feel, kind: set, set: {mood: 'excited'}}\n")
    d = only(check({"story.yaml": story, "one.yaml": text}))
    assert (d.code, d.pos) == ("unknown-variable", shifted(at("one.yaml", text, "'excited'"), 1))
    assert d.hint.startswith("to mean the text 'excited', put it in quotes inside the value: mood: \"'excited'\"")


def test_unknown_icon_for_a_picture_the_game_cannot_draw(check, at, monkeypatch):
    """`icon: flower` is an error naming the icons that game has, not silently a star."""
    monkeypatch.setitem(catalog.MINIGAMES, "maze", catalog.MinigameInfo(("won", "lost"), ("path",),
                                                                        icons=("heart", "star")))
    pool = MAZE_POOL.replace("group: path,", "group: path, icon: hearts,")
    d = only(check({"story.yaml": STORY, "one.yaml": _maze_step(), "minigames/maze.yaml": pool}))
    assert (d.code, d.pos) == ("unknown-icon", at("minigames/maze.yaml", pool, "hearts"))
    assert "did you mean 'heart'?" in d.hint and "heart, star" in d.hint
    monkeypatch.setitem(catalog.MINIGAMES, "maze", catalog.MinigameInfo(("won", "lost"), ("path",)))
    d = only(check({"story.yaml": STORY, "one.yaml": _maze_step(), "minigames/maze.yaml": pool}))
    assert (d.code, d.message) == ("unknown-icon", "'maze' shows no item icons")


def test_no_modeline_for_a_story_file_beside_the_schemas(tmp_path):
    """Where docs/schema is beside the story (as in this repository), a file without its first line is warned
    about at line 1, with the line to write."""
    from game.content.compile import read_project
    from game.content.schemagen import write_schemas

    write_schemas(tmp_path / "docs" / "schema", None)
    text = chapter(LINE)
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "story.yaml").write_text("# yaml-language-server: $schema=../docs/schema/story.schema.json\n" + STORY,
                                       encoding="utf-8")
    (folder / "one.yaml").write_text(text, encoding="utf-8")
    _project, diagnostics = read_project(folder)
    d = only(diagnostics)
    assert (d.code, d.severity, d.pos) == ("no-modeline", "warning", SourcePos(str(folder / "one.yaml"), 1, 1))
    assert d.hint == "make this the first line: # yaml-language-server: $schema=../docs/schema/chapter.schema.json"
