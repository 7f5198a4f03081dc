"""Export every player-visible text to a CSV for translators, and import their translations back.

Build-time only (needs ruamel.yaml from the `dev`/`web` extras): runtime modules never import this.

Each text gets a stable dotted id built from chapter, step, option and answer ids (list indexes only where
a list has no ids), e.g. `prologue.feeling-choice.options.excited.text` or `story.badges.safety-hand.name`.
Import parses each file with ruamel.yaml's round-trip composer, which knows where every scalar starts and
ends, and rewrites only the scalars whose text changed. Every other byte of the file (comments, key order,
quoting, flow mappings spread over two lines) stays exactly as it was.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.story import LANGS

SOURCE_LANG = "ko"
COLUMNS = ("id", "source", "translation", "context")


class StringsError(Exception):
    """A story file or CSV that cannot be exported or imported; the message says which and why."""


@dataclass(frozen=True)
class Entry:
    """One text: its id, file, Korean source, the node of each language present and a note for translators."""

    id: str
    file: Path
    source: str
    langs: dict[str, ScalarNode]
    context: str

    def text(self, lang: str) -> str:
        node = self.langs.get(lang)
        return "" if node is None else str(node.value)


@dataclass
class ImportReport:
    """What an import did: ids changed, ids not found, texts whose Korean changed since the export."""

    changed: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    missing_key: list[str] = field(default_factory=list)
    matched: int = 0
    files: list[Path] = field(default_factory=list)


def _yaml() -> YAML:
    return YAML(typ="rt")


def _story_files(folder: Path) -> list[tuple[Path, str, str]]:
    """Every story file with its kind and id prefix ('' for chapters, whose prefix is their `id`)."""
    if not (folder / "story.yaml").is_file():
        raise StringsError(f"{folder}/story.yaml does not exist: pass the story folder")
    files: list[tuple[Path, str, str]] = [(folder / "story.yaml", "story", "story")]
    files += [(p, "chapter", "") for p in sorted(folder.glob("*.yaml")) if p.name != "story.yaml"]
    files += [(p, "region", f"regions.{p.stem}") for p in sorted((folder / "regions").glob("*.yaml"))]
    files += [(p, "mini-game", f"minigames.{p.stem}") for p in sorted((folder / "minigames").glob("*.yaml"))]
    return files


def _file_entries(path: Path, kind: str, prefix: str, text: str) -> list[Entry]:
    root = _compose(path, text)
    if root is None:
        return []
    if not prefix:
        prefix = (_scalar(_get(root, "id")) if isinstance(root, MappingNode) else None) or path.stem
    walker = _Walker(path, kind)
    walker.walk(root, [prefix], None, [])
    return walker.entries


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _compose(path: Path, text: str) -> Node | None:
    try:
        return _yaml().compose(text)  # type: ignore[no-any-return]
    except YAMLError as exc:
        raise StringsError(f"{path}: the YAML cannot be read ({str(exc).splitlines()[0]}); "
                           "run `python -m game check` first") from exc


def _get(node: MappingNode, key: str) -> Node | None:
    for key_node, value in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return value  # type: ignore[no-any-return]
    return None


def _scalar(node: Node | None) -> str | None:
    return str(node.value) if isinstance(node, ScalarNode) else None


TEXT_EXTRAS = ("region",)  # a teacher note may say which region's guide it is for: not a language


def _is_text(node: MappingNode) -> bool:
    keys = [k.value if isinstance(k, ScalarNode) else None for k, _v in node.value]
    return (bool(keys) and SOURCE_LANG in keys and all(k in LANGS or k in TEXT_EXTRAS for k in keys)
            and all(isinstance(v, ScalarNode) for _k, v in node.value))


class _Walker:
    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind  # "chapter", "story", "region" or "mini-game"
        self.entries: list[Entry] = []
        self._seen: set[int] = set()  # aliases reuse a node: export it once

    def walk(self, node: Node, parts: list[str], step: MappingNode | None, field_parts: list[str]) -> None:
        if id(node) in self._seen:
            return
        if isinstance(node, MappingNode):
            if _is_text(node):
                self._seen.add(id(node))
                langs = {str(k.value): v for k, v in node.value if k.value not in TEXT_EXTRAS}
                self.entries.append(Entry(".".join(parts), self.path, str(langs[SOURCE_LANG].value), langs,
                                          self._context(step, field_parts)))
                return
            for key_node, value in node.value:
                if isinstance(key_node, ScalarNode):
                    key = str(key_node.value)
                    self.walk(value, [*parts, key], step, [*field_parts, key])
        elif isinstance(node, SequenceNode):
            used: set[str] = set()
            is_steps = step is None and self.kind == "chapter" and parts[1:] == ["steps"]
            for index, item in enumerate(node.value):
                item_id = _scalar(_get(item, "id")) if isinstance(item, MappingNode) else None
                name = item_id if item_id and item_id not in used and "." not in item_id else str(index)
                used.add(name)
                if is_steps and isinstance(item, MappingNode):
                    self.walk(item, [*parts[:-1], name], item, [])
                else:
                    self.walk(item, [*parts, name], step, [*field_parts, "item" if name.isdigit() else name])

    def _context(self, step: MappingNode | None, field_parts: list[str]) -> str:
        where = " ".join(field_parts)
        if step is None:
            return f"{self.kind}: {where}"
        kind = _scalar(_get(step, "kind")) or "?"
        speaker = _scalar(_get(step, "speaker"))
        who = f"speaker {speaker}" if speaker else ("narration" if kind == "line" else "no speaker")
        return f"{kind} step, {who}: {where}"


def collect(folder: str | Path) -> list[Entry]:
    """Every text in the story folder, in file order.

    Raises:
        StringsError: when a file cannot be read or two texts would get the same id.
    """
    entries: list[Entry] = []
    for path, kind, prefix in _story_files(Path(folder)):
        entries.extend(_file_entries(path, kind, prefix, _read(path)))
    seen: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in seen:
            raise StringsError(f"two texts would get the id '{entry.id}' ({seen[entry.id].file} and {entry.file}); "
                               "run `python -m game check` and fix duplicate ids first")
        seen[entry.id] = entry
    return entries


def export_csv(folder: str | Path, out: str | Path, lang: str) -> int:
    """Write one row per text to `out`; returns the number of rows."""
    entries = collect(folder)
    with Path(out).open("w", encoding="utf-8-sig", newline="") as handle:  # the mark: spreadsheets read UTF-8
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for entry in entries:
            writer.writerow([entry.id, entry.source, entry.text(lang), entry.context])
    return len(entries)


def read_csv(path: str | Path) -> list[dict[str, str]]:
    """The rows of a strings CSV (a UTF-8 byte order mark from spreadsheets is fine)."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("id", "translation") if c not in (reader.fieldnames or [])]
            if missing:
                raise StringsError(f"{path}: missing column(s) {', '.join(missing)}; expected {', '.join(COLUMNS)}")
            return [{k: v or "" for k, v in row.items() if k is not None} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise StringsError(f"{path}: cannot read the CSV ({exc})") from exc


def render(value: str, style: str | None) -> str:
    """`value` written as a YAML scalar: single-quoted stays single-quoted when it can; else double-quoted."""
    if style == "'" and value.isprintable():
        return "'" + value.replace("'", "''") + "'"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def _splice(text: str, node: ScalarNode, value: str) -> tuple[int, int, str]:
    start, end = node.start_mark.index, node.end_mark.index
    written = render(value, node.style)
    if node.style in ("|", ">"):  # a block scalar's span ends after its line breaks: keep them
        original = text[start:end]
        written += original[len(original.rstrip("\n")):] or ""
    return start, end, written


def import_csv(folder: str | Path, csv_path: str | Path, lang: str) -> ImportReport:
    """Write the translations in `csv_path` into the story files, changing only texts that differ.

    Raises:
        StringsError: when the CSV or a story file cannot be read, or an edit would break a file.
    """
    rows = read_csv(csv_path)
    entries = {entry.id: entry for entry in collect(folder)}
    kinds = {path: (kind, prefix) for path, kind, prefix in _story_files(Path(folder))}
    report = ImportReport()
    edits: dict[Path, list[tuple[Entry, str]]] = {}
    for row in rows:
        text_id = row.get("id", "").strip()
        if not text_id:
            continue
        entry = entries.get(text_id)
        if entry is None:
            report.unknown.append(text_id)
            continue
        report.matched += 1
        new = row.get("translation", "")
        if not new.strip():
            continue  # an empty cell means "not translated yet", never "delete the text"
        if "source" in row and row["source"] != entry.source:
            report.stale.append(text_id)
        if lang not in entry.langs:
            report.missing_key.append(text_id)
            continue
        if new != entry.text(lang):
            edits.setdefault(entry.file, []).append((entry, new))
    for path, changes in edits.items():
        text = _read(path)
        spans = sorted((_splice(text, entry.langs[lang], new) for entry, new in changes), reverse=True)
        for start, end, written in spans:
            text = text[:start] + written + text[end:]
        _verify(path, *kinds[path], text, {entry.id: new for entry, new in changes}, lang)
        path.write_bytes(text.encode("utf-8"))
        report.files.append(path)
        report.changed.extend(entry.id for entry, _new in changes)
    return report


def _verify(path: Path, kind: str, prefix: str, text: str, expected: dict[str, str], lang: str) -> None:
    """Re-read the edited file and make sure every changed text reads back exactly; else write nothing."""
    try:
        _yaml().load(text)
    except YAMLError as exc:
        raise StringsError(f"{path}: the edit would break the YAML ({exc}); nothing was written") from exc
    after = {entry.id: entry.text(lang) for entry in _file_entries(path, kind, prefix, text)}
    for text_id, value in expected.items():
        if after.get(text_id) != value:
            raise StringsError(f"{path}: '{text_id}' would not read back as written; nothing was written")
