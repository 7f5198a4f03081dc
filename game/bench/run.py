"""Run every benchmark and print one table: each figure beside its floor measured in the same run, and its goal."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from game.bench.figures import Row, format_table, growth_exponent, percentile
from game.story import Story

if TYPE_CHECKING:
    from game.bench.idle import Idle

FRAME_GOAL = 2.0  # p99 frame time / floor
START_GOAL = 2.0  # first frame / bare window
START_COLD_GOAL = 2.3  # the same without bytecode (the browser compiles every module on each visit)
MEMORY_GOAL_MB = 150.0
IDLE_GOAL = 0.15  # a still screen's CPU / a bare window flipping 60 times a second
SLOWEST_GOAL_MS = 8.0  # the slowest frame of a playthrough, native (wasm is 3-5x slower)
P99_GOAL_MS = 4.0
INK_GOAL = 1.0  # `check` / inkjs's compiler, whole processes, on the same story
INK_SIZES = (10, 100, 1000)  # scenes
GROUPS = ("frames", "idle", "playthrough", "startup", "memory", "check", "ink", "payload")  # what `--only` can name
PAYLOAD_GOAL_BYTES = 1_000_000


@dataclass(frozen=True)
class Plan:
    """How much to measure: the full run, or the short one CI uses."""

    frames: int
    startup_runs: int
    check_factors: tuple[int, ...]
    check_runs: int
    idle_screens: tuple[str, ...]
    idle_seconds: float
    idle_repeats: int

    @classmethod
    def make(cls, quick: bool) -> Plan:
        """The quick plan (CI: under a minute) or the full one."""
        from game.bench.idle import SCREENS

        if quick:
            return cls(frames=120, startup_runs=3, check_factors=(1, 10), check_runs=1,
                       idle_screens=("title",), idle_seconds=2.0, idle_repeats=1)
        return cls(frames=600, startup_runs=9, check_factors=(1, 10, 100), check_runs=3,
                   idle_screens=SCREENS, idle_seconds=3.0, idle_repeats=3)


def run_bench(story_dir: Path, web_dir: Path, quick: bool, say: Callable[[str], None] = print,
              xvfb: bool = False, only: frozenset[str] = frozenset(GROUPS)) -> list[Row]:
    """Measure the groups in `only` and return the rows (progress goes to `say`).

    `xvfb` adds the idle and memory rows in a real window, on a private X server the bench starts itself.
    """
    plan = Plan.make(quick)
    from game.content.compile import load_story_dir, read_project

    read_project(story_dir)  # the first check pays for imports and schema building: keep it out of the figures
    story = load_story_dir(story_dir)
    rows: list[Row] = []
    if "frames" in only:
        say(f"frame time: {plan.frames} drawn frames per scene at 1280x720, headless; floor = full-screen "
            "blit + flip, timed after each frame")
        rows += _frame_rows(story, plan.frames)
    if "playthrough" in only:
        say("playthrough: the real story played to its ending in Korean and English by the scripted player, "
            "a few quiet frames after each input; every frame timed (step + flip when it drew)")
        rows += _playthrough_rows(story)
    if "idle" in only:
        say(f"idle CPU: still screens run by the game's loop for {plan.idle_seconds:g} s, {plan.idle_repeats} "
            "time(s) each, against a bare window flipping 60 times a second, taking turns")
        rows += _idle_rows(plan, xvfb)
    if only & {"startup", "memory", "check"}:
        rows += _process_rows(story, story_dir, plan, only, say, xvfb)
    if "ink" in only:
        say(f"check vs inkjs {INK_SIZES} scenes: whole processes, taking turns, {plan.check_runs} run(s) each")
        rows += _ink_rows(plan)
    if "payload" in only:
        rows.append(_payload_row(web_dir))
    return rows


def _ink_rows(plan: Plan) -> list[Row]:
    from game.bench.ink import INKJS_VERSION, install_inkjs, race

    with tempfile.TemporaryDirectory(prefix="bench-ink-") as scratch:
        compiler = install_inkjs(Path(scratch))
        if compiler is None:
            return [Row("check vs inkjs", 0, "s", None, None, f"skipped: node/npm or inkjs {INKJS_VERSION} not there")]
        rows = []
        for scenes in INK_SIZES:
            result = race(Path(scratch), compiler, scenes, plan.check_runs)
            rows.append(Row(f"check vs inkjs, {scenes} scenes", result.check, "s", result.ink, INK_GOAL,
                            f"check {result.check_spread}, inkjs {INKJS_VERSION} {result.ink_spread}"))
        return rows


def _playthrough_rows(story: Story) -> list[Row]:
    from game.bench.frames import floor_frame, floor_picture, open_display
    from game.bench.hitches import TRANSITION, playthrough_frame_times
    from game.testing import app_at

    surface = open_display()
    times = playthrough_frame_times(lambda lang: app_at(story, surface, None, lang=lang, text_speed="normal"))
    picture = floor_picture()
    floor = sorted(floor_frame(surface, picture) for _ in range(200))
    floor_note = f"floor (blit + flip) p99 {percentile(floor, 0.99) * 1000:.2f} ms"
    every = [sample for samples in times.values() for sample in samples]
    rows = [Row("playthrough slowest frame", max(every) * 1000, "ms", None, SLOWEST_GOAL_MS,
                f"{len(every)} frames; {floor_note}"),
            Row("playthrough frame p99", percentile(every, 0.99) * 1000, "ms", None, P99_GOAL_MS, floor_note)]
    kinds = sorted(times, key=lambda kind: (kind != TRANSITION, -max(times[kind])))
    for kind in kinds:
        samples = times[kind]
        rows.append(Row(f"playthrough slowest {kind}", max(samples) * 1000, "ms", None, SLOWEST_GOAL_MS,
                        f"p99 {percentile(samples, 0.99) * 1000:.2f} ms over {len(samples)} frames"))
    return rows


def _idle_rows(plan: Plan, xvfb: bool) -> list[Row]:
    from game.bench.idle import BARE, BARE_SCALED, Xvfb, idle_runs, median_cpu, spread
    from game.bench.startup import headless_env

    rows: list[Row] = []
    places = [("headless", None)] + ([("Xvfb window", Xvfb())] if xvfb else [])
    for where, server in places:
        if server is None:
            runs = idle_runs(plan.idle_screens, plan.idle_seconds, plan.idle_repeats, headless_env())
        else:
            with server:
                assert server.process is not None
                runs = idle_runs(plan.idle_screens, plan.idle_seconds, plan.idle_repeats,
                                 server.env(headless_env()), server.process.pid)
        floor = runs.pop(BARE)
        scaled = runs.pop(BARE_SCALED)
        bare_note = f"floor {spread(floor)} of a core"
        if server is not None:
            bare_note += f", X server {median_server(floor):.1f}%"
        for screen, screen_runs in runs.items():
            flips = sum(run.flips for run in screen_runs) / sum(run.frames for run in screen_runs)
            note = (f"{spread(screen_runs)} of a core; {flips:.1%} of frames shown; {bare_note}; "
                    f"{median_cpu(screen_runs) / median_cpu(scaled):.2f}x the game's own window flipping "
                    f"({median_cpu(scaled) * 100:.1f}%)")
            if server is not None:
                note += f"; X server {median_server(screen_runs):.1f}% for the game"
            rows.append(Row(f"idle CPU {screen} ({where})", median_cpu(screen_runs) * 100, "%",
                            median_cpu(floor) * 100, IDLE_GOAL, note))
    return rows


def median_server(runs: list[Idle]) -> float:
    """The X server's median CPU during `runs`, in percent of a core."""
    import statistics

    return statistics.median(run.server_cpu for run in runs) * 100


def _process_rows(story: Story, story_dir: Path, plan: Plan, only: frozenset[str],
                  say: Callable[[str], None], xvfb: bool) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        game = Path(scratch) / "game"
        from game.bench.startup import playthrough_peak_mb, startup_seconds
        from game.webbuild.stage import stage_with_full_fonts

        stage_with_full_fonts(story, game)
        if "startup" in only:
            say(f"start-up: median of {plan.startup_runs} runs")
            start = startup_seconds(game, plan.startup_runs)
            rows.append(Row("start -> first frame", start.warm, "s", start.bare, START_GOAL,
                            "floor: bare pygame window + flip; bytecode cached (desktop)"))
            rows.append(Row("start -> first frame, compiling", start.cold, "s", start.bare, START_COLD_GOAL,
                            "no bytecode cache, as in the browser"))
            rows.append(Row("start -> first frame vs async floor", start.warm, "s", start.bare_async, None,
                            "floor: bare window + import asyncio (the browser loop's runtime)"))
            rows.append(_load_row(game / "story.json", plan.startup_runs))
        if "memory" in only:
            say("peak memory: the built game played to its ending by the scripted player")
            peak, bare_peak = playthrough_peak_mb(game)
            rows.append(Row("peak memory, full playthrough", peak, "MB", None, MEMORY_GOAL_MB,
                            f"headless; bare pygame window: {bare_peak:.1f} MB"))
            if xvfb:
                from game.bench.idle import Xvfb
                from game.bench.startup import headless_env

                with Xvfb() as server:
                    peak, bare_peak = playthrough_peak_mb(game, server.env(headless_env()))
                rows.append(Row("peak memory, full playthrough (Xvfb)", peak, "MB", None, MEMORY_GOAL_MB,
                                f"real window; bare pygame window: {bare_peak:.1f} MB"))
        if "check" in only:
            say(f"check: real story and synthetic stories x{', x'.join(map(str, plan.check_factors[1:]))}")
            rows += _check_rows(story_dir, Path(scratch), plan)
    return rows


def _frame_rows(story: Story, frames: int) -> list[Row]:
    from game.bench.frames import floor_picture, open_display, scene_cases, scene_frame_times

    surface = open_display()
    picture = floor_picture()
    rows = []
    for case in scene_cases(story, surface):
        samples, floor = scene_frame_times(case, frames, picture)
        for name, fraction, goal in (("p50", 0.5, None), ("p99", 0.99, FRAME_GOAL)):
            rows.append(Row(f"frame {name} {case.name}", percentile(samples, fraction) * 1000, "ms",
                            percentile(floor, fraction) * 1000, goal))
    return rows


def _load_row(bundle_path: Path, runs: int) -> Row:
    """Reading and decoding story.json, against reading the same bytes as plain JSON."""
    import json
    import statistics

    from game import bundle

    def median_seconds(job: Callable[[], object]) -> float:
        times = []
        for _ in range(max(3, runs)):
            started = time.perf_counter()
            job()
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    load = median_seconds(lambda: bundle.load_story(bundle_path.read_text(encoding="utf-8")))
    plain = median_seconds(lambda: json.loads(bundle_path.read_text(encoding="utf-8")))
    return Row("story bundle load", load * 1000, "ms", plain * 1000,
               note=f"floor: json.loads of the same {bundle_path.stat().st_size:,} B")


def _check_rows(story_dir: Path, scratch: Path, plan: Plan) -> list[Row]:
    from game.bench.scale import check_seconds, synthetic_story

    rows: list[Row] = []
    steps_seen: list[float] = []
    times: list[float] = []
    base_seconds = 0.0
    for factor in plan.check_factors:
        folder = story_dir if factor == 1 else scratch / f"story-x{factor}"
        if factor != 1:
            synthetic_story(story_dir, folder, factor)
        seconds, steps, errors = check_seconds(folder, plan.check_runs if factor < 100 else 1)
        if errors:
            raise RuntimeError(f"the x{factor} story has {errors} content error(s); the check figures would be wrong")
        base_seconds = base_seconds or seconds
        steps_seen.append(steps)
        times.append(seconds)
        per_step = seconds / steps * 1000
        name = "check real story" if factor == 1 else f"check synthetic x{factor}"
        rows.append(Row(name, seconds, "s", base_seconds if factor != 1 else None,
                        note=f"{steps} steps, {per_step:.2f} ms per step"))
    if len(times) > 1:
        exponent = growth_exponent(steps_seen, times)
        rows.append(Row("check growth exponent (1 = linear)", exponent, "x", None, 1.2,
                        note=f"log-log slope over {steps_seen[0]:.0f}..{steps_seen[-1]:.0f} steps"))
    return rows


def _payload_row(web_dir: Path) -> Row:
    """What a browser downloads from our server for the last build, as the build counts it (every file of the
    web folder: index.html, the icon and the .tar.gz; pygbag's runtime comes from its CDN)."""
    from game.webbuild.pipeline import BuildReport

    files = {path.name: path.stat().st_size for path in web_dir.glob("*") if path.is_file()} \
        if web_dir.is_dir() else {}
    payload = BuildReport(web_dir, files).payload
    if not payload:
        return Row("web payload (last build)", 0, "B", None, None, f"no build in {web_dir}: run python -m game build")
    return Row("web payload (last build)", payload, "B", None, PAYLOAD_GOAL_BYTES,
               note=f"index.html + icon + .tar.gz in {web_dir}")


def report(rows: list[Row]) -> str:
    """The table and a one-line verdict."""
    missed = [row.name for row in rows if row.met is False]
    verdict = "every goal met" if not missed else f"{len(missed)} goal(s) missed: {', '.join(missed)}"
    return f"{format_table(rows)}\n\n{verdict}"
