"""Fold follow-on errors into their root cause, so one mistake gives one error that names what it breaks."""

from __future__ import annotations

import dataclasses
from pathlib import PurePath

from game.content.diagnostics import Diagnostic
from game.content.project import Project

_BLOCKING = ("dead-end", "invisible-loop", "endless-loop", "loop-exit-closed")


def fold_follow_ons(project: Project, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Drop errors that only follow from another one, and name what they were in the root's message.

    - A chapter no path reaches because a chapter listed before it is missing, runs off its end or traps the
      player: folded into that first error, which then lists the chapters it cuts off.
    - Steps right after a loop the player cannot leave: folded into the loop's error.
    - A dead end at the chapter_end of a chapter story.yaml does not list: folded into `chapter-not-listed`.
    """
    keep = list(diagnostics)
    _fold_after_loops(project, keep)
    _fold_unlisted(project, keep)
    _fold_chapters(project, keep)
    return keep


def _replace(keep: list[Diagnostic], old: Diagnostic, new: Diagnostic) -> None:
    keep[keep.index(old)] = new


def _fold_chapters(project: Project, keep: list[Diagnostic]) -> None:
    listed = project.story.chapters
    missing: dict[str, Diagnostic] = {}
    for i, chapter_id in enumerate(listed):
        pos = project.story_source.pos(("chapters", i))
        found = next((d for d in keep if d.code == "unknown-chapter" and d.pos == pos), None)
        if found is not None:
            missing[chapter_id] = dataclasses.replace(
                found, hint=f"write a chapter file with `id: {chapter_id}`, or take "
                            f"'- {chapter_id}' out of this list ({found.hint})")
            _replace(keep, found, missing[chapter_id])
    root: Diagnostic | None = None
    cut_off: list[str] = []

    def close() -> None:
        if root is not None and cut_off:
            names = ", ".join(cut_off)
            grown = dataclasses.replace(root, message=f"{root.message}, so no path reaches the chapter(s) after "
                                                      f"it: {names}")
            _replace(keep, root, grown)

    for chapter_id in listed:
        if chapter_id in missing:
            close()
            root, cut_off = missing[chapter_id], []
            continue
        chapter = project.chapter(chapter_id)
        if chapter is None:  # a chapter file that failed validation: its own errors say why
            close()
            root, cut_off = None, []
            continue
        name, id_pos = chapter.source.name, chapter.source.pos(("id",))
        unreachable = next((d for d in keep if d.pos == id_pos and d.code == "unreachable-step"), None)
        if unreachable is not None and root is not None:
            keep.remove(unreachable)
            cut_off.append(chapter_id)
            continue
        close()
        cut_off = []
        if unreachable is not None:
            root = unreachable  # cut off by a `next:` elsewhere: the chapters after it follow from this one
            continue
        blocking = sorted(d for d in keep if d.pos.file == name and d.code in _BLOCKING)
        root = blocking[-1] if blocking else None
    close()


def _fold_after_loops(project: Project, keep: list[Diagnostic]) -> None:
    from game.content.lint_loops import LOOP_CODES, find_loops

    loops = find_loops(project) if any(d.code in LOOP_CODES for d in keep) else []
    for loop in loops:
        chapter = loop.chapter
        cid = chapter.spec.id
        last = max(i for i, sid in chapter.step_ids() if f"{cid}.{sid}" in loop.members)
        after: list[str] = []
        for i in range(last + 1, len(chapter.spec.steps)):
            pos = chapter.source.pos(("steps", i))
            found = next((d for d in keep if d.code == "unreachable-step" and d.pos == pos), None)
            if found is None:
                break
            keep.remove(found)
            after.append(chapter.id_at(i) or f"step {i + 1}")
        if after:
            original = loop.diagnostic()
            if original in keep:
                _replace(keep, original, dataclasses.replace(
                    original, message=f"{original.message}, so the step(s) after it can never be reached: "
                                      f"{', '.join(after)}",
                    hint=f"{original.hint} (did you mean to go on to '{after[0]}'?)"))


def _fold_unlisted(project: Project, keep: list[Diagnostic]) -> None:
    for chapter in project.chapters:
        if chapter.spec.id in project.story.chapters:
            continue
        name = chapter.source.name
        for d in [d for d in keep if d.pos.file == name and d.code == "dead-end"]:
            keep.remove(d)
        listed = next((d for d in keep if d.pos.file == name and d.code == "chapter-not-listed"), None)
        if listed is not None:
            _replace(keep, listed, dataclasses.replace(
                listed, message=f"{listed.message}, so no path leads to it",
                hint=f"{listed.hint} in {PurePath(project.story_source.name).name}, where it comes in the order "
                     "of play"))
