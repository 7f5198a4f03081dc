"""Warnings about the words themselves: reading level, line length, blaming phrases and content notes.

Each is a warning with a stable code. A step silences one for itself with `allow: [code, ...]`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from types import ModuleType

from game.content.diagnostics import Diagnostic
from game.content.lint_data import _walk
from game.content.project import ChapterSource, Project
from game.content.schema import ChoiceSpec, LineSpec, QuizSpec, TextSpec
from game.content.source import Path_
from game.placeholders import PLACEHOLDER

MAX_GRADE = 6.0
MIN_WORDS = 4  # the Flesch-Kincaid formula means nothing for shorter texts ("Hello" would be grade 8.4)
# Only a text's start is graded: it stands for the rest, and textstat takes about a second on 250,000 letters.
# Real texts are far shorter (a line box holds 110 characters).
MAX_GRADED = 1_000
MAX_LENGTH = {"en": 110, "ko": 60}
PLACEHOLDER_WIDTH = 4  # a placeholder such as {report} counts as this many characters (a short number)

# Phrases that blame the child. Their negated forms below are blanked out first, so
# "it's not your fault" or "네 잘못이 아니에요" never trigger.
# "You should have" is the safeguarding check `should-have` (an error that `allow:` cannot silence).
BLAMING = ("why didn't you", "your fault", "you asked for it",
           "왜 말 안 했", "네 잘못", "너 때문", "너의 잘못")
NEGATED = ("not your fault", "never your fault", "isn't your fault", "wasn't your fault", "none of this is your fault",
           "잘못이 아니에요", "잘못이 아니", "잘못 아니", "때문이 아니")
_NEGATED = re.compile("|".join(re.escape(p) for p in NEGATED), re.IGNORECASE)
_BLAMING = re.compile("|".join(re.escape(p) for p in BLAMING), re.IGNORECASE)


def _silence(code: str) -> str:
    return f"or, if it is right here, silence it with `allow: [{code}]` on this step"


def blaming_phrase(text: str) -> re.Match[str] | None:
    """The first blaming phrase in `text` that is not part of a negated form ("not your fault")."""
    blanked = _NEGATED.sub(lambda m: " " * len(m.group()), text.replace("\u2019", "'"))
    return _BLAMING.search(blanked)


def _textstat() -> ModuleType | None:
    try:
        return importlib.import_module("textstat")
    except ImportError:  # a dev dependency: without it the reading-level rule is skipped
        return None


def _chapter_texts(chapter: ChapterSource) -> Iterator[tuple[Path_, TextSpec, list[str]]]:
    """Every text of a chapter with its path and the codes its step allows."""
    steps = chapter.spec.steps
    for path, text in _walk(chapter.spec, ()):
        allowed: list[str] = []
        if len(path) > 1 and path[0] == "steps" and isinstance(path[1], int):
            step = steps[path[1]]
            allowed = step.allow if step is not None else []
        yield path, text, allowed


def _checked(project: Project) -> Iterator[ChapterSource]:
    return (c for c in project.chapters if c.spec.id not in project.partial_chapters)


def check_reading_level(project: Project, grade: Callable[[str], float] | None = None) -> Iterator[Diagnostic]:
    """English lines, choice options and quiz answers at a Flesch-Kincaid grade of 6 or lower."""
    if grade is None:
        module = _textstat()
        if module is None:
            return
        grade = module.flesch_kincaid_grade
    for chapter in _checked(project):
        for i, step in chapter.valid_steps():
            texts: list[tuple[Path_, TextSpec]] = []
            if isinstance(step, LineSpec):
                texts = [(("steps", i, "text"), step.text)]
            elif isinstance(step, ChoiceSpec):
                texts = [(("steps", i, "options", j, "text"), o.text) for j, o in enumerate(step.options)]
            elif isinstance(step, QuizSpec):
                texts = [(("steps", i, "answers", j, "text"), a.text) for j, a in enumerate(step.answers)]
            if "reading-level" in step.allow:
                continue
            for path, text in texts:
                english = PLACEHOLDER.sub("1234", text.en[:MAX_GRADED])
                if len(english.split()) < MIN_WORDS:
                    continue
                found = float(grade(english))
                if found > MAX_GRADE:
                    yield Diagnostic(chapter.source.pos((*path, "en")), "reading-level",
                                     f"this English reads at grade {found:.1f} (Flesch-Kincaid); aim for "
                                     f"{MAX_GRADE:g} or lower",
                                     "use shorter sentences and shorter, everyday words; "
                                     + _silence("reading-level"), severity="warning")


def check_line_length(project: Project) -> Iterator[Diagnostic]:
    """A line's text fits the dialogue box: at most 110 characters in English and 60 in Korean."""
    for chapter in _checked(project):
        for i, step in chapter.valid_steps():
            if not isinstance(step, LineSpec) or "line-too-long" in step.allow:
                continue
            for lang, limit in MAX_LENGTH.items():
                length = len(PLACEHOLDER.sub("x" * PLACEHOLDER_WIDTH, getattr(step.text, lang)))
                if length > limit:
                    yield Diagnostic(chapter.source.pos(("steps", i, "text", lang)), "line-too-long",
                                     f"this {lang} line has {length} characters; at most {limit} fit the box",
                                     "split it into two `line` steps or say it more briefly; "
                                     + _silence("line-too-long"), severity="warning")


def check_blaming(project: Project) -> Iterator[Diagnostic]:
    """No text blames the child ("why didn't you", "your fault", "네 잘못", ...), unless it is negated."""
    for chapter in _checked(project):
        for path, text, allowed in _chapter_texts(chapter):
            if "victim-blaming" in allowed:
                continue
            for lang in ("ko", "en"):
                match = blaming_phrase(getattr(text, lang))
                if match is not None:
                    yield Diagnostic(chapter.source.inside((*path, lang), match.start()), "victim-blaming",
                                     f"'{match.group()}' can sound like blaming the child",
                                     "never blame the child: say e.g. \"it's not your fault\" / \"네 잘못이 "
                                     "아니에요\" instead; " + _silence("victim-blaming"), severity="warning")


def check_content_notes(project: Project) -> Iterator[Diagnostic]:
    """Every listed chapter but the first one (the story start) has a `content_note`."""
    listed = project.story.chapters[1:]  # an unlisted chapter is already a chapter-not-listed error
    for chapter in _checked(project):
        spec = chapter.spec
        first = next((s for s in spec.steps[:1] if s is not None), None)
        if spec.id not in listed or spec.content_note is not None or (first and "no-content-note" in first.allow):
            continue
        yield Diagnostic(chapter.source.pos(("id",)), "no-content-note", f"chapter '{spec.id}' has no content_note",
                         "add a gentle `content_note: {ko: ..., en: ...}` saying what the chapter is about; "
                         "or silence it with `allow: [no-content-note]` on the chapter's first step",
                         severity="warning")


WORD_CHECKS = (check_reading_level, check_line_length, check_blaming, check_content_notes)
