"""Turn pydantic validation errors into `Diagnostic`s pointing at the YAML node, with friendly words."""

from __future__ import annotations

import difflib
from typing import Any, get_args

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


def name_of(data: Any, path: Path_) -> str:
    """How writers find `path`: by ids where the lists have them, e.g. `prologue.meet-guide.text`."""
    parts: list[str] = []
    current = data
    if isinstance(data, dict) and isinstance(data.get("id"), str) and isinstance(data.get("steps"), list):
        parts.append(data["id"])  # a chapter: its id first, as targets in other chapters write it
    for part in path:
        if isinstance(part, int) and isinstance(current, list) and 0 <= part < len(current):
            item = current[part]
            ident = item.get("id") if isinstance(item, dict) else None
            parts.append(ident if isinstance(ident, str) and ident else f"#{part + 1}")
            current = item
            continue
        parts.append(str(part))
        current = current.get(part) if isinstance(current, dict) else None
    if len(parts) > 1 and parts[1:2] == ["steps"] and len(parts) > 2:
        del parts[1]  # `prologue.meet-guide.text`, not `prologue.steps.meet-guide.text`
    return ".".join(parts) or "the top level"


def _diagnostic(source: SourceFile, error: Any) -> Diagnostic:
    kind: str = error["type"]
    loc: tuple[str | int, ...] = tuple(error["loc"])
    path, rest = resolve_path(source.data, loc)
    where = name_of(source.data, path) if path else "the top level"
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
        allowed = _fields_here(loc)
        if allowed and name in _all_field_names():
            step_kind = next((str(p) for p in loc if isinstance(p, str) and p in STEP_CLASSES), None)
            what = f"a `{step_kind}` step" if step_kind else f"'{name_of(source.data, path[:-1])}'"
            return Diagnostic(source.key_pos(path), "unknown-field", f"{what} has no field '{name}'",
                              f"its fields are: {', '.join(allowed)}")
        close = difflib.get_close_matches(name, allowed or sorted(_all_field_names()), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "remove it, or check the spelling"
        if allowed:
            hint += f" (fields here: {', '.join(allowed)})"
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
        needs = _NEEDS.get(kind, "a different kind of value")
        if kind == "model_type" and ctx.get("class_name") == "TextSpec":
            return Diagnostic(pos, "wrong-type", f"'{where}' needs a text in both languages, Korean and English "
                                                 f"(found {_describe(value_input)})",
                              "write it as two lines indented under it, `ko: \"...\"` and `en: \"...\"`, or as "
                              "{ko: \"...\", en: \"...\"}")
        return Diagnostic(pos, "wrong-type", f"'{where}' needs {needs} (found {_describe(value_input)})",
                          _type_hint(kind))
    return Diagnostic(pos, "bad-value", f"'{where}': {error['msg']}", "")


_NEEDS = {
    "string_type": "a text", "int_type": "a whole number", "int_parsing": "a whole number",
    "int_from_float": "a whole number", "bool_type": "true or false", "bool_parsing": "true or false",
    "dict_type": "`name: value` lines under it", "model_type": "`name: value` lines under it",
    "list_type": "a list", "scalar_type": "true/false, a whole number or text",
}


def _fields_here(loc: tuple[str | int, ...]) -> list[str]:
    """The fields the model at `loc` (without its last part) accepts, for a step or the chapter itself."""
    from game.content import schema  # local: avoids an import cycle at module load

    step_kind = next((p for p in loc[:-1] if isinstance(p, str) and p in STEP_CLASSES), None)
    model: type[BaseModel] | None = None
    if step_kind is not None and loc[-2:-1] == (step_kind,):
        model = next((m for m in vars(schema).values() if isinstance(m, type) and issubclass(m, BaseModel)
                      and "kind" in m.model_fields and get_args(m.model_fields["kind"].annotation) == (step_kind,)),
                     None)
    elif len(loc) == 1:
        return []
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


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
    if kind.startswith("int"):
        return "write a whole number without quotes, e.g. 1"
    if kind.startswith("bool"):
        return "write true or false without quotes"
    return "compare it with the step kinds in docs/AUTHORING.md"
