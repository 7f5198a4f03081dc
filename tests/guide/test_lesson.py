"""Lesson plans: one per chapter, 40 minutes, every vote and mini-game of the compiled chapter, per region's facts."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from game.content.compile import load_story_dir
from game.guide import guide_html
from game.guide import texts as T
from game.guide.lesson import LESSON_MINUTES, MIN_DISCUSSION, lesson_plan
from game.placeholders import fill
from game.story import ChoiceStep, EndingStep, MinigameStep, QuizStep, Story
from tests.guide.test_guide import LANGS, Page, norm

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def story() -> Story:
    return load_story_dir(ROOT / "story")


def lessons(html: str) -> dict[str, str]:
    """Each chapter's lesson-plan section (by chapter id), as HTML."""
    found = re.findall(r'<section class="lesson" id="chapter-([a-z0-9_-]+)-lesson".*?</section>', html, re.S)
    chunks = re.split(r'(?=<section class="lesson" id="chapter-)', html)[1:]
    return {cid: chunk.split("</section>")[0] for cid, chunk in zip(found, chunks, strict=True)}


def expected_kinds(story: Story, chapter_id: str) -> list[str]:
    """What the class meets in the chapter, read straight from its steps: the checks, votes and mini-games."""
    chapter = story.chapter(chapter_id)
    kinds = ["check-pre"] if chapter.id == story.start and story.check else []
    for step in chapter.steps:
        if isinstance(step, EndingStep) and story.check:
            kinds.append("check-post")
        if isinstance(step, ChoiceStep):
            kinds.append("choice")
        elif isinstance(step, QuizStep):
            kinds.append("quiz")
        elif isinstance(step, MinigameStep):
            kinds.append("minigame")
    return [*kinds, "story"]


def test_every_plan_fills_forty_minutes_in_order(story: Story) -> None:
    for chapter in story.chapters:
        plan = lesson_plan(story, chapter)
        assert plan.activities[0].start == 5, chapter.id  # after the 5-minute opening
        for before, after in itertools.pairwise(plan.activities):
            assert after.start == before.start + before.minutes and before.minutes >= 1, chapter.id
        last = plan.activities[-1]
        assert plan.discussion_start == last.start + last.minutes
        assert plan.discussion_minutes >= MIN_DISCUSSION
        assert plan.closing_start + 5 == LESSON_MINUTES == plan.discussion_start + plan.discussion_minutes + 5
        assert [a.kind for a in plan.activities] == expected_kinds(story, chapter.id)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("region_id", ["ko-KR", "en-GB", "en-US"])
def test_each_chapter_has_a_lesson_plan_with_its_votes_and_minigames(story: Story, lang: str,
                                                                     region_id: str) -> None:
    region = story.regions[region_id]
    html = guide_html(story, region, lang)
    plans = lessons(html)
    assert list(plans) == [c.id for c in story.chapters]
    for chapter in story.chapters:
        chunk = plans[chapter.id]
        kinds = re.findall(r'<tr data-kind="([a-z-]+)"', chunk)
        assert kinds == expected_kinds(story, chapter.id), chapter.id
        text = Page(chunk).text
        times = re.findall(r'<th scope="row" class="time">(\d+)–(\d+)', chunk)
        assert times[0][0] == "5" and all(a[1] == b[0] for a, b in itertools.pairwise(times))
        for line in (*T.OPENING_SCRIPT, T.PROTECTIVE_INTERRUPTING, *T.CLOSING_ITEMS, T.DISCUSSION_HOW):
            assert norm(fill(line.get(lang), region, lang)) in text, line.get(lang)[:50]
        for question in chapter.discussion:
            assert norm(fill(question.get(lang), region, lang)) in text
        if chapter.content_note is not None:
            assert norm(fill(chapter.content_note.get(lang), region, lang)) in text
        for step in chapter.steps:
            if isinstance(step, ChoiceStep) and step.prompt is not None:
                assert norm(fill(step.prompt.get(lang), region, lang)) in text
            if isinstance(step, QuizStep):
                assert norm(fill(step.question.get(lang), region, lang)) in text
            if isinstance(step, MinigameStep):
                pool = story.minigames[step.name][str(step.params["pool"])]
                assert norm(fill(pool.title.get(lang), region, lang)) in text
                assert norm(fill(T.RUN_MINIGAME[step.name].get(lang), region, lang)) in text
        for channel in ("danger", "talk"):  # the closing names the child's channels of this region
            number = region.numbers[channel].number
            assert number is not None and number in text
        assert "40" in text


@pytest.mark.parametrize("lang", LANGS)
def test_curriculum_link_follows_the_brief_per_region(story: Story, lang: str) -> None:
    """Korea: the yearly 8 hours of prevention education (BRIEF §1.7) and prevention week (§1.6); elsewhere the
    brief has no curriculum source, so the guide says the school decides."""
    korea = Page(guide_html(story, story.regions["ko-KR"], lang)).text
    uk = Page(guide_html(story, story.regions["en-GB"], lang)).text
    hours = "8시간" if lang == "ko" else "8 hours a year"
    assert korea.count(hours) == len(story.chapters)
    assert hours not in uk
    assert norm(T.CURRICULUM_OTHER[0].get(lang)) in uk and norm(T.CURRICULUM_OTHER[0].get(lang)) not in korea
