"""Command-line interface: play, check, build, serve, guide, schema, paths, map, strings, bench, monkey (`--help`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.story import Story

Command = Callable[[argparse.Namespace], int]


def _check(args: argparse.Namespace) -> int:
    from game.content.compile import read_project
    from game.content.diagnostics import sort_diagnostics
    from game.content.stats import chapter_stats

    project, diagnostics = read_project(args.story)
    diagnostics = sort_diagnostics(diagnostics)
    for diagnostic in diagnostics:
        print(diagnostic.format())
    errors = sum(1 for d in diagnostics if d.severity == "error")
    warnings = len(diagnostics) - errors
    if project is not None and project.complete and not errors and not args.quiet:
        print(f"{'chapter':<16}{'steps':>6}{'quizzes':>8}{'choices':>8}{'words ko':>10}{'words en':>10}")
        for chapter in project.ordered():
            s = chapter_stats(chapter.spec)
            print(f"{s.chapter:<16}{s.steps:>6}{s.quizzes:>8}{s.choices:>8}{s.words_ko:>10}{s.words_en:>10}")
    sys.stdout.flush()  # the table goes to stdout, the count to stderr: keep them in order when both are piped
    print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _play(args: argparse.Namespace) -> int:
    from game.desktop import run_desktop

    return run_desktop(story_dir=args.story, lang=args.lang, classroom=args.classroom, dev=args.dev,
                       start=args.start)


def _build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from game.content.diagnostics import ContentError
    from game.webbuild.pipeline import BuildError, build, format_report

    try:
        report = build(Path(args.story), Path(args.out), lang=args.lang, cdn=args.cdn, index=args.index)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print("the story has mistakes; nothing was built", file=sys.stderr)
        return 1
    except (BuildError, ValueError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0


def _compiled(story_dir: str, otherwise: str) -> Story | None:
    """The story compiled from `story_dir`, or None after printing its mistakes and what was not done."""
    from game.content.compile import load_story_dir
    from game.content.diagnostics import ContentError

    try:
        return load_story_dir(story_dir)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print(f"the story has mistakes; {otherwise}", file=sys.stderr)
        return None


def _guide(args: argparse.Namespace) -> int:
    from pathlib import Path

    try:
        from game.guide import write_guide
    except ModuleNotFoundError as exc:  # Jinja2 is a build-time extra, not needed to play
        print(f"guide failed: {exc.name} is not installed (pip install -e '.[web]')", file=sys.stderr)
        return 1

    story = _compiled(args.story, "no guide was written")
    if story is None:
        return 1
    try:
        played = args.played.split(",") if args.played else None
        report = write_guide(story, Path(args.out), args.lang, args.region, played=played)
    except (ValueError, RuntimeError, OSError) as exc:
        print(f"guide failed: {exc}", file=sys.stderr)
        return 1
    for path in report.files:
        print(f"wrote {path}")
    if report.skipped_pdf:
        print(f"skipped PDF: {report.skipped_pdf}")
    for note in report.notes:
        print(f"note: {note}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from game.content.schemagen import write_schemas

    for path in write_schemas(args.out, args.story):
        print(f"wrote {path}")
    return 0


def _minutes(seconds: tuple[float, float]) -> str:
    low, high = (round(s / 60, 1) for s in seconds)
    return f"{low}" if low == high else f"{low}-{high}"


def _paths(args: argparse.Namespace) -> int:
    from game.paths import ASSUMPTIONS, explore, path_stats

    story = _compiled(args.story, "run `python -m game check` first")
    if story is None:
        return 1
    report = explore(story, lesson_tag=args.lesson)
    stats = path_stats(story)
    print(f"distinct states explored: {report.states}{' (stopped early: too many)' if report.truncated else ''}")
    print(f"endings reached: {', '.join(sorted(report.endings)) or 'none'}")
    if report.missing_lesson:
        print(f"every path passes '{args.lesson}': NO, e.g. {' > '.join(report.missing_lesson[0])}")
    else:
        print(f"every path passes '{args.lesson}': yes")
    for stuck in report.stuck[:5]:
        print(f"stuck: {stuck}")
    for label, found in (("shortest", stats.shortest), ("longest", stats.longest)):
        if found:
            print(f"{label} way to an ending: {found['steps']} visible steps, {found['words_en']} English words, "
                  f"{found['words_ko']} Korean 어절 (each measured on its own)")
    if stats.loops:
        print("note: some places loop back; 'longest' and the route counts take each way without going round a loop")
    for ending, count in sorted(stats.routes_to_ending.items()):
        print(f"routes to ending {ending}: {count:,}")
    print(f"estimated play time per chapter for a child (minutes, fastest-slowest way); assumes {ASSUMPTIONS}")
    print(f"  {'chapter':<16}{'en':>12}{'ko':>12}{'routes':>10}")
    totals = {"en": [0.0, 0.0], "ko": [0.0, 0.0]}
    for chapter_id, times in stats.chapter_seconds.items():
        cells = [_minutes(times[lang]) if lang in times else "-" for lang in ("en", "ko")]
        for lang, (low, high) in times.items():
            totals[lang][0] += low
            totals[lang][1] += high
        print(f"  {chapter_id:<16}{cells[0]:>12}{cells[1]:>12}{stats.routes_in_chapter.get(chapter_id, 0):>10,}")
    total_cells = [_minutes((totals[lang][0], totals[lang][1])) for lang in ("en", "ko")]
    print(f"  {'total':<16}{total_cells[0]:>12}{total_cells[1]:>12}")
    return 0 if report.ok else 1


def _serve(args: argparse.Namespace) -> int:
    import contextlib
    import functools
    import http.server
    from pathlib import Path

    folder = Path(args.dir)
    if not (folder / "index.html").exists():
        print(f"{folder}/index.html does not exist: run `python -m game build` first", file=sys.stderr)
        return 1
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    # 127.0.0.1, not "localhost": pygbag's runtime (aio/pep0723.py) sends pages served from http://localhost:8…
    # to http://localhost:8000/cdn/ for pygame-ce, which only pygbag's own test server answers.
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        print(f"serving {folder} at http://127.0.0.1:{args.port}/ (Ctrl+C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


def _map(args: argparse.Namespace) -> int:
    from game.content.storymap import write_story_map

    try:
        page, with_dot = write_story_map(args.story, args.out)
    except (ValueError, OSError, RuntimeError) as exc:
        print(f"map failed: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {page}" + ("" if with_dot else " (Graphviz `dot` not installed: simple column layout)"))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from pathlib import Path

    from game.bench.run import report, run_bench

    try:
        from game.bench.run import GROUPS

        only = frozenset(args.only.split(",")) if args.only else frozenset(GROUPS) - {"ink"}
        if args.vs_ink:
            only |= {"ink"}
        unknown = only - set(GROUPS)
        if unknown:
            print(f"bench: unknown group(s) {', '.join(sorted(unknown))}; known: {', '.join(GROUPS)}",
                  file=sys.stderr)
            return 2
        rows = run_bench(Path(args.story), Path(args.web), quick=args.quick, xvfb=args.xvfb, only=only)
    except Exception as exc:  # the benchmark could not run: that is the one failure CI cares about
        print(f"bench failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(report(rows))
    return 0


def _monkey(args: argparse.Namespace) -> int:
    import os
    import tempfile
    import time

    from game.bench.frames import open_display
    from game.monkey import long_run

    story = _compiled(args.story, "the monkey did not run")
    if story is None:
        return 1
    surface = open_display()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="monkey-home-") as home:
        os.environ["TIME_STOPPED_HOME"] = home  # the certificate and results buttons write files here
        run = long_run(story, surface, args.frames, seed=args.seed, check_every=args.check_every,
                       progress=lambda frame, mb: print(f"  frame {frame:,}: {mb:.1f} MB", flush=True))
    report = run.report
    print(f"monkey: {report.frames:,} frames, {report.events:,} events in {time.perf_counter() - started:.0f} s, "
          f"{report.restarts} fresh apps, {report.checks} full-redraw comparisons, no exceptions")
    print(f"memory (settled: garbage collected, free pages returned): {run.start:.1f} MB at start, {run.warm:.1f} MB "
          f"after the warm-up round ({run.warm_frames:,} frames), {run.end:.1f} MB at the end: "
          f"{run.growth:+.1%} (goal: within 10%)")
    print(f"memory (raw resident size): {run.raw_warm:.1f} MB after warm-up, {run.raw_end:.1f} MB at the end")
    print("top scenes (frames): " + ", ".join(f"{name} {count:,}" for name, count in report.scenes.most_common()))
    return 0 if abs(run.growth) <= 0.10 else 1


def build_parser() -> argparse.ArgumentParser:
    """The `python -m game` argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m game",
                                     description="시간이 멈춘 세상 · The World Where Time Stopped")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    play = sub.add_parser("play", help="play the game in a desktop window",
                          description="Compile story/ and play it in a 1280x720 window.")
    play.add_argument("--story", default="story", help="story folder (default: story)")
    play.add_argument("--lang", choices=["ko", "en"], default=None, help="language (default: saved setting, else ko)")
    play.add_argument("--classroom", action="store_true",
                      help="classroom mode: larger text, class votes at choices and quizzes, discussion prompts")
    play.add_argument("--dev", action="store_true",
                      help="writers' preview: F5 reloads the story files in place, F2 shows the debug panel")
    play.add_argument("--start", metavar="CHAPTER.STEP", default=None,
                      help="open directly on this step, skipping the title (e.g. one.hello)")
    play.set_defaults(func=_play)

    check = sub.add_parser("check", help="check the story files and list every mistake",
                           description="Print every content mistake as file:line:col; exit 1 if there are errors.")
    check.add_argument("story", nargs="?", default="story", help="story folder (default: story)")
    check.add_argument("--quiet", action="store_true", help="only print problems, not chapter statistics")
    check.set_defaults(func=_check)

    from game.webbuild.defaults import DEFAULT_CDN

    build = sub.add_parser("build", help="build the web version into build/web with pygbag (no network needed)",
                           description="Check and compile story/, stage the app, subset the fonts and pack it "
                                       "with pygbag and this project's page template.")
    build.add_argument("--story", default="story", help="story folder (default: story)")
    build.add_argument("--lang", choices=["ko", "en"], default="ko", help="page language (default: ko)")
    build.add_argument("--cdn", default=DEFAULT_CDN,
                       help=f"the runtime's version folder browsers fetch pygbag from (default: {DEFAULT_CDN}); "
                            "for a school mirror, its copy of that folder (README: The web version)")
    build.add_argument("--index", default=None,
                       help="the package index the runtime fetches pygame-ce from (default: the folder above "
                            "--cdn, which holds index-0.9.3-cp312.json and cp312/ on the public CDN)")
    build.add_argument("--out", default="build/web", help="output folder (default: build/web)")
    build.set_defaults(func=_build)

    guide = sub.add_parser("guide", help="write the teacher guide and family letters (HTML, and PDF with chromium)",
                           description="Generate guide-<lang>.html, letter-before-<lang>.html and "
                                       "letter-after-<lang>.html from the story files; when chromium is "
                                       "installed, also print them to PDF.")
    guide.add_argument("--lang", choices=["ko", "en"], default="ko", help="language (default: ko)")
    guide.add_argument("--out", default="build/guide", help="output folder (default: build/guide)")
    guide.add_argument("--region", default=None,
                       help="helpline region id from story/regions, e.g. ko-KR or en-GB (default: the story's)")
    guide.add_argument("--story", default="story", help="story folder (default: story)")
    guide.add_argument("--played", default=None, metavar="IDS",
                       help="chapters the class played, for the letter after the unit, e.g. prologue,physical "
                            "(default: all)")
    guide.set_defaults(func=_guide)

    schema = sub.add_parser("schema", help="write JSON Schemas of the story files for editors",
                            description="Generate chapter, story, region and mini-game JSON Schemas from the "
                                        "content models, for editor completion and checks (yaml-language-server).")
    schema.add_argument("--out", default="docs/schema", help="output folder (default: docs/schema)")
    schema.add_argument("--story", default="story",
                        help="story folder whose speakers, chapters, prizes and pools the schemas list "
                             "(default: story)")
    schema.set_defaults(func=_schema)

    from game.content.strings_cli import add_strings_parser  # `strings export|import`; imports no ruamel

    add_strings_parser(sub)

    paths = sub.add_parser("paths", help="walk every way through the story: endings, lesson, lengths, play time",
                           description="Explore every path with the real runner; print states, endings, whether "
                                       "each path passes the lesson, the shortest and longest way and play time "
                                       "per chapter. Exit 1 if a path misses the lesson or gets stuck (also in a "
                                       "loop with no way on to an ending).")
    paths.add_argument("story", nargs="?", default="story", help="story folder (default: story)")
    paths.add_argument("--lesson", default="reporting-lesson",
                       help="tag every path must pass (default: reporting-lesson)")
    paths.set_defaults(func=_paths)

    story_map = sub.add_parser("map", help="draw the story as a graph: chapters, steps and jumps (HTML + SVG)",
                               description="Write DIR/story-map.html: every chapter, step and jump, with "
                                           "unreachable steps and dead ends outlined in red. Uses Graphviz "
                                           "`dot` when installed, else a simple column layout.")
    story_map.add_argument("story", nargs="?", default="story", help="story folder (default: story)")
    story_map.add_argument("--out", default="build/map", help="output folder (default: build/map)")
    story_map.set_defaults(func=_map)

    bench = sub.add_parser("bench", help="measure frame time, start-up, check, load, memory and payload",
                           description="Print a table of figures, each beside its floor measured in the same run "
                                       "and its goal. Exit 1 only if the benchmark cannot run.")
    bench.add_argument("--quick", action="store_true", help="the short run CI uses (under a minute)")
    bench.add_argument("--story", default="story", help="story folder (default: story)")
    bench.add_argument("--web", default="build/web", help="the last web build, for its payload (default: build/web)")
    bench.add_argument("--xvfb", action="store_true",
                       help="also measure idle CPU in a real window, on an Xvfb server the bench starts itself")
    bench.add_argument("--vs-ink", action="store_true",
                       help="also time `check` against inkjs's compiler on the same generated story (needs node)")
    bench.add_argument("--only", metavar="GROUPS",
                       help="comma-separated groups to run: frames, idle, playthrough, startup, memory, check, "
                            "ink, payload")
    bench.set_defaults(func=_bench)

    monkey = sub.add_parser("monkey", help="random input on every scene kind for a long time; report memory",
                            description="Drive the real story with random keys, clicks, taps, wheel, window and "
                                        "text events from every start point; print frames, events and memory "
                                        "at start, after a warm-up round and at the end (every 100,000 frames "
                                        "too). Exit 1 if memory grows more than 10% after warming up; an "
                                        "exception stops it with a traceback.")
    monkey.add_argument("--frames", type=int, default=1_000_000, help="frames in all (default: 1,000,000)")
    monkey.add_argument("--seed", type=int, default=0, help="first random seed (default: 0)")
    monkey.add_argument("--check-every", type=int, default=0, metavar="N",
                        help="compare the still layer with a full redraw every N frames (default: never)")
    monkey.add_argument("--story", default="story", help="story folder (default: story)")
    monkey.set_defaults(func=_monkey)

    serve = sub.add_parser("serve", help="serve build/web on localhost for a quick look",
                           description="A simple local web server for the built game (not for production).")
    serve.add_argument("--dir", default="build/web", help="folder to serve (default: build/web)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.set_defaults(func=_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    args = build_parser().parse_args(argv)
    func: Command = args.func
    return func(args)
