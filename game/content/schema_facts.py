"""What the editor should know about this story: the closed sets of names and a real example of every field.

The JSON Schemas (schemagen.py) are generated from the pydantic models, which know types but not the
project: which speakers, backdrops, chapters, pools or icons exist. This module reads them from the catalog
and the story folder, and puts them into a schema as `enum`s and `examples`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from game import catalog
from game.story import STEP_CLASSES

STEP_KINDS: tuple[str, ...] = tuple(STEP_CLASSES)
KIND_WORDS = {
    "line": "a line of dialogue or narration", "choice": "the player picks one of 2 to 4 options",
    "quiz": "a question with right and wrong answers", "set": "change variables (nothing is shown)",
    "if": "jump when a condition holds (nothing is shown)", "goto": "jump to another step (nothing is shown)",
    "award": "give a badge or a time piece", "minigame": "play a mini-game",
    "chapter_end": "finish the chapter: its outro, then the next chapter", "ending": "an ending of the whole story",
}


@dataclass
class Facts:
    """The names a story may use, and for each (model, field) the first value the real story gives it."""

    speakers: list[str] = field(default_factory=list)
    chapters: list[str] = field(default_factory=list)
    badges: list[str] = field(default_factory=list)
    time_pieces: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    variables: list[str] = field(default_factory=list)
    pools: dict[str, list[str]] = field(default_factory=dict)  # mini-game → its pools
    examples: dict[tuple[str, str], Any] = field(default_factory=dict)


def read_facts(story_dir: str | Path | None) -> Facts:
    """The facts of the story in `story_dir` (just the catalog's when None or unreadable)."""
    facts = Facts(pools={name: [] for name in catalog.MINIGAMES})
    if story_dir is None or not Path(story_dir).is_dir():
        return facts
    from game.content.compile import read_project  # local: schemagen is imported by the CLI's help

    project, _diagnostics = read_project(story_dir)
    if project is None:
        return facts
    story = project.story
    facts.speakers = list(story.characters)
    facts.chapters = [c.spec.id for c in project.ordered()]
    facts.badges, facts.time_pieces = list(story.badges), list(story.time_pieces)
    facts.variables = list(story.variables)
    facts.regions = sorted(spec.id for _src, spec in project.regions)
    for game in catalog.MINIGAMES:
        facts.pools[game] = sorted(project.pools(game))
    _collect(story, facts.examples)
    for chapter in project.ordered():
        _collect(chapter.spec, facts.examples)
    for _src, spec in project.regions:
        _collect(spec, facts.examples)
    for _src, minigames in project.minigames:
        for pools in minigames.root.values():
            for pool in pools.values():
                _collect(pool, facts.examples)
    return facts


def _collect(value: object, found: dict[tuple[str, str], Any]) -> None:
    """Record the first value written for each field of each model under `value`."""
    todo: list[object] = [value]
    while todo:
        current = todo.pop(0)
        if isinstance(current, BaseModel):
            name = type(current).__name__
            for field_name, info in type(current).model_fields.items():
                if field_name not in current.model_fields_set:
                    continue
                item = getattr(current, field_name)
                key = (name, info.alias or field_name)
                if key not in found and item not in (None, [], {}):
                    found[key] = _plain(item)
                todo.append(item)
        elif isinstance(current, list | tuple):
            todo.extend(current)
        elif isinstance(current, dict):
            todo.extend(current.values())


def _plain(value: object) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(by_alias=True, exclude_defaults=True)
    if isinstance(value, list):
        return [_plain(v) for v in value[:2]]  # an example, not the whole list
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in list(value.items())[:3]}
    return value


def enums(facts: Facts) -> dict[tuple[str, str], list[str]]:
    """(model, field) → the names that field may hold; `*` as model means every step kind."""
    games = list(catalog.MINIGAMES)
    results = sorted({r for info in catalog.MINIGAMES.values() for r in info.results})
    groups = sorted({g for info in catalog.MINIGAMES.values() for g in info.groups})
    sets: dict[tuple[str, str], list[str]] = {
        ("LineSpec", "expression"): list(catalog.EXPRESSIONS),
        ("LineSpec", "background"): list(catalog.BACKDROPS),
        ("*", "tags"): list(catalog.TAGS),
        ("MinigameSpec", "name"): games,
        ("MinigameSpec", "results"): results,
        ("MinigameItemSpec", "icon"): list(catalog.ICONS),  # per game: schemagen's `allOf` can't see the game
        ("MinigameItemSpec", "group"): groups,
        ("MinigamesSpec", "games"): games,
    }
    if facts.speakers:
        for model in ("LineSpec", "ChoiceSpec", "QuizSpec"):
            sets[(model, "speaker")] = facts.speakers
    if facts.chapters:
        sets[("ChapterEndSpec", "next")] = facts.chapters
        sets[("StorySpec", "chapters")] = facts.chapters
        sets[("StorySpec", "start")] = facts.chapters
    if facts.badges:
        sets[("AwardSpec", "badge")] = facts.badges
    if facts.time_pieces:
        sets[("AwardSpec", "time_piece")] = facts.time_pieces
    if facts.regions:
        sets[("StorySpec", "region")] = facts.regions
    return sets
