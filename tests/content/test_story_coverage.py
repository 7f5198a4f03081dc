"""The whole story teaches everything it must, on every path, with the right numbers and simple English."""

from __future__ import annotations

import re
import statistics
from functools import cache
from pathlib import Path

import pytest

from game import catalog
from game.content.compile import load_story_dir
from game.paths import explore
from game.placeholders import fill
from game.story import (
    AwardStep,
    ChapterEndStep,
    ChoiceStep,
    EndingStep,
    LineStep,
    MinigameStep,
    QuizStep,
    Story,
    Text,
)

STORY_DIR = Path(__file__).resolve().parents[2] / "story"
ABUSE_CHAPTERS = ("physical", "emotional", "neglect", "body-safety")

# Numbers the story may state besides helplines, each with where BRIEF.md gives it.
FACT_NUMBERS = {
    "19": "Child Abuse Prevention Day, 19 November (BRIEF §1.6)",
    "11": "November, the 11th month, as Korean writes dates: 11월 19일 (BRIEF §1.6)",
    "1": "January (1월) 2021, when Art. 915 was deleted (BRIEF §1.1: 26 Jan 2021)",
    "915": "Civil Code Art. 915, the deleted 'right to discipline' (BRIEF §1.1)",
    "25": "prevention week 19–25 November (BRIEF §1.6)",
    "2014": "112 became the single reporting number in 2014 (BRIEF §1.4)",
    "2021": "the parental 'right to discipline' was deleted in 2021 (BRIEF §1.1)",
    "18": "a child is anyone under 18 (BRIEF §1.1)",
    "5": "five trusted adults on the safety hand (BRIEF §2.3)",
    "182": "missing children line / safe182.go.kr (BRIEF §1.4, §1.8)",
    "24": "24-hour helplines (BRIEF §1.4)",
    "7": "24/7 (BRIEF §1.4)",
    "1388": "the 1388.go.kr chat address in Korea's {talk.note} (BRIEF §1.4)",
    "686868": "Kids Help Phone text number in Canada's {talk.note} (BRIEF §4)",
    "999": "Ireland's other emergency number, in its {danger.note} (BRIEF §4: 112 or 999)",
}

# Help channels per region exactly as BRIEF.md §1.4 and §4 give them: danger now, the child's talk line, where
# abuse is reported (None: the brief names a service but no single number) and fire/ambulance.
BRIEF_NUMBERS = {
    "ko-KR": {"danger": "112", "talk": "1388", "report": "112", "emergency": "119"},
    "en-GB": {"danger": "999", "talk": "0800 1111", "report": "0808 800 5000", "emergency": "999"},
    "en-US": {"danger": "911", "talk": "1-800-422-4453", "report": None, "emergency": "911"},
    "en-AU": {"danger": "000", "talk": "1800 55 1800", "report": None, "emergency": "000"},
    "en-CA": {"danger": "911", "talk": "1-800-668-6868", "report": None, "emergency": "911"},
    "en-IE": {"danger": "112", "talk": "1800 66 66 66", "report": None, "emergency": "112"},
    "EU": {"danger": "112", "talk": "116 111", "report": None, "emergency": "112"},
}
# Regions whose emergency call-takers first ask which service you need (BRIEF §4: UK, Ireland, Australia, EU).
ASKS_SERVICE = {"en-GB", "en-IE", "en-AU", "EU"}


@cache
def story() -> Story:
    return load_story_dir(STORY_DIR)


def story_texts() -> list[Text]:
    """Every text the story itself shows (chapters, names, prizes, mini-games), not the region files."""
    s = story()
    return texts_of([s.title, s.chapters, s.characters, s.badges, s.time_pieces, s.minigames])


def texts_of(value: object) -> list[Text]:
    """Every `Text` inside a compiled step, option, answer or chapter."""
    if isinstance(value, Text):
        return [value]
    if isinstance(value, tuple | list):
        return [t for item in value for t in texts_of(item)]
    if isinstance(value, dict):
        return [t for item in value.values() for t in texts_of(item)]
    if hasattr(value, "__dataclass_fields__"):
        return [t for name in value.__dataclass_fields__ for t in texts_of(getattr(value, name))]
    return []


def test_every_lesson_topic_is_tagged_somewhere():
    """Each abuse kind × (recognise, respond, report) and each named topic is taught on at least one step."""
    tagged = {tag for chapter in story().chapters for step in chapter.steps for tag in step.tags}
    missing = sorted(set(catalog.TAGS) - tagged)
    assert missing == [], f"no step is tagged {missing}"


def test_every_path_passes_the_reporting_lesson_and_ends_in_the_finale():
    """Every way through the story (choices, mini-game results) reaches the lesson and an ending; no game over."""
    report = explore(story())
    assert not report.stuck, report.stuck[:3]
    assert not report.missing_lesson, report.missing_lesson[:1]
    assert not report.truncated
    last = story().chapters[-1].id
    assert report.endings and all(ending.startswith(f"{last}.") for ending in report.endings)
    print(f"paths: {report.states} distinct states, endings {sorted(report.endings)}")


@pytest.mark.parametrize("chapter_id", ABUSE_CHAPTERS)
def test_abuse_chapter_has_every_required_part(chapter_id):
    """Content note, ≥2 choices with feedback on every option, ≥3 quizzes, a mini-game, teacher prompts, an award."""
    chapter = story().chapter(chapter_id)
    steps = chapter.steps
    choices = [s for s in steps if isinstance(s, ChoiceStep)]
    assert chapter.content_note is not None and chapter.discussion
    assert len(choices) >= 2 and all(o.feedback is not None for c in choices for o in c.options)
    assert sum(isinstance(s, QuizStep) for s in steps) >= 3
    assert any(isinstance(s, MinigameStep) for s in steps)
    assert any(isinstance(s, AwardStep) and s.prize_kind == "time_piece" for s in steps)
    assert isinstance(steps[-1], ChapterEndStep)
    stages = {tag for s in steps for tag in s.tags}
    kind = "sexual" if chapter_id == "body-safety" else chapter_id
    assert {f"{kind}-recognise", f"{kind}-respond", f"{kind}-report", "not-your-fault"} <= stages


def test_only_the_finale_has_endings():
    """No chapter stops the story early: endings live in the last chapter only."""
    for chapter in story().chapters[:-1]:
        assert not any(isinstance(s, EndingStep) for s in chapter.steps), chapter.id


def test_region_files_match_the_brief():
    """Every region's danger, talk, report and emergency channels are the ones BRIEF.md gives."""
    found = {rid: {role: n.number for role, n in region.numbers.items()} for rid, region in story().regions.items()}
    assert found == BRIEF_NUMBERS


def test_only_korea_reports_abuse_on_the_danger_number():
    """Korea's 112 is right for danger and for reports; everywhere else the two channels differ (BRIEF §4)."""
    same = {rid for rid, region in story().regions.items()
            if region.numbers["report"].number == region.numbers["danger"].number}
    assert same == {"ko-KR"}


def test_call_takers_ask_which_service_where_the_brief_says_so():
    """The practice call asks "which service?" first exactly in the regions whose call-takers do (BRIEF §4)."""
    asking = {rid for rid, region in story().regions.items() if region.numbers["danger"].asks_service}
    assert asking == ASKS_SERVICE


@pytest.mark.parametrize("region_id", sorted(BRIEF_NUMBERS))
def test_every_number_shown_is_a_helpline_of_the_region_or_a_fact_from_the_brief(region_id):
    """After filling placeholders for a region, each number in the story is that region's or a known fact."""
    region = story().regions[region_id]
    numbers = [n.number for n in region.numbers.values() if n.number is not None]
    allowed = {re.sub(r"\D", "", n) for n in numbers} | set(FACT_NUMBERS)
    allowed |= {re.sub(r"\D", "", part) for n in numbers for part in n.split()}
    allowed |= {part for n in numbers for part in re.split(r"[ -]", n)}
    strays = set()
    for text in story_texts():
        for lang in ("ko", "en"):
            filled = fill(text.get(lang), region, lang)
            for number in re.findall(r"\d+", filled):
                if number not in allowed:
                    strays.add((number, filled[:60]))
    assert strays == set()


def test_english_lines_are_easy_to_read():
    """The median Flesch-Kincaid grade of each chapter's English lines is at most 4.0 (printed per chapter)."""
    import textstat  # a dev dependency: this check must run, never skip
    region = story().regions[story().default_region]
    grades = {}
    for chapter in story().chapters:
        lines = [fill(t.en, region, "en") for s in chapter.steps if isinstance(s, LineStep | ChoiceStep | QuizStep)
                 for t in texts_of(s)]
        grades[chapter.id] = statistics.median(textstat.flesch_kincaid_grade(line) for line in lines)
    print("median Flesch-Kincaid grade per chapter:", {k: round(v, 2) for k, v in grades.items()})
    assert all(grade <= 4.0 for grade in grades.values()), grades


def test_the_font_has_every_character_the_story_and_interface_use():
    """No text would show as empty boxes: every character is in the bundled font."""
    from fontTools.ttLib import TTFont

    from game.ui import theme
    from game.ui.strings import UI

    cmap = TTFont(theme.FONT_REGULAR).getBestCmap()
    texts = [*story_texts(), *story().regions.values(), *UI.values()]
    used = {c for t in texts_of(texts) for lang in ("ko", "en") for c in t.get(lang)}
    missing = sorted(c for c in used if not c.isspace() and ord(c) not in cmap)
    assert missing == []
