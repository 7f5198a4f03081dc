"""JSON Schemas of the YAML files, generated from the pydantic models, for editors (yaml-language-server)."""

from __future__ import annotations

import json
from pathlib import Path

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
        texts[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return texts


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
