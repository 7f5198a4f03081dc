"""The anonymous pre/post check, the teachers' results screen and the CSV export."""

from __future__ import annotations

import csv
import io
import re

from game.results import Results, csv_columns, load_results, save_results
from game.save import MemoryStorage, Saves
from game.state import PlayState
from scenes.card import CardScene
from scenes.check import CheckScene
from scenes.classvote import ClassVoteScene
from scenes.results import ResultsScene
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
    pilot.click("yes")  # the teacher chooses a class vote for the check
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
    columns = csv_columns("en", 2)
    assert tuple(rows[0]) == columns
    fault = dict(zip(columns, rows[1], strict=True))
    assert (fault["question_id"], fault["class"], fault["pre_percent"], fault["post_percent"],
            fault["change_percentage_points"]) == ("fault", "this device", "50", "90", "+40")
    assert fault["answer_1"] == "The adult (right answer)" and fault["answer_2"] == "The child"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fault["exported_on"])  # the day only, never a time
    pilot.click("export-csv")  # the same day again: a second file, the first one kept
    assert {p.name for p in tmp_path.glob("results-*.csv")} == {written[0].name, written[0].stem + "-2.csv"}


def test_results_store_only_counts_and_survives_junk():
    """The stored results are counts per question and phase; unreadable data means none, not a crash."""
    storage = MemoryStorage()
    storage.set("time-stopped.results", "{not json")
    assert load_results(storage).groups == {}
    results = Results()
    results.record("pre", "q", 1, 2)
    assert results.gain("q") is None
    results.record("post", "q", 2, 2)
    assert results.gain("q") == 0.5


def test_class_results_are_kept_per_class_with_the_count_of_each_answer(pilot_for, tmp_path, monkeypatch):
    """A class number keeps a class's hands apart, answer by answer; the teacher can clear one class only."""
    monkeypatch.setenv("TIME_STOPPED_HOME", str(tmp_path))
    storage = MemoryStorage()
    earlier = Results()
    earlier.record("pre", "fault", 1, 1, {"adult": 1})  # a child who played alone on this device
    save_results(storage, earlier)
    pilot = pilot_for(_story(), saves=Saves(storage), lang="ko")
    pilot.click("teacher")
    pilot.click("start")
    pilot.click("yes")
    vote = count_votes(pilot, [7, 3], group=3)
    shown = vote.options
    pilot.click("next")
    results = load_results(storage)
    counts = results.tally("fault", "pre", group=3).answers
    by_text = {"어른": "adult", "아이": "child"}
    assert counts == {by_text[shown[0]]: 7, by_text[shown[1]]: 3}  # whatever order the answers were shown in
    assert results.tally("fault", "pre", group=3).correct == counts["adult"]
    assert results.tally("fault", "pre").total == 1  # this device's own answer stays apart
    pilot.app.stack.push(ResultsScene())
    pilot.step(2)
    assert pilot.top_scene.group == 3
    pilot.snapshot("results-class-ko")
    pilot.click("group-prev")
    assert pilot.top_scene.group is None
    pilot.click("group-next")
    pilot.click("reset")
    pilot.click("yes")
    after = load_results(storage)
    assert after.tally("fault", "pre", group=3).total == 0 and after.tally("fault", "pre").total == 1
    assert "reset" not in pilot.widget_ids()  # class 3 has nothing left to clear


def test_the_korean_export_has_korean_headers_and_the_class_named():
    """A Korean teacher's CSV says 문항, 사전_정답률(%), 변화(%p) … and "3반"."""
    from game.content.compile import load_story_dir
    from tests.conftest import write_story

    results = Results()
    results.record("pre", "fault", 2, 4, {"adult": 2, "child": 2}, group=3)
    results.record("post", "fault", 4, 4, {"adult": 4}, group=3)
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        story = load_story_dir(write_story(Path(folder), _story()))
    rows = list(csv.reader(io.StringIO(results.to_csv(story, "ko", "2026-12-04", group=3))))
    assert rows[0][:3] == ["문항_id", "문항", "학급"] and "변화(%p)" in rows[0] and "사전_답_2" in rows[0]
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["학급"], row["사전_정답률(%)"], row["사후_정답률(%)"], row["변화(%p)"]) == ("3반", "50", "100", "+50")
    assert (row["답_1"], row["사전_답_1"], row["사후_답_1"], row["사전_답_2"]) == ("어른 (정답)", "2", "4", "2")


def test_results_kept_by_an_older_version_still_load():
    """Version 1 kept right/total per question for the whole device: it reads as this device's results."""
    storage = MemoryStorage()
    storage.set("time-stopped.results", '{"fault": {"pre": [3, 4]}}')
    tally = load_results(storage).tally("fault", "pre")
    assert (tally.correct, tally.total, tally.answers) == (3, 4, {})


def test_in_class_the_check_can_be_skipped(pilot_for):
    """The teacher may skip the check (children answer it on their own devices): nothing is recorded, play goes on."""
    storage = MemoryStorage()
    pilot = pilot_for(_story(), saves=Saves(storage), lang="en")
    pilot.click("teacher")
    pilot.click("start")
    pilot.snapshot("classroom-check-ask-en")
    pilot.click("no")
    assert isinstance(pilot.top_scene, CardScene)  # the chapter intro
    assert pilot.state.checked == ["pre"] and load_results(storage).known_groups() == []
