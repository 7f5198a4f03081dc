"""YAML syntax errors in writers' words, and the part of the file to set aside so the rest can still be read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from game.content.diagnostics import Diagnostic
from game.story import SourcePos

# PyYAML's names for what it expected or found, in the words of someone who writes chapters.
_TOKENS = {
    "<block end>": "the end of this part",
    "<block mapping start>": "a new `name: value`",
    "<block sequence start>": "a new list",
    "<block collection start>": "a new list or `name: value`",
    "<scalar>": "more text",
    "<document start>": "a new document (---)",
    "<document end>": "the end of the document",
    "<stream end>": "the end of the file",
    "<flow mapping start>": "a {",
    "<flow mapping end>": "a }",
    "<flow sequence start>": "a [",
    "<flow sequence end>": "a ]",
    "<block entry>": "a list item (-)",
    "<flow entry>": "a comma",
    "<key>": "a name",
    "<value>": "a ':'",
    "<alias>": "an alias (*name)",
    "<anchor>": "an anchor (&name)",
    "<tag>": "a tag (!name)",
    "<directive>": "a directive (%)",
}
_QUOTES = "\"'"
_KEY_LINE = re.compile(r"^(?P<lead>\s*(?:-\s+)?[A-Za-z0-9_-]+:\s+)(?P<text>.*?)\s*$")


@dataclass(frozen=True)
class Problem:
    """What went wrong where, in plain words."""

    line: int  # 0-based, as PyYAML counts
    column: int
    message: str
    hint: str

    def diagnostic(self, name: str) -> Diagnostic:
        return Diagnostic(SourcePos(name, self.line + 1, self.column + 1), "yaml-syntax",
                          f"YAML syntax: {self.message}", self.hint)


def plain_words(text: str) -> str:
    """PyYAML's wording with its token names replaced."""
    for token, words in _TOKENS.items():
        text = text.replace(f"'{token}'", words).replace(token, words)
    return text


def _quoted_line(line: str) -> str | None:
    """The line with its text quoted, e.g. `en: "Remember this:"`, when it is a `name: text` line."""
    found = _KEY_LINE.match(line)
    if found is None or not found.group("text"):
        return None
    text = found.group("text")
    if len(text) > 1 and text[0] == text[-1] and text[0] in _QUOTES:  # quoted already, but a quote inside ends it
        text = text[1:-1].replace("''", "'") if text[0] == "'" else text[1:-1]
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        return f"{found.group('lead').strip()} \"{escaped}\""
    if '"' in text and "'" not in text:
        return f"{found.group('lead').strip()} '{text}'"
    return f"{found.group('lead').strip()} \"{text.replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}\""


def describe(exc: Any, lines: list[str]) -> Problem:
    """The problem behind a `yaml.MarkedYAMLError`, placed where the writer has to look."""
    problem = str(exc.problem or "the YAML cannot be read")
    context = str(exc.context or "")
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line, mark.column) if mark is not None else (0, 0)
    here = lines[line] if line < len(lines) else ""
    before = here[:column].rstrip()
    if "while scanning a quoted scalar" in context and exc.context_mark is not None:
        start = exc.context_mark
        quote = lines[start.line][start.column] if start.column < len(lines[start.line]) else '"'
        inner = "a ' inside is written twice: 'it''s'" if quote == "'" else 'a " inside is written \\"'
        return Problem(start.line, start.column, f"this quote {quote} is never closed",
                       f"end the text with the same quote {quote} on the same line ({inner})")
    if "'\\t'" in problem or "tab" in problem:
        if not here[:column].strip():
            return Problem(line, column, "a tab is used for indentation",
                           "YAML needs spaces: replace the tab with spaces (2 per level)")
        return Problem(line, column, "a tab inside the text", "replace the tab with a normal space")
    if before and before[-1] in _QUOTES and ("expected <block end>" in problem or "mapping values" in problem
                                             or "expected ',' or" in problem):
        opening = _opening_quote(lines, line, len(before) - 1)
        if opening is not None and opening[0] < line:
            quote = before[-1]
            return Problem(opening[0], opening[1], f"this quote {quote} is not closed on its line, so YAML reads on "
                                                   f"to the next {quote} (line {line + 1})",
                           f"end the text with {quote} on the same line"
                           + (" (a ' inside is written twice: 'it''s')" if quote == "'" else
                              ' (a " inside is written \\")'))
    if before and before[-1] in _QUOTES and ("expected <block end>" in problem or "mapping values" in problem
                                   or "expected ',' or" in problem):
        fixed = _quoted_line(here)
        suggestion = f"; for example: {fixed}" if fixed else ""
        return Problem(line, column, f"more text after the closing quote {before[-1]}: YAML ends the text there",
                       f"quote the whole text, with the other kind of quote around it if it holds quotes"
                       f"{suggestion}")
    if "mapping values are not allowed" in problem:
        fixed = _quoted_line(here)
        at_end = not here[column + 1:].strip()
        what = "a ':' at the end of a text" if at_end else "a ': ' inside a text"
        return Problem(line, column, f"{what} makes YAML read it as a new `name: value`",
                       f"put the whole text in quotes: {fixed}" if fixed else
                       "put the whole text in quotes, e.g. text: \"Time: 3 o'clock\"")
    if "could not find expected ':'" in problem and exc.context_mark is not None:
        start = exc.context_mark
        return Problem(start.line, start.column, "this line has no ':' after its name",
                       "write `name: value`; a text that goes on to the next line must be quoted or indented "
                       "more than its name")
    if "expected <block end>" in problem or "did not find expected key" in problem or \
            "did not find expected '-'" in problem or "expected <block mapping start>" in problem:
        return Problem(line, column, "this line does not line up with the lines above it",
                       "line up the names of one step under each other (`kind:` right under `id:`), with 2 spaces "
                       "per level and a list item starting `- `")
    if "while parsing a flow" in context and exc.context_mark is not None and exc.context_mark.line < line:
        start = exc.context_mark
        bracket = lines[start.line][start.column] if start.column < len(lines[start.line]) else "{"
        closing = {"{": "}", "[": "]"}.get(bracket, "}")
        return Problem(start.line, start.column, f"this {bracket} is not closed on its line (a {closing} is missing)",
                       f"end it with {closing} on the same line, and quote texts that hold , : # {{ }} [ or ] inside "
                       "it")
    if "expected ',' or '}'" in problem or "expected ',' or ']'" in problem:
        return Problem(line, column, f"{plain_words(problem)}: a {{ or [ is not closed, or a ',' is missing",
                       "quote texts that hold , : # { } [ or ] inside braces, e.g. {ko: \"가, 나\", en: \"A, B\"}")
    if "found character" in problem and "cannot start any token" in problem:
        return Problem(line, column, f"a text cannot start with {problem.split('character', 1)[1].split()[0]}",
                       "put the text in quotes, e.g. en: \"@home\"")
    if "unknown escape character" in problem:
        return Problem(line, column, "a \\ in double quotes starts a special character that does not exist",
                       "write \\\\ for a backslash, or put the text in single quotes instead")
    if "found undefined alias" in problem:
        return Problem(line, column, "a text cannot start with *", "put the text in quotes, e.g. en: \"*wow*\"")
    if "is not a character" in problem:
        return Problem(line, column, problem, "type or paste the character itself instead of the \\U escape")
    if "levels deep" in problem:
        return Problem(line, column, problem,
                       "look for a [ or { that is never closed; a chapter needs only a few levels of indentation")
    words = plain_words(problem)
    if context:
        words = f"{words} ({plain_words(context)})"
    return Problem(line, column, words, "compare this line with a working example in docs or another chapter")


def _opening_quote(lines: list[str], line: int, column: int) -> tuple[int, int] | None:
    """Where the quoted text closed by the quote at (line, column) opened, walking back over escaped quotes."""
    quote = lines[line][column]
    row, col = line, column - 1
    while row >= 0:
        text = lines[row]
        while col >= 0:
            if text[col] == quote:
                escaped = (quote == '"' and col > 0 and text[col - 1] == "\\") or \
                          (quote == "'" and col > 0 and text[col - 1] == "'")
                if not escaped:
                    return row, col
                col -= 1
            col -= 1
        row -= 1
        col = len(lines[row]) - 1 if row >= 0 else -1
    return None


_TOP_KEY = re.compile(r"^[A-Za-z0-9_\"'-][^:#]*:")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def unit_around(lines: list[str], line: int, whole: bool = False) -> tuple[int, int, int] | None:
    """The step or top-level entry holding `line` (0-based): (first line, line after it, its indentation).

    A unit is a top-level `name:` with everything under it, or one item or entry directly under such a name
    (a step in `steps:`, a character in `characters:`); `whole` asks for the top-level one.
    """
    tops = [i for i, text in enumerate(lines) if _content(text) and _indent(text) == 0 and _TOP_KEY.match(text)]
    top = max((i for i in tops if i <= line), default=None)
    if top is None:
        return None
    end = min((i for i in tops if i > top), default=len(lines))
    children = [i for i in range(top + 1, end) if _content(lines[i])]
    if line == top or not children or whole:
        return top, end, 0
    child = _indent(lines[children[0]])
    starts = [i for i in children if _indent(lines[i]) == child]
    first = max((i for i in starts if i <= line), default=None)
    if first is None:
        return top, end, 0
    after = min((i for i in starts if i > first), default=end)
    return first, after, child


_ID = re.compile(r"(?:^|[\s{,])id:\s*['\"]?([a-z0-9][a-z0-9_-]*)")


def set_aside(lines: list[str], unit: tuple[int, int, int]) -> list[str]:
    """`lines` with the unit replaced by an empty entry of the same shape, keeping every line number.

    A step keeps its id (`- {id: meet-guide}`), so jumps to it are not reported as well.
    """
    first, after, indent = unit
    head = lines[first]
    pad = " " * indent
    if head.lstrip().startswith("-"):
        found = next((m for text in lines[first:after] if (m := _ID.search(text))), None)
        placeholder = f"{pad}- {{id: {found.group(1)}}}" if found else f"{pad}- {{}}"
    else:
        key = head.split(":", 1)[0].strip()
        placeholder = f"{pad}{key}:"
    return [*lines[:first], placeholder, *([""] * (after - first - 1)), *lines[after:]]
