"""Render the teacher guide and the family letter from Jinja2 templates (autoescaped, self-contained HTML)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from game.guide import texts as T
from game.guide.lesson import LessonPlan, lesson_plan, step_label
from game.guide.printing import Layout, marker
from game.placeholders import fill
from game.story import Chapter, MinigamePool, MinigameStep, QuizStep, Region, Story, TeacherNote, Text
from game.ui.strings import ui


@cache
def environment() -> Environment:
    """The template environment: files in game/guide/templates, every `{{ }}` HTML-escaped."""
    return Environment(loader=PackageLoader("game.guide", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


UI_LABEL = re.compile(r"\[\[([a-z0-9-]+)\]\]")


class Writer:
    """Fills every text for one language and region (the templates escape it)."""

    def __init__(self, story: Story, region: Region, lang: str) -> None:
        self.story = story
        self.region = region
        self.lang = lang
        self.korea = region.id == T.KOREA
        report = region.numbers.get("report")
        self.report_uncertain = report is not None and report.uncertain

    def s(self, text: Text | str) -> str:
        """The filled text ({title}, {route}, the region's placeholders, [[ui-key]] button labels), not escaped."""
        raw = text.get(self.lang) if isinstance(text, Text) else text
        raw = raw.replace("{title}", self.story.title.get(self.lang)).replace("{route}", self.route())
        raw = UI_LABEL.sub(lambda m: ui(m.group(1), self.lang), raw)  # the game's own words for its buttons
        return fill(raw, self.region, self.lang)

    def route(self) -> str:
        """Where abuse is reported: the report channel's name, with its number where it has one."""
        report = self.region.numbers.get("report")
        if report is None:
            return ""
        name = report.name.get(self.lang)
        return f"{name} ({report.number})" if report.number else name

    def role_name(self, role: str) -> Text:
        """What a channel is for, in words (its key where the guide has no name for it)."""
        return T.ROLE_NAMES.get(role, Text(ko=role, en=role))


def chapter_anchor(chapter: Chapter) -> str:
    """The id of a chapter's section in the guide."""
    return f"chapter-{chapter.id}"


@dataclass(frozen=True)
class ChapterView:
    """What the guide shows of one chapter, gathered from its compiled steps."""

    chapter: Chapter
    anchor: str
    heading: str
    notes: tuple[Text, ...]
    minigames: tuple[tuple[str, MinigamePool], ...]
    quizzes: tuple[QuizStep, ...]
    plan: LessonPlan
    rows: tuple[PlanRow, ...]
    preparation: tuple[Text, ...]


@dataclass(frozen=True)
class PlanRow:
    """One timed row of a lesson plan's table, in words."""

    kind: str
    time: str
    what: str
    detail: str
    how: tuple[str, ...]


def chapter_heading(w: Writer, index: int, chapter: Chapter) -> str:
    """"1장 · title" / "Chapter 1 · title"; the prologue and the final chapter name themselves."""
    if index == 0 or index == len(w.story.chapters) - 1:
        return w.s(chapter.title)
    label = f"{index}장" if w.lang == "ko" else f"Chapter {index}"
    return f"{label} · {w.s(chapter.title)}"


def _notes(w: Writer, notes: tuple[TeacherNote, ...]) -> tuple[Text, ...]:
    return tuple(note.text for note in notes if note.region in (None, w.region.id))


def chapter_view(w: Writer, index: int, chapter: Chapter) -> ChapterView:
    """One chapter's guide section: its region's notes, its mini-games' pools and its quizzes, in step order."""
    minigames = []
    for step in chapter.steps:
        if isinstance(step, MinigameStep):
            pool = w.story.minigames.get(step.name, {}).get(str(step.params.get("pool", "")))
            if pool is not None:
                minigames.append((step.name, pool))
    quizzes = tuple(step for step in chapter.steps if isinstance(step, QuizStep))
    plan = lesson_plan(w.story, chapter)
    preparation = T.PREPARE + tuple(T.PREPARE_MINIGAME[name] for name, _pool in minigames
                                    if name in T.PREPARE_MINIGAME)
    return ChapterView(chapter, chapter_anchor(chapter), chapter_heading(w, index, chapter),
                       _notes(w, chapter.teacher_notes), tuple(minigames), quizzes, plan, plan_rows(w, plan),
                       preparation)


def minutes(w: Writer, start: int, length: int) -> str:
    """"5–10분" / "5–10 min"."""
    return w.s(T.MINUTES).replace("{a}", str(start)).replace("{b}", str(start + length))


def plan_rows(w: Writer, plan: LessonPlan) -> tuple[PlanRow, ...]:
    """The plan's activities as table rows: when, what (with the question or mini-game) and how to run it."""
    rows = []
    first_vote = True
    for activity in plan.activities:
        what = w.s(T.KIND_NAMES[activity.kind]).replace("{n}", str(len(w.story.check)))
        detail, how = "", []
        label = step_label(activity.step)
        if label is not None:
            detail = w.s(label)
        if isinstance(activity.step, MinigameStep):
            pool = w.story.minigames.get(activity.step.name, {}).get(str(activity.step.params.get("pool", "")))
            detail = w.s(pool.title) if pool is not None else activity.step.name
            how.append(w.s(T.RUN_MINIGAME.get(activity.step.name, T.RUN_MINIGAME_OTHER)))
        else:
            how.append(w.s(T.RUN[activity.kind]))
        if first_vote and activity.kind in ("check-pre", "check-post", "choice", "quiz"):
            how.append(w.s(T.FIRST_VOTE))
            first_vote = False
        rows.append(PlanRow(activity.kind, minutes(w, activity.start, activity.minutes), what, detail, tuple(how)))
    return tuple(rows)


@dataclass(frozen=True)
class TocEntry:
    """One line of the guide's contents."""

    anchor: str
    title: str
    page: int | None = None


def _toc(w: Writer, chapters: list[ChapterView]) -> list[TocEntry]:
    return [TocEntry("how-to", w.s(T.HOW_TO_HEADING)), TocEntry("classroom", w.s(T.CLASSROOM_HEADING)),
            *(TocEntry(c.anchor, c.heading) for c in chapters),
            TocEntry("duty", w.s(T.DUTY_HEADING if w.korea else T.ROUTE_HEADING)),
            TocEntry("helplines", w.s(T.HELPLINES_HEADING)),
            TocEntry("disclose", w.s(T.DISCLOSE_HEADING)),
            TocEntry("record", w.s(T.RECORD_HEADING))]


def guide_anchors(story: Story, region: Region, lang: str) -> tuple[list[str], list[str]]:
    """The contents' section anchors in order, and those of them that are chapters."""
    w = Writer(story, region, lang)
    chapters = [chapter_anchor(c) for c in story.chapters]
    return [entry.anchor for entry in _toc(w, [chapter_view(w, i, c) for i, c in enumerate(story.chapters)])], \
        chapters


def guide_html(story: Story, region: Region, lang: str, layout: Layout | None = None, markers: bool = False) -> str:
    """The whole teacher guide as one HTML page.

    `layout` (from a printed draft) adds page numbers to the contents and tightens chapters it marks compact;
    `markers` prints each section's invisible page marker for such a draft.
    """
    w = Writer(story, region, lang)
    chapters = [chapter_view(w, i, c) for i, c in enumerate(story.chapters)]
    pages = layout.pages if layout else {}
    toc = [TocEntry(e.anchor, e.title, pages.get(e.anchor)) for e in _toc(w, chapters)]
    title = f"{w.s(T.GUIDE_TITLE)}: {w.s(story.title)}"
    return environment().get_template("guide.html.j2").render(
        w=w, T=T, title=title, toc=toc, chapters=chapters, minutes=minutes,
        compact=layout.compact if layout else frozenset(), locator=marker if markers else None)


def played_chapters(story: Story, played: Iterable[str] | None) -> tuple[Chapter, ...]:
    """The chapters named in `played` (ids), in story order; all of them when None. Unknown ids raise ValueError."""
    if played is None:
        return story.chapters
    wanted = {chapter_id.strip() for chapter_id in played if chapter_id.strip()}
    unknown = wanted - {c.id for c in story.chapters}
    if unknown or not wanted:
        known = ", ".join(c.id for c in story.chapters)
        raise ValueError(f"unknown chapter {', '.join(sorted(unknown)) or '(none given)'}; chapters: {known}")
    return tuple(c for c in story.chapters if c.id in wanted)


def letter_html(story: Story, region: Region, lang: str, played: Iterable[str] | None = None) -> str:
    """The one-page family letter sent home after the unit, listing only the chapters played (default: all)."""
    w = Writer(story, region, lang)
    title = f"{w.s(T.LETTER_AFTER_TITLE)} · {w.s(story.title)}"
    return environment().get_template("letter.html.j2").render(w=w, T=T, title=title,
                                                               played=played_chapters(story, played))


def letter_before_html(story: Story, region: Region, lang: str) -> str:
    """The one-page family letter sent home before the unit: topics, how to respond if a child talks, numbers."""
    w = Writer(story, region, lang)
    title = f"{w.s(T.LETTER_BEFORE_TITLE)} · {w.s(story.title)}"
    return environment().get_template("letter_before.html.j2").render(w=w, T=T, title=title)
