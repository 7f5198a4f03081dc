"""The real story's quizzes and check: over many games no answer position gives the right answer away."""

from __future__ import annotations

from pathlib import Path

from game.answer_order import answer_order
from game.content.compile import load_story_dir
from game.story import QuizStep

STORY = Path(__file__).resolve().parents[2] / "story"
GAMES = 300


def test_the_first_shown_answer_is_right_about_as_often_as_chance():
    """For every quiz and check question, the first shown answer is right close to 1 / (number of answers)."""
    story = load_story_dir(STORY)
    questions = [(s.id, [a.correct for a in s.answers]) for c in story.chapters for s in c.steps
                 if isinstance(s, QuizStep) and s.shuffle]
    questions += [(f"check.{q.id}", [a.correct for a in q.answers]) for q in story.check]
    assert len(questions) >= 20
    expected = observed = 0.0
    for question_id, correct in questions:
        chance = sum(correct) / len(correct)
        expected += chance * GAMES
        observed += sum(correct[answer_order(seed, question_id, len(correct))[0]] for seed in range(GAMES))
    assert abs(observed - expected) < 0.05 * expected  # e.g. 2,000 ± 100 over all questions and games
