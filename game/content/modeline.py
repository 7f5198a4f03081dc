"""Warn when a story file does not start with the line that tells editors which schema checks it.

Only where that schema exists (the story in this repository, or a copy next to its docs/schema), since the
line names it by a relative path.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from game.content.diagnostics import Diagnostic
from game.content.source import SourceFile
from game.story import SourcePos


def check_modelines(folder: Path, files: Iterable[SourceFile]) -> list[Diagnostic]:
    """A warning at line 1 of each file read whose first line is not its `# yaml-language-server` line."""
    found = []
    for source in files:
        if source.first_line is None:
            continue
        path = Path(source.name)
        wanted = schema_line(path.relative_to(folder))
        first = source.first_line.lstrip("\ufeff").rstrip()
        if first == wanted or not (path.parent / wanted.split("$schema=", 1)[1]).exists():
            continue  # right, or a story outside the repository: no schema beside it for the line to name
        wrong = first.startswith("# yaml-language-server:")
        found.append(Diagnostic(
            SourcePos(str(path), 1, 1), "no-modeline",
            "the first line names another schema" if wrong else "this file does not start with its schema line, "
            "so editors do not check or complete it",
            f"make this the first line: {wanted}", "warning"))
    return found


def schema_line(relative: Path) -> str:
    """The `# yaml-language-server` first line a story file (path relative to story/) should start with."""
    if relative.parts[0] == "regions":
        return "# yaml-language-server: $schema=../../docs/schema/region.schema.json"
    if relative.parts[0] == "minigames":
        return "# yaml-language-server: $schema=../../docs/schema/minigames.schema.json"
    name = "story" if relative.name == "story.yaml" else "chapter"
    return f"# yaml-language-server: $schema=../docs/schema/{name}.schema.json"
