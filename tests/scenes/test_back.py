"""Back as story-game players expect: from feedback to the question, after Continue and after F5, same screen."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.boot import create_app
from game.content.compile import load_story_dir
from game.desktop import story_reloader
from game.save import MemoryStorage, Saves
from game.testing import Pilot
from scenes.card import CardScene
from scenes.choice import ChoiceScene
from scenes.dialogue import DialogueScene
from scenes.quiz import QuizScene
from tests.conftest import write_story
from tests.scenes.stories import MANIFEST, small_story

TWO_PLACES = """
id: one
title: {ko: "첫 이야기", en: "Chapter One"}
intro: {ko: "시작", en: "Start"}
outro: {ko: "끝", en: "Done"}
steps:
  - id: hello
    kind: line
    speaker: owl
    expression: happy
    background: keepers-world
    text: {ko: "안녕하세요!", en: "Hello!"}
  - id: town
    kind: line
    background: town-restored
    text: {ko: "마을이에요.", en: "The town."}
  - id: fin
    kind: ending
    title: {ko: "끝", en: "End"}
    text: {ko: "잘했어요!", en: "Well done!"}
"""


def _to_choice(pilot: Pilot) -> None:
    pilot.press("confirm", "confirm", "confirm", "confirm")  # start, the card, two lines
    assert pilot.top_scene_is(ChoiceScene)


def _to_quiz(pilot: Pilot) -> None:
    _to_choice(pilot)
    pilot.click("choice-0")  # "Wave": no feedback, on to the quiz
    assert pilot.top_scene_is(QuizScene)


def test_back_on_a_choices_feedback_returns_to_the_choice_with_its_effect_undone(pilot_for):
    """The feedback card after a choice offers Back; it shows the choice again and undoes the option's `set`."""
    pilot = pilot_for(small_story(), lang="en")
    _to_choice(pilot)
    pilot.click("choice-1")  # "Smile": kind + 1, with feedback
    assert pilot.top_scene_is(CardScene) and pilot.state.variables["kind"] == 1
    pilot.click("back")
    assert pilot.top_scene_is(ChoiceScene)
    assert pilot.state.step_id == "one.pick" and pilot.state.variables.get("kind", 0) == 0


def test_back_on_a_wrong_answers_feedback_asks_the_question_again_and_keeps_the_first_try(pilot_for):
    """Back from "let's think again" shows the question with every answer open; the first try stays counted."""
    pilot = pilot_for(small_story(), lang="en")
    _to_quiz(pilot)
    pilot.click("answer-0")  # wrong
    pilot.click("back")
    quiz = pilot.top_scene
    assert isinstance(quiz, QuizScene) and quiz.outcome is None
    assert {"answer-0", "answer-1"} <= set(pilot.widget_ids())
    assert pilot.state.quizzes["one.question"].first_correct is False
    pilot.click("answer-1")
    assert pilot.state.score == 0  # going back never turns a wrong first pick into stars


def test_back_on_a_right_answers_feedback_asks_the_question_again(pilot_for):
    """Back from "that's right" returns to the question, the answer undone, as Back undoes a choice."""
    pilot = pilot_for(small_story(), lang="en")
    _to_quiz(pilot)
    pilot.click("answer-1")
    pilot.click("back")
    quiz = pilot.top_scene
    assert isinstance(quiz, QuizScene) and quiz.outcome is None
    assert pilot.state.step_id == "one.question" and "one.question" not in pilot.state.quizzes


def test_back_after_continue_goes_back_in_the_chapter_to_the_same_place_portrait_and_music(pilot_for):
    """Quit and Continue: Back works at once and shows the line before with its backdrop, portrait and music."""
    saves = Saves(MemoryStorage())
    files = {"story.yaml": MANIFEST.replace("chapters: [one, two]", "chapters: [one]"), "one.yaml": TWO_PLACES}
    first = pilot_for(files, lang="en", saves=saves)
    first.press("confirm", "confirm", "confirm")  # start, the card, the first line
    assert first.state.step_id == "one.town"
    again = pilot_for(files, lang="en", saves=saves)
    again.click("continue")
    line = again.top_scene
    assert isinstance(line, DialogueScene) and line.can_go_back
    assert again.app.context.audio.current_music == "loop-town"
    again.click("back")
    line = again.top_scene
    assert isinstance(line, DialogueScene) and line.view.step_id == "one.hello"
    assert line.view.speaker is not None and line.view.speaker.id == "owl" and line.view.expression == "happy"
    assert again.state.background == "keepers-world"
    assert again.app.context.audio.current_music == "loop-keepers"
    again.click("back")
    assert again.top_scene_is(CardScene)  # the chapter card, as far back as the chapter goes


def test_back_after_f5_in_the_writers_preview_still_works(display: pygame.Surface, tmp_path: Path):
    """F5 reloads the story in place; the steps played before it can still be gone back to."""
    folder = write_story(tmp_path / "story", small_story())
    saves = Saves(MemoryStorage())
    app = create_app(load_story_dir(folder), saves, display, "en", dev=True, reload=story_reloader(str(folder)))
    app.context.settings.text_speed = "instant"
    pilot = Pilot(app)
    pilot.press("confirm", "confirm", "confirm")  # start, the card, the first line
    assert pilot.state.step_id == "one.second"
    pilot.press("reload")
    line = pilot.top_scene
    assert isinstance(line, DialogueScene) and line.can_go_back
    pilot.press("back")
    assert pilot.state.step_id == "one.hello"
