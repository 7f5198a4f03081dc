"""Start-up: process start to the first frame of the built game, against a bare pygame window and one flip."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from game.loop import FIRST_FRAME_ONLY
from game.story import Story

ROOT = Path(__file__).resolve().parents[2]
BARE_WINDOW = ("import pygame; pygame.init(); pygame.display.set_mode((1280, 720)); pygame.display.flip()")
# Printed by the child itself: its own high-water mark (see `game.bench.memory.peak_rss_mb`).
PEAK_MEMORY = ("import sys\nfor line in open('/proc/self/status'):\n"
               "    if line.startswith('VmHWM:'): print('PEAK_MB', int(line.split()[1]) / 1e3, file=sys.stderr)")


def stage_game(story: Story, folder: Path) -> Path:
    """The game as the browser gets it: main.py, runtime modules, story.json, sounds and the fonts."""
    from game.webbuild.stage import stage

    stage(story, folder)
    for font in (ROOT / "assets" / "fonts").glob("*.ttf"):  # full fonts: subsetting needs the web extras
        shutil.copyfile(font, folder / "assets" / "fonts" / font.name)
    return folder


def headless_env() -> dict[str, str]:
    """This environment with SDL's dummy drivers and no user site, as a child process gets it."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    env.pop("PYTHONPATH", None)
    return env


def wall_seconds(command: list[str], cwd: Path, env: dict[str, str], runs: int) -> float:
    """Median wall time of `runs` runs of `command` from process start to exit.

    Raises:
        RuntimeError: the command failed (its error output is included).
    """
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-800:]}")
    return statistics.median(times)


def startup_seconds(game: Path, runs: int) -> tuple[float, float]:
    """(the built game's process start → first frame shown, a bare pygame window + flip), median seconds."""
    env = headless_env()
    bare = wall_seconds([sys.executable, "-c", BARE_WINDOW], game, env, runs)
    env[FIRST_FRAME_ONLY] = "1"
    first = wall_seconds([sys.executable, "main.py"], game, env, runs)
    return first, bare


def playthrough_peak_mb(game: Path) -> tuple[float, float]:
    """(peak memory of the built game played to its ending by the scripted player, of a bare pygame window), MB."""
    env = headless_env()
    env["TIME_STOPPED_HOME"] = str(game / "home")
    script = ("import runpy, os; os.environ['TIME_STOPPED_AUTOPLAY'] = '1'\n"
              "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
              "finally:\n" + "\n".join("    " + line for line in PEAK_MEMORY.splitlines()) + "\n")
    game_peak = _peak_mb([sys.executable, "-c", script], game, env)
    bare_peak = _peak_mb([sys.executable, "-c", BARE_WINDOW + "\n" + PEAK_MEMORY], game, env)
    return game_peak, bare_peak


def _peak_mb(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or "PEAK_MB" not in done.stderr:
        raise RuntimeError(f"{' '.join(command[:2])} failed ({done.returncode}): {done.stderr[-800:]}")
    return float(done.stderr.split("PEAK_MB", 1)[1].split()[0])
