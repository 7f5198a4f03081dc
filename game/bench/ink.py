"""`check` against inkjs's compiler: the same generated story in our YAML (both languages) and in ink, whole processes.

Each of the N scenes has six lines, a line that depends on a variable and a three-way choice that sets
variables. Both tools read the story from disk, parse it, check it and write or report their result; each
run is a fresh process (interpreter or node start-up included, as a writer sees it), taking turns.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

INKJS_VERSION = "2.4.0"
VARIABLES = ("courage", "kindness", "calm")
LINES_PER_SCENE = 6
SCENES_PER_CHAPTER = 100


def write_yaml_story(folder: Path, scenes: int) -> Path:
    """Our story of `scenes` scenes (Korean and English texts), `SCENES_PER_CHAPTER` a chapter; returns the folder.

    Chapters, because the loader refuses a file of more than 20,000 values, as writers' chapters are.
    """
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    parts = [range(first, min(first + SCENES_PER_CHAPTER, scenes + 1))
             for first in range(1, scenes + 1, SCENES_PER_CHAPTER)]
    ids = [f"part-{index}" for index in range(1, len(parts) + 1)]
    (folder / "story.yaml").write_text(
        'title: {ko: "긴 이야기", en: "A Long Story"}\n'
        f"chapters: [{', '.join(ids)}]\n"
        'characters:\n  owl: {name: {ko: "부엉이", en: "Owl"}, color: "#8fb8de"}\n'
        "variables:\n" + "".join(f"  {name}: 0\n" for name in VARIABLES), encoding="utf-8")
    for chapter, numbers in zip(ids, parts, strict=True):
        out = [f'id: {chapter}\ntitle: {{ko: "장면들", en: "Scenes"}}\nintro: {{ko: "시작해요.", en: "It begins."}}\n'
               'outro: {ko: "끝났어요.", en: "It is over."}\nsteps:\n']
        for n in numbers:
            out.append(_yaml_scene(n))
        if chapter == ids[-1]:
            out.append('  - id: fin\n    kind: ending\n    title: {ko: "끝", en: "The End"}\n'
                       '    text: {ko: "잘했어요!", en: "Well done!"}\n')
        else:
            out.append("  - id: done\n    kind: chapter_end\n")
        (folder / f"{chapter}.yaml").write_text("".join(out), encoding="utf-8")
    return folder


def _yaml_scene(n: int) -> str:
    out = []
    for line in range(1, LINES_PER_SCENE + 1):
        out.append(f"  - id: s{n}-l{line}\n    kind: line\n    speaker: owl\n"
                   f'    text: {{ko: "{n}번째 장면의 {line}번째 줄이에요.", en: "Scene {n}, line {line}."}}\n')
    out.append(f'  - id: s{n}-if\n    kind: if\n    condition: "courage > kindness"\n'
               f"    target: s{n}-brave\n    else: s{n}-gentle\n")
    out.append(f'  - id: s{n}-brave\n    kind: line\n    text: {{ko: "용기가 나요.", en: "You feel brave."}}\n')
    out.append(f"  - id: s{n}-join\n    kind: goto\n    target: s{n}-pick\n")
    out.append(f'  - id: s{n}-gentle\n    kind: line\n    text: {{ko: "마음이 따뜻해요.", en: "You feel warm."}}\n')
    out.append(f"  - id: s{n}-pick\n    kind: choice\n"
               '    prompt: {ko: "어떻게 할까요?", en: "What will you do?"}\n    options:\n')
    for index, name in enumerate(VARIABLES):
        out.append(f"      - id: o{index}\n        text: {{ko: \"{name} 고르기\", en: \"Pick {name}\"}}\n"
                   f'        set: {{{name}: "{name} + 1"}}\n')
    return "".join(out)


def write_ink_story(path: Path, scenes: int) -> Path:
    """The same story in ink (English only: ink has no second language for a line); returns the file."""
    out = [f"VAR {name} = 0\n" for name in VARIABLES]
    out.append("-> scene_1\n")
    for n in range(1, scenes + 1):
        out.append(f"=== scene_{n} ===\n")
        out += [f"Owl: Scene {n}, line {line}.\n" for line in range(1, LINES_PER_SCENE + 1)]
        out.append("{courage > kindness: You feel brave.|You feel warm.}\n")
        following = f"scene_{n + 1}" if n < scenes else "finale"
        for name in VARIABLES:
            out.append(f"* [Pick {name}]\n    ~ {name} = {name} + 1\n    -> {following}\n")
    out.append("=== finale ===\nWell done!\n-> END\n")
    path.write_text("".join(out), encoding="utf-8")
    return path


def install_inkjs(folder: Path) -> Path | None:
    """inkjs's compiler installed with npm into `folder`; None when node or npm is missing or npm fails."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None
    compiler = folder / "node_modules" / ".bin" / "inkjs-compiler"
    if not compiler.exists():
        done = subprocess.run(["npm", "install", "--prefix", str(folder), f"inkjs@{INKJS_VERSION}", "--no-audit",
                               "--no-fund", "--silent"], capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or not compiler.exists():
            return None
    return compiler


@dataclass(frozen=True)
class Race:
    """Median seconds of whole-process runs of both tools on one story size, and their spreads."""

    scenes: int
    check: float
    ink: float
    check_spread: str
    ink_spread: str


def _seconds(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {(done.stderr or done.stdout)[-800:]}")
    return elapsed


def race(scratch: Path, compiler: Path, scenes: int, runs: int) -> Race:
    """Generate both stories of `scenes` scenes and time `check` and inkjs `runs` times each, taking turns."""
    yaml_dir = write_yaml_story(scratch / f"yaml-{scenes}", scenes)
    ink_file = write_ink_story(scratch / f"story-{scenes}.ink", scenes)
    check_cmd = [sys.executable, "-m", "game", "check", "--quiet", str(yaml_dir)]
    ink_cmd = ["node", str(compiler), "-o", str(ink_file.with_suffix(".json")), str(ink_file)]
    root = Path(__file__).resolve().parents[2]
    _seconds(check_cmd, root)  # both once first: bytecode and file caches, as a writer's second run
    _seconds(ink_cmd, scratch)
    checks, inks = [], []
    for _ in range(runs):
        checks.append(_seconds(check_cmd, root))
        inks.append(_seconds(ink_cmd, scratch))
    return Race(scenes, statistics.median(checks), statistics.median(inks), _spread(checks), _spread(inks))


def _spread(values: list[float]) -> str:
    return f"{min(values):.2f}-{max(values):.2f} s"
