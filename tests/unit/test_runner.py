"""`StoryRunner`: the turn API driven without pygame over small compiled and hand-built stories."""

from __future__ import annotations

import json

import pytest

from game.runner import RunnerError, StoryRunner
from game.state import PlayState, QuizRecord
from game.story import (
    Chapter,
    EndingStep,
    LineStep,
    MinigameStep,
    SourcePos,
    Story,
    Text,
)

POINTS = 3

STORY = """\
    title: {ko: 이야기, en: Story}
    chapters: [one, two]
    characters:
      owl: {name: {ko: 부엉이, en: Owl}, color: "#336699"}
    variables:
      courage: 0
      met_owl: false
    badges:
      brave: {name: {ko: 용기 배지, en: Courage badge}}
"""

ONE = f"""\
    id: one
    title: {{ko: 첫째 장, en: Chapter one}}
    intro: {{ko: 시작해요, en: Here we go}}
    outro: {{ko: 잘했어요, en: Well done}}
    steps:
      - id: hello
        kind: line
        speaker: owl
        expression: happy
        background: clock-tower
        text: {{ko: 안녕, en: Hello}}
      - id: meet
        kind: set
        set: {{met_owl: true}}
      - id: pick
        kind: choice
        prompt: {{ko: 어떻게 할까요, en: What now}}
        options:
          - id: brave
            text: {{ko: 용감하게, en: Be brave}}
            set: {{courage: courage + 2}}
            feedback: {{ko: 멋져요, en: Great}}
            target: quiz
          - id: secret
            if: courage >= 5
            text: {{ko: 비밀, en: Secret}}
            target: quiz
          - id: shy
            text: {{ko: 조용히, en: Stay quiet}}
      - id: shy-line
        kind: line
        text: {{ko: 조용해요, en: Quiet}}
      - id: quiz
        kind: quiz
        points: {POINTS}
        question: {{ko: "누구에게 말해요?", en: "Who do you tell?"}}
        answers:
          - id: nobody
            text: {{ko: 아무에게도, en: Nobody}}
            explanation: {{ko: 믿을 수 있는 어른에게 말해요, en: Tell a trusted adult}}
          - id: adult
            text: {{ko: 믿을 수 있는 어른, en: A trusted adult}}
            correct: true
            explanation: {{ko: 맞아요, en: Right}}
      - id: check
        kind: if
        condition: courage >= 2
        target: reward
      - id: plain
        kind: line
        text: {{ko: 괜찮아요, en: That is fine}}
      - id: reward
        kind: award
        badge: brave
        text: {{ko: 배지를 받았어요, en: You got a badge}}
      - id: end
        kind: chapter_end
"""

TWO = """\
    id: two
    title: {ko: 둘째 장, en: Chapter two}
    intro: {ko: 다시 만나요, en: Welcome back}
    outro: {ko: 끝, en: The end}
    steps:
      - id: start
        kind: line
        text: {ko: 둘째, en: Second}
      - id: fin
        kind: ending
        title: {ko: 행복한 끝, en: Happy ending}
        text: {ko: 고마워요, en: Thank you}
"""

WRONG, RIGHT = 0, 1  # answer indexes in ONE's quiz
BRAVE, SHY = 0, 1  # visible option indexes while `secret` is hidden


@pytest.fixture
def story(compile_story):
    """The two-chapter story above, compiled."""
    return compile_story({"story.yaml": STORY, "one.yaml": ONE, "two.yaml": TWO})


def at(story: Story, step_id: str, **state: object) -> StoryRunner:
    """A runner resumed on `step_id` with the chapter card already dismissed."""
    return StoryRunner(story, PlayState(step_id=step_id, intro_pending=False, **state))  # type: ignore[arg-type]


def hand_built_story(*steps: LineStep | MinigameStep | EndingStep) -> Story:
    """A one-chapter story 'mg' made directly from runtime dataclasses."""
    text = Text(ko="글", en="text")
    return Story(title=text, start="mg", chapters=(Chapter("mg", text, text, text, steps),))


def minigame_story() -> Story:
    """A mini-game whose 'won' and 'lost' results lead to their own steps; anything else goes on."""
    pos = SourcePos("mg.yaml", 1, 1)
    text = Text(ko="글", en="text")
    return hand_built_story(
        MinigameStep("mg.play", "mg", pos, "mg.after", name="maze", params={"size": 3, "timed": True},
                     results={"won": "mg.win", "lost": "mg.lose"}),
        LineStep("mg.after", "mg", pos, "mg.lose", text=text),
        LineStep("mg.lose", "mg", pos, "mg.win", text=text),
        EndingStep("mg.win", "mg", pos, None, title=text, text=text),
    )


# -- starting ---------------------------------------------------------------------------------


def test_a_new_game_starts_with_the_first_chapter_card(story):
    """The first view is the chapter intro card of the start chapter, on its first step."""
    view = StoryRunner(story).current()
    chapter = story.chapter("one")
    assert (view.kind, view.step_id, view.title, view.text) == ("chapter_intro", "one.hello", chapter.title,
                                                                 chapter.intro)


def test_advancing_past_the_card_shows_the_first_line(story):
    """After the card comes the first line, with its speaker, expression and backdrop."""
    runner = StoryRunner(story)
    runner.advance()
    view = runner.current()
    assert (view.kind, view.step_id, view.text.en) == ("line", "one.hello", "Hello")
    assert (view.speaker, view.expression, view.background) == (story.characters["owl"], "happy", "clock-tower")


def test_can_go_back_is_false_until_something_happened(story):
    """The first view cannot go back; the one after can."""
    runner = StoryRunner(story)
    assert runner.current().can_go_back is False
    runner.advance()
    assert runner.current().can_go_back is True


def test_set_steps_run_invisibly(story):
    """Advancing from a line over a `set` step applies it and stops on the next visible step."""
    runner = at(story, "one.hello")
    runner.advance()
    assert runner.current().kind == "choice" and runner.state.step_id == "one.pick"
    assert runner.env()["met_owl"] is True


# -- choices ------------------------------------------------------------------------------------


def test_choose_applies_effects_returns_feedback_and_moves_to_the_target(story):
    """Picking an option runs its `set:`, returns its feedback and goes to its target."""
    runner = at(story, "one.pick")
    feedback = runner.choose(BRAVE)
    assert feedback is not None and feedback.en == "Great"
    assert runner.env()["courage"] == 2
    assert runner.state.step_id == "one.quiz"


def test_choose_without_feedback_returns_none_and_continues_with_the_next_step(story):
    """An option without feedback or target returns None and goes on to the following step."""
    runner = at(story, "one.pick")
    assert runner.choose(SHY) is None
    assert runner.state.step_id == "one.shy-line"


def test_options_whose_condition_fails_are_hidden_and_the_rest_renumbered(story):
    """With courage below 5 the `secret` option is hidden and `shy` becomes option 1."""
    view = at(story, "one.pick").current()
    assert [(c.index, c.id) for c in view.choices] == [(0, "brave"), (1, "shy")]


def test_an_option_appears_when_its_condition_holds(story):
    """With courage 5 all three options are offered, numbered from 0."""
    view = at(story, "one.pick", variables={"courage": 5}).current()
    assert [(c.index, c.id) for c in view.choices] == [(0, "brave"), (1, "secret"), (2, "shy")]


def test_choose_picks_among_the_visible_options(story):
    """Index 1 means the second visible option, not the second written one."""
    runner = at(story, "one.pick")
    runner.choose(1)
    assert runner.state.step_id == "one.shy-line"


@pytest.mark.parametrize("index", [-1, 2])
def test_choose_out_of_range_raises(story, index):
    """An index outside the visible options is a RunnerError."""
    with pytest.raises(RunnerError):
        at(story, "one.pick").choose(index)


# -- quizzes ------------------------------------------------------------------------------------


def test_a_wrong_answer_explains_and_keeps_the_quiz(story):
    """A wrong answer returns its explanation, earns nothing and stays on the quiz for another try."""
    runner = at(story, "one.quiz")
    outcome = runner.answer(WRONG)
    assert (outcome.correct, outcome.explanation.en, outcome.points) == (False, "Tell a trusted adult", 0)
    assert runner.current().kind == "quiz" and runner.state.step_id == "one.quiz"


def test_a_right_answer_moves_on(story):
    """A right answer leaves the quiz for the following steps."""
    runner = at(story, "one.quiz")
    assert runner.answer(RIGHT).correct is True
    assert runner.state.step_id != "one.quiz"


def test_a_right_first_try_earns_the_quiz_points(story):
    """A right first answer earns the quiz's points, in the outcome, the record and the score."""
    runner = at(story, "one.quiz")
    assert runner.answer(RIGHT).points == POINTS
    assert runner.state.quizzes["one.quiz"].points == POINTS and runner.state.score == POINTS


def test_a_right_answer_after_a_wrong_one_earns_nothing(story):
    """Points come only from a right first try."""
    runner = at(story, "one.quiz")
    runner.answer(WRONG)
    assert runner.answer(RIGHT).points == 0
    assert runner.state.score == 0


def test_wrong_answers_never_take_points_away(story):
    """However many wrong answers come first, the score never drops below zero."""
    runner = at(story, "one.quiz")
    outcomes = [runner.answer(WRONG) for _ in range(3)] + [runner.answer(RIGHT)]
    assert [o.points for o in outcomes] == [0, 0, 0, 0]
    assert runner.state.score == 0


def test_quiz_record_keeps_the_first_answer_and_counts_tries(story):
    """The record remembers the first pick, whether it was right, and every try."""
    runner = at(story, "one.quiz")
    runner.answer(WRONG)
    runner.answer(RIGHT)
    assert runner.state.quizzes["one.quiz"] == QuizRecord(first_answer="nobody", first_correct=False, points=0,
                                                          tries=2)


def test_answer_out_of_range_raises(story):
    """An answer index past the list is a RunnerError."""
    with pytest.raises(RunnerError):
        at(story, "one.quiz").answer(2)


# -- invisible steps and awards -------------------------------------------------------------------


def test_if_jumps_to_its_target_when_the_condition_holds(story):
    """With courage 2 the `if` after the quiz skips the plain line and lands on the award."""
    runner = at(story, "one.quiz", variables={"courage": 2})
    runner.answer(RIGHT)
    assert runner.state.step_id == "one.reward"


def test_if_falls_through_when_the_condition_fails(story):
    """With courage 0 the `if` continues with the next step."""
    runner = at(story, "one.quiz")
    runner.answer(RIGHT)
    assert runner.state.step_id == "one.plain"


def test_reaching_an_award_grants_it_and_shows_its_name(story):
    """Entering an award step adds the badge and the view shows the badge's name."""
    runner = at(story, "one.plain")
    runner.advance()
    view = runner.current()
    assert runner.state.badges == ["brave"]
    assert (view.kind, view.title, view.text.en) == ("award", story.badges["brave"].name, "You got a badge")


def test_an_award_is_granted_only_once(story):
    """Resuming on an award already owned does not add it a second time."""
    runner = at(story, "one.reward", badges=["brave"])
    assert runner.state.badges == ["brave"]


def test_an_endless_if_goto_loop_raises(tmp_path):
    """A loop of invisible steps that never shows anything is a RunnerError, not a hang (`check` refuses such a
    story with `invisible-loop`; the runner must still not hang on one)."""
    from textwrap import dedent

    from game.content.compile import compile_project, read_project

    loop = """\
        id: one
        title: {ko: 하나, en: One}
        intro: {ko: 시작, en: Start}
        outro: {ko: 끝, en: End}
        steps:
          - id: hello
            kind: line
            text: {ko: 안녕, en: Hello}
          - id: loop
            kind: if
            condition: courage >= 1
            target: fin
          - id: again
            kind: goto
            target: loop
          - id: fin
            kind: ending
            title: {ko: 끝, en: End}
            text: {ko: 끝, en: End}
    """
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "story.yaml").write_text(dedent(STORY.replace("[one, two]", "[one]")), encoding="utf-8")
    (folder / "one.yaml").write_text(dedent(loop), encoding="utf-8")
    project, diagnostics = read_project(folder)
    assert project is not None and [d.code for d in diagnostics] == ["invisible-loop"]
    story = compile_project(project)
    runner = at(story, "one.hello")
    with pytest.raises(RunnerError, match="loop"):
        runner.advance()


# -- mini-games ------------------------------------------------------------------------------------


def test_a_minigame_view_names_the_game_and_its_params():
    """The view of a mini-game step carries its name and parameters."""
    view = at(minigame_story(), "mg.play").current()
    assert (view.kind, view.minigame, view.params) == ("minigame", "maze", {"size": 3, "timed": True})


@pytest.mark.parametrize(("result", "target"), [("won", "mg.win"), ("lost", "mg.lose"), ("gave-up", "mg.after")])
def test_a_minigame_result_picks_the_target(result, target):
    """A named result goes to its step; any other result continues with the next step."""
    runner = at(minigame_story(), "mg.play")
    runner.finish_minigame(result)
    assert runner.state.step_id == target


# -- chapters and endings ----------------------------------------------------------------------------


def test_a_chapter_end_shows_the_outro(story):
    """The chapter_end view shows the chapter's outro and title."""
    view = at(story, "one.end").current()
    chapter = story.chapter("one")
    assert (view.kind, view.text, view.title) == ("chapter_end", chapter.outro, chapter.title)


def test_a_chapter_end_goes_to_the_town_map_pointing_at_the_next_chapter(story):
    """After chapter_end the map shows; the chapter counts as completed and its place comes back to life."""
    runner = at(story, "one.end", background="clock-tower")
    runner.advance()
    view = runner.current()
    assert (view.kind, view.chapter.id) == ("map", "two")
    assert runner.state.completed == ["one"] and runner.state.just_restored == "one"
    assert runner.playable_chapters() == ["one", "two"]
    assert runner.state.background is None


def test_choosing_the_next_chapter_on_the_map_opens_it_with_its_card(story):
    """From the map, the next chapter starts with its intro card."""
    runner = at(story, "one.end")
    runner.advance()
    runner.choose_chapter("two")
    view = runner.current()
    assert (runner.state.step_id, runner.state.intro_pending) == ("two.start", True)
    assert (view.kind, view.chapter.id, view.text) == ("chapter_intro", "two", story.chapter("two").intro)


def test_replaying_a_finished_chapter_returns_to_the_map_with_progress_kept(story):
    """A finished chapter can be played again; its end leads back to the map, still pointing onward."""
    runner = at(story, "one.end")
    runner.advance()
    runner.choose_chapter("one")
    assert (runner.state.replaying, runner.current().kind) == ("one", "chapter_intro")
    runner.state.step_id, runner.state.intro_pending = "one.end", False
    runner.advance()
    assert runner.current().kind == "map"
    assert (runner.state.chapter_id, runner.state.completed, runner.state.replaying) == ("two", ["one"], None)


def test_a_locked_chapter_cannot_be_opened_from_the_map(story):
    """Only finished chapters and the next one are open."""
    runner = at(story, "one.end")
    with pytest.raises(RunnerError):
        runner.choose_chapter("two")  # not on the map yet
    runner.advance()
    runner.choose_chapter("two")
    with pytest.raises(RunnerError):
        runner.choose_chapter("one")  # the map is no longer showing


def test_advancing_an_ending_finishes_the_story(story):
    """Advancing on an ending marks the story finished."""
    runner = at(story, "two.fin")
    assert runner.current().kind == "ending"
    runner.advance()
    assert runner.state.finished is True


def test_advancing_a_finished_story_raises(story):
    """Once finished, there is nothing to advance to."""
    runner = at(story, "two.fin", finished=True)
    with pytest.raises(RunnerError):
        runner.advance()


# -- back -------------------------------------------------------------------------------------------


def test_back_with_no_history_returns_false(story):
    """A fresh runner has nothing to go back to."""
    runner = StoryRunner(story)
    assert runner.back() is False
    assert runner.current().kind == "chapter_intro"


def test_back_restores_variables_and_position(story):
    """Going back after a choice returns to the choice with the effects undone."""
    runner = at(story, "one.pick")
    runner.choose(BRAVE)
    assert runner.back() is True
    assert runner.state.step_id == "one.pick" and runner.env()["courage"] == 0


def test_back_undoes_invisible_steps_run_on_the_way(story):
    """Going back over a `set` step undoes what it set."""
    runner = at(story, "one.hello")
    runner.advance()
    runner.back()
    assert runner.state.step_id == "one.hello" and runner.env()["met_owl"] is False


def test_back_returns_to_the_chapter_card(story):
    """Going back from the first line shows the chapter card again."""
    runner = StoryRunner(story)
    runner.advance()
    runner.back()
    assert runner.current().kind == "chapter_intro"


def test_back_after_a_right_answer_undoes_the_answer(story):
    """Going back to a quiz answered right forgets that answer, as going back forgets a choice."""
    runner = at(story, "one.quiz")
    runner.answer(RIGHT)
    runner.back()
    assert runner.state.step_id == "one.quiz" and runner.state.quizzes == {} and runner.state.score == 0


def test_back_after_an_award_takes_the_badge_back(story):
    """Going back from an award step undoes the grant."""
    runner = at(story, "one.plain")
    runner.advance()
    runner.back()
    assert runner.state.badges == []


def _reloaded(runner: StoryRunner) -> StoryRunner:
    """A runner on the same story from `runner`'s state as a save writes and reads it."""
    return StoryRunner(runner.story, PlayState.from_dict(json.loads(json.dumps(runner.state.to_dict()))))


def _played_into_chapter_one(story: Story) -> tuple[StoryRunner, list[PlayState]]:
    """A new game through the card, the line, a choice and a wrong then a right answer; the states seen."""
    runner = StoryRunner(story)
    seen = [runner.state.copy()]
    for act in (runner.advance, runner.advance, lambda: runner.choose(SHY), runner.advance,
                lambda: runner.answer(WRONG), lambda: runner.answer(RIGHT)):
        act()
        seen.append(runner.state.copy())
    return runner, seen


def test_back_after_a_reload_goes_back_through_the_chapter_as_before(story):
    """Saved and read back, Back steps through the same states as without the reload, to the chapter card."""
    played, seen = _played_into_chapter_one(story)
    runner = _reloaded(played)
    backs = []
    while played.back():
        assert runner.back()
        backs.append(runner.state.step_id)
        assert runner.state == played.state
    assert runner.back() is False and runner.current().kind == "chapter_intro"
    assert backs == ["one.quiz", "one.shy-line", "one.pick", "one.hello", "one.hello"]
    assert seen[0].step_id == runner.state.step_id


def test_back_after_a_reload_stops_where_the_chapter_began(story):
    """After a chapter's end the reloaded history starts at the map: earlier chapters are not replayed."""
    runner = at(story, "one.end")
    runner.advance()  # the end of chapter one: the town map
    runner.choose_chapter("two")
    reloaded = _reloaded(runner)
    assert reloaded.back() is True and reloaded.state.at_map
    assert reloaded.back() is False


def test_a_trail_that_no_longer_replays_gives_no_history_and_keeps_the_place(story):
    """If the story changed under a save (the trail leads elsewhere), the game resumes there without Back."""
    played, _seen = _played_into_chapter_one(story)
    data = played.state.to_dict()
    data["trail"] = ["a", "a", "c:0", "a"]  # not what this save did
    runner = StoryRunner(story, PlayState.from_dict(data))
    assert runner.state.step_id == played.state.step_id
    assert runner.back() is False


# -- wrong calls -------------------------------------------------------------------------------------


def test_advance_on_a_choice_raises(story):
    """A choice needs choose(), not advance()."""
    with pytest.raises(RunnerError, match="choose"):
        at(story, "one.pick").advance()


def test_choose_on_a_line_raises(story):
    """A line has no options to choose."""
    with pytest.raises(RunnerError):
        at(story, "one.hello").choose(0)


def test_answer_on_a_choice_raises(story):
    """A choice is not a quiz."""
    with pytest.raises(RunnerError):
        at(story, "one.pick").answer(0)


def test_finish_minigame_on_a_quiz_raises(story):
    """Only a mini-game step accepts a mini-game result."""
    with pytest.raises(RunnerError):
        at(story, "one.quiz").finish_minigame("won")


def test_choose_while_the_chapter_card_shows_raises(story):
    """The chapter card must be dismissed with advance() before anything else."""
    runner = StoryRunner(story, PlayState(step_id="one.pick"))
    with pytest.raises(RunnerError):
        runner.choose(0)


# -- notifications and resuming ------------------------------------------------------------------------


def test_on_change_is_called_with_the_state_after_each_change(story):
    """The callback is called once per move, with the state as it is after the move."""
    seen: list[str] = []
    runner = StoryRunner(story, on_change=lambda state: seen.append(state.step_id))
    seen.clear()
    runner.advance()  # card → first line
    runner.advance()  # line → (set) → choice
    assert seen == ["one.hello", "one.pick"]


def test_a_saved_step_that_still_exists_resumes_there(story):
    """A state on an existing step resumes on it unchanged."""
    runner = at(story, "one.quiz")
    assert (runner.state.step_id, runner.state.intro_pending) == ("one.quiz", False)


def test_a_saved_step_that_no_longer_exists_resumes_at_its_chapter_start(story):
    """A removed step id resumes at the first step of its chapter, with the chapter card."""
    runner = at(story, "two.removed")
    assert (runner.state.step_id, runner.state.intro_pending) == ("two.start", True)


def test_a_saved_chapter_that_no_longer_exists_resumes_at_the_story_start(story):
    """A removed chapter resumes at the first step of the start chapter."""
    runner = at(story, "gone.removed")
    assert (runner.state.step_id, runner.state.intro_pending) == (story.chapter(story.start).first_step, True)


def test_the_next_chapter_keeps_its_opening_backdrop_after_the_map(compile_story):
    """Opening the next chapter from the map shows the backdrop its first line sets."""
    story = compile_story({
        "story.yaml": "title: {ko: 이야기, en: Story}\nchapters: [a, b]\n",
        "a.yaml": """\
            id: a
            title: {ko: 가, en: A}
            intro: {ko: 가, en: A}
            outro: {ko: 가, en: A}
            steps:
              - {id: hi, kind: line, background: home, text: {ko: 안녕, en: Hi}}
              - {id: end, kind: chapter_end}
        """,
        "b.yaml": """\
            id: b
            title: {ko: 나, en: B}
            intro: {ko: 나, en: B}
            outro: {ko: 나, en: B}
            steps:
              - {id: hi, kind: line, background: classroom, text: {ko: 안녕, en: Hi}}
              - {id: fin, kind: ending, title: {ko: 끝, en: End}, text: {ko: 끝, en: End}}
        """,
    })
    runner = StoryRunner(story)
    runner.advance()  # intro
    runner.advance()  # line
    runner.advance()  # chapter end → map
    runner.choose_chapter("b")
    runner.advance()  # intro
    assert runner.current().background == "classroom"
