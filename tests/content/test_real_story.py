"""The real chapters in story/: lint-clean, and playable to an ending on every choice path."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.compile import load_story_dir, read_project
from game.story import AwardStep, ChoiceStep, QuizStep
from game.testing import play_through

STORY = Path(__file__).resolve().parents[2] / "story"


def test_story_folder_has_no_content_errors():
    """The linter finds nothing wrong in story/."""
    _project, diagnostics = read_project(STORY)
    assert [d.format() for d in diagnostics] == []


def test_every_text_has_both_languages_filled():
    """Every chapter title, intro and outro is non-empty in Korean and English."""
    story = load_story_dir(STORY)
    for chapter in story.chapters:
        for text in (chapter.title, chapter.intro, chapter.outro):
            assert text.ko.strip() and text.en.strip()


def test_prologue_has_a_choice_a_quiz_and_a_time_piece():
    """The prologue contains what the first chapter must teach and award."""
    story = load_story_dir(STORY)
    prologue = story.chapter("prologue")
    kinds = [type(step) for step in prologue.steps]
    assert ChoiceStep in kinds and QuizStep in kinds
    assert any(isinstance(s, AwardStep) and s.prize_kind == "time_piece" for s in prologue.steps)
    assert prologue.content_note is not None and prologue.discussion


def test_every_quiz_answer_has_an_explanation_in_both_languages():
    """No answer is left without a kind explanation."""
    story = load_story_dir(STORY)
    for chapter in story.chapters:
        for step in chapter.steps:
            if isinstance(step, QuizStep):
                assert all(a.explanation.ko.strip() and a.explanation.en.strip() for a in step.answers)


@pytest.mark.parametrize("policy", ["first", "last", "middle"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_keyboard_playthrough_reaches_an_ending(pilot_for, policy, lang):
    """A keyboard-only player reaches the ending whichever options they pick."""
    choose = {"first": lambda n: 0, "last": lambda n: n - 1, "middle": lambda n: n // 2}[policy]
    saves_pilot = pilot_for(STORY, lang=lang)
    visited = play_through(saves_pilot, choose=choose)
    story = load_story_dir(STORY)
    last = story.step(visited[-1])
    assert last.kind == "ending"
    assert visited[0] == story.chapter(story.start).first_step
