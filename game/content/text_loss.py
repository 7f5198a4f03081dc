"""Catch text YAML would cut or change without a word: ` #` comments, curly quotes, tabs and odd spaces."""

from __future__ import annotations

import re
import unicodedata

import yaml

from game.content.diagnostics import Diagnostic
from game.story import SourcePos

# Spaces that look like a space but that YAML reads as text: no-break (U+00A0, often pasted from word
# processors), the Korean full-width space (U+3000, typed by the IME), thin and zero-width spaces.
_ODD = "\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff"
ODD_SPACES = re.compile(f"[{_ODD}]")
# Where YAML needs plain spaces: the indentation, after a list's `-`, and after the `key:` starting a line.
_STRUCTURE = re.compile(f"^[ {_ODD}]*(?:-[ {_ODD}]+)*(?:[A-Za-z0-9_-]+:[ {_ODD}]+)?")
_INDENT = re.compile(f"^[ {_ODD}]*")
_CURLY_OPEN = "\u201c\u2018\u201e\u00ab"  # “ ‘ „ «
_STRAIGHT = "\"'"
_CURLY = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"


def space_name(char: str) -> str:
    """How writers know a space character: its Unicode name and number."""
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'space').lower()})"


def repair_spaces(name: str, text: str) -> tuple[str, list[Diagnostic]]:
    """Find odd spaces where YAML needs plain ones (indentation, after `key:` or `-`), and replace them.

    Returns the text with each such space made a plain one (same length, so every position stays right) and an
    error at each place, so the rest of the file is still read and checked.
    """
    if ODD_SPACES.search(text) is None:
        return text, []
    found: list[Diagnostic] = []
    lines = text.split("\n")
    for number, line in enumerate(lines):
        structure = _STRUCTURE.match(line)
        spots = [m.start() for m in ODD_SPACES.finditer(structure.group())] if structure else []
        if not spots:
            continue
        chars = list(line)
        if number == 0 and spots[0] == 0 and chars[0] == "\ufeff":
            spots = spots[1:]  # a byte-order mark at the very start is allowed
        if not spots:
            continue
        indent = _INDENT.match(line)
        where = "indentation" if indent and spots[0] < indent.end() else "a space YAML needs to read the line"
        names = sorted({space_name(chars[spot]) for spot in spots})
        count = f"{len(spots)} characters" if len(spots) > 1 else "the character"
        fix = ("delete the spaces at the start of this line and type them again with the space bar" if
               where == "indentation" else "delete the space after the `:` or `-` and type it again with the space bar")
        found.append(Diagnostic(
            SourcePos(name, number + 1, spots[0] + 1), "odd-space",
            f"{count} {' and '.join(names)} {'are' if len(spots) > 1 else 'is'} used as {where}; YAML only counts "
            "plain spaces there",
            f"{fix} (pasting from a word processor, or the Korean full-width space, brings these in)"))
        for spot in spots:
            chars[spot] = " "
        lines[number] = "".join(chars)
    return "\n".join(lines), found


def text_problems(name: str, lines: list[str], lang: str, node: yaml.ScalarNode) -> list[Diagnostic]:
    """Warnings and errors for a player text (the value of a `ko:`/`en:` key) YAML reads unlike it looks."""
    value = str(node.value)
    if node.style is not None and "\t" not in value and ODD_SPACES.search(value) is None:
        return []  # quoted (most texts): nothing is cut and no quote is stray, so only tabs and odd spaces matter
    start, end = node.start_mark, node.end_mark
    one_line = start.line == end.line
    quote = 1 if node.style in ("'", '"') else 0
    problems: list[Diagnostic] = []

    def at(offset: int) -> SourcePos:
        if one_line and node.style in (None, "'", '"'):
            return SourcePos(name, start.line + 1, start.column + 1 + quote + offset)
        return SourcePos(name, start.line + 1, start.column + 1)

    if node.style is None and end.line < len(lines):
        rest = lines[end.line][end.column:]
        comment = re.match(r"[ \t]+#", rest)
        if comment is not None and rest.strip() != "#":
            lost = rest[comment.end() - 1:].strip()
            quoted = value + " " + lost
            problems.append(Diagnostic(
                SourcePos(name, end.line + 1, end.column + comment.end()), "text-cut",
                f"this text stops at ' #': YAML reads {lost!r} as a comment, so the game shows only {value!r}",
                f"put the whole text in quotes: {lang}: \"{_escaped(quoted)}\" (for a note to writers, quote "
                "the text before the #)", "warning"))
    if node.style is None and value and value[0] in _CURLY_OPEN:
        problems.append(Diagnostic(
            at(0), "curly-quotes",
            f"this text starts with the curly quote {value[0]}, which YAML keeps as part of the text: the game "
            f"shows {value!r}",
            f"to quote a text, use straight quotes: {lang}: \"{_escaped(value.strip(_CURLY))}\"; to show curly "
            f"quotes, put the text with them in straight quotes: {lang}: \"{_escaped(value)}\"", "warning"))
    elif node.style is None and value and value[-1] in _STRAIGHT and value.count(value[-1]) % 2 == 1:
        problems.append(Diagnostic(
            at(len(value) - 1), "unmatched-quote",
            f"this text ends with {value[-1]} but does not start with one, so the game shows the {value[-1]}",
            f"quote the whole text with the same quote at both ends: {lang}: \"{_escaped(value.rstrip(_STRAIGHT))}\"",
            "warning"))
    tab = value.find("\t")
    if tab >= 0:
        problems.append(Diagnostic(
            at(tab), "tab-in-text", "a tab character inside this text; the game cannot show tabs",
            "replace it with a normal space"))
    odd = ODD_SPACES.search(value)
    if odd is not None:
        problems.append(Diagnostic(
            at(odd.start()), "odd-space",
            f"the character {space_name(odd.group())} inside this text looks like a space but is not one",
            "replace it with a normal space (typed with the space bar)", "warning"))
    return problems


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
