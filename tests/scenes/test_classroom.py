"""Classroom mode: larger text, class votes at choices and quizzes, discussion prompts after a chapter."""

from __future__ import annotations

from game.save import MemoryStorage, Saves
from game.state import PlayState
from scenes.card import CardScene
from scenes.classvote import ClassVoteScene, VoteResult
from scenes.quiz import QuizScene
from tests.scenes.stories import small_story


def _classroom(pilot_for, lang="en"):
    pilot = pilot_for(small_story(), lang=lang)
    pilot.click("teacher")
    assert pilot.app.context.classroom
    return pilot


def test_teacher_button_turns_on_classroom_mode_with_larger_text(pilot_for):
    """The title's Teacher button switches this session to classroom mode and at least the large text size."""
    pilot = _classroom(pilot_for)
    assert pilot.app.context.text.scale >= 1.15
    assert pilot.app.context.saves.load_settings().text_size != "large"  # not saved for the next child


def test_vote_tally_picks_the_most_chosen_option(pilot_for):
    """At a choice the teacher counts hands with + and −; the chart follows and the top option is taken."""
    pilot = _classroom(pilot_for)
    pilot.press("confirm", "confirm", "confirm", "confirm")  # start → intro → two lines → the choice
    vote = pilot.top_scene
    assert isinstance(vote, ClassVoteScene)
    for _ in range(3):
        pilot.click("plus-0")
    for _ in range(5):
        pilot.click("plus-1")
    pilot.click("minus-1")
    assert vote.result == VoteResult((3, 4))
    pilot.click("show-results")
    assert vote.showing_chart
    pilot.snapshot("classroom-vote-en")
    pilot.click("next")
    assert pilot.state.variables["kind"] == 1  # option 1 ("Smile") was taken, with its effect
    assert isinstance(pilot.top_scene, CardScene)  # its feedback follows


def test_keyboard_counts_with_left_and_right(pilot_for):
    """The teacher can count with the keyboard alone: Tab to a row's button, Right adds, Left takes away."""
    pilot = _classroom(pilot_for)
    pilot.press("confirm", "confirm", "confirm", "confirm")
    vote = pilot.top_scene
    assert isinstance(vote, ClassVoteScene)
    pilot.press("right", "right", "left", "right")
    assert vote.counts[0] == 2


def test_a_wrong_class_answer_explains_then_votes_again_without_it(pilot_for):
    """A quiz vote for a wrong answer shows its explanation; the next vote leaves that answer out."""
    pilot = _classroom(pilot_for)
    pilot.press("confirm", "confirm", "confirm", "confirm")
    pilot.click("plus-0")
    pilot.click("show-results")
    pilot.click("next")  # choice: "Wave" (no feedback) → the quiz vote
    quiz_vote = pilot.top_scene
    assert isinstance(quiz_vote, ClassVoteScene)
    pilot.click("plus-0")
    pilot.click("show-results")
    pilot.click("next")  # "Nobody": wrong
    outcome = pilot.top_scene
    assert isinstance(outcome, QuizScene) and outcome.outcome is not None and not outcome.outcome[1].correct
    pilot.click("next")
    again = pilot.top_scene
    assert isinstance(again, ClassVoteScene) and again.options == ["A trusted adult"]


def test_discussion_prompts_follow_the_chapter_end(pilot_for):
    """After a chapter's outro card the class sees its discussion prompts from the YAML, then the map."""
    from scenes.map import MapScene
    from tests.scenes.stories import CHAPTER_ONE, CHAPTER_TWO, MANIFEST

    prompt = 'discussion:\n  - {ko: "무엇을 느꼈나요?", en: "How did it feel?"}\nsteps:'
    chapter = CHAPTER_ONE.replace("steps:", prompt, 1)
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id="one.end", intro_pending=False))
    pilot = pilot_for({"story.yaml": MANIFEST, "one.yaml": chapter, "two.yaml": CHAPTER_TWO}, lang="en",
                      saves=saves)
    pilot.click("teacher")
    pilot.click("continue")
    pilot.press("confirm")  # the outro card
    card = pilot.top_scene
    assert isinstance(card, CardScene) and "How did it feel?" in card.body
    pilot.press("confirm")
    assert pilot.top_scene_is(MapScene)


def test_classroom_lines_wait_for_the_teacher(pilot_for):
    """Nothing moves on by itself: a line stays until the teacher presses, however long the class talks."""
    from scenes.dialogue import DialogueScene

    pilot = _classroom(pilot_for)
    pilot.app.context.settings.text_speed = "normal"
    pilot.press("confirm", "confirm")
    assert pilot.top_scene_is(DialogueScene)
    pilot.step(60 * 30)  # half a minute of discussion
    assert pilot.state.step_id == "one.hello" and pilot.top_scene_is(DialogueScene)
    pilot.press("confirm")  # the teacher reads on
    assert pilot.state.step_id == "one.second"


def test_the_projector_shows_class_questions_never_teacher_notes(pilot_for):
    """`discussion` (questions for children) is on screen after the chapter; `teacher_notes` never are."""
    from tests.scenes.stories import CHAPTER_ONE, CHAPTER_TWO, MANIFEST

    fields = ('discussion:\n  - {ko: "무엇을 느꼈나요?", en: "How did it feel?"}\n'
              'teacher_notes:\n  - {ko: "비밀로 하겠다고 약속하지 마세요.", en: "Don\'t promise to keep it secret."}\n'
              'steps:')
    chapter = CHAPTER_ONE.replace("steps:", fields, 1)
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id="one.end", intro_pending=False))
    pilot = pilot_for({"story.yaml": MANIFEST, "one.yaml": chapter, "two.yaml": CHAPTER_TWO}, lang="en",
                      saves=saves)
    pilot.click("teacher")
    pilot.click("continue")
    pilot.press("confirm")  # the outro card
    card = pilot.top_scene
    assert isinstance(card, CardScene) and "How did it feel?" in card.body
    assert "promise" not in card.body


def test_the_real_prologue_ends_with_questions_a_child_can_answer(pilot_for):
    """After the real prologue the class sees its four child-facing questions (looked at in the PNG)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id="prologue.prologue-end", intro_pending=False))
    pilot = pilot_for(root / "story", lang="ko", saves=saves)
    pilot.click("teacher")
    pilot.click("continue")
    pilot.press("confirm")  # the outro card
    card = pilot.top_scene
    prologue = pilot.app.context.story.chapters[0]
    assert isinstance(card, CardScene)
    for question in prologue.discussion:
        assert question.ko in card.body
    for note in prologue.teacher_notes:
        assert note.text.ko not in card.body
    assert "약속하지" not in card.body and "신고" not in card.body
    pilot.snapshot("classroom-prologue-questions-ko")
