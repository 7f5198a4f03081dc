"""Parse one YAML file once into plain data plus a source map of every node's position."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from game.content.diagnostics import Diagnostic
from game.story import SourcePos

Path_ = tuple[str | int, ...]
MAX_VALUES = 200_000  # far above any real chapter (the prologue has under 500)


@dataclass(frozen=True)
class NodeInfo:
    """Where a value (and, for mapping entries, its key) sits in the file."""

    value: SourcePos
    key: SourcePos | None = None
    style: str | None = None  # scalar style: None for plain, "'" or '"' for quoted, "|"/">" for blocks


@dataclass
class SourceFile:
    """A parsed YAML file: plain data, positions by path, and what went wrong while reading it."""

    name: str
    data: Any = None
    nodes: dict[Path_, NodeInfo] = field(default_factory=dict)
    bool_words: dict[Path_, str] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def pos(self, path: Path_) -> SourcePos:
        """The position of the value at `path`, or of its nearest existing ancestor."""
        for end in range(len(path), -1, -1):
            info = self.nodes.get(path[:end])
            if info is not None:
                return info.value
        return SourcePos(self.name, 1, 1)

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
    try:
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = _mark_pos(name, mark) if mark is not None else SourcePos(name, 1, 1)
        problem = exc.problem or "the YAML cannot be read"
        source.diagnostics.append(Diagnostic(pos, "yaml-syntax", f"YAML syntax: {problem}", _syntax_hint(problem)))
        return source
    except yaml.YAMLError as exc:
        pos, hint = SourcePos(name, 1, 1), ""
        if isinstance(exc, yaml.reader.ReaderError) and not isinstance(exc.character, bytes):
            pos = _offset_pos(name, text, exc.position)
            hint = "delete this invisible control character (pasting from other programs can bring them in)"
        problem = str(exc).split("\n", 1)[0]
        source.diagnostics.append(Diagnostic(pos, "yaml-syntax", f"YAML syntax: {problem}", hint))
        return source
    if root is None:
        needs = "title, chapters and characters" if name.endswith("story.yaml") else "id, title, intro, outro and steps"
        source.diagnostics.append(Diagnostic(SourcePos(name, 1, 1), "empty-file", "this file is empty",
                                             f"this file needs {needs}"))
        return source
    builder = _Builder(source, loader)
    source.data = builder.build(root, ())
    return source


def _syntax_hint(problem: str) -> str:
    if "'\\t'" in problem:
        return "a tab character is used for indentation; YAML needs spaces (2 per level)"
    if "mapping values are not allowed" in problem:
        return "a text containing ': ' must be quoted, e.g. text: \"Time: 3 o'clock\""
    if "expected <block end>" in problem or "did not find expected" in problem:
        return "check the indentation of this line against the lines above it"
    if "found character" in problem:
        return "quote texts that start with special characters such as @, `, % or *"
    return "compare this line with a working example in docs or another chapter"


class _Builder:
    """Walks the composed node tree, building plain data and recording positions."""

    def __init__(self, source: SourceFile, loader: yaml.SafeLoader) -> None:
        self.source = source
        self.loader = loader
        self._open: set[int] = set()  # ids of the collection nodes being built, to catch `&a [*a]`
        self._built = 0  # values built so far; aliases of aliases could otherwise expand exponentially

    def build(self, node: yaml.Node, path: Path_, key: SourcePos | None = None) -> Any:
        name = self.source.name
        self._built += 1
        if self._built > MAX_VALUES:
            if self._built == MAX_VALUES + 1:
                self.source.diagnostics.append(Diagnostic(
                    _mark_pos(name, node.start_mark), "yaml-syntax",
                    f"YAML syntax: this file expands to more than {MAX_VALUES} values",
                    "aliases (*name) of aliases multiply; write the values out or split the chapter"))
            return None
        style = node.style if isinstance(node, yaml.ScalarNode) else None
        self.source.nodes[path] = NodeInfo(_mark_pos(name, node.start_mark), key, style)
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
        for key_node, value_node in node.value:
            key_pos = _mark_pos(self.source.name, key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode):
                self.source.diagnostics.append(Diagnostic(
                    key_pos, "yaml-complex-key", "a key must be a plain name", "write `name: value`"))
                continue
            # Keys are names in this format, so the written text is the key: `no:` stays "no".
            key = str(key_node.value)
            if key in first_seen:
                first = first_seen[key]
                self.source.diagnostics.append(Diagnostic(
                    key_pos, "duplicate-key", f"key '{key}' appears twice in the same mapping",
                    f"the first '{key}' is at line {first.line}; remove or rename one of them"))
                continue
            first_seen[key] = key_pos
            result[key] = self.build(value_node, (*path, key), key_pos)
        return result

    def _scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        try:
            value = self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, KeyError, AttributeError, TypeError) as exc:
            # Explicit tags such as `!!int abc` or `!!bool maybe` fail with plain Python errors.
            self.source.diagnostics.append(Diagnostic(
                _mark_pos(self.source.name, node.start_mark), "yaml-syntax", f"YAML value: {exc}"))
            return None
        if isinstance(value, bool) and node.style is None:  # remember the word written: no, Off, true, ...
            self.source.bool_words[path] = str(node.value)
        return value
