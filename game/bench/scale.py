"""`check` time for the real story and for synthetic stories made of renamed copies of its chapters."""

from __future__ import annotations

import re
import shutil
import statistics
import time
from pathlib import Path

MANIFEST = "story.yaml"


def synthetic_story(source: Path, target: Path, factor: int) -> int:
    """Write a story `factor` times the size of `source` into `target`; returns its number of chapters.

    Every chapter but the last (which holds the ending) is copied `factor - 1` more times under new ids
    (`physical-c2`, ...), listed before the last chapter, so the story stays one valid path to one ending.
    """
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    manifest = (target / MANIFEST).read_text(encoding="utf-8")
    listed = re.search(r"^chapters:\n((?:  - .+\n)+)", manifest, re.M)
    if listed is None:
        raise ValueError(f"{source / MANIFEST} has no block list of chapters to copy")
    ids = [line.strip()[2:].strip() for line in listed.group(1).splitlines()]
    *body, last = ids
    order = list(body)
    for copy in range(2, factor + 1):
        for chapter in body:
            new_id = f"{chapter}-c{copy}"
            text = (target / f"{chapter}.yaml").read_text(encoding="utf-8")
            text = re.sub(rf"^id: {re.escape(chapter)}$", f"id: {new_id}", text, count=1, flags=re.M)
            (target / f"{new_id}.yaml").write_text(text, encoding="utf-8")
            order.append(new_id)
    order.append(last)
    block = "".join(f"  - {chapter}\n" for chapter in order)
    (target / MANIFEST).write_text(manifest.replace(listed.group(1), block, 1), encoding="utf-8")
    return len(order)


def check_seconds(story: Path, runs: int) -> tuple[float, int, int]:
    """(median seconds of a full check of `story`, its steps, its errors)."""
    from game.content.compile import read_project
    from game.content.diagnostics import Diagnostic

    times = []
    project = None
    diagnostics: list[Diagnostic] = []
    for _ in range(runs):
        started = time.perf_counter()
        project, diagnostics = read_project(story)
        times.append(time.perf_counter() - started)
    steps = sum(len(chapter.spec.steps) for chapter in project.chapters) if project is not None else 0
    errors = sum(1 for d in diagnostics if d.severity == "error")
    return statistics.median(times), steps, errors
