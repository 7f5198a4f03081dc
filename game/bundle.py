"""The versioned JSON story bundle: write a `Story` at build time, read it back at run time."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
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


Decoder = Callable[[Any], Any]
_DECODERS: dict[Any, Decoder] = {}


def _decode(hint: Any, data: Any) -> Any:
    return _decoder(hint)(data)


def _decoder(hint: Any) -> Decoder:
    """The decoding function for `hint`, worked out once per type (start-up reads ~8,000 values)."""
    found = _DECODERS.get(hint)
    if found is None:
        found = _DECODERS[hint] = _make_decoder(hint)
    return found


def _make_decoder(hint: Any) -> Decoder:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Literal:
        return lambda data: _literal(args, data)
    if origin in (typing.Union, types.UnionType):
        return lambda data: _decode_union(args, data)
    if origin is tuple:
        return lambda data: tuple(_decode(args[0], item) for item in _expect(list, "a list", data))
    if origin is dict:
        return lambda data: {str(key): _decode(args[1], item)
                             for key, item in _expect(dict, "an object", data).items()}
    if dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint)
    if hint in (str, int, bool):
        return lambda data: _exact(hint, data)
    return lambda data: data


def _literal(allowed: tuple[Any, ...], data: Any) -> Any:
    if data not in allowed:
        raise ValueError(f"{data!r} is not one of {allowed}")
    return data


def _expect(kind: type, name: str, data: Any) -> Any:
    if not isinstance(data, kind):
        raise TypeError(f"expected {name}, got {data!r}")
    return data


def _exact(kind: type, data: Any) -> Any:
    if type(data) is not kind:  # `type`, so JSON true is not a number
        raise TypeError(f"expected {kind.__name__}, got {data!r}")
    return data


def _decode_union(args: tuple[Any, ...], data: Any) -> Any:
    if data is None and type(None) in args:
        return None
    if isinstance(data, dict) and "kind" in data and data["kind"] in STEP_CLASSES:
        return _decode(STEP_CLASSES[data["kind"]], data)
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


def _dataclass_decoder(cls: Any) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, hints[f.name], f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
              for f in dataclasses.fields(cls)]

    def decode(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {cls.__name__}, got {type(data).__name__}")
        kwargs = {}
        for name, hint, required in fields:
            if name in data:
                kwargs[name] = _decode(hint, data[name])
            elif required:
                raise KeyError(f"{cls.__name__}.{name}")
        return cls(**kwargs)

    return decode


__all__ = ["BundleError", "Chapter", "dump_story", "load_story", "story_to_dict"]
