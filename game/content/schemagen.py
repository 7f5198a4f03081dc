"""JSON Schemas of the YAML files, generated from the pydantic models, for editors (yaml-language-server)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema

from game.content.modeline import schema_line  # noqa: F401  (re-exported: the line names these files)
from game.content.schema import ChapterSpec, MinigamesSpec, RegionSpec, StorySpec
from game.content.schema_facts import KIND_WORDS, STEP_KINDS, Facts, enums, read_facts

SCHEMA_DIR = Path("docs/schema")
STORY_DIR = Path("story")

# schema file name → the model it describes
MODELS: dict[str, type[BaseModel]] = {
    "chapter.schema.json": ChapterSpec,
    "story.schema.json": StorySpec,
    "region.schema.json": RegionSpec,
    "minigames.schema.json": MinigamesSpec,
}


class _TitledSchema(GenerateJsonSchema):
    """Give every property a title, also those that only point to another definition."""

    def field_title_should_be_set(self, schema: core_schema.CoreSchema | core_schema.ModelField | object) -> bool:
        return True


def schema_texts(story_dir: str | Path | None = STORY_DIR) -> dict[str, str]:
    """The JSON text of each schema file, by file name (stable: regenerating gives the same text).

    Names the story defines (speakers, chapters, prizes, pools, regions) and the examples come from
    `story_dir`; without it, only the engine's own names (kinds, expressions, backdrops, tags, icons, games).
    """
    facts = read_facts(story_dir)
    sets = enums(facts)
    texts = {}
    for name, model in MODELS.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  **model.model_json_schema(by_alias=True, schema_generator=_TitledSchema)}
        defs = schema.get("$defs", {})
        for model_name, definition in [(model.__name__, schema), *defs.items()]:
            _know_fields(model_name, definition, sets, facts, defs)
        if model is ChapterSpec:
            schema["properties"]["steps"]["items"] = _steps_by_kind(schema["properties"]["steps"]["items"])
        if model is MinigamesSpec:
            schema["propertyNames"] = {"enum": sets[("MinigamesSpec", "games")]}
        texts[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return texts


def _know_fields(model_name: str, definition: dict[str, Any], sets: dict[tuple[str, str], list[str]],
                 facts: Facts, defs: dict[str, Any]) -> None:
    """Put the project's names and real examples into one model's properties."""
    is_step = "kind" in definition.get("properties", {})
    for field_name, prop in definition.get("properties", {}).items():
        _drop_null(prop)
        names = sets.get((model_name, field_name)) or (sets.get(("*", field_name)) if is_step else None)
        if names:
            if prop.get("type") == "object":
                prop["propertyNames"] = {"enum": names}
            else:
                (prop.get("items", prop) if prop.get("type") == "array" else prop)["enum"] = names
        if model_name == "MinigameSpec" and field_name == "params":
            every = sorted({pool for pools in facts.pools.values() for pool in pools})
            prop["properties"] = {"pool": {"type": "string", "title": "Pool", "description": "Which content of "
                                           "minigames/*.yaml to play: a pool of this mini-game",
                                           **({"enum": every, "examples": every[:1]} if every else {})}}
        example = facts.examples.get((model_name, field_name))
        if example is None:  # the same field of another model, e.g. a goto's target for an option's
            same = _SAME_KIND.get(field_name, field_name)
            example = next((v for (_m, f), v in facts.examples.items() if f == same), None)
        if example is None:
            example = _example(field_name, prop, defs, depth=0)
        if example is not None:
            prop["examples"] = [example]
    if model_name == "MinigameSpec":
        definition["allOf"] = [
            {"if": {"properties": {"name": {"const": game}}, "required": ["name"]},
             "then": {"properties": {"params": {"properties": {"pool": {"enum": pools}}}}}}
            for game, pools in facts.pools.items() if pools]


_SAME_KIND = {"if": "condition", "else": "target"}  # fields that hold what another field of that name holds


def _drop_null(prop: dict[str, Any]) -> None:
    """`X or nothing` becomes X: leaving a field out is how writers say nothing; editors then offer X's values
    rather than 'null' and 'Default value', and show the field's title once."""
    options = prop.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
        kept = next(o for o in options if o != {"type": "null"})
        del prop["anyOf"]
        prop.update({k: v for k, v in kept.items() if k not in prop})
        if "default" in prop and prop["default"] is None:
            del prop["default"]


def _steps_by_kind(items: dict[str, Any]) -> dict[str, Any]:
    """A step: `kind` offered from every kind, then the fields of the kind written (with pydantic's `oneOf`,
    editors offer only the kind of the first schema that fits)."""
    mapping: dict[str, str] = items["discriminator"]["mapping"]
    return {
        "type": "object",
        "required": ["id", "kind"],
        "properties": {"kind": {"enum": list(STEP_KINDS), "title": "Kind", "examples": ["line"],
                                "description": "What this step does: " + "; ".join(
                                    f"`{k}` {KIND_WORDS[k]}" for k in STEP_KINDS),
                                "markdownEnumDescriptions": [KIND_WORDS[k] for k in STEP_KINDS]}},
        "allOf": [{"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]}, "then": {"$ref": ref}}
                  for kind, ref in mapping.items()],
    }


TEXT_EXAMPLE = {"ko": "어서 와요, 새 시간지기님!", "en": "Welcome, new time keeper!"}


def _example(name: str, prop: dict[str, Any], defs: dict[str, Any], depth: int) -> Any:
    """A small, valid-looking example value for a property schema (None when nothing sensible fits)."""
    if depth > 3:
        return None
    if "default" in prop and prop["default"] not in (None, [], {}):
        return prop["default"]
    if "$ref" in prop:
        target = prop["$ref"].rsplit("/", 1)[-1]
        if target == "TextSpec":
            return TEXT_EXAMPLE
        definition = defs.get(target, {})
        return {key: _example(key, sub, defs, depth + 1) for key, sub in definition.get("properties", {}).items()
                if key in definition.get("required", [])} or None
    for option in prop.get("anyOf", []):
        if option.get("type") != "null":
            return _example(name, option, defs, depth + 1)
    kind = prop.get("type")
    if kind == "string":
        if "enum" in prop:
            return prop["enum"][0]
        if "const" in prop:
            return prop["const"]
        return None  # the story gives real examples; a made-up id would only mislead
    if kind == "boolean":
        return True
    if kind == "integer":
        return 1
    if kind == "array":
        item = _example(name, prop.get("items", {}), defs, depth + 1)
        return [] if item is None else [item]
    if kind == "object":
        return {}
    return None


def write_schemas(out_dir: str | Path = SCHEMA_DIR, story_dir: str | Path | None = STORY_DIR) -> list[Path]:
    """Write every schema file into `out_dir`, with the names of the story in `story_dir`; returns the paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts(story_dir).items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
