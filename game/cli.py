"""Command-line interface: `play`, `check`, `build`, `serve` and `guide` subcommands, each with `--help`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

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
    print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _play(args: argparse.Namespace) -> int:
    from game.desktop import run_desktop

    return run_desktop(story_dir=args.story, lang=args.lang, classroom=args.classroom)


def _build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from game.content.diagnostics import ContentError
    from game.webbuild.pipeline import BuildError, build, format_report

    try:
        report = build(Path(args.story), Path(args.out), lang=args.lang, cdn=args.cdn)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print("the story has mistakes; nothing was built", file=sys.stderr)
        return 1
    except (BuildError, ValueError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0


def _guide(args: argparse.Namespace) -> int:
    from pathlib import Path

    from game.content.compile import load_story_dir
    from game.content.diagnostics import ContentError
    from game.guide import write_guide

    try:
        story = load_story_dir(args.story)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print("the story has mistakes; no guide was written", file=sys.stderr)
        return 1
    try:
        report = write_guide(story, Path(args.out), args.lang, args.region)
    except (ValueError, RuntimeError, OSError) as exc:
        print(f"guide failed: {exc}", file=sys.stderr)
        return 1
    for path in report.files:
        print(f"wrote {path}")
    if report.skipped_pdf:
        print(f"skipped PDF: {report.skipped_pdf}")
    return 0


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
    with http.server.ThreadingHTTPServer(("localhost", args.port), handler) as server:
        print(f"serving {folder} at http://localhost:{args.port}/ (Ctrl+C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


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
                       help=f"where browsers fetch pygbag's runtime (default: {DEFAULT_CDN}); a school mirror "
                            "must also serve /archives/repo/ at its root")
    build.add_argument("--out", default="build/web", help="output folder (default: build/web)")
    build.set_defaults(func=_build)

    guide = sub.add_parser("guide", help="write the teacher guide and family letter (HTML, and PDF with chromium)",
                           description="Generate guide-<lang>.html and letter-<lang>.html from the story files; "
                                       "when chromium is installed, also print both to PDF.")
    guide.add_argument("--lang", choices=["ko", "en"], default="ko", help="language (default: ko)")
    guide.add_argument("--out", default="build/guide", help="output folder (default: build/guide)")
    guide.add_argument("--region", default=None,
                       help="helpline region id from story/regions, e.g. ko-KR or en-GB (default: the story's)")
    guide.add_argument("--story", default="story", help="story folder (default: story)")
    guide.set_defaults(func=_guide)

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
