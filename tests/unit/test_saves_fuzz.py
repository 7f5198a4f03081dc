"""Generated corrupt and foreign saves: loading gives a valid `PlayState` or None with a notice, never an error."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.save import DAMAGED_SUFFIX, GAME_KEY, FileStorage, MemoryStorage, Saves, parse_game
from game.state import PlayState, QuizRecord, StateError

FIELDS = [f.name for f in dataclasses.fields(PlayState)] + ["version", "game"]
EDGE_NUMBERS = [0, -1, 1, 2**31, -(2**31), 2**63, -(2**63), 10**30, -(10**30), 1.5, float("inf"), float("nan")]
ODD_TEXT = ["", "한국어 이야기", "😀", "e\u0301", "\u202etxet", "\x00", "\ud800", "\udcff", "one.", ".", "a" * 500]


def valid_save(version: int) -> dict[str, Any]:
    """A rich, valid save as the current game writes it, or as the version-1 game wrote it."""
    data = PlayState(
        step_id="one.quiz", intro_pending=False, variables={"met": True, "courage": 3, "name": "부엉이"},
        visits={"one.hello": 1, "one.quiz": 2},
        quizzes={"one.quiz": QuizRecord(first_answer="y", first_correct=False, points=1, tries=2)},
        badges=["b1"], time_pieces=["p1"], background="home", seed=42, completed=["zero"], replaying="zero",
    ).to_dict()
    if version == 1:
        del data["game"]
        data["version"] = 1
    return data


scalars = (st.none() | st.booleans() | st.integers() | st.sampled_from(EDGE_NUMBERS) | st.floats()
           | st.text(max_size=20) | st.sampled_from(ODD_TEXT))
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=8,
)
random_key_dicts = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=12), json_values, max_size=10)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every position inside a JSON value, containers and leaves, as key/index paths."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated_saves(draw: st.DrawFn) -> Any:
    """A valid save with a few things broken: values replaced by other types, numbers or text, or removed."""
    data: Any = valid_save(draw(st.sampled_from([1, 2])))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(_paths(data)))
        replacement = draw(json_values | st.sampled_from(EDGE_NUMBERS) | st.sampled_from(ODD_TEXT))
        if not path:
            data = replacement
            continue
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "add-key"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "add-key" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = replacement
        else:
            parent[path[-1]] = replacement
    return data


def _dumps(value: Any, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


any_version = st.builds(lambda version, number: {**valid_save(version), "version": number}, st.sampled_from([1, 2]),
                        st.integers() | st.sampled_from(EDGE_NUMBERS) | scalars)
json_texts = st.builds(_dumps, json_values | random_key_dicts | mutated_saves() | any_version, st.booleans())
truncated_saves = st.builds(lambda version, cut: _dumps(valid_save(version), False)[:cut],
                            st.sampled_from([1, 2]), st.integers(0, 400))
latin1_noise = st.binary(max_size=300).map(lambda raw: raw.decode("latin-1"))
spliced_saves = st.builds(lambda version, at, noise: (lambda text: text[:at] + noise + text[at:])(
    _dumps(valid_save(version), False)), st.sampled_from([1, 2]), st.integers(0, 400), latin1_noise)
deep_nesting = st.integers(1, 50_000).map(lambda depth: "[" * depth + "]" * depth)
save_texts = json_texts | truncated_saves | latin1_noise | spliced_saves | deep_nesting | st.text(max_size=60)


def check_loaded(state: PlayState | None, saves: Saves) -> None:
    """A loaded state is fully valid (and saves again unchanged); a refused one explains itself."""
    if state is None:
        assert saves.notice in {"damaged-save", "newer-save"}
        return
    assert saves.notice is None
    assert parse_game(json.dumps(state.to_dict(), ensure_ascii=False)) == state


@settings(max_examples=1000, deadline=None, database=None)
@given(save_texts)
def test_any_stored_text_loads_as_a_state_or_a_notice(text: str) -> None:
    """Whatever text is stored as the game save, loading returns a valid state or None with a notice."""
    storage = MemoryStorage()
    storage.set(GAME_KEY, text)
    saves = Saves(storage)
    state = saves.load_game()
    event(f"notice: {saves.notice}")  # --hypothesis-show-statistics shows how many loaded and why others did not
    check_loaded(state, saves)
    if state is None:
        assert storage.get(GAME_KEY + DAMAGED_SUFFIX) == text  # nothing is lost


@settings(max_examples=200, deadline=None, database=None)
@given(json_values | random_key_dicts | mutated_saves() | st.tuples(st.integers()) | st.dictionaries(
    st.integers() | st.none() | st.booleans(), json_values, max_size=3))
def test_from_dict_raises_only_state_errors(data: Any) -> None:
    """Any Python value given to PlayState.from_dict gives a state or a StateError, no other exception."""
    try:
        state = PlayState.from_dict(data)
    except StateError:
        return
    assert PlayState.from_dict(state.to_dict()) == state


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.binary(max_size=300) | st.none())
def test_any_bytes_on_disk_load_without_an_error(main: bytes, backup: bytes | None) -> None:
    """Random bytes as the save file (and its backup) never crash; a refused file is kept byte for byte."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        root.joinpath(f"{GAME_KEY}.json").write_bytes(main)
        if backup is not None:
            root.joinpath(f"{GAME_KEY}.json.bak").write_bytes(backup)
        saves = Saves(FileStorage(root))
        state = saves.load_game()
        if saves.notice == "restored-backup":  # only possible with a (miraculously) valid backup
            assert state is not None
        else:
            check_loaded(state, saves)
        if state is None or saves.notice == "restored-backup":
            assert root.joinpath(f"{GAME_KEY}.damaged.json").read_bytes() == main
