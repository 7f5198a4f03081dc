"""Answer order: each playthrough's own shuffle, fixed by the seed, kept across Back and save/resume."""

from __future__ import annotations

from game.answer_order import answer_order, fresh_seed
from game.runner import StoryRunner
from game.state import PlayState

STORY = """\
    title: {ko: 이야기, en: Story}
    chapters: [one]
"""


def _quiz(step_id: str, shuffle: str = "") -> str:
    answers = "".join(
        f"          - {{id: a{n}, text: {{ko: 답{n}, en: A{n}}}, explanation: {{ko: 왜{n}, en: Why{n}}}"
        + (", correct: true" if n == 0 else "") + "}\n"
        for n in range(4))
    return (f"      - id: {step_id}\n        kind: quiz\n{shuffle}"
            "        question: {ko: 질문, en: Question}\n        answers:\n" + answers)


ONE = ("""\
    id: one
    title: {ko: 첫째 장, en: One}
    intro: {ko: 시작, en: Start}
    outro: {ko: 끝, en: End}
    steps:
      - id: hello
        kind: line
        text: {ko: 안녕, en: Hello}
""" + _quiz("q1") + _quiz("kept", "        shuffle: false\n") + """\
      - id: fin
        kind: ending
        title: {ko: 끝, en: End}
        text: {ko: 고마워요, en: Thank you}
""")


def _at_quiz(compile_story, seed: int, story=None) -> StoryRunner:
    runner = StoryRunner(story or compile_story({"story.yaml": STORY, "one.yaml": ONE}), seed=seed)
    runner.advance()  # the chapter card
    runner.advance()  # the line
    return runner


def _shown(runner: StoryRunner) -> list[str]:
    return [answer.id for answer in runner.current().answers]


def test_the_same_seed_and_question_always_give_the_same_order():
    """The order depends only on the seed and the question id: a permutation, repeatable."""
    first = answer_order(7, "one.q1", 4)
    assert sorted(first) == [0, 1, 2, 3]
    assert all(answer_order(7, "one.q1", 4) == first for _ in range(5))


def test_a_new_game_keeps_its_seed_and_shows_the_quiz_in_that_seeds_order(compile_story):
    """The runner's view lists the answers in the seed's order, each still carrying its written index."""
    runner = _at_quiz(compile_story, seed=12345)
    assert runner.state.seed == 12345
    view = runner.current()
    assert tuple(a.index for a in view.answers) == answer_order(12345, "one.q1", 4)
    assert [a.id for a in view.answers] == [f"a{a.index}" for a in view.answers]


def test_the_order_survives_back_and_a_save_and_resume(compile_story):
    """Back to the line and forward again, or a save read back, shows the same order."""
    runner = _at_quiz(compile_story, seed=99)
    before = _shown(runner)
    runner.back()
    runner.advance()
    assert _shown(runner) == before
    resumed = StoryRunner(runner.story, PlayState.from_dict(runner.state.to_dict()))
    assert _shown(resumed) == before


def test_different_games_put_the_right_answer_first_only_about_once_in_four(compile_story):
    """Over 400 seeds the right one of four answers comes first close to a quarter of the time."""
    story = compile_story({"story.yaml": STORY, "one.yaml": ONE})
    first_right = 0
    for seed in range(400):
        runner = StoryRunner(story, seed=seed)
        runner.advance()
        runner.advance()
        first_right += runner.current().answers[0].id == "a0"
    assert 60 <= first_right <= 140  # binomial(400, 1/4): mean 100, these bounds are about 4.6 sd away


def test_a_quiz_marked_shuffle_false_keeps_the_written_order(compile_story):
    """`shuffle: false` shows the answers as written, whatever the seed."""
    story = compile_story({"story.yaml": STORY, "one.yaml": ONE})
    for seed in (0, 1, 2, 3):
        runner = _at_quiz(compile_story, seed=seed, story=story)
        runner.answer(0)  # right: on to the kept quiz
        assert _shown(runner) == ["a0", "a1", "a2", "a3"]


def test_fresh_seeds_differ_between_games():
    """Two new games almost never share a seed (so two children do not see the same order)."""
    assert len({fresh_seed() for _ in range(20)}) > 15
