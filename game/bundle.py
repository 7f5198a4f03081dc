"""The versioned JSON story bundle: write a `Story` at build time, read it back at run time."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any

from game.assets import REINSTALL, AssetError, read_text
from game.story import STEP_CLASSES, Chapter, Story


class BundleError(Exception):
    """The bundle is unreadable, from a newer format, or does not match the model."""


def story_to_dict(story: Story) -> dict[str, Any]:
    """Return plain JSON-ready data for `story`, tagged with the format version."""
    data = _encode(story)
    return {"format": Story.FORMAT_VERSION, "story": data}


def dump_story(story: Story) -> str:
    """Serialise `story` as compact, deterministic JSON text."""
    return json.dumps(story_to_dict(story), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def load_story(text: str) -> Story:
    """Parse a bundle written by `dump_story`.

    Raises:
        BundleError: the text is not a bundle this version can read.
    """
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:  # RecursionError: nested too deeply to be a bundle
        raise BundleError(f"story bundle is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict) or "format" not in raw or "story" not in raw:
        raise BundleError("story bundle has no 'format' and 'story' fields")
    version = raw["format"]
    if not isinstance(version, int) or version > Story.FORMAT_VERSION:
        raise BundleError(f"story bundle format {version!r} is newer than this game ({Story.FORMAT_VERSION})")
    try:
        story = _decode(Story, raw["story"])
    except (KeyError, TypeError, ValueError, RecursionError) as exc:
        raise BundleError(f"story bundle does not match the model: {exc!r}") from exc
    assert isinstance(story, Story)
    return story


def load_story_file(path: str | Path) -> Story:
    """Read the bundle file at `path`: the built game's whole story.

    Raises:
        AssetError: the file is missing, unreadable, or not a bundle this version can read.
    """
    text = read_text(path, REINSTALL)
    try:
        return load_story(text)
    except BundleError as exc:
        raise AssetError(path, f"cannot be used ({exc})", REINSTALL) from exc


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {key: _encode(item) for key, item in value.items()}
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _decode(hint: Any, data: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        if data not in typing.get_args(hint):
            raise ValueError(f"{data!r} is not one of {typing.get_args(hint)}")
        return data
    if origin in (typing.Union, types.UnionType):
        return _decode_union(hint, data)
    if origin is tuple:
        (item_hint, _ellipsis) = typing.get_args(hint)
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {data!r}")
        return tuple(_decode(item_hint, item) for item in data)
    if origin is dict:
        _key_hint, item_hint = typing.get_args(hint)
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {data!r}")
        return {str(key): _decode(item_hint, item) for key, item in data.items()}
    if dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, data)
    if hint in (str, int, bool) and type(data) is not hint:  # `type`, so JSON true is not a number
        raise TypeError(f"expected {hint.__name__}, got {data!r}")
    return data


def _decode_union(hint: Any, data: Any) -> Any:
    args = typing.get_args(hint)
    if data is None and type(None) in args:
        return None
    if isinstance(data, dict) and "kind" in data and data["kind"] in STEP_CLASSES:
        return _decode_dataclass(STEP_CLASSES[data["kind"]], data)
    for arg in args:
        if arg is type(None):
            continue
        if arg in (bool, int, str):
            # bool before int: JSON true must stay a bool, not become 1.
            if type(data) is arg:
                return data
            continue
        return _decode(arg, data)
    raise TypeError(f"{data!r} matches none of {args}")


def _decode_dataclass(cls: Any, data: Any) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object for {cls.__name__}, got {type(data).__name__}")
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _decode(hints[f.name], data[f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise KeyError(f"{cls.__name__}.{f.name}")
    return cls(**kwargs)


__all__ = ["BundleError", "Chapter", "dump_story", "load_story", "story_to_dict"]
