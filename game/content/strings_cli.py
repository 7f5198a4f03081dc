"""The `strings export` / `strings import` subcommands (translation CSVs).

Kept apart from game.content.strings so that building the CLI parser never imports ruamel.yaml,
which only the `dev` and `web` extras install.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from game.story import LANGS

LANG_CHOICES = list(LANGS)  # every language of the story: ko (the source, e.g. for proofreading) and en


class _IntermixedParser(argparse.ArgumentParser):
    """Accepts options between positionals, so `import FILE.csv --lang en story` works."""

    _mixing = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        if self._mixing:  # parse_known_intermixed_args calls back in here on Python 3.11 and 3.12
            return super().parse_known_args(args, namespace)
        self._mixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._mixing = False


def add_strings_parser(sub: Any) -> None:
    """Add `strings export|import|script` to the `python -m game` subparsers `sub`."""
    strings = sub.add_parser("strings", help="export texts to a CSV for translators, and import translations back",
                             description="Export every player-visible text (Korean source and a translation) "
                                         "to a CSV, or write the translations from such a CSV back into the "
                                         "story files, changing only the texts that differ.")
    actions = strings.add_subparsers(dest="strings_command", required=True, metavar="ACTION",
                                      parser_class=_IntermixedParser)
    export = actions.add_parser("export", help="write one CSV row per text: id, source, translation, context",
                                description="Write one row per text with a stable id (chapter.step.field), the "
                                            "Korean source, the current translation and a note for translators.")
    export.add_argument("--lang", choices=LANG_CHOICES, default="en", help="translation language (default: en)")
    export.add_argument("--out", required=True, help="CSV file to write")
    export.add_argument("story", nargs="?", default="story", help="story folder (default: story)")
    export.set_defaults(func=_export)
    imp = actions.add_parser("import", help="write the translations of a CSV back into the story files",
                             description="Change each --lang text whose translation in the CSV differs; keep "
                                         "comments, key order and formatting. Ids that no longer exist are "
                                         "listed; exit 1 if the CSV matched no text at all or a file can't be "
                                         "read.")
    imp.add_argument("csv", help="CSV file from `strings export` (columns id, source, translation, context)")
    imp.add_argument("--lang", choices=LANG_CHOICES, default="en", help="translation language (default: en)")
    imp.add_argument("story", nargs="?", default="story", help="story folder (default: story)")
    imp.set_defaults(func=_import)
    script = actions.add_parser("script", help="write a voice-over script: id, speaker, text, expression",
                                description="Write every text of one language in play order (chapters as "
                                            "story.yaml lists them, steps in order) with who says it and the "
                                            "face they make, as a CSV for recording voices.")
    script.add_argument("--lang", choices=LANG_CHOICES, default="ko", help="language (default: ko)")
    script.add_argument("--out", required=True, help="CSV file to write")
    script.add_argument("story", nargs="?", default="story", help="story folder (default: story)")
    script.set_defaults(func=_script)


def _export(args: argparse.Namespace) -> int:
    from game.content.strings import StringsError, export_csv

    try:
        rows = export_csv(args.story, args.out, args.lang)
    except (StringsError, OSError) as exc:
        print(f"export failed: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {rows} text(s) to {args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from game.content.strings import StringsError, import_csv

    try:
        report = import_csv(args.story, args.csv, args.lang)
    except (StringsError, OSError) as exc:
        print(f"import failed: {exc}", file=sys.stderr)
        return 1
    for text_id in report.unknown:
        print(f"unknown id (no such text any more): {text_id}")
    for text_id in report.stale:
        print(f"note: the Korean of {text_id} changed since the export; check its translation")
    for text_id in report.missing_key:
        print(f"skipped {text_id}: the text has no '{args.lang}:' line to change; add one by hand")
    for path in report.files:
        print(f"updated {path}")
    print(f"{len(report.changed)} text(s) changed, {report.matched} matched, {len(report.unknown)} unknown id(s)")
    if report.matched == 0:
        print("no id in the CSV matches a text in this story", file=sys.stderr)
        return 1
    return 0


def _script(args: argparse.Namespace) -> int:
    from game.content.compile import load_story_dir
    from game.content.diagnostics import ContentError
    from game.content.voice_script import write_script

    try:
        rows = write_script(load_story_dir(args.story), args.out, args.lang)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print("the story has mistakes; no script was written", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"script failed: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {rows} line(s) to {args.out}")
    return 0
