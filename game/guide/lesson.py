"""A chapter's 40-minute lesson, derived from its compiled steps: what the class does, in order, with timings."""

from __future__ import annotations

from dataclasses import dataclass

from game.story import (
    AwardStep,
    Chapter,
    ChapterEndStep,
    ChoiceStep,
    EndingStep,
    LineStep,
    MinigameStep,
    QuizStep,
    Step,
    Story,
    Text,
)

LESSON_MINUTES = 40
OPENING_MINUTES = 5
CLOSING_MINUTES = 5
MIN_DISCUSSION = 8  # the discussion is never squeezed below this: it is where the learning is talked through
# Rough classroom costs (minutes). Reading is measured on the English text so both languages get the same plan.
READ_CHARS_PER_MINUTE = 800  # about 150 words a minute, read aloud
VOTE_MINUTES = 2.0  # read the question and answers, a show of hands, type the counts, the chart
MINIGAME_MINUTES = 4.0
CHECK_MINUTES_PER_QUESTION = 1.0


@dataclass(frozen=True)
class Activity:
    """One row of the plan: kind is check-pre, check-post, choice, quiz, minigame or story; `step` for the game's."""

    kind: str
    step: Step | None
    read_chars: int  # story text read on the way to (and with) this activity
    start: int = 0
    minutes: int = 0

    @property
    def raw_minutes(self) -> float:
        """The unrounded estimate: reading plus the activity itself."""
        own = {"choice": VOTE_MINUTES, "quiz": VOTE_MINUTES, "minigame": MINIGAME_MINUTES}.get(self.kind, 0.0)
        return self.read_chars / READ_CHARS_PER_MINUTE + own


@dataclass(frozen=True)
class LessonPlan:
    """Opening, the chapter's activities in step order, the discussion and the closing, summing to 40 minutes."""

    chapter: Chapter
    activities: tuple[Activity, ...]
    discussion_start: int
    discussion_minutes: int
    closing_start: int
    checks: tuple[str, ...]  # "pre" / "post": the before/after check is asked in this lesson

    @property
    def votes(self) -> int:
        """How many show-of-hands votes the chapter asks (choices and quizzes; a wrong quiz answer adds one)."""
        return sum(1 for a in self.activities if a.kind in ("choice", "quiz"))


def _spoken(step: Step) -> int:
    """Characters of story text a step shows (its English text, for a language-neutral estimate)."""
    if isinstance(step, LineStep):
        return len(step.text.en)
    if isinstance(step, (AwardStep, EndingStep)) and step.text is not None:
        return len(step.text.en)
    return 0


def _check_kind(kind: str, questions: int) -> Activity:
    return Activity(kind, None, int(questions * CHECK_MINUTES_PER_QUESTION * READ_CHARS_PER_MINUTE))


def activities(story: Story, chapter: Chapter) -> list[Activity]:
    """The chapter's votes and mini-games in step order, each with the story read on the way to it."""
    rows: list[Activity] = []
    if story.check and chapter.id == story.start:
        rows.append(_check_kind("check-pre", len(story.check)))
    pending = 0
    for step in chapter.steps:
        if isinstance(step, EndingStep) and story.check:
            rows.append(_check_kind("check-post", len(story.check)))  # asked before the ending is shown
        pending += _spoken(step)
        kind = {ChoiceStep: "choice", QuizStep: "quiz", MinigameStep: "minigame"}.get(type(step))
        if kind is not None:
            rows.append(Activity(kind, step, pending))
            pending = 0
    if pending or isinstance(chapter.steps[-1], (ChapterEndStep, EndingStep)):
        rows.append(Activity("story", None, pending + len(chapter.outro.en)))
    return rows


def _share(weights: list[float], total: int) -> list[int]:
    """`total` whole minutes shared in proportion to `weights`, each at least 1, largest remainders first."""
    exact = [w * total / sum(weights) for w in weights]
    minutes = [max(1, int(x)) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    index = 0
    while sum(minutes) < total:
        minutes[by_remainder[index % len(minutes)]] += 1
        index += 1
    while sum(minutes) > total:  # only when rounding small rows up to 1 overshoots: take from the longest
        minutes[max(range(len(minutes)), key=lambda i: minutes[i])] -= 1
    return minutes


def lesson_plan(story: Story, chapter: Chapter) -> LessonPlan:
    """The chapter's plan: activities fitted into what the opening, closing and discussion leave of 40 minutes."""
    rows = activities(story, chapter)
    room = LESSON_MINUTES - OPENING_MINUTES - CLOSING_MINUTES - MIN_DISCUSSION
    wanted = sum(a.raw_minutes for a in rows)
    budget = min(room, max(len(rows), round(wanted)))
    minutes = _share([a.raw_minutes for a in rows], budget)
    placed, start = [], OPENING_MINUTES
    for row, length in zip(rows, minutes, strict=True):
        placed.append(Activity(row.kind, row.step, row.read_chars, start, length))
        start += length
    closing = LESSON_MINUTES - CLOSING_MINUTES
    checks = tuple(kind.removeprefix("check-") for kind in (a.kind for a in rows) if kind.startswith("check-"))
    return LessonPlan(chapter, tuple(placed), start, closing - start, closing, checks)


def step_label(step: Step | None) -> Text | None:
    """What the class sees at a step: a choice's prompt or a quiz's question (None for others)."""
    if isinstance(step, ChoiceStep):
        return step.prompt
    if isinstance(step, QuizStep):
        return step.question
    return None
