"""Idle CPU: a still screen run by the real loop for some seconds, against a bare window flipping 60 times a second.

Each measurement is a fresh process (`python -m game.bench.idle SCREEN SECONDS`) that reports its own CPU
time (all threads) over the measured seconds only, after a warm-up, so start-up and story loading are not
counted. `Xvfb` starts a private X server for measuring in a real window (see `--xvfb` of `bench`).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.app import App

ROOT = Path(__file__).resolve().parents[2]
WARM_SECONDS = 1.0  # the first frames fill caches and the window settles; not counted
SCREENS = ("title", "choice", "quiz", "dialogue")  # still screens (a read line only blinks its arrow)
BARE = "bare"  # the floor: a default pygame window flipped 60 times a second, paced like the game's loop
BARE_SCALED = "bare-scaled"  # the same with the game's window: scaled, on the renderer `open_window` picks
RESULT = "IDLE_CPU"
START = "IDLE_START"


@dataclass(frozen=True)
class Idle:
    """CPU seconds per wall second of one run, and how many frames it ran and showed (flipped)."""

    cpu: float
    frames: int
    flips: int
    server_cpu: float = 0.0  # the X server's CPU seconds per wall second meanwhile (real window only)


def measure(screen: str, seconds: float, env: dict[str, str], server_pid: int | None = None) -> Idle:
    """Run `screen` (or `BARE`) in a fresh process for `seconds` and read its figures.

    Raises:
        RuntimeError: the child failed or printed no figures.
    """
    command = [sys.executable, "-m", "game.bench.idle", screen, str(seconds)]
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as child:
        assert child.stdout is not None and child.stderr is not None
        started = child.stdout.readline()  # the child says when its measured seconds begin ...
        server = _process_cpu(server_pid) if server_pid and started.startswith(START) else 0.0
        result = child.stdout.readline()  # ... and when they end, with its own figures
        if server_pid:
            server = _process_cpu(server_pid) - server
        errors = child.stderr.read()
        child.wait(timeout=120 + seconds)
    if child.returncode != 0 or not result.startswith(RESULT):
        raise RuntimeError(f"idle run {screen!r} failed ({child.returncode}): {errors[-800:]}")
    cpu, wall, frames, flips = result.split()[1:5]
    return Idle(float(cpu) / float(wall), int(frames), int(flips), server / float(wall))


def idle_runs(screens: tuple[str, ...], seconds: float, repeats: int, env: dict[str, str],
              server_pid: int | None = None) -> dict[str, list[Idle]]:
    """Every screen and the bare floor `repeats` times, taking turns so each sees the same machine load."""
    runs: dict[str, list[Idle]] = {name: [] for name in (BARE, BARE_SCALED, *screens)}
    for _ in range(repeats):
        for name in runs:
            runs[name].append(measure(name, seconds, env, server_pid))
    return runs


def median_cpu(runs: list[Idle]) -> float:
    """The median CPU fraction of `runs`."""
    return statistics.median(run.cpu for run in runs)


def spread(runs: list[Idle]) -> str:
    """The range of the CPU fractions of `runs`, as percent of a core."""
    values = sorted(run.cpu * 100 for run in runs)
    return f"{values[0]:.1f}-{values[-1]:.1f}%"


def _process_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by process `pid` (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Xvfb:
    """A private X server (`Xvfb :N`) for the lifetime of a `with` block; `env` points SDL at it."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        binary = shutil.which("Xvfb")
        if binary is None:
            raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb)")
        number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                      and not Path(f"/tmp/.X{n}-lock").exists())
        self.display = f":{number}"
        self.process = subprocess.Popen([binary, self.display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return self
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        self.__exit__()
        raise RuntimeError(f"Xvfb {self.display} did not start")

    def env(self, base: dict[str, str]) -> dict[str, str]:
        """`base` with SDL drawing into this server's window."""
        env = dict(base, DISPLAY=self.display, SDL_VIDEODRIVER="x11")
        return env

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


# -- the child process ---------------------------------------------------------------------


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _open_app(screen: str) -> App:
    """The app on a still `screen` of the real story, in the window the game opens."""
    from game.boot import open_window
    from game.content.compile import load_story_dir
    from game.state import PlayState
    from game.testing import app_at

    story = load_story_dir(ROOT / "story")
    surface = open_window("idle")
    steps = [step for chapter in story.chapters for step in chapter.steps]
    state = None
    if screen != "title":
        kind = "line" if screen == "dialogue" else screen
        state = PlayState(next(s.id for s in steps if s.kind == kind), intro_pending=False)
    return app_at(story, surface, state, text_speed="instant")


class _Bare:
    """The floor's loop: a bare window, its events read and one flip a frame, paced as `game.loop.run` paces.

    `scaled`: the game's kind of window (`game.boot.open_window`) instead of pygame's default one.
    """

    def __init__(self, scaled: bool) -> None:
        import pygame

        from game.app import LOGICAL_SIZE

        if scaled:
            from game.boot import open_window

            open_window("bare")
        else:
            pygame.init()
            pygame.display.set_mode(LOGICAL_SIZE)
        self.frames = 0
        self.running = True

    async def run(self) -> None:
        import asyncio

        import pygame

        from game.loop import FRAME_SECONDS

        while self.running:
            started = time.perf_counter()
            pygame.event.get()
            pygame.display.flip()
            self.frames += 1
            await asyncio.sleep(max(0.0, FRAME_SECONDS - (time.perf_counter() - started)))


async def _child(screen: str, seconds: float) -> None:
    """Run `screen` (or the bare floor) and print its CPU, wall time, frames and flips over `seconds`."""
    import asyncio

    import pygame

    flips = [0]
    real_flip = pygame.display.flip

    def counted_flip() -> None:
        flips[0] += 1
        real_flip()

    pygame.display.flip = counted_flip
    app: App | None = None
    bare: _Bare | None = None
    if screen in (BARE, BARE_SCALED):
        bare = _Bare(scaled=screen == BARE_SCALED)
        loop_task = asyncio.ensure_future(bare.run())
    else:
        from game.loop import run

        app = _open_app(screen)
        loop_task = asyncio.ensure_future(run(app))

    def frames() -> int:
        return app.frames if app is not None else bare.frames if bare is not None else 0

    await asyncio.sleep(WARM_SECONDS)
    print(START, flush=True)
    cpu, wall, frames0, flips0 = _cpu_seconds(), time.perf_counter(), frames(), flips[0]
    await asyncio.sleep(seconds)
    cpu, wall = _cpu_seconds() - cpu, time.perf_counter() - wall
    frames_run, flipped = frames() - frames0, flips[0] - flips0
    if app is not None:
        app.context.request_quit()
    if bare is not None:
        bare.running = False
    await loop_task
    print(RESULT, cpu, wall, frames_run, flipped, flush=True)


if __name__ == "__main__":
    import asyncio

    asyncio.run(_child(sys.argv[1], float(sys.argv[2])))
