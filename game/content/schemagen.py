"""JSON Schemas of the YAML files, generated from the pydantic models, for editors (yaml-language-server)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema

from game.content.schema import ChapterSpec, MinigamesSpec, RegionSpec, StorySpec

SCHEMA_DIR = Path("docs/schema")

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


def schema_texts() -> dict[str, str]:
    """The JSON text of each schema file, by file name (stable: regenerating gives the same text)."""
    texts = {}
    for name, model in MODELS.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  **model.model_json_schema(by_alias=True, schema_generator=_TitledSchema)}
        _add_examples(schema, schema.get("$defs", {}))
        texts[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return texts


TEXT_EXAMPLE = {"ko": "어서 와요, 새 시간지기님!", "en": "Welcome, new time keeper!"}


def _add_examples(node: object, defs: dict[str, Any]) -> None:
    """Give every property without examples one, made from its type, so editors can show what to write."""
    if isinstance(node, list):
        for item in node:
            _add_examples(item, defs)
        return
    if not isinstance(node, dict):
        return
    for name, prop in node.get("properties", {}).items():
        if isinstance(prop, dict) and "examples" not in prop:
            example = _example(name, prop, defs, depth=0)
            if example is not None:
                prop["examples"] = [example]
    for value in node.values():
        _add_examples(value, defs)


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
        return {"id": "meet-guide", "target": "see-haneul", "condition": "courage >= 2", "speaker": "grandma",
                "number": "112", "color": "#e0a458", "source": "BRIEF §1.4"}.get(name, "meet-guide")
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


def write_schemas(out_dir: str | Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema file into `out_dir`; returns the paths written."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def schema_line(relative: Path) -> str:
    """The `# yaml-language-server` first line a story file (path relative to story/) should start with."""
    if relative.parts[0] == "regions":
        return "# yaml-language-server: $schema=../../docs/schema/region.schema.json"
    if relative.parts[0] == "minigames":
        return "# yaml-language-server: $schema=../../docs/schema/minigames.schema.json"
    name = "story" if relative.name == "story.yaml" else "chapter"
    return f"# yaml-language-server: $schema=../docs/schema/{name}.schema.json"
