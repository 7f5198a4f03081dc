"""Checks on data around the chapters: lesson tags, mini-game pools, regions, and {placeholders} in texts."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator

from pydantic import BaseModel, RootModel

from game import catalog
from game.content.diagnostics import Diagnostic
from game.content.project import Project
from game.content.schema import MinigamePoolSpec, MinigameSpec, TextSpec
from game.content.source import Path_, SourceFile
from game.placeholders import names as placeholder_names

_DIGITS = re.compile(r"\d[\d -]*\d|\d")


def _hint(what: str, names: list[str], wrong: str) -> str:
    close = difflib.get_close_matches(wrong, names, n=1)
    return (f"did you mean '{close[0]}'? " if close else "") + f"known {what}: {', '.join(names) or '(none)'}"


def check_tags(project: Project) -> Iterator[Diagnostic]:
    """Every lesson tag on a step is one the content tests know."""
    for chapter in project.chapters:
        for i, step in chapter.valid_steps():
            for j, tag in enumerate(step.tags):
                if tag not in catalog.TAGS:
                    yield Diagnostic(chapter.source.pos(("steps", i, "tags", j)), "unknown-tag",
                                     f"unknown lesson tag '{tag}'", _hint("tags", list(catalog.TAGS), tag))


def check_minigame_pools(project: Project) -> Iterator[Diagnostic]:
    """Each mini-game step names a pool that exists in minigames/*.yaml, and every pool fits its game."""
    for chapter in project.chapters:
        for i, step in chapter.valid_steps():
            if not isinstance(step, MinigameSpec) or step.name not in catalog.MINIGAMES:
                continue
            pool = step.params.get("pool")
            known = sorted(project.pools(step.name))
            if not isinstance(pool, str):
                yield Diagnostic(chapter.source.pos(("steps", i, "params")), "unknown-pool",
                                 f"mini-game '{step.name}' needs `params: {{pool: NAME}}`",
                                 _hint(f"pools of {step.name} in minigames/*.yaml", known, ""))
            elif pool not in known:
                yield Diagnostic(chapter.source.pos(("steps", i, "params", "pool")), "unknown-pool",
                                 f"minigames/*.yaml has no pool '{pool}' for '{step.name}'",
                                 _hint(f"pools of {step.name}", known, pool))
    seen: dict[tuple[str, str], str] = {}
    for src, spec in project.minigames:
        yield from _check_pool_contents(src, spec)
        for game, pools in spec.root.items():
            for name in pools:
                if (game, name) in seen:
                    yield Diagnostic(src.key_pos((game, name)), "duplicate-id",
                                     f"pool '{name}' of '{game}' is also in {seen[(game, name)]}",
                                     "give each pool its own name")
                seen[(game, name)] = src.name


def _check_pool_contents(src: SourceFile, spec: RootModel[dict[str, dict[str, MinigamePoolSpec]]]
                         ) -> Iterator[Diagnostic]:
    for game, pools in spec.root.items():
        info = catalog.MINIGAMES.get(game)
        if info is None:
            yield Diagnostic(src.key_pos((game,)), "unknown-minigame", f"no mini-game '{game}'",
                             _hint("mini-games", list(catalog.MINIGAMES), game))
            continue
        for name, pool in pools.items():
            here: Path_ = (game, name)
            if (info.uses_questions and not pool.questions) or (not info.uses_questions and not pool.items):
                what = "questions" if info.uses_questions else "items"
                yield Diagnostic(src.pos(here), "minigame-empty", f"pool '{name}' of '{game}' has no {what}",
                                 f"'{game}' plays with a list of {what}")
            items = [((*here, "items", k), item.group) for k, item in enumerate(pool.items)]
            for q, question in enumerate(pool.questions):
                items += [((*here, "questions", q, "items", k), item.group) for k, item in enumerate(question.items)]
            yield from _check_icons(src, pool, here, game, info.icons)
            for path, group in items:
                if group not in info.groups:
                    yield Diagnostic(src.pos((*path, "group")), "unknown-group",
                                     f"'{game}' has no group '{group}'", _hint("groups", list(info.groups), group))


def _check_icons(src: SourceFile, pool: MinigamePoolSpec, here: Path_, game: str,
                 icons: tuple[str, ...]) -> Iterator[Diagnostic]:
    """An `icon:` names a picture its game can draw; an unknown one would silently show a star (or nothing)."""
    items = [((*here, "items", k), item.icon) for k, item in enumerate(pool.items)]
    for q, question in enumerate(pool.questions):
        items += [((*here, "questions", q, "items", k), item.icon) for k, item in enumerate(question.items)]
    for path, icon in items:
        if icon is not None and not icons:
            yield Diagnostic(src.pos((*path, "icon")), "unknown-icon", f"'{game}' shows no item icons",
                             "remove `icon:` here")
        elif icon is not None and icon not in icons:
            yield Diagnostic(src.pos((*path, "icon")), "unknown-icon", f"'{game}' has no icon '{icon}'",
                             _hint(f"icons of {game}", list(icons), icon)
                             + ("" if game == "spot-the-signs" else
                                " (leave `icon:` out to show the picture of the item's group)"))


def check_regions(project: Project) -> Iterator[Diagnostic]:
    """The default region has a file, and no two region files share an id."""
    ids = [spec.id for _src, spec in project.regions]
    if ids and project.story.region not in ids:
        yield Diagnostic(project.story_source.pos(("region",)), "unknown-region",
                         f"no regions/*.yaml file has id '{project.story.region}'",
                         _hint("regions", ids, project.story.region))
    seen: set[str] = set()
    for src, spec in project.regions:
        if spec.id in seen:
            yield Diagnostic(src.pos(("id",)), "duplicate-id", f"region '{spec.id}' is defined twice",
                             "keep one file per region")
        seen.add(spec.id)


def check_placeholders(project: Project) -> Iterator[Diagnostic]:
    """`{name}` placeholders exist in every region, and no helpline number is typed out by hand."""
    keys: set[str] | None = None
    numbers: dict[str, str] = {}
    for _src, region in project.regions:
        region_keys = set(region.numbers) | {f"{k}.name" for k in region.numbers}
        region_keys |= {f"{k}.note" for k, n in region.numbers.items() if n.note}
        keys = region_keys if keys is None else keys & region_keys
        for key, number in region.numbers.items():
            if number.number is not None:
                numbers.setdefault(re.sub(r"\D", "", number.number), key)
    known = sorted(keys or ())
    for src, path, text in _all_texts(project):
        for lang in ("ko", "en"):
            value = getattr(text, lang)
            for name, offset in placeholder_names(value):
                if name not in known:
                    yield Diagnostic(src.inside((*path, lang), offset), "unknown-placeholder",
                                     f"{{{name}}} is not a helpline every region has",
                                     _hint("placeholders", [f"{{{k}}}" for k in known], f"{{{name}}}"))
            for match in _DIGITS.finditer(value):
                number_key = numbers.get(re.sub(r"\D", "", match.group()))
                if number_key is not None and not _inside_placeholder(value, match.start()):
                    yield Diagnostic(src.inside((*path, lang), match.start()), "number-not-placeholder",
                                     f"'{match.group()}' is a helpline number typed out",
                                     f"write {{{number_key}}} so it follows the player's region")


def _inside_placeholder(text: str, offset: int) -> bool:
    return text.rfind("{", 0, offset) > text.rfind("}", 0, offset)


def _all_texts(project: Project) -> Iterator[tuple[SourceFile, Path_, TextSpec]]:
    for path, text in _walk(project.story, ()):
        yield project.story_source, path, text
    for chapter in project.chapters:
        if chapter.spec.id in project.partial_chapters:
            continue
        for path, text in _walk(chapter.spec, ()):
            yield chapter.source, path, text
    for src, spec in project.minigames:
        for path, text in _walk(spec.root, ()):
            yield src, path, text


def _walk(value: object, path: Path_) -> Iterator[tuple[Path_, TextSpec]]:
    """Every `TextSpec` under `value`, with its path as written in the YAML."""
    if isinstance(value, TextSpec):
        yield path, value
        return
    if isinstance(value, list | tuple):
        items: Iterable[tuple[str | int, object]] = enumerate(value)
    elif isinstance(value, dict):
        items = value.items()
    elif isinstance(value, BaseModel):
        items = ((info.alias or name, getattr(value, name)) for name, info in type(value).model_fields.items())
    else:
        return
    for key, item in items:
        if isinstance(item, _CONTAINERS):  # not into the many plain values: this walk runs over every file
            yield from _walk(item, (*path, key))


_CONTAINERS = (BaseModel, list, tuple, dict)
