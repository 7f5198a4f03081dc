"""The anonymous pre/post check, the teachers' results screen and the CSV export."""

from __future__ import annotations

import csv
import io
import re

from game.results import CSV_COLUMNS, Results, load_results
from game.save import MemoryStorage, Saves
from game.state import PlayState
from scenes.card import CardScene
from scenes.check import CheckScene, ResultsScene
from scenes.classvote import ClassVoteScene
from tests.scenes.classvotes import count_votes
from tests.scenes.stories import small_story

CHECK = """
check:
  - id: fault
    question: {ko: "누구 잘못일까요?", en: "Whose fault is it?"}
    answers:
      - {id: adult, correct: true, text: {ko: "어른", en: "The adult"}}
      - {id: child, text: {ko: "아이", en: "The child"}}
  - id: tell
    question: {ko: "누구에게 말할까요?", en: "Who can you tell?"}
    answers:
      - {id: nobody, text: {ko: "아무도", en: "Nobody"}}
      - {id: adult, correct: true, text: {ko: "믿을 수 있는 어른", en: "A trusted adult"}}
"""


def _story():
    files = small_story()
    files["story.yaml"] += CHECK
    return files


def test_a_new_game_starts_with_the_pre_check_and_counts_answers(pilot_for):
    """Before the prologue each question is asked once, without right/wrong feedback; answers are tallied."""
    storage = MemoryStorage()
    pilot = pilot_for(_story(), saves=Saves(storage))
    pilot.press("confirm")
    assert pilot.top_scene_is(CheckScene)
    pilot.click("check-0")  # right
    pilot.click("check-0")  # wrong
    assert isinstance(pilot.top_scene, CardScene)  # then the chapter intro
    results = load_results(storage)
    assert (results.tally("fault", "pre").correct, results.tally("fault", "pre").total) == (1, 1)
    assert (results.tally("tell", "pre").correct, results.tally("tell", "pre").total) == (0, 1)
    assert pilot.state.checked == ["pre"]


def test_the_post_check_comes_before_the_ending_and_only_once(pilot_for):
    """Reaching the ending asks the same questions again (post), then shows the ending card."""
    storage = MemoryStorage()
    saves = Saves(storage)
    saves.save_game(PlayState(step_id="two.fin", intro_pending=False, checked=["pre"]))
    pilot = pilot_for(_story(), saves=saves)
    pilot.press("confirm")
    assert pilot.top_scene_is(CheckScene) and pilot.top_scene.phase == "post"
    pilot.click("check-0")
    pilot.click("check-1")
    assert getattr(pilot.top_scene, "heading", "") == "다시 흐르는 시간"
    results = load_results(storage)
    assert results.tally("fault", "post").rate == 1.0 and results.tally("tell", "post").rate == 1.0


def test_classroom_check_counts_the_hands(pilot_for):
    """In classroom mode each check question is a class vote; right hands out of all hands are tallied."""
    storage = MemoryStorage()
    pilot = pilot_for(_story(), saves=Saves(storage), lang="en")
    pilot.click("teacher")
    pilot.click("start")
    vote = count_votes(pilot, [7, 3])
    assert isinstance(vote, ClassVoteScene)
    pilot.click("next")
    tally = load_results(storage).tally("fault", "pre")
    assert (tally.correct, tally.total) == (7, 10)


def test_results_screen_and_csv_export_for_teachers(pilot_for, tmp_path, monkeypatch):
    """In classroom mode the title offers the results; the CSV has exactly the documented columns."""
    monkeypatch.setenv("TIME_STOPPED_HOME", str(tmp_path))
    storage = MemoryStorage()
    results = Results()
    results.record("pre", "fault", 10, 20)
    results.record("post", "fault", 18, 20)
    from game.results import save_results

    save_results(storage, results)
    pilot = pilot_for(_story(), saves=Saves(storage), lang="en")
    assert "results" not in pilot.widget_ids()  # hidden from children by default
    pilot.click("teacher")
    pilot.click("results")
    assert pilot.top_scene_is(ResultsScene)
    pilot.snapshot("results-en")
    pilot.click("export-csv")
    written = list(tmp_path.glob("results-*.csv"))
    assert len(written) == 1
    rows = list(csv.reader(io.StringIO(written[0].read_text(encoding="utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    fault = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert (fault["question_id"], fault["pre_rate"], fault["post_rate"], fault["gain"]) == ("fault", "50", "90", "40")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fault["exported_on"])  # the day only, never a time


def test_results_store_only_counts_and_survives_junk():
    """The stored results are counts per question and phase; unreadable data means none, not a crash."""
    storage = MemoryStorage()
    storage.set("time-stopped.results", "{not json")
    assert load_results(storage).tallies == {}
    results = Results()
    results.record("pre", "q", 1, 2)
    assert results.gain("q") is None
    results.record("post", "q", 2, 2)
    assert results.gain("q") == 0.5
