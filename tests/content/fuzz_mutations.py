"""Seeded mutation operators that damage real story YAML the ways writers (and editors, and pasting) do."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Mutator = Callable[[random.Random, str], str]

KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- )?(?P<key>[A-Za-z_][\w-]*):(?P<rest>(?: .*)?)$")
STEP_KINDS = ("line", "choice", "quiz", "set", "if", "goto", "award", "minigame", "chapter_end", "ending")
TARGET_KEYS = ("target", "else", "next", "lose", "win", "done", "pool")

WRONG_VALUES = (
    "42", "-1", "0", "3.5", "1e400", "-.inf", ".nan", "0x1F", "0o17", "1_000", "99999999999999999999999999",
    "[1, 2]", "[]", "{a: 1}", "{}", "null", "~", "", "yes", "no", "on", "off", "Yes", "NO", "true", "False",
    '""', "''", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "12:30:00", "=", "<<", "'unclosed", '"unclosed',
    "- listed", "|", ">", "|-", ">+", "*", "&", "!", "%", "@at", "`tick`", "# comment", "a: b", "[", "{", "]", "}",
    "?", "-", "\"\\x00\"", "\"\\ud800\"", "\"\\U00110000\"", "\"\\q\"", "!!binary aGk=", "!!set {a, b}",
)
UNKNOWN_KINDS = (
    "lines", "Line", "LINE", "dialogue", "quizz", "chapter-end", "chapterend", "end", "", "null", "1", "yes", "[line]",
    "{kind: line}", "line line", "라인", "ｌｉｎｅ", "line\u200b", "\"line \"", "'quiz'", "!!str line", "goto ",
)
ODD_CHARS = (
    "\U0001f600", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1f0\U0001f1f7", "e\u0301", "\u0301",
    "\u0301\u0302\u0303\u0304\u0305", "\u202e", "\u202d", "\u200f", "\u200e", "\u200b", "\u200d", "\u2060",
    "\ufeff", "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
    "\ufffe", "\uffff", "\ufffd", "\U0010ffff", "\u00a0", "\u3000", "\t", "\r", "\\", "\"", "'", "ﬁ", "Ⅻ",
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u05e2\u05d1\u05e8\u05d9\u05ea", "한국어", "\u1100\u1161\u11a8",
    "\U0001d54f", "\u0000\u0000",
)
ESCAPES = ("\\ud800", "\\udfff", "\\ud83d", "\\U0010FFFF", "\\U00110000", "\\UFFFFFFFF", "\\x00", "\\0", "\\a",
           "\\e", "\\N", "\\_", "\\L", "\\P", "\\u00", "\\x4", "\\q", "\\", "\\\n", "\\t", "\\u202e", "\\ufeff")
INDICATORS = (": ", " #", "#", "{", "}", "[", "]", "\"", "'", "|", ">", "&a ", "*a", "!", "!!", "%", "@", "`", "? ",
              "- ", "---", "...", ",", ":", "<<: ", "&", "*")
TAGS = ("!!int", "!!bool", "!!float", "!!null", "!!str", "!!binary", "!!timestamp", "!!map", "!!seq", "!!set",
        "!!omap", "!!pairs", "!custom", "!", "!!python/object/apply:os.system", "!!python/name:os.system",
        "!<tag:yaml.org,2002:str>", "!<!>", "!!merge", "!!value", "!!yaml")
EXPRESSIONS = (
    "", " ", "feeling ==", "== 'x'", "feeling = 'x'", "(feeling == 'x'", "feeling == 'x')", "'unclosed",
    "courage >= 2", "not", "not not not feeling", "1 + true", "feeling + 1", "feeling == 1", "--1", "-'a'",
    "feeling === 'x'", "feeling == 'x' and", "$x", "feeling\u200b == 'x'", "피링 == 'x'", "999999999999999999999999",
    "feeling == '한국어'", "true", "1", "'text'", "and or", "x" * 70, "feeling == \"x\"",
)
DOCUMENT_PREFIXES = ("%YAML 1.1\n---\n", "%YAML 1.2\n---\n", "%YAML 2.0\n---\n", "%TAG ! tag:example.com,2000:\n---\n",
                     "%FOO bar\n---\n", "---\n", "--- !!map\n", "--- |\n", "%YAML 1.1\n%YAML 1.1\n---\n")
DOCUMENT_SUFFIXES = ("\n---\nid: again\n", "\n...\n", "\n...\n---\n", "\n--- \n- a\n", "\n---\n", "\n...\nstray\n")
EMPTY_FILES = ("", " ", "\n", "\n\n\n", "# only a comment\n", "---\n", "...\n", "--- ...\n", "~\n", "null\n",
               "---\n---\n", "\t\n", "\ufeff", "\ufeff\n", "\r\n", "''\n", "[]\n", "{}\n")
TOP_LEVEL = ("- a\n- b\n", "just a sentence\n", "42\n", "true\n", "[id, title]\n", "'quoted'\n", "|\n  block\n",
             "- id: prologue\n  title: {ko: a, en: b}\n", "*alias\n", "&a [*a]\n", "? complex\n: key\n")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _pick_line(rng: random.Random, lines: list[str], pattern: re.Pattern[str] | None = None) -> int | None:
    """A random line index (matching `pattern` when given), or None when no line fits."""
    if pattern is None:
        return rng.randrange(len(lines)) if lines else None
    found = [i for i, line in enumerate(lines) if pattern.match(line)]
    return rng.choice(found) if found else None


def _block_end(lines: list[str], start: int) -> int:
    """Index after the key line `start` and every following line indented deeper (or blank) than it."""
    match = KEY_LINE.match(lines[start])
    own = len(match.group("indent")) + (2 if match and match.group("dash") else 0) if match else 0
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip(" ")) <= own:
            break
        end += 1
    return end


def _with_value(line: str, value: str) -> str:
    match = KEY_LINE.match(line)
    if match is None:
        return line + " " + value
    return f"{match.group('indent')}{match.group('dash') or ''}{match.group('key')}: {value}".rstrip(" ")


def _key_line(rng: random.Random, lines: list[str], keys: tuple[str, ...] | None = None) -> int | None:
    pattern = KEY_LINE if keys is None else re.compile(rf"^ *(- )?({'|'.join(map(re.escape, keys))}):")
    return _pick_line(rng, lines, pattern)


def _edit_lines(rng: random.Random, text: str, edit: Callable[[random.Random, list[str]], None]) -> str:
    lines = _lines(text)
    if lines:
        edit(rng, lines)
    return "\n".join(lines)


# -- structure: delete, duplicate, move -------------------------------------------------


def delete_line(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        del lines[rng.randrange(len(lines))]
    return _edit_lines(rng, text, edit)


def delete_key_block(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines)
        if start is not None:
            match = KEY_LINE.match(lines[start])
            end = _block_end(lines, start)
            if match and match.group("dash"):  # keep the list item: the next key becomes its first
                follow = lines[start + 1:end]
                lines[start:end] = [match.group("indent") + "- " + follow[0].lstrip(" "), *follow[1:]] if follow else []
            else:
                del lines[start:end]
    return _edit_lines(rng, text, edit)


def duplicate_key(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines)
        if start is not None:
            end = _block_end(lines, start)
            block = [re.sub(r"^( *)- ", r"\1  ", lines[start]), *lines[start + 1:end]]
            lines[end:end] = block
    return _edit_lines(rng, text, edit)


def duplicate_lines(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = rng.randrange(len(lines))
        end = min(len(lines), start + rng.randint(1, 6))
        at = rng.randrange(len(lines) + 1)
        lines[at:at] = lines[start:end]
    return _edit_lines(rng, text, edit)


def swap_lines(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        a = rng.randrange(len(lines))
        b = min(len(lines) - 1, a + 1) if rng.random() < 0.5 else rng.randrange(len(lines))
        lines[a], lines[b] = lines[b], lines[a]
    return _edit_lines(rng, text, edit)


def duplicate_step(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _pick_line(rng, lines, re.compile(r"^  - id:"))
        if start is not None:
            end = _block_end(lines, start)
            at = rng.choice([end, len(lines)])
            lines[at:at] = lines[start:end]
    return _edit_lines(rng, text, edit)


def truncate(rng: random.Random, text: str) -> str:
    return text[:rng.randrange(len(text) + 1)]


# -- values: wrong types, kinds, targets, expressions -----------------------------------------


def wrong_type(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines)
        if start is not None:
            end = _block_end(lines, start) if rng.random() < 0.5 else start + 1
            lines[start:end] = [_with_value(lines[start], rng.choice(WRONG_VALUES))]
    return _edit_lines(rng, text, edit)


def block_to_scalar(rng: random.Random, text: str) -> str:
    """Give a key that holds a block (a mapping or list) a scalar too, keeping the block under it."""
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _pick_line(rng, lines, re.compile(r"^ *(- )?[\w-]+:\s*$"))
        if start is not None:
            lines[start] = _with_value(lines[start], rng.choice(WRONG_VALUES))
    return _edit_lines(rng, text, edit)


def unknown_kind(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines, ("kind",))
        if start is not None:
            value = rng.choice(UNKNOWN_KINDS + STEP_KINDS)
            lines[start] = _with_value(lines[start], value)
    return _edit_lines(rng, text, edit)


def rename_key(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines)
        match = KEY_LINE.match(lines[start]) if start is not None else None
        if start is None or match is None:
            return
        key = match.group("key")
        new = rng.choice([key[:-1], key + "s", key.upper(), key.replace("_", "-"), "kind", "id", "steps", "1", "yes",
                          "null", "~", "<<", "? " + key, '"' + key + '"', "'" + key + "'", "[" + key + "]",
                          "{" + key + ": 1}", '""', key + "\u200b", "ｋｅｙ", "&k " + key, "*k", "!!str " + key,
                          "\t" + key, key + " ", "- " + key, '"\\ud800"', '"\\x00"', '"\\U00110000"'])
        lines[start] = f"{match.group('indent')}{match.group('dash') or ''}{new}:{match.group('rest')}"
    return _edit_lines(rng, text, edit)


def bad_target(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines, (*TARGET_KEYS, "id", "speaker", "badge", "time_piece", "name", "background"))
        value = rng.choice(["nowhere", "prologue.nowhere", "finale.fin", "nobody.none", "a.b.c", "Bad Id!", "-x",
                            "x" * 65, "x" * 5000, ".", "step.", ".step", "한국어", "UPPER", "a b", "'quoted'",
                            "fuzz-end", "prologue", "finale"])
        if start is not None and rng.random() < 0.8:
            lines[start] = _with_value(lines[start], value)
        else:  # a new goto step whose target does not exist
            lines += [f"  - id: jump-{rng.randrange(100)}", "    kind: goto", f"    target: {value}"]
    return _edit_lines(rng, text, edit)


def expression(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        depth = rng.choice([5, 60, 300, 3000])
        value = rng.choice((
            *EXPRESSIONS, "(" * depth + "feeling == 'x'" + ")" * depth, "not " * depth + "true", "- " * depth + "1",
            " + ".join(["1"] * depth) + " == 1", " or ".join(["feeling == 'x'"] * depth), "feeling" + " " * 100_000,
            "feeling == '" + "x" * 100_000 + "'"))
        quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        start = _key_line(rng, lines, ("condition", "feeling"))
        if start is not None and rng.random() < 0.7:
            lines[start] = _with_value(lines[start], quoted)
        else:
            lines += ["  - id: check-it", "    kind: if", f"    condition: {quoted}", "    target: fuzz-end"]
    return _edit_lines(rng, text, edit)


def placeholder(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines, ("ko", "en"))
        if start is None:
            return
        inserts = ["{report}", "{talk.name}", "{talk.note}", "{nobody}", "{report", "report}", "{{report}}", "{}",
                   "{Report}", "112", "116 111", "0800 1111", "1-1-2", "{report.nope}", "{" * 50, "}" * 50]
        line = lines[start]
        at = rng.randrange(len(line) - 1, len(line) + 1) if line.endswith('"') else len(line)
        lines[start] = line[:at] + rng.choice(inserts) + line[at:]
    return _edit_lines(rng, text, edit)


def numbers(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        points = rng.choice(["101", "-1", "1e400", "10**3", "99999999999999999999999999999", "0b101", ".5", "true",
                             '"1"', "1_0"])
        correct = rng.choice(["no", "1", "0", "yes", "True", '"true"', "~"])
        lines += ["  - id: quiz-edge", "    kind: quiz", f"    points: {points}",
                  "    question: {ko: 질문, en: Question}", "    answers:",
                  "      - {id: a, correct: true, text: {ko: 가, en: A}, explanation: {ko: 네, en: Yes}}",
                  f"      - {{id: b, correct: {correct}, text: {{ko: 나, en: B}}, "
                  "explanation: {ko: 아니요, en: No}}"]
    return _edit_lines(rng, text, edit)


# -- layout: indentation, tabs, line endings, BOM -----------------------------------------


def indent_shift(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = rng.randrange(len(lines))
        end = _block_end(lines, start) if KEY_LINE.match(lines[start]) and rng.random() < 0.5 else start + 1
        shift = rng.choice([-4, -2, -1, 1, 2, 3])
        for i in range(start, end):
            lines[i] = " " * shift + lines[i] if shift > 0 else lines[i][min(-shift, len(lines[i]) -
                                                                              len(lines[i].lstrip(" "))):]
    return _edit_lines(rng, text, edit)


def tabs(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        i = rng.randrange(len(lines))
        line = lines[i]
        spaces = len(line) - len(line.lstrip(" "))
        choice = rng.randrange(3)
        if choice == 0:
            lines[i] = "\t" * max(1, spaces // 2) + line.lstrip(" ")
        elif choice == 1 and ": " in line:
            lines[i] = line.replace(": ", ":\t", 1)
        else:
            lines[i] = line + "\t"
    return _edit_lines(rng, text, edit)


def line_endings(rng: random.Random, text: str) -> str:
    ending = rng.choice(["\r\n", "\r", "\x85", "\u2028", "\u2029", "\n\r"])
    if rng.random() < 0.5:
        return text.replace("\n", ending)
    lines = _lines(text)
    i = rng.randrange(len(lines))
    return "\n".join(lines[:i]) + ending + "\n".join(lines[i:])


def bom(rng: random.Random, text: str) -> str:
    if rng.random() < 0.6:
        return "\ufeff" + text
    at = rng.randrange(len(text) + 1)
    return text[:at] + "\ufeff" + text[at:]


# -- characters: unicode, escapes, YAML indicators, huge strings ------------------------------


def unicode_chars(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + "".join(rng.choice(ODD_CHARS) for _ in range(rng.randint(1, 4))) + text[at:]


def unicode_value(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines)
        if start is not None:
            chars = "".join(rng.choice(ODD_CHARS) for _ in range(rng.randint(1, 8)))
            lines[start] = _with_value(lines[start], rng.choice([chars, f'"{chars}"', f"'{chars}'", "x" + chars]))
    return _edit_lines(rng, text, edit)


def escapes(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _pick_line(rng, lines, re.compile(r'.*"'))
        escape = rng.choice(ESCAPES)
        if start is None:
            start = rng.randrange(len(lines))
            lines[start] = _with_value(lines[start], f'"{escape}"')
            return
        line = lines[start]
        at = line.index('"') + 1
        lines[start] = line[:at] + escape + line[at:]
    return _edit_lines(rng, text, edit)


def indicators(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        i = rng.randrange(len(lines))
        at = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:at] + rng.choice(INDICATORS) + lines[i][at:]
    return _edit_lines(rng, text, edit)


def explicit_tag(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines)
        match = KEY_LINE.match(lines[start]) if start is not None else None
        if start is not None and match is not None:
            lines[start] = _with_value(lines[start], rng.choice(TAGS) + " " + match.group("rest").strip())
    return _edit_lines(rng, text, edit)


def huge_string(rng: random.Random, text: str) -> str:
    size = rng.choice([70_000, 120_000, 250_000])
    word = rng.choice(["a", "word ", "Extraordinarily complicated ", "한국어 ", "\U0001f600", "e\u0301", "1 ", "7",
                       "{report} ", "x-", "your fault ", "not your fault ", "   "])
    body = (word * (size // len(word) + 1))[:size]
    style = rng.randrange(5)
    if style == 0:
        value = f'"{body}"'
    elif style == 1:
        value = "'" + body.replace("'", "''") + "'"
    elif style == 2:
        value = body.strip() or "x"
    elif style == 3:
        value = "|\n" + "\n".join("      " + body[i:i + 200] for i in range(0, len(body), 200))
    else:
        value = '"' + "\\\n".join(body[i:i + 300] for i in range(0, len(body), 300)) + '"'

    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines, ("en", "ko", "id", "kind", "speaker", "condition", "target", "text"))
        if start is None:
            start = _key_line(rng, lines)
        if start is not None:
            lines[start] = _with_value(lines[start], value)
        else:
            lines.append(f"huge: {value}")
    return _edit_lines(rng, text, edit)


# -- YAML features: anchors, aliases, merges, nesting, documents ----------------------------


def anchors(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        first = _pick_line(rng, lines, re.compile(r"^ *(- )?[\w-]+: \S"))
        second = _key_line(rng, lines)
        if first is None or second is None:
            return
        match = KEY_LINE.match(lines[first])
        kind = rng.randrange(6)
        if kind == 0 and match:  # a valid anchor and alias
            lines[first] = _with_value(lines[first], "&v " + match.group("rest").strip())
            lines[second] = _with_value(lines[second], "*v")
        elif kind == 1:
            lines[second] = _with_value(lines[second], "*undefined")
        elif kind == 2 and match:
            lines[first] = _with_value(lines[first], "&v " + match.group("rest").strip())
            lines[second] = _with_value(lines[second], "&v 1")
        elif kind == 3:
            lines[second] = _with_value(lines[second], rng.choice(["&r [*r]", "&r {a: *r}", "&r [[*r]]"]))
        elif kind == 4:
            lines.insert(second, re.sub(r"\S.*", "*v : 1", lines[second]))
        else:
            lines[second] = _with_value(lines[second], "*v")
            lines.insert(0, "anchored: &v {ko: 가, en: A}")
    return _edit_lines(rng, text, edit)


def alias_bomb(rng: random.Random, text: str) -> str:
    """The "billion laughs": ten levels of nine aliases each, used as a value."""
    levels = ['lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"lol{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 10)]
    lines = _lines(text)
    start = _key_line(rng, lines, ("en", "ko", "text", "steps", "set", "params", "options", "tags"))
    if start is not None:
        lines[start] = _with_value(lines[start], "*l9")
    return "\n".join(levels + lines)


def merge_key(rng: random.Random, text: str) -> str:
    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _pick_line(rng, lines, re.compile(r"^  - id:"))
        if start is None:
            return
        merged = rng.choice(["{kind: line, text: {ko: 가, en: A}}", "*base", "[*base, *base]", "1", "[1, 2]",
                             "{id: other}"])
        lines.insert(start + 1, f"    <<: {merged}")
        if "*base" in merged:
            lines.insert(0, "base: &base {kind: line}")
    return _edit_lines(rng, text, edit)


def deep_nesting(rng: random.Random, text: str) -> str:
    depth = rng.choice([30, 101, 300, 1_000, 5_000, 60_000])
    shape = rng.randrange(6)
    if shape == 0:
        value = "[" * depth + "]" * depth
    elif shape == 1:
        value = "{a: " * depth + "1" + "}" * depth
    elif shape == 2:
        value = "[" * depth  # never closed
    elif shape == 3:
        value = "\n" + "".join("  " * (3 + n) + f"k{n}:\n" for n in range(min(depth, 2_000)))
    elif shape == 4:
        value = "\n      " + "- " * min(depth, 20_000) + "x"
    else:
        value = "[" * depth + "*v" + "]" * depth

    def edit(rng: random.Random, lines: list[str]) -> None:
        start = _key_line(rng, lines)
        if start is not None:
            lines[start] = _with_value(lines[start], value)
    return _edit_lines(rng, text, edit)


def documents(rng: random.Random, text: str) -> str:
    if rng.random() < 0.5:
        return rng.choice(DOCUMENT_PREFIXES) + text
    return text + rng.choice(DOCUMENT_SUFFIXES)


def wrong_top_level(rng: random.Random, text: str) -> str:
    choice = rng.randrange(3)
    if choice == 0:
        return rng.choice(TOP_LEVEL)
    if choice == 1:  # the whole chapter as one item of a list
        return "\n".join(("- " if i == 0 else "  ") + line for i, line in enumerate(_lines(text)))
    return rng.choice(EMPTY_FILES)


MUTATORS: dict[str, Mutator] = {
    "delete_line": delete_line, "delete_key_block": delete_key_block, "duplicate_key": duplicate_key,
    "duplicate_lines": duplicate_lines, "swap_lines": swap_lines, "duplicate_step": duplicate_step,
    "truncate": truncate, "wrong_type": wrong_type, "block_to_scalar": block_to_scalar, "unknown_kind": unknown_kind,
    "rename_key": rename_key, "bad_target": bad_target, "expression": expression, "placeholder": placeholder,
    "numbers": numbers, "indent_shift": indent_shift, "tabs": tabs, "line_endings": line_endings, "bom": bom,
    "unicode_chars": unicode_chars, "unicode_value": unicode_value, "escapes": escapes, "indicators": indicators,
    "explicit_tag": explicit_tag, "huge_string": huge_string, "anchors": anchors, "alias_bomb": alias_bomb,
    "merge_key": merge_key, "deep_nesting": deep_nesting, "documents": documents, "wrong_top_level": wrong_top_level,
}
# Rare or slow operators are drawn less often; everything else has weight 10.
WEIGHTS = {"huge_string": 3, "alias_bomb": 2, "deep_nesting": 3, "wrong_top_level": 2, "documents": 3, "truncate": 5,
           "bom": 4, "line_endings": 5}


def mutate(rng: random.Random, text: str, count: int | None = None) -> tuple[str, tuple[str, ...]]:
    """Apply 1-3 randomly chosen operators to `text`; returns the new text and the operators' names."""
    names = list(MUTATORS)
    weights = [WEIGHTS.get(name, 10) for name in names]
    chosen = tuple(rng.choices(names, weights, k=count or rng.randint(1, 3)))
    for name in chosen:
        text = MUTATORS[name](rng, text)
    return text, chosen
