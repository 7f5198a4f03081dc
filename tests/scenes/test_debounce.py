"""A press meant for one screen never acts on the next: screens that ask something settle before taking input."""

from __future__ import annotations

from scenes.choice import ChoiceScene
from scenes.classvote import ClassVoteScene
from scenes.dialogue import DialogueScene
from scenes.quiz import QuizScene
from tests.scenes.stories import small_story

GAP_80_MS = 4  # frames between two presses of a quick double press (the report measured 80 ms)


def _double_press(pilot) -> None:
    pilot.press("confirm", hurry=True)
    pilot.step(GAP_80_MS)
    pilot.press("confirm", hurry=True)


def test_a_double_press_on_the_line_before_a_choice_shows_the_choice_and_takes_nothing(pilot_for):
    """Enter twice 80 ms apart closes the line; the choice then shows and no option is taken."""
    pilot = pilot_for(small_story(), lang="en")
    pilot.press("confirm", "confirm")  # start, the chapter card: the first line
    pilot.press("confirm")  # the second line
    assert pilot.top_scene_is(DialogueScene)
    _double_press(pilot)
    assert pilot.top_scene_is(ChoiceScene)
    assert pilot.state.step_id == "one.pick" and "one.question" not in pilot.state.visits
    pilot.step(30)
    pilot.press("confirm", hurry=True)  # after the moment: Enter reaches the choice (its first option)
    assert not pilot.top_scene_is(ChoiceScene)


def test_a_triple_press_on_a_choice_never_answers_the_quiz_after_it(pilot_for):
    """Three quick clicks on an option: the option is taken, the quiz that follows gets none of them."""
    pilot = pilot_for(small_story(), lang="en")
    pilot.press("confirm", "confirm", "confirm", "confirm")
    choice = pilot.top_scene
    assert isinstance(choice, ChoiceScene)
    pilot.click("choice-0")
    for _ in range(2):
        pilot.step(GAP_80_MS)
        pilot.click_at(choice.buttons.buttons[0].rect.center, hurry=True)
    quiz = pilot.top_scene
    assert isinstance(quiz, QuizScene) and quiz.outcome is None
    assert "one.question" not in pilot.state.quizzes


def test_a_double_press_before_a_class_vote_counts_no_hand(pilot_for):
    """Classroom mode: the press after the one that closed the line adds no hand to the vote."""
    pilot = pilot_for(small_story(), lang="en")
    pilot.click("teacher")
    pilot.press("confirm", "confirm", "confirm")
    _double_press(pilot)
    vote = pilot.top_scene
    assert isinstance(vote, ClassVoteScene)
    assert vote.counts == [0, 0]
