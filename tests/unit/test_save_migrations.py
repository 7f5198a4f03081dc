"""Save versions: older saves are migrated one version at a time, newer ones are refused."""

from __future__ import annotations

import json
from typing import Any

import pytest

from game import state as state_module
from game.state import GAME_TAG, MIGRATIONS, NewerSaveError, PlayState, QuizRecord, StateError, migrate

# Exactly what the game wrote before save version 2 (PlayState.to_dict with SAVE_VERSION = 1).
VERSION_1_SAVE: dict[str, Any] = {
    "version": 1,
    "step_id": "two.start",
    "intro_pending": False,
    "finished": False,
    "variables": {"courage": 2, "met_owl": True, "name": "별"},
    "visits": {"one.hello": 1, "two.start": 1},
    "quizzes": {"one.quiz": {"first_answer": "adult", "first_correct": True, "points": 3, "tries": 1}},
    "badges": ["brave"],
    "time_pieces": ["p1"],
    "background": "school-frozen",
    "seed": 7,
    "at_map": False,
    "completed": ["one"],
    "replaying": None,
    "just_restored": "one",
}


def test_version_1_save_loads_through_the_migration():
    """A save written by the version-1 game loads with every field kept."""
    state = PlayState.from_dict(json.loads(json.dumps(VERSION_1_SAVE)))
    assert state == PlayState(
        step_id="two.start", intro_pending=False, variables={"courage": 2, "met_owl": True, "name": "별"},
        visits={"one.hello": 1, "two.start": 1},
        quizzes={"one.quiz": QuizRecord(first_answer="adult", first_correct=True, points=3, tries=1)},
        badges=["brave"], time_pieces=["p1"], background="school-frozen", seed=7, completed=["one"],
        just_restored="one",
    )


def test_migration_1_to_2_adds_the_game_tag():
    """Migrating version 1 gives current-version data tagged as this game's save."""
    data = migrate(dict(VERSION_1_SAVE))
    assert (data["version"], data["game"]) == (PlayState.SAVE_VERSION, GAME_TAG)


def test_migrated_save_is_written_back_in_the_current_version():
    """Saving a migrated state writes the current version, which loads unchanged."""
    state = PlayState.from_dict(dict(VERSION_1_SAVE))
    data = state.to_dict()
    assert (data["version"], data["game"]) == (PlayState.SAVE_VERSION, GAME_TAG)
    assert PlayState.from_dict(data) == state


def test_every_older_version_has_a_migration():
    """The table has one step for each version from the oldest readable one up to the current one."""
    assert sorted(MIGRATIONS) == list(range(1, PlayState.SAVE_VERSION))


def test_migrations_run_in_order_one_step_at_a_time(monkeypatch):
    """Each registered step sees the output of the previous one, stamped with its own version."""
    seen: list[int] = []

    def step(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["version"])
        return {**data, "game": GAME_TAG}

    monkeypatch.setattr(state_module.PlayState, "SAVE_VERSION", 4)
    monkeypatch.setattr(state_module, "MIGRATIONS", {1: step, 2: step, 3: step})
    assert migrate({"version": 1, "step_id": "one.hello"})["version"] == 4
    assert seen == [1, 2, 3]


def test_a_version_1_save_with_unknown_keys_still_loads():
    """Extra keys from older or foreign data are ignored, not a crash and not a refusal."""
    state = PlayState.from_dict({**VERSION_1_SAVE, "volume": 3, "legacy": {"x": [1]}})
    assert state.step_id == "two.start"


def test_a_current_save_with_unknown_keys_still_loads():
    """Keys this version does not know are ignored in a current save too."""
    data = {**PlayState(step_id="one.hello").to_dict(), "future_field": [1, 2]}
    assert PlayState.from_dict(data) == PlayState(step_id="one.hello")


def test_a_failing_migration_counts_as_a_damaged_save(monkeypatch):
    """A migration tripping over odd data raises StateError, never its own error."""

    def broken(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "steps": data["missing"]}

    monkeypatch.setattr(state_module, "MIGRATIONS", {1: broken})
    with pytest.raises(StateError, match="up to date"):
        PlayState.from_dict(dict(VERSION_1_SAVE))


@pytest.mark.parametrize("version", [0, -1, -(2**70)])
def test_a_version_older_than_any_migration_is_refused(version):
    """Version numbers below the oldest known save are not guessed at."""
    with pytest.raises(StateError, match="older"):
        PlayState.from_dict({**VERSION_1_SAVE, "version": version})


@pytest.mark.parametrize("version", [PlayState.SAVE_VERSION + 1, 10**30])
def test_a_newer_save_of_this_game_is_refused_as_newer(version):
    """A save tagged as ours with a higher version raises NewerSaveError."""
    data = {**PlayState(step_id="one.hello").to_dict(), "version": version}
    with pytest.raises(NewerSaveError, match="newer"):
        PlayState.from_dict(data)


def test_untagged_data_with_a_high_version_is_foreign_not_newer():
    """Another program's JSON with a big `version` is damaged, not a newer save of this game."""
    with pytest.raises(StateError) as caught:
        PlayState.from_dict({"version": 7, "name": "some other app"})
    assert not isinstance(caught.value, NewerSaveError)


def test_a_current_version_save_without_the_game_tag_is_refused():
    """From version 2 on, the `game` tag is how a save says it belongs to this game."""
    data = PlayState(step_id="one.hello").to_dict()
    del data["game"]
    with pytest.raises(StateError, match="tagged"):
        PlayState.from_dict(data)


@pytest.mark.parametrize(
    ("field", "value"),
    [("visits", {"one.hello": -1}), ("quizzes", {"q": {"first_answer": "a", "first_correct": True, "points": -3}}),
     ("quizzes", {"q": {"first_answer": "a", "first_correct": True, "tries": -1}})],
)
def test_negative_counts_are_refused(field, value):
    """Visit counts, quiz points and tries can never be negative in a real save."""
    with pytest.raises(StateError):
        PlayState.from_dict({**PlayState(step_id="one.hello").to_dict(), field: value})
