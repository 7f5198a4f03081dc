"""The JSON story bundle and the saved `PlayState`: round trips, versions and damaged input."""

from __future__ import annotations

import json
from typing import Any

import pytest

from game.bundle import BundleError, dump_story, load_story
from game.state import GAME_TAG, PlayState, QuizRecord, StateError
from game.story import (
    Answer,
    AwardStep,
    Chapter,
    ChapterEndStep,
    Character,
    ChoiceStep,
    EndingStep,
    GotoStep,
    IfStep,
    LineStep,
    MinigameStep,
    Option,
    Prize,
    QuizStep,
    SetStep,
    SourcePos,
    Story,
    Text,
)


def t(en: str) -> Text:
    """A text with a Korean and an English side."""
    return Text(ko=f"{en} (한국어)", en=en)


def rich_story() -> Story:
    """A story using every step kind and every optional field, with bool, int and text values."""
    def pos(line: int) -> SourcePos:
        return SourcePos("one.yaml", line, 5)

    one_steps = (
        LineStep("one.hello", "one", pos(6), "one.pick", text=t("Hello"), speaker="owl", expression="happy",
                 background="home"),
        ChoiceStep("one.pick", "one", pos(11), "one.quiz", prompt=t("Pick"), speaker="owl", options=(
            Option("a", t("A"), "one.quiz", effects={"met": True, "courage": 1, "name": "'owl'"},
                   feedback=t("Nice"), condition="courage >= 0"),
            Option("b", t("B"), "one.quiz"),
        )),
        QuizStep("one.quiz", "one", pos(20), "one.flag", question=t("Q"), points=2, speaker="owl", answers=(
            Answer("x", t("X"), True, t("Yes")),
            Answer("y", t("Y"), False, t("No")),
        )),
        SetStep("one.flag", "one", pos(30), "one.check", effects={"met": False, "courage": 0}),
        IfStep("one.check", "one", pos(32), "one.jump", condition="met", target="one.prize", otherwise="one.jump"),
        GotoStep("one.jump", "one", pos(36), "one.prize", target="one.prize"),
        AwardStep("one.prize", "one", pos(38), "one.game", prize_kind="time_piece", prize="p1"),
        MinigameStep("one.game", "one", pos(40), "one.end", name="maze",
                     params={"size": 3, "hard": False, "theme": "night"}, results={"won": "one.end"}),
        ChapterEndStep("one.end", "one", pos(44), None, next_chapter="two"),
    )
    two_steps = (EndingStep("two.fin", "two", SourcePos("two.yaml", 6, 5), None, title=t("End"), text=t("Bye")),)
    return Story(
        title=t("Story"),
        start="one",
        chapters=(
            Chapter("one", t("One"), t("In"), t("Out"), one_steps, content_note=t("Gentle"),
                    discussion=(t("Talk 1"), t("Talk 2")), pos=SourcePos("one.yaml", 1, 5)),
            Chapter("two", t("Two"), t("In 2"), t("Out 2"), two_steps),
        ),
        characters={"owl": Character("owl", t("Owl"), "#112233")},
        variables={"met": False, "courage": 0, "name": "nobody"},
        badges={"b1": Prize("b1", t("Badge"))},
        time_pieces={"p1": Prize("p1", t("Piece"))},
    )


def bundle_data() -> dict[str, Any]:
    """The rich story's bundle as plain JSON data, ready to be damaged."""
    data: dict[str, Any] = json.loads(dump_story(rich_story()))
    return data


# -- story bundle ------------------------------------------------------------------------------


def test_bundle_round_trip_equals_the_original():
    """dump_story then load_story gives a story equal to the original, field by field."""
    story = rich_story()
    assert load_story(dump_story(story)) == story


def test_bundle_round_trip_keeps_bools_as_bools():
    """JSON true/false come back as bools, never as the numbers 1 and 0."""
    loaded = load_story(dump_story(rich_story()))
    option = loaded.step("one.pick").options[0]  # type: ignore[union-attr]
    values = [loaded.variables["met"], option.effects["met"], loaded.step("one.game").params["hard"]]  # type: ignore[union-attr]
    assert [type(v) for v in values] == [bool, bool, bool]
    assert type(option.effects["courage"]) is int


def test_bundle_round_trip_keeps_step_kinds_and_lookups():
    """Loaded steps have their own classes again, and lookups by id work."""
    loaded = load_story(dump_story(rich_story()))
    assert [type(s) for s in loaded.chapter("one").steps] == [type(s) for s in rich_story().chapter("one").steps]
    assert loaded.has_step("two.fin") and loaded.next_chapter_after("one") == "two"


def test_bundle_round_trip_of_a_compiled_story(compile_story):
    """A story compiled from YAML survives the bundle unchanged."""
    story = compile_story({
        "story.yaml": """\
            title: {ko: 이야기, en: Story}
            chapters: [one]
            variables: {brave: false}
        """,
        "one.yaml": """\
            id: one
            title: {ko: 하나, en: One}
            intro: {ko: 시작, en: Start}
            outro: {ko: 끝, en: End}
            steps:
              - {id: be-brave, kind: set, set: {brave: true}}
              - {id: fin, kind: ending, title: {ko: 끝, en: End}, text: {ko: 끝, en: End}}
        """,
    })
    assert load_story(dump_story(story)) == story


def test_bundle_text_is_deterministic():
    """Dumping a loaded bundle gives the same text again."""
    text = dump_story(rich_story())
    assert dump_story(load_story(text)) == text


def test_bundle_from_a_newer_format_is_refused():
    """A bundle newer than this game raises BundleError naming the version."""
    data = bundle_data()
    data["format"] = Story.FORMAT_VERSION + 1
    with pytest.raises(BundleError, match="newer"):
        load_story(json.dumps(data))


def test_bundle_that_is_not_json_is_refused():
    """Cut-off JSON raises BundleError."""
    with pytest.raises(BundleError, match="JSON"):
        load_story(dump_story(rich_story())[:-1])


@pytest.mark.parametrize("text", ["[]", "{}", '{"format": 1}', "3"])
def test_bundle_without_format_and_story_is_refused(text):
    """JSON that is not a bundle object raises BundleError."""
    with pytest.raises(BundleError):
        load_story(text)


def _damage(path: tuple[str | int, ...], value: Any = KeyError) -> dict[str, Any]:
    """The bundle data with the item at `path` replaced by `value` (or removed for KeyError)."""
    data = bundle_data()
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    if value is KeyError:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return data


@pytest.mark.parametrize(
    "data",
    [
        _damage(("story", "title")),
        _damage(("story", "chapters"), {}),
        _damage(("story", "characters"), []),
        _damage(("story", "chapters", 0, "steps"), "steps"),
        _damage(("story", "chapters", 0, "steps", 0, "kind"), "dance"),
        _damage(("story", "chapters", 0, "steps", 0, "text", "ko"), 5),
        _damage(("story", "chapters", 0, "steps", 2, "points"), True),
        _damage(("story", "chapters", 0, "steps", 1, "options", 0, "effects"), ["met"]),
    ],
    ids=["no-title", "chapters-object", "characters-list", "steps-text", "unknown-kind", "number-as-text",
         "bool-as-points", "effects-list"],
)
def test_bundle_that_does_not_match_the_model_is_refused(data):
    """Missing fields, wrong shapes and wrong value types all raise BundleError, never another error."""
    with pytest.raises(BundleError):
        load_story(json.dumps(data))


# -- saved state -----------------------------------------------------------------------------------


def full_state() -> PlayState:
    """A state with every field away from its default."""
    return PlayState(
        step_id="one.quiz",
        intro_pending=False,
        finished=True,
        variables={"met": True, "courage": 3, "name": "owl"},
        visits={"one.hello": 1, "one.quiz": 2},
        quizzes={"one.quiz": QuizRecord(first_answer="y", first_correct=False, points=0, tries=2)},
        badges=["b1"],
        time_pieces=["p1", "p2"],
        background="home",
        seed=42,
    )


def test_state_round_trip_equals_the_original():
    """to_dict then from_dict gives an equal state."""
    state = full_state()
    assert PlayState.from_dict(state.to_dict()) == state


def test_state_round_trip_through_json_text():
    """The saved dict survives JSON text, with bools still bools."""
    loaded = PlayState.from_dict(json.loads(json.dumps(full_state().to_dict())))
    assert loaded == full_state()
    assert type(loaded.variables["met"]) is bool


def test_state_dict_is_tagged_with_the_save_version():
    """Saved data carries the save version."""
    assert full_state().to_dict()["version"] == PlayState.SAVE_VERSION


def test_state_from_a_minimal_dict_gets_defaults():
    """Only the game tag, version and step_id are needed; everything else starts empty."""
    state = PlayState.from_dict({"game": GAME_TAG, "version": PlayState.SAVE_VERSION, "step_id": "one.hello"})
    assert (state.step_id, state.variables, state.quizzes, state.badges, state.background) == (
        "one.hello", {}, {}, [], None)


def test_state_copy_is_independent():
    """Changing a copy leaves the original alone."""
    state = full_state()
    copy = state.copy()
    copy.variables["courage"] = 99
    copy.quizzes["one.quiz"].tries = 9
    assert state == full_state()


def test_state_copy_shares_no_container_with_the_original():
    """Every list or dict field of the copy (and every quiz record) is a new object: none can be forgotten."""
    import dataclasses

    state = full_state()
    copy = state.copy()
    assert copy == state
    for field in dataclasses.fields(PlayState):
        value = getattr(state, field.name)
        if isinstance(value, list | dict):
            assert getattr(copy, field.name) is not value, f"PlayState.copy shares {field.name}"
    for quiz, record in state.quizzes.items():
        assert copy.quizzes[quiz] is not record


def test_state_from_a_newer_version_is_refused():
    """A save from a newer game raises StateError."""
    data = full_state().to_dict()
    data["version"] = PlayState.SAVE_VERSION + 1
    with pytest.raises(StateError, match="version"):
        PlayState.from_dict(data)


@pytest.mark.parametrize("data", [None, [], "saved", 1])
def test_state_that_is_not_a_dict_is_refused(data):
    """A save that is not a JSON object raises StateError."""
    with pytest.raises(StateError):
        PlayState.from_dict(data)


def test_state_without_a_step_id_is_refused():
    """A save with no position raises StateError."""
    data = full_state().to_dict()
    del data["step_id"]
    with pytest.raises(StateError):
        PlayState.from_dict(data)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("version", None),
        ("version", "1"),
        ("version", True),
        ("step_id", 7),
        ("intro_pending", "yes"),
        ("finished", 1),
        ("variables", {"met": [True]}),
        ("variables", "met"),
        ("visits", {"one.hello": "1"}),
        ("visits", {"one.hello": True}),
        ("visits", [["one.hello", 1]]),
        ("quizzes", {"one.quiz": {"first_answer": 1, "first_correct": False}}),
        ("quizzes", {"one.quiz": {"first_answer": "y", "first_correct": "no"}}),
        ("quizzes", {"one.quiz": {"first_answer": "y", "first_correct": False, "points": "3"}}),
        ("quizzes", {"one.quiz": {"first_answer": "y", "first_correct": False, "cheat": 1}}),
        ("quizzes", {"one.quiz": "y"}),
        ("badges", "b1"),
        ("badges", [1]),
        ("time_pieces", {"p1": True}),
        ("background", 5),
        ("seed", "42"),
    ],
)
def test_state_with_a_wrong_type_is_refused(field, value):
    """Any field of the wrong type raises StateError instead of loading a state that breaks later."""
    data = full_state().to_dict()
    data[field] = value
    with pytest.raises(StateError):
        PlayState.from_dict(data)


def test_state_to_dict_holds_plain_data_equal_to_asdict():
    """The hand-written `to_dict` gives the same plain data as `dataclasses.asdict`, tag and version aside."""
    import dataclasses
    import json

    state = full_state()
    data = state.to_dict()
    assert {k: v for k, v in data.items() if k not in ("game", "version")} == dataclasses.asdict(state)
    json.dumps(data)  # nothing in it needs a custom encoder
    data["badges"].append("not-in-the-state")
    assert "not-in-the-state" not in state.badges
