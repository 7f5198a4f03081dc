"""Safeguarding checks: every region has its help channels, and no text misleads or blames a child.

These are errors, not warnings, and `allow:` cannot silence them: each one guards a child who may be living
what the story shows (BRIEF §4 channels, §5.3 trauma-informed wording).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from game.content.diagnostics import Diagnostic
from game.content.lint_data import _walk
from game.content.project import Project
from game.content.schema import MinigamePoolSpec, QuizSpec, TextSpec
from game.content.source import Path_, SourceFile
from game.placeholders import PLACEHOLDER

# Every region needs these channels, each for one purpose (BRIEF §4); `report` may name a service with no number.
CHANNELS: dict[str, str] = {
    "danger": "danger right now (the emergency number)",
    "talk": "where a child can talk to someone (the child helpline)",
    "report": "where abuse is reported",
    "emergency": "fire and ambulance",
}
NEEDS_NUMBER = ("danger", "talk", "emergency")

# `{danger}` is only for danger right now: the text (or the question it answers) must say so.
URGENT = {"en": re.compile(r"\bnow\b|\bdanger", re.IGNORECASE), "ko": re.compile(r"지금|위험|당장")}
DANGER = re.compile(r"\{danger\}")

# Feedback on a wrong answer that praises the motive behind the unsafe act ("Wanting to keep a secret is kind").
PRAISE = {
    "en": re.compile(r"\b(?:is|are|it's|it is|that's|that is)\s+(?:so\s+|very\s+|really\s+)?"
                     r"(?:kind|brave|lovely|great|wonderful|sweet|nice)\b|\bkind to\b", re.IGNORECASE),
    "ko": re.compile(r"마음(?:은|이)\s*(?:정말\s*|참\s*)?(?:고와요|다정해요|멋져요|따뜻해요|용감해요|예뻐요)|고와요"),
}
# Groups whose items are the wrong or unsafe answer of their mini-game.
UNSAFE_GROUPS = frozenset({"wrong", "not-safe", "not-ok"})

# Adult-only wording that must never reach the projector through a chapter's `discussion` (class questions).
TEACHER_ONLY = {
    "en": re.compile(r"\bmandatory\b|\bCivil Code\b|\bArt(?:icle|\.)\s*\d|\breport (?:it )?to\b|\{report\}|"
                     r"\bdon't (?:ask|promise|confront)\b|\bchildren (?:hear|see|don't)\b", re.IGNORECASE),
    "ko": re.compile(r"신고의무|민법|제\d+조|신고해 주세요|\{report\}|묻지 마세요|약속하지 말"),
}

# "You should have…" addressed to a child (the blaming formula), in either language.
SHOULD_HAVE = {"en": re.compile(r"\byou\s+should\s+have\b|\byou\s+should've\b", re.IGNORECASE),
               "ko": re.compile(r"(?:았|었|했|였|됐)어야")}


def check_channels(project: Project) -> Iterator[Diagnostic]:
    """Every region has the danger, talk, report and emergency channels; all but `report` have a number."""
    for src, region in project.regions:
        for key, purpose in CHANNELS.items():
            number = region.numbers.get(key)
            if number is None:
                yield Diagnostic(src.pos(("numbers",)), "missing-channel",
                                 f"region '{region.id}' has no `{key}` channel ({purpose})",
                                 f"add `{key}:` under numbers, with the number BRIEF.md §4 gives for it")
            elif key in NEEDS_NUMBER and number.number is None:
                yield Diagnostic(src.pos(("numbers", key)), "missing-channel",
                                 f"the `{key}` channel of '{region.id}' has no number",
                                 "give its number as BRIEF.md §4 has it; only `report` may be a name alone")


def _texts(project: Project) -> Iterator[tuple[SourceFile, object, Path_, TextSpec]]:
    """Every text of the story, the chapters and the mini-game pools, with the data its path starts from."""
    for path, text in _walk(project.story, ()):
        yield project.story_source, project.story, path, text
    for chapter in project.chapters:
        if chapter.spec.id in project.partial_chapters:
            continue
        for path, text in _walk(chapter.spec, ()):
            yield chapter.source, chapter.spec, path, text
    for src, spec in project.minigames:
        for path, text in _walk(spec.root, ()):
            yield src, spec.root, path, text


def _context(root: object, path: Path_) -> list[TextSpec]:
    """The texts that set the scene for the text at `path`: its question or prompt, and a pool's instructions."""
    found: list[TextSpec] = []
    node = root
    for key in path[:-1]:
        if isinstance(node, BaseModel):
            node = getattr(node, str(key), None)
        elif isinstance(node, dict):
            node = node.get(key)
        elif isinstance(node, list) and isinstance(key, int) and key < len(node):
            node = node[key]
        else:
            break
        if isinstance(node, MinigamePoolSpec):
            found.append(node.instructions)
        for name in ("question", "prompt"):
            value = getattr(node, name, None)
            if isinstance(value, TextSpec) and value is not None:
                found.append(value)
    return found


def _urgent(text: str, lang: str) -> bool:
    """Whether `text` says the danger is now (placeholders such as {danger} themselves do not count)."""
    return URGENT[lang].search(PLACEHOLDER.sub("", text)) is not None


def check_danger_lines(project: Project) -> Iterator[Diagnostic]:
    """`{danger}` (the emergency number) only in a text that says the danger is now, or answers one that does.

    Outside Korea the emergency number is for danger right now; a worry goes to a trusted adult or `{talk}`,
    and an adult's report to `{report}` (BRIEF §4).
    """
    for src, root, path, text in _texts(project):
        context = None
        for lang in ("ko", "en"):
            value = getattr(text, lang)
            match = DANGER.search(value)
            if match is None or _urgent(value, lang):
                continue
            if context is None:
                context = _context(root, path)
            if any(_urgent(getattr(c, lang), lang) for c in context):
                continue
            yield Diagnostic(src.inside((*path, lang), match.start()), "danger-not-urgent",
                             "{danger} is the emergency number, but this text does not say the danger is now",
                             "say it is for danger right now (\"right now\" / \"지금 위험하면\"); for a worry use "
                             "a trusted adult or {talk}, and for an adult's report {report}")


def _wrong_feedback(project: Project) -> Iterator[tuple[SourceFile, Path_, TextSpec]]:
    """The explanation of every wrong quiz answer and the feedback of every wrong or unsafe mini-game item."""
    for chapter in project.chapters:
        for i, step in chapter.valid_steps():
            if isinstance(step, QuizSpec):
                for j, answer in enumerate(step.answers):
                    if not answer.correct:
                        yield chapter.source, ("steps", i, "answers", j, "explanation"), answer.explanation
    for src, spec in project.minigames:
        for game, pools in spec.root.items():
            for name, pool in pools.items():
                for k, item in enumerate(pool.items):
                    if item.group in UNSAFE_GROUPS:
                        yield src, (game, name, "items", k, "feedback"), item.feedback
                for q, question in enumerate(pool.questions):
                    for k, item in enumerate(question.items):
                        if item.group in UNSAFE_GROUPS:
                            yield src, (game, name, "questions", q, "items", k, "feedback"), item.feedback


def check_praised_motive(project: Project) -> Iterator[Diagnostic]:
    """Feedback on a wrong answer never praises the wish behind the unsafe act ("Wanting to keep a secret is kind").

    A child may be keeping that very secret: say what they may feel ("it can feel like helping"), then what is
    safe. Choice options have no wrong answer, so only quizzes and mini-games are checked.
    """
    for src, path, text in _wrong_feedback(project):
        for lang in ("ko", "en"):
            match = PRAISE[lang].search(getattr(text, lang))
            if match is not None:
                yield Diagnostic(src.inside((*path, lang), match.start()), "praises-unsafe-motive",
                                 f"'{match.group()}' praises the motive behind a wrong, unsafe answer",
                                 "name the feeling instead (\"You might want to help\" / \"돕고 싶을 수 있어요\"), "
                                 "then say what is safe")


def check_should_have(project: Project) -> Iterator[Diagnostic]:
    """No text says "you should have…" to a child ("했어야"): it reads as blame for what happened."""
    for src, _root, path, text in _texts(project):
        for lang in ("ko", "en"):
            match = SHOULD_HAVE[lang].search(getattr(text, lang))
            if match is not None:
                yield Diagnostic(src.inside((*path, lang), match.start()), "should-have",
                                 f"'{match.group()}' tells a child what they should have done or had",
                                 "say what is true now: \"You deserve…\" / \"…누릴 권리가 있어요\", or "
                                 "\"It is not your fault\"")


def check_class_questions(project: Project) -> Iterator[Diagnostic]:
    """A chapter's `discussion` holds questions for children (shown on the projector), never adult notes.

    Notes on law, reporting duty or how to respond to a disclosure belong in `teacher_notes` (guide only), and
    a teacher note's `region` must be a region the story has.
    """
    regions = {region.id for _src, region in project.regions}
    for chapter in project.chapters:
        if chapter.spec.id in project.partial_chapters:
            continue
        for i, prompt in enumerate(chapter.spec.discussion):
            for lang in ("ko", "en"):
                match = TEACHER_ONLY[lang].search(getattr(prompt, lang))
                if match is not None:
                    yield Diagnostic(chapter.source.inside(("discussion", i, lang), match.start()),
                                     "teacher-note-on-screen",
                                     f"'{match.group()}' is for adults, but `discussion` is shown to the class",
                                     "move this note to `teacher_notes:` (printed in the guide only) and keep "
                                     "`discussion` for questions children can answer")
        for i, note in enumerate(chapter.spec.teacher_notes):
            if note.region is not None and regions and note.region not in regions:
                yield Diagnostic(chapter.source.pos(("teacher_notes", i, "region")), "unknown-region",
                                 f"no regions/*.yaml file has id '{note.region}'",
                                 f"known regions: {', '.join(sorted(regions))}")


SAFEGUARDING_CHECKS = (check_channels, check_danger_lines, check_praised_motive, check_should_have,
                       check_class_questions)
