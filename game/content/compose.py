"""Compose YAML parser events into a node tree with a loop instead of recursion, refusing absurd nesting.

PyYAML's own composers recurse once per level: the pure-Python one raises `RecursionError` a few hundred
levels down and libyaml's (`CSafeLoader`) overflows the C stack, killing the process, further down. This
composer builds the same nodes from the same events (anchors registered when their node starts, so
`&a [*a]` refers to itself as in PyYAML) and stops with a `ComposerError` past `MAX_DEPTH` levels.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError

MAX_DEPTH = 100  # lists and mappings inside each other; chapters use about 6


class NestingError(ComposerError):
    """Lists and mappings nested more than `MAX_DEPTH` deep."""


_Collection = yaml.SequenceNode | yaml.MappingNode


def compose_single(loader: Any) -> yaml.Node | None:
    """The one document `loader` (a PyYAML loader, pure or libyaml) parses, or None for an empty stream.

    Raises:
        yaml.YAMLError: for a syntax error, more than one document or a bad alias.
        NestingError: for lists and mappings nested more than `MAX_DEPTH` deep.
    """
    loader.get_event()  # stream start
    document: yaml.Node | None = None
    if not loader.check_event(yaml.StreamEndEvent):
        loader.get_event()  # document start
        document = _compose_node(loader)
        loader.get_event()  # document end
    if not loader.check_event(yaml.StreamEndEvent):
        event = loader.get_event()
        raise ComposerError("expected a single document in the stream",
                            document.start_mark if document is not None else None,
                            "but found another document", event.start_mark)
    loader.get_event()  # stream end
    return document


def _compose_node(loader: Any) -> yaml.Node:
    """The node of one document, its lists and mappings filled in as their items' events arrive."""
    anchors: dict[str, yaml.Node] = {}
    open_nodes: list[_Collection] = []  # the lists and mappings started and not yet ended, outermost first
    keys: list[yaml.Node | None] = []  # per open mapping: the key waiting for its value
    while True:
        node: yaml.Node
        if open_nodes and loader.check_event(yaml.SequenceEndEvent, yaml.MappingEndEvent):
            open_nodes[-1].end_mark = loader.get_event().end_mark
            keys.pop()
            node = open_nodes.pop()
        else:
            node, started = _start_node(loader, anchors)
            if started and isinstance(node, yaml.SequenceNode | yaml.MappingNode):
                if len(open_nodes) >= MAX_DEPTH:
                    raise NestingError(None, None, f"lists and mappings nested more than {MAX_DEPTH} levels deep",
                                       node.start_mark)
                open_nodes.append(node)
                keys.append(None)
                continue
        if not open_nodes:
            return node
        parent = open_nodes[-1]
        if isinstance(parent, yaml.SequenceNode):
            parent.value.append(node)
        elif keys[-1] is None:
            keys[-1] = node
        else:
            parent.value.append((keys[-1], node))
            keys[-1] = None


def _start_node(loader: Any, anchors: dict[str, yaml.Node]) -> tuple[yaml.Node, bool]:
    """The next scalar or alias's node, or a new empty collection whose items follow (same checks as PyYAML).

    Returns:
        The node, and whether it is a collection just started.
    """
    event: Any = loader.get_event()
    kind = type(event)  # compared with `is`: the events of libyaml and of the pure parser are the same classes
    start, end = event.start_mark, event.end_mark
    if kind is yaml.AliasEvent:
        if event.anchor not in anchors:
            raise ComposerError(None, None, f"found undefined alias {event.anchor!r}", start)
        return anchors[event.anchor], False
    if event.anchor is not None and event.anchor in anchors:
        raise ComposerError(f"found duplicate anchor {event.anchor!r}; first occurrence",
                            anchors[event.anchor].start_mark, "second occurrence", start)
    node: yaml.Node
    tag = event.tag
    if kind is yaml.ScalarEvent:
        if tag is None or tag == "!":
            tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        node = yaml.ScalarNode(tag, event.value, start, end, style=event.style or None)  # libyaml: '' if plain
    elif kind is yaml.SequenceStartEvent:
        if tag is None or tag == "!":
            tag = loader.resolve(yaml.SequenceNode, None, event.implicit)
        node = yaml.SequenceNode(tag, [], start, None, flow_style=event.flow_style)
    else:
        if tag is None or tag == "!":
            tag = loader.resolve(yaml.MappingNode, None, event.implicit)
        node = yaml.MappingNode(tag, [], start, None, flow_style=event.flow_style)
    if event.anchor is not None:
        anchors[event.anchor] = node
    return node, not isinstance(node, yaml.ScalarNode)
