"""Classroom mode: larger text, class votes at choices and quizzes, discussion prompts after a chapter."""

from __future__ import annotations

from game.save import MemoryStorage, Saves
from game.state import PlayState
from scenes.card import CardScene
from scenes.classvote import ClassVoteScene, VoteResult
from scenes.quiz import QuizScene
from tests.scenes.classvotes import count_votes, type_number
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


QUESTIONS = 'discussion:\n  - {ko: "무엇을 느꼈나요?", en: "How did it feel?"}\n'


def _teacher_on(pilot_for, state: PlayState, extra_fields: str = QUESTIONS, teacher: bool = True):
    """A teacher (or a child) continuing `state` on the small story whose first chapter has `extra_fields`."""
    from tests.scenes.stories import CHAPTER_ONE, CHAPTER_TWO, MANIFEST

    chapter = CHAPTER_ONE.replace("steps:", extra_fields + "steps:", 1)
    saves = Saves(MemoryStorage())
    saves.save_game(state)
    pilot = pilot_for({"story.yaml": MANIFEST, "one.yaml": chapter, "two.yaml": CHAPTER_TWO}, lang="en",
                      saves=saves)
    if teacher:
        pilot.click("teacher")
    pilot.click("continue")
    return pilot


def test_vote_tally_picks_the_most_chosen_option(pilot_for):
    """At a choice the teacher counts hands with − and +; the chart follows and the top option is taken."""
    pilot = _classroom(pilot_for)
    pilot.press("confirm", "confirm", "confirm", "confirm")  # start → intro → two lines → the choice
    vote = pilot.top_scene
    assert isinstance(vote, ClassVoteScene) and vote.mode == "size"
    type_number(pilot, 25)
    pilot.press("confirm", "confirm")  # size, then no class number
    for _ in range(3):
        pilot.click("plus-0")
    for _ in range(5):
        pilot.click("plus-1")
    pilot.click("minus-1")
    assert vote.result == VoteResult((3, 4))
    pilot.snapshot("classroom-vote-count-en")
    pilot.click("show-results")
    assert vote.showing_chart
    pilot.snapshot("classroom-vote-en")
    pilot.click("next")
    assert pilot.state.variables["kind"] == 1  # option 1 ("Smile") was taken, with its effect
    assert isinstance(pilot.top_scene, CardScene)  # its feedback follows


def test_keyboard_counts_with_left_and_right(pilot_for):
    """The teacher can count with the keyboard alone: Right adds one, Left takes one away."""
    pilot = _classroom(pilot_for)
    pilot.press("confirm", "confirm", "confirm", "confirm")
    vote = pilot.top_scene
    assert isinstance(vote, ClassVoteScene)
    type_number(pilot, 25)
    pilot.press("confirm", "confirm")  # size, then no class number
    pilot.press("right", "right", "left", "right")
    assert vote.counts[0] == 2


def test_a_wrong_class_answer_explains_then_votes_again_without_it(pilot_for):
    """A quiz vote for a wrong answer shows its explanation; the next vote leaves that answer out."""
    pilot = _classroom(pilot_for)
    pilot.press("confirm", "confirm", "confirm", "confirm")
    count_votes(pilot, [1, 0])
    pilot.click("next")  # choice: "Wave" (no feedback) → the quiz vote
    quiz_vote = pilot.top_scene
    assert isinstance(quiz_vote, ClassVoteScene) and quiz_vote.mode == "count"  # the class size is asked once
    count_votes(pilot, [1, 0])
    pilot.click("next")  # "Nobody": wrong
    outcome = pilot.top_scene
    assert isinstance(outcome, QuizScene) and outcome.outcome is not None and not outcome.outcome[1].correct
    pilot.click("next")
    again = pilot.top_scene
    assert isinstance(again, ClassVoteScene) and again.options == ["A trusted adult"]


def test_discussion_prompts_follow_the_chapter_end(pilot_for):
    """After a chapter's outro card the class sees its discussion prompts from the YAML, then the map."""
    from scenes.map import MapScene

    pilot = _teacher_on(pilot_for, PlayState(step_id="one.end", intro_pending=False))
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


def _first_vote(pilot_for):
    pilot = _classroom(pilot_for)
    pilot.press("confirm", "confirm", "confirm", "confirm")  # start → intro → two lines → the choice
    vote = pilot.top_scene
    assert isinstance(vote, ClassVoteScene)
    return pilot, vote


def test_the_class_size_is_asked_once_and_shown_with_what_is_left(pilot_for):
    """The first vote asks how many children are here; later votes count against it."""
    pilot, vote = _first_vote(pilot_for)
    assert vote.mode == "size" and "size-done" not in pilot.widget_ids()  # nothing to confirm yet
    pilot.snapshot("classroom-vote-size-en")
    type_number(pilot, 24)
    pilot.press("confirm", "confirm")  # size, then no class number
    assert pilot.app.context.class_size == 24 and pilot.app.context.class_group is None and vote.mode == "count"


def test_typed_counts_and_enter_never_add_a_hand(pilot_for):
    """Digits type a count, Backspace deletes one, Enter moves on; Enter alone leaves every count at 0."""
    pilot, vote = _first_vote(pilot_for)
    type_number(pilot, 25)
    pilot.press("confirm", "confirm")  # size, then no class number
    pilot.press("confirm", "confirm")  # Enter on both rows
    assert vote.counts == [0, 0] and pilot.top_scene.buttons.focused.id == "show-results"
    pilot.press("up")
    type_number(pilot, 12)
    assert vote.counts == [0, 12]
    pilot.press("back")  # deletes a digit, never leaves the vote
    assert vote.counts == [0, 1] and pilot.top_scene is vote
    type_number(pilot, 9)
    assert vote.counts == [0, 19]
    type_number(pilot, 99)
    assert vote.counts == [0, 25]  # never more than the children in class


def test_an_empty_or_impossible_count_cannot_be_shown(pilot_for):
    """No hands, or more hands than children: the chart does not open and the screen says why."""
    pilot, vote = _first_vote(pilot_for)
    type_number(pilot, 10)
    pilot.press("confirm", "confirm")  # size, then no class number
    pilot.click("show-results")
    assert not vote.showing_chart and vote.problem == "vote-empty"
    pilot.snapshot("classroom-vote-empty-en")
    pilot.click("plus-0")
    assert vote.problem is None
    for _ in range(10):
        pilot.click("plus-1")
    pilot.click("show-results")
    assert not vote.showing_chart and vote.problem == "vote-too-many"


def test_the_chart_goes_back_to_counting_and_a_tie_is_the_teachers_to_break(pilot_for):
    """From the chart the teacher can count again; equal top counts ask which answer the class takes."""
    pilot, vote = _first_vote(pilot_for)
    count_votes(pilot, [6, 6])
    assert "next" not in pilot.widget_ids() and {"pick-0", "pick-1"} <= set(pilot.widget_ids())
    pilot.snapshot("classroom-vote-tie-en")
    pilot.click("recount")
    assert vote.mode == "count" and vote.counts == [6, 6]
    pilot.click("plus-1")
    pilot.click("minus-1")
    pilot.click("show-results")
    pilot.click("pick-1")
    assert pilot.state.variables["kind"] == 1  # "Smile", as the teacher decided


def test_the_projector_shows_class_questions_never_teacher_notes(pilot_for):
    """`discussion` (questions for children) is on screen after the chapter; `teacher_notes` never are."""
    notes = 'teacher_notes:\n  - {ko: "비밀로 하겠다고 약속하지 마세요.", en: "Don\'t promise to keep it secret."}\n'
    pilot = _teacher_on(pilot_for, PlayState(step_id="one.end", intro_pending=False), QUESTIONS + notes)
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


def test_the_teacher_button_turns_classroom_mode_off_again(pilot_for):
    """Pressed again, the title's Teacher button hands the device back to a child's own play."""
    pilot = _classroom(pilot_for)
    pilot.click("teacher")
    context = pilot.app.context
    assert not context.classroom and context.class_size is None
    assert context.text.scale == context.settings.text_scale
    assert "results" not in pilot.widget_ids()


def test_the_finales_questions_show_after_its_ending(pilot_for):
    """The last chapter ends with an `ending`, not a `chapter_end`: its class questions come, then the certificate."""
    from pathlib import Path

    from game.content.compile import load_story_dir
    from scenes.certificate import CertificateScene

    story_dir = Path(__file__).resolve().parents[2] / "story"
    finale = load_story_dir(story_dir).chapters[-1]
    ending = next(step for step in finale.steps if step.kind == "ending")
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id=ending.id, intro_pending=False, checked=["pre", "post"]))
    pilot = pilot_for(story_dir, lang="en", saves=saves)
    pilot.click("teacher")
    pilot.click("continue")
    pilot.press("confirm")  # the ending card
    card = pilot.top_scene
    assert isinstance(card, CardScene) and finale.discussion
    assert all(q.en in card.body for q in finale.discussion)
    pilot.press("confirm")
    assert pilot.top_scene_is(CertificateScene)


def test_classroom_from_the_command_line_shows_on_the_title(display, tmp_path):
    """`play --classroom`: the title's Teacher button already shows that classroom mode is on."""
    from game.boot import create_app
    from game.content.compile import load_story_dir
    from tests.conftest import write_story

    story = load_story_dir(write_story(tmp_path / "story", small_story()))
    app = create_app(story, Saves(MemoryStorage()), display, "en", classroom=True)
    teacher = next(b for b in app.stack.top.widgets() if b.id == "teacher")
    assert app.context.classroom and teacher.label.startswith("●")


def test_a_teacher_may_open_any_chapter_in_any_order(pilot_for):
    """In classroom mode a frozen place on the map opens, played like a replay (back to the map at its end)."""
    from scenes.map import MapScene

    saves = Saves(MemoryStorage())
    pilot = pilot_for(small_story(), lang="en", saves=saves)
    first_chapter = pilot.app.context.story.chapters[0]
    saves.save_game(PlayState(step_id=first_chapter.first_step, at_map=True, intro_pending=True))
    pilot = pilot_for(small_story(), lang="en", saves=saves)
    pilot.click("continue")
    assert pilot.top_scene_is(MapScene) and "place-two" not in pilot.widget_ids()  # a child: still frozen
    pilot = pilot_for(small_story(), lang="en", saves=saves)
    pilot.click("teacher")
    pilot.click("continue")
    assert pilot.top_scene_is(MapScene) and "place-two" in pilot.widget_ids()
    pilot.click("place-two")
    assert pilot.state.replaying == "two"


def test_a_split_class_hears_the_answer_to_every_feeling_that_got_hands(pilot_for):
    """"How do you feel?" with hands for three feelings: the story answers all three, the most chosen first."""
    from pathlib import Path

    from tests.scenes.classvotes import count_votes

    story_dir = Path(__file__).resolve().parents[2] / "story"
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id="prologue.feeling-choice", intro_pending=False, checked=["pre"]))
    pilot = pilot_for(story_dir, lang="en", saves=saves)
    pilot.click("teacher")
    pilot.click("continue")
    count_votes(pilot, [3, 12, 7])  # excited, scared, unsure
    pilot.click("next")
    card = pilot.top_scene
    assert isinstance(card, CardScene)
    assert pilot.state.variables["feeling"] == "nervous"  # the most hands: the class's choice
    scared, unsure, excited = (card.body.index(words) for words in
                               ("New things can feel scary", "It's okay not to be sure", "bright spirit"))
    assert scared < unsure < excited
    pilot.snapshot("classroom-feelings-en")


def test_a_finished_chapters_questions_can_be_reopened_from_the_map(pilot_for):
    """Classroom mode: the map offers a finished place's class questions again; children never see the button."""
    from scenes.map import MapScene

    at_map = PlayState(step_id="two.check", at_map=True, completed=["one"], intro_pending=True)
    child = _teacher_on(pilot_for, at_map, teacher=False)
    assert child.top_scene_is(MapScene) and "discuss" not in child.widget_ids()
    pilot = _teacher_on(pilot_for, at_map)
    assert pilot.top_scene_is(MapScene)
    pilot.snapshot("classroom-map-discuss-en")
    pilot.click("discuss")
    card = pilot.top_scene
    assert isinstance(card, CardScene) and "How did it feel?" in card.body
    pilot.press("confirm")
    assert pilot.top_scene_is(MapScene)


def test_a_mini_game_in_class_starts_with_the_class_routine(pilot_for):
    """Classroom mode: before a mini-game a card says how the class plays it; Enter starts the game, picks nothing."""
    from pathlib import Path

    from scenes.minigame import MinigameScene

    story_dir = Path(__file__).resolve().parents[2] / "story"
    from game.content.compile import load_story_dir

    story = load_story_dir(story_dir)
    step = next(s for c in story.chapters for s in c.steps if s.kind == "minigame")
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id=step.id, intro_pending=False, checked=["pre"]))
    pilot = pilot_for(story_dir, lang="ko", saves=saves)
    pilot.click("teacher")
    pilot.click("continue")
    card = pilot.top_scene
    assert isinstance(card, CardScene) and "반이 정한 것을 선생님이 눌러요" in card.body
    pilot.snapshot("classroom-minigame-routine-ko")
    pilot.press("confirm")
    assert isinstance(pilot.top_scene, MinigameScene) and pilot.state.step_id == step.id
