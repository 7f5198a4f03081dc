"""Parse one YAML file once into plain data plus a source map of every node's position."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import yaml

from game.content.compose import MAX_DEPTH, NestingError, compose_single
from game.content.diagnostics import Diagnostic
from game.content.syntax import describe, set_aside, unit_around
from game.content.text_loss import repair_spaces, text_problems
from game.story import LANGS, SourcePos

Path_ = tuple[str | int, ...]
MAX_SET_ASIDE = 12  # syntax errors read past in one file before giving up on the rest of it
MAX_VALUES = 20_000  # far above any real file (the largest has under 700); more means aliases of aliases
# libyaml reads about 15 times faster than the pure-Python parser; the browser build has neither need nor copy.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)
# YAML 1.1 counts these as line breaks but editors do not, so every position after one would be off.
_ODD_LINE_BREAK = re.compile("[\x85\u2028\u2029]")
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE  # what YAML refuses in a file, made by a `\` escape instead
_NEEDS = {"story.yaml": "title, chapters and characters", "minigames": "a mini-game name, then its pools",
          "regions": "id, name and numbers"}


@dataclass(frozen=True)
class NodeInfo:
    """Where a value (and, for mapping entries, its key) sits in the file."""

    value: SourcePos
    key: SourcePos | None = None
    style: str | None = None  # scalar style: None for plain, "'" or '"' for quoted, "|"/">" for blocks
    multiline: bool = False  # a scalar that goes on over more than one line


@dataclass
class SourceFile:
    """A parsed YAML file: plain data, positions by path, and what went wrong while reading it."""

    name: str
    data: Any = None
    nodes: dict[Path_, NodeInfo] = field(default_factory=dict)
    bool_words: dict[Path_, str] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    set_aside: set[int] = field(default_factory=set)  # 0-based first lines of parts skipped for a syntax error
    broken: set[Path_] = field(default_factory=set)  # what those parts became: their other errors are follow-ons
    first_line: str | None = None  # as written, for the editor's schema line

    def is_broken(self, path: Path_) -> bool:
        """Whether `path` lies in a part set aside after a syntax error (already reported)."""
        return any(path[:len(b)] == b for b in self.broken)

    def pos(self, path: Path_) -> SourcePos:
        """The position of the value at `path`, or of its nearest existing ancestor."""
        for end in range(len(path), -1, -1):
            info = self.nodes.get(path[:end])
            if info is not None:
                return info.value
        return SourcePos(self.name, 1, 1)

    def inside(self, path: Path_, offset: int) -> SourcePos:
        """The position of character `offset` of the text at `path`, for a text on one line (quotes shift it by
        one); for a block or a text over several lines, whose lines are folded, the position of the text itself.
        """
        info = self.nodes.get(path)
        pos = self.pos(path)
        if info is None or info.style not in (None, "'", '"') or info.multiline:
            return pos
        return SourcePos(pos.file, pos.line, pos.col + offset + (1 if info.style else 0))

    def key_pos(self, path: Path_) -> SourcePos:
        """The position of the key naming `path`, falling back to the value's position."""
        info = self.nodes.get(path)
        if info is not None and info.key is not None:
            return info.key
        return self.pos(path)


def _mark_pos(name: str, mark: Any) -> SourcePos:
    return SourcePos(name, mark.line + 1, mark.column + 1)


def _offset_pos(name: str, text: str, offset: int) -> SourcePos:
    line_start = text.rfind("\n", 0, offset) + 1
    return SourcePos(name, text.count("\n", 0, offset) + 1, offset - line_start + 1)


def parse_source(name: str, text: str) -> SourceFile:
    """Parse YAML `text` (from file `name`) into a `SourceFile`; problems land in `.diagnostics`."""
    source = SourceFile(name)
    odd = _ODD_LINE_BREAK.search(text)
    if odd is not None:
        source.diagnostics.append(Diagnostic(
            _offset_pos(name, text, odd.start()), "yaml-syntax",
            f"YAML syntax: an invisible line break #x{ord(odd.group()):04x} that editors do not show",
            "delete it and press Enter for a new line (pasting from other programs can bring these in)"))
        return source
    text, space_errors = repair_spaces(name, text)
    source.diagnostics.extend(space_errors)
    spaced = {d.pos.line for d in space_errors}
    lines = text.split("\n")
    for _attempt in range(MAX_SET_ASIDE + 1):
        try:
            root, loader = _compose("\n".join(lines) if source.set_aside else text)
            break
        except yaml.MarkedYAMLError as exc:
            found = describe(exc, lines)
            if found.line + 1 not in spaced:  # the odd space reported there is the cause
                source.diagnostics.append(found.diagnostic(name))
            unit = unit_around(lines, found.line)
            if unit is not None and unit[0] in source.set_aside:  # not enough: set aside its whole top-level part
                unit = unit_around(lines, unit[0], whole=True)
            if unit is None or unit[0] in source.set_aside:
                return source
            source.set_aside.add(unit[0])
            lines = set_aside(lines, unit)
        except yaml.YAMLError as exc:
            pos, hint = SourcePos(name, 1, 1), ""
            if isinstance(exc, yaml.reader.ReaderError) and not isinstance(exc.character, bytes):
                pos = _offset_pos(name, text, exc.position)
                hint = "delete this invisible control character (pasting from other programs can bring them in)"
            problem = str(exc).split("\n", 1)[0]
            source.diagnostics.append(Diagnostic(pos, "yaml-syntax", f"YAML syntax: {problem}", hint))
            return source
    else:
        return source
    if source.set_aside:
        text = "\n".join(lines)
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == "tag:yaml.org,2002:null"):
        # `~` or `null` alone would otherwise make the file quietly count as missing.
        where = PurePath(name)
        needs = _NEEDS.get(where.name) or _NEEDS.get(where.parent.name) or "id, title, intro, outro and steps"
        source.diagnostics.append(Diagnostic(SourcePos(name, 1, 1), "empty-file", "this file is empty",
                                             f"this file needs {needs}"))
        return source
    builder = _Builder(source, loader, text.split("\n"))
    data = builder.build(root, ())
    source.data = data if builder.built <= MAX_VALUES else None  # a file that big can only be an alias bomb
    return source


def _compose(text: str) -> tuple[yaml.Node | None, Any]:
    """The root node of the one document in `text`, and the loader whose constructor builds its scalars.

    When libyaml finds a problem, the pure parser reads the text again, so every problem is reported in the
    same words and at the same place with or without libyaml.
    """
    # libyaml accepts tabs where the pure parser does not, and counts a BOM inside the text as a column.
    if _FAST_LOADER is not None and "\t" not in text and "\ufeff" not in text[1:]:
        try:
            fast = _FAST_LOADER(text)
            return compose_single(fast), fast
        except NestingError:
            raise  # found by this module's composer, in the same words; the pure scanner is slow on deep nesting
        except (yaml.YAMLError, UnicodeEncodeError):  # UnicodeEncodeError: a lone surrogate in `text`
            pass
    loader = yaml.SafeLoader(text)
    try:
        return compose_single(loader), loader
    except (ValueError, OverflowError) as exc:
        # The pure scanner calls chr() unchecked on `"\U00110000"`, stopping just after the `\U`.
        if loader.buffer[loader.pointer - 2:loader.pointer] != "\\U":
            raise
        mark = yaml.Mark(loader.name, loader.index - 2, loader.line, loader.column - 2, None, 0)
        raise yaml.scanner.ScannerError(None, None, f"\\U{loader.prefix(8)} is not a character (the last one is "
                                        "\\U0010FFFF)", mark) from exc
    finally:
        loader.dispose()


class _Builder:
    """Walks the composed node tree, building plain data and recording positions."""

    def __init__(self, source: SourceFile, loader: yaml.SafeLoader, lines: list[str]) -> None:
        self.source = source
        self.loader = loader
        self.lines = lines  # for the text checks, which look at what follows a text on its line
        self._open: set[int] = set()  # ids of the collection nodes being built, to catch `&a [*a]`
        self.built = 0  # values built so far; aliases of aliases could otherwise expand exponentially
        self._too_deep = False

    def build(self, node: yaml.Node, path: Path_, key: SourcePos | None = None) -> Any:
        name = self.source.name
        self.built += 1
        if self.built > MAX_VALUES:
            if self.built == MAX_VALUES + 1:
                self.source.diagnostics.append(Diagnostic(
                    _mark_pos(name, node.start_mark), "yaml-syntax",
                    f"YAML syntax: this file expands to more than {MAX_VALUES} values",
                    "aliases (*name) of aliases multiply; write the values out or split the chapter"))
            return None
        if len(path) > MAX_DEPTH:  # aliases can nest parts that are each shallow enough
            if not self._too_deep:
                self._too_deep = True
                self.source.diagnostics.append(Diagnostic(
                    _mark_pos(name, node.start_mark), "yaml-syntax",
                    f"YAML syntax: lists and mappings nested more than {MAX_DEPTH} levels deep",
                    "aliases (*name) put lists inside lists; write the values out instead"))
            return None
        in_set_aside = node.start_mark.line in self.source.set_aside
        if path and in_set_aside and isinstance(node, yaml.MappingNode) and node.flow_style:
            self.source.broken.add(path)  # the `- {id: ...}` left in place of a step set aside
        style = node.style if isinstance(node, yaml.ScalarNode) else None
        multiline = isinstance(node, yaml.ScalarNode) and node.end_mark.line != node.start_mark.line
        self.source.nodes[path] = NodeInfo(_mark_pos(name, node.start_mark), key, style, multiline)
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path)
        if id(node) in self._open:
            self.source.diagnostics.append(Diagnostic(
                self.source.pos(path), "yaml-syntax",
                "YAML syntax: an alias refers to the list or mapping holding it",
                "write the values out instead of using `*name` inside its own `&name`"))
            return None
        self._open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        finally:
            self._open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, SourcePos] = {}
        merged = False  # a second `id:`: two list items ran together, so the other repeats follow from it
        for key_node, value_node in node.value:
            key_pos = _mark_pos(self.source.name, key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode):
                self.source.diagnostics.append(Diagnostic(
                    key_pos, "yaml-complex-key", "a key must be a plain name", "write `name: value`"))
                continue
            # Keys are names in this format, so the written text is the key: `no:` stays "no".
            key = str(key_node.value)
            if not self._printable(key, key_node):
                continue
            if key in first_seen:
                first = first_seen[key]
                if merged:
                    continue
                if key == "id" and path and isinstance(path[-1], int):
                    merged = True
                    self.source.diagnostics.append(Diagnostic(
                        key_pos, "duplicate-key", f"a second 'id' in one list item (the first is at line "
                        f"{first.line}): two steps run together", "start the new one with `- ` before `id:`, "
                        "lined up with the `- ` of the item above"))
                    continue
                self.source.diagnostics.append(Diagnostic(
                    key_pos, "duplicate-key", f"key '{key}' appears twice in the same mapping",
                    f"the first '{key}' is at line {first.line}; remove or rename one of them"))
                continue
            first_seen[key] = key_pos
            if key_node.start_mark.line in self.source.set_aside:
                self.source.broken.add((*path, key))
            if key in LANGS and isinstance(value_node, yaml.ScalarNode):
                self.source.diagnostics.extend(text_problems(self.source.name, self.lines, key, value_node))
            result[key] = self.build(value_node, (*path, key), key_pos)
        return result

    def _scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        try:
            value = self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, KeyError, AttributeError, TypeError):
            # Explicit tags such as `!!int abc` or `!!bool maybe`, or a number of thousands of digits.
            written = node.value if len(node.value) <= 40 else node.value[:37] + "..."
            kind = node.tag.rsplit(":", 1)[-1]
            self.source.diagnostics.append(Diagnostic(
                _mark_pos(self.source.name, node.start_mark), "yaml-syntax",
                f"YAML value: {written!r} cannot be read as {kind}",
                "put the value in quotes to keep it as text, and remove any `!!` tag before it"))
            return None
        if isinstance(value, str) and not self._printable(value, node):
            value = _NON_PRINTABLE.sub("\ufffd", value)  # still text, so no follow-on errors
        if isinstance(value, bool) and node.style is None:  # remember the word written: no, Off, true, ...
            self.source.bool_words[path] = str(node.value)
        return value

    def _printable(self, text: str, node: yaml.Node) -> bool:
        """Whether `text` holds only characters YAML accepts in a file; if not, report the first other one.

        Escapes in double quotes (`"\\0"`, `"\\x07"`, half an emoji as `"\\ud83d"`) can make characters that
        cannot be shown or saved.
        """
        bad = _NON_PRINTABLE.search(text)
        if bad is None:
            return True
        self.source.diagnostics.append(Diagnostic(
            _mark_pos(self.source.name, node.start_mark), "yaml-syntax",
            f"YAML syntax: a \\ escape here makes the invisible character #x{ord(bad.group()):04x}",
            "remove that \\ escape; type or paste the character itself (an emoji needs no escape)"))
        return False
