"""Every real text of the story fits its box at the default text size, in both languages, without scrolling."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from game.content.compile import load_story_dir
from game.placeholders import fill
from game.story import AwardStep, ChoiceStep, LineStep, QuizStep, Story
from game.ui import theme
from game.ui.text import TextRenderer
from scenes import dialogue
from scenes.card import CardScene

STORY_DIR = Path(__file__).resolve().parents[2] / "story"
DIALOGUE_LINES = 3  # the dialogue box shows three wrapped lines


@cache
def story() -> Story:
    return load_story_dir(STORY_DIR)


def _filled(text, lang):
    region = story().regions.get(story().default_region)
    return fill(text.get(lang), region, lang)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_dialogue_line_fits_the_box(display, lang):
    """Each line wraps to at most three lines in the dialogue box."""
    text = TextRenderer()
    width = dialogue.BOX.width - 2 * dialogue.PADDING
    too_long = [(s.id, len(text.wrap(_filled(s.text, lang), theme.BODY_SIZE, width)))
                for c in story().chapters for s in c.steps if isinstance(s, LineStep)
                if len(text.wrap(_filled(s.text, lang), theme.BODY_SIZE, width)) > DIALOGUE_LINES]
    assert too_long == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_option_and_answer_fits_its_button(display, lang):
    """Choice options take at most two lines; quiz answers one line, also in the smaller feedback view."""
    text = TextRenderer()
    problems = []
    for chapter in story().chapters:
        for step in chapter.steps:
            if isinstance(step, ChoiceStep):
                for option in step.options:
                    if len(text.wrap(_filled(option.text, lang), theme.BODY_SIZE, 900 - 36)) > 2:
                        problems.append(f"{step.id}.{option.id}")
            if isinstance(step, QuizStep):
                for answer in step.answers:
                    label = _filled(answer.text, lang)
                    if len(text.wrap(label, theme.BODY_SIZE, 960 - 40)) > 1:
                        problems.append(f"{step.id}.{answer.id}")
    assert problems == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_quiz_explanation_fits_the_feedback_panel(display, lang):
    """Explanations wrap to at most three lines in the feedback panel."""
    text = TextRenderer()
    problems = [f"{s.id}.{a.id}" for c in story().chapters for s in c.steps if isinstance(s, QuizStep)
                for a in s.answers
                if len(text.wrap(_filled(a.explanation, lang), theme.SMALL_SIZE + 2, 1040 - 72)) > 3]
    assert problems == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_card_fits_the_screen(pilot_for, lang):
    """Chapter intros (with content notes), outros, awards and choice feedback fit on one card."""
    pilot = pilot_for(STORY_DIR, lang=lang)
    ctx = pilot.app.context
    cards = []
    for chapter in story().chapters:
        cards.append(CardScene(ctx.say(chapter.title), ctx.say(chapter.intro), "OK",
                               note=ctx.say(chapter.content_note), note_heading="note"))
        cards.append(CardScene(ctx.say(chapter.title), ctx.say(chapter.outro), "OK", kicker="done"))
        for step in chapter.steps:
            if isinstance(step, AwardStep):
                cards.append(CardScene("prize", ctx.say(step.text), "OK", kicker="award", icon="piece"))
            if isinstance(step, ChoiceStep):
                cards += [CardScene("", ctx.say(o.feedback), "OK") for o in step.options if o.feedback]
    for card in cards:
        card.enter(ctx)
    assert [c.body[:40] for c in cards if not c.fits] == []
