"""Turn pydantic validation errors into `Diagnostic`s pointing at the YAML node, with friendly words."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

from game.content.diagnostics import Diagnostic
from game.content.source import Path_, SourceFile
from game.story import STEP_CLASSES

_LANG_NAMES = {"ko": "Korean (ko)", "en": "English (en)"}


def _all_field_names() -> set[str]:
    from game.content import schema  # local: avoids an import cycle at module load

    names: set[str] = set()
    for value in vars(schema).values():
        if isinstance(value, type) and issubclass(value, BaseModel):
            for field_name, info in value.model_fields.items():
                names.add(info.alias or field_name)
    return names


def resolve_path(data: Any, loc: tuple[str | int, ...]) -> tuple[Path_, tuple[str | int, ...]]:
    """Follow a pydantic `loc` through the plain data.

    Returns the path that exists in the data and the part of `loc` that could not be followed.
    Union tags (a step's `kind` value, or a scalar type name) are skipped.
    """
    path: list[str | int] = []
    current = data
    rest = list(loc)
    while rest:
        part = rest[0]
        if isinstance(part, int) and isinstance(current, list) and 0 <= part < len(current):
            current = current[part]
        elif isinstance(current, dict) and current.get("kind") == part and rest[1:2] == [part]:
            # A `set` step also has a `set` field: the tag comes first, then the key of the same name.
            rest.pop(0)
            continue
        elif isinstance(part, str) and isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(part, str) and isinstance(current, dict) and current.get("kind") == part:
            rest.pop(0)
            continue
        elif isinstance(part, str) and not isinstance(current, dict):
            rest.pop(0)  # a scalar union's member name, e.g. 'bool' or 'str'
            continue
        else:
            break
        path.append(part)
        rest.pop(0)
    return tuple(path), tuple(rest)


def validation_diagnostics(source: SourceFile, model: type[BaseModel]) -> tuple[BaseModel | None, list[Diagnostic]]:
    """Validate `source.data` against `model`.

    Returns:
        The validated spec (or None) and the diagnostics, each placed on its YAML node.
    """
    try:
        return model.model_validate(source.data), []
    except ValidationError as exc:
        errors = _merge_scalar_unions(exc.errors(include_url=False))
        found = [_diagnostic(source, error) for error in errors
                 if not source.broken or not source.is_broken(resolve_path(source.data, tuple(error["loc"]))[0])]
        return None, found


_SCALAR_MEMBERS = ("bool", "int", "str")


def _merge_scalar_unions(errors: list[Any]) -> list[Any]:
    """Report a bad `true/false | number | text` value once, not once per member of the union."""
    kept: list[Any] = []
    merged: set[tuple[str | int, ...]] = set()
    for error in errors:
        loc = tuple(error["loc"])
        member = bool(loc) and loc[-1] in _SCALAR_MEMBERS
        if member and error["type"].endswith(("_type", "_parsing", "_from_float")):
            if loc[:-1] in merged:
                continue
            merged.add(loc[:-1])
            error = {**error, "type": "scalar_type", "msg": "Input should be true/false, a number or text"}
        kept.append(error)
    return kept


def _diagnostic(source: SourceFile, error: Any) -> Diagnostic:
    kind: str = error["type"]
    loc: tuple[str | int, ...] = tuple(error["loc"])
    path, rest = resolve_path(source.data, loc)
    where = ".".join(str(p) for p in path) or "the top level"
    value_input = error.get("input")
    ctx = error.get("ctx") or {}

    if kind == "missing":
        missing = str(rest[-1]) if rest else str(loc[-1])
        pos = source.pos(path)
        if missing in _LANG_NAMES:
            return Diagnostic(pos, "missing-translation", f"'{where}' has no {_LANG_NAMES[missing]} text",
                              f"add `{missing}: ...` under `{path[-1] if path else where}`")
        return Diagnostic(pos, "missing-field", f"'{where}' needs a '{missing}' field",
                          f"add `{missing}: ...` here")
    if kind == "extra_forbidden":
        name = str(path[-1]) if path else str(loc[-1])
        close = difflib.get_close_matches(name, sorted(_all_field_names()), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "remove it, or check the spelling"
        return Diagnostic(source.key_pos(path), "unknown-field", f"unknown field '{name}'", hint)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        expected = str(ctx.get("expected_tags") or ", ".join(f"'{k}'" for k in STEP_CLASSES))
        if kind == "union_tag_not_found":
            return Diagnostic(source.pos(path), "missing-kind", "this step has no 'kind'",
                              f"add `kind:` with one of: {expected}")
        return Diagnostic(source.pos((*path, "kind")), "unknown-kind",
                          f"unknown step kind {ctx.get('tag')!r}", f"use one of: {expected}")
    pos = source.pos(path)
    if kind == "string_type" and isinstance(value_input, bool):
        word = source.bool_words.get(path, "yes/no/on/off")
        return Diagnostic(pos, "yaml-boolean", f"'{word}' was read as true/false, but text is expected here",
                          f"quote it: \"{word}\" (YAML reads unquoted yes/no/on/off as true/false)")
    if kind == "string_too_short" and path and path[-1] in _LANG_NAMES:
        return Diagnostic(pos, "missing-translation", f"'{where}' is empty",
                          f"write the {_LANG_NAMES[str(path[-1])]} text")
    if kind == "string_pattern_mismatch" and path and path[-1] == "color":
        return Diagnostic(pos, "bad-value", f"{value_input!r} is not a colour",
                          "write # and six hex digits in quotes, e.g. \"#f2b880\" (# alone starts a comment)")
    if kind == "string_pattern_mismatch":
        return Diagnostic(pos, "bad-id", f"{value_input!r} is not a valid id or target",
                          "ids use lowercase letters, digits, - and _; targets are `step` or `chapter.step`")
    if kind in ("too_short", "too_long"):
        return _count_diagnostic(pos, path, kind, ctx)
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return Diagnostic(pos, "wrong-type", f"'{where}': {error['msg'].lower()} (found {_describe(value_input)})",
                          _type_hint(kind))
    return Diagnostic(pos, "bad-value", f"'{where}': {error['msg']}", "")


def _count_diagnostic(pos: Any, path: Path_, kind: str, ctx: dict[str, Any]) -> Diagnostic:
    found = ctx.get("actual_length")
    name = str(path[-1]) if path else "list"
    if name == "answers":
        code, what = "quiz-answer-count", "a quiz needs 2 to 4 answers"
    elif name == "options":
        code, what = "choice-option-count", "a choice needs 2 to 4 options"
    elif name == "steps":
        code, what = "no-steps", "a chapter needs at least one step"
    else:
        code, what = "item-count", f"'{name}' has too {'few' if kind == 'too_short' else 'many'} items"
    return Diagnostic(pos, code, f"{what} (found {found})" if found is not None else what, "")


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"true/false ({value})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


def _type_hint(kind: str) -> str:
    if kind == "string_type":
        return "put the text in quotes"
    if kind == "scalar_type":
        return "write true/false, a whole number, or text"
    if kind in ("dict_type", "model_type"):
        return "this needs `name: value` lines indented under it"
    if kind == "list_type":
        return "this needs a list: lines starting with `- `"
    return "check the step kinds under 'Writing chapters' in README.md"
