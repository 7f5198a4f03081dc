"""Start-up: process start to the first frame of the built game, against a bare pygame window and one flip."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from game.loop import FIRST_FRAME_ONLY

BARE_WINDOW = ("import pygame; pygame.init(); pygame.display.set_mode((1280, 720)); pygame.display.flip()")
# The same, saying when its frame was shown, as the game does under FIRST_FRAME_ONLY (game/loop.py).
BARE_FIRST_FRAME = BARE_WINDOW + "; import sys, time; print(f'FIRST_FRAME {time.time()!r}', file=sys.stderr)"
# A pygbag game must run its loop with asyncio (see docs): the bare window plus that one import.
BARE_ASYNC_FIRST_FRAME = "import asyncio; " + BARE_FIRST_FRAME
# Printed by the child itself: its own high-water mark (see `game.bench.memory.peak_rss_mb`).
PEAK_MEMORY = ("import sys\nfor line in open('/proc/self/status'):\n"
               "    if line.startswith('VmHWM:'): print('PEAK_MB', int(line.split()[1]) / 1e3, file=sys.stderr)")


def headless_env() -> dict[str, str]:
    """This environment with SDL's dummy drivers and without PYTHONPATH, for a staged game in a subprocess."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    env.pop("PYTHONPATH", None)
    return env


def first_frame_seconds(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Seconds from starting `command` to its "FIRST_FRAME <time>" line (interpreter shut-down not counted).

    Raises:
        RuntimeError: the command failed or never said when its first frame was shown.
    """
    started = time.time()  # wall clock on both sides: the child reports time.time() too
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or "FIRST_FRAME " not in done.stderr:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-800:]}")
    return float(done.stderr.split("FIRST_FRAME ", 1)[1].split()[0]) - started


@dataclass(frozen=True)
class Startup:
    """Median seconds from process start to the first frame shown."""

    cold: float  # our modules without compiled bytecode, as in the browser, which compiles them on each visit
    warm: float  # with bytecode cached, as on desktop after the first start
    bare: float  # a bare pygame window and one flip: the floor
    bare_async: float  # the same plus `import asyncio`, which the browser build's loop needs


def startup_seconds(game: Path, runs: int) -> Startup:
    """Start the built game and the bare windows `runs` times each, taking turns so all see the same load."""
    env = headless_env()
    game_env = dict(env, **{FIRST_FRAME_ONLY: "1"})
    game_env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A second copy that never gets bytecode (-B): our modules compile on every start, the stdlib's do not.
    cold_game = game.with_name(game.name + "-no-bytecode")
    shutil.copytree(game, cold_game, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    cold_env = dict(game_env, PYTHONDONTWRITEBYTECODE="1")
    first_frame_seconds([sys.executable, "main.py"], game, game_env)  # writes the bytecode cache
    times: dict[str, list[float]] = {"cold": [], "warm": [], "bare": [], "bare_async": []}
    for _ in range(runs):
        times["bare"].append(first_frame_seconds([sys.executable, "-c", BARE_FIRST_FRAME], game, env))
        times["warm"].append(first_frame_seconds([sys.executable, "main.py"], game, game_env))
        times["bare_async"].append(first_frame_seconds([sys.executable, "-c", BARE_ASYNC_FIRST_FRAME], game, env))
        times["cold"].append(first_frame_seconds([sys.executable, "-B", "main.py"], cold_game, cold_env))
    return Startup(**{name: statistics.median(values) for name, values in times.items()})


def playthrough_peak_mb(game: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(peak memory of the built game played to its ending by the scripted player, of a bare pygame window), MB.

    `env` (default: headless) may point SDL at a real display instead.
    """
    env = dict(env or headless_env())
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
