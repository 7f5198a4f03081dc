"""The safe expression language of `if:` and `set:`: parsing, precedence, values, errors and safety."""

from __future__ import annotations

import pytest

from game.conditions import ConditionError, Var, evaluate_source, names, parse

ENV = {"courage": 3, "met_owl": True, "scared": False, "friend": "owl"}


def run(source: str, env: dict[str, bool | int | str] | None = None) -> bool | int | str:
    """Evaluate `source` with the shared test variables unless others are given."""
    return evaluate_source(source, ENV if env is None else env)


def error_of(source: str, env: dict[str, bool | int | str] | None = None) -> ConditionError:
    """The ConditionError that evaluating `source` raises."""
    with pytest.raises(ConditionError) as caught:
        run(source, env)
    return caught.value


# -- values -----------------------------------------------------------------------------


def test_whole_numbers_evaluate_to_ints():
    """A number literal is an int."""
    assert run("42") == 42 and type(run("42")) is int


@pytest.mark.parametrize(("source", "expected"), [("true", True), ("false", False)])
def test_true_and_false_are_booleans(source, expected):
    """`true` and `false` are Python booleans."""
    assert run(source) is expected


@pytest.mark.parametrize("source", ["'an owl'", '"an owl"'])
def test_strings_in_either_quote_evaluate_to_their_text(source):
    """Single- and double-quoted strings give the text between the quotes, spaces kept."""
    assert run(source) == "an owl"


def test_variables_read_from_the_environment():
    """A name evaluates to the variable's value."""
    assert run("friend") == "owl"


def test_strings_can_be_joined_with_plus():
    """`+` on two strings concatenates them."""
    assert run("friend + '-' + \"house\"") == "owl-house"


def test_string_equality_compares_text():
    """`==` compares strings by content."""
    assert run("friend == 'owl'") is True and run("friend == 'cat'") is False


def test_values_of_different_types_are_never_equal():
    """`true == 1` is false: booleans and numbers do not mix as they do in Python."""
    assert run("true == 1") is False and run("true != 1") is True and run("0 == false") is False


@pytest.mark.parametrize(
    ("source", "expected"),
    [("courage < 4", True), ("courage < 3", False), ("courage <= 3", True), ("courage > 3", False),
     ("courage >= 3", True), ("courage == 3", True), ("courage != 3", False)],
)
def test_comparisons_of_numbers(source, expected):
    """Each comparison operator gives a boolean for numbers (courage is 3)."""
    assert run(source) is expected


# -- precedence ---------------------------------------------------------------------------


def test_minus_is_left_associative():
    """`10 - 3 - 2` is (10 - 3) - 2 = 5, not 10 - (3 - 2) = 9."""
    assert run("10 - 3 - 2") == 5


def test_sums_bind_tighter_than_comparisons():
    """`courage + 1 == 4` compares the sum, not `1 == 4`."""
    assert run("courage + 1 == 4") is True


def test_and_binds_tighter_than_or():
    """`true or false and false` is true or (false and false) = true."""
    assert run("true or false and false") is True


def test_not_binds_tighter_than_and():
    """`not false and false` is (not false) and false = false."""
    assert run("not false and false") is False


def test_not_binds_looser_than_comparison():
    """`not courage == 1` negates the comparison; `not courage` alone would be a type error."""
    assert run("not courage == 1") is True


def test_parentheses_override_precedence():
    """`(true or false) and false` is false."""
    assert run("(true or false) and false") is False


def test_not_can_be_repeated():
    """`not not met_owl` is met_owl."""
    assert run("not not met_owl") is True


@pytest.mark.parametrize(("source", "expected"), [("-3 + 5", 2), ("- -2", 2), ("1 - -1", 2), ("-(1 + 2)", -3)])
def test_unary_minus(source, expected):
    """A leading minus negates the atom that follows it."""
    assert run(source) == expected


def test_whitespace_is_optional_around_operators():
    """`courage>=3 and(met_owl)` parses like its spaced-out form."""
    assert run("courage>=3 and(met_owl)") is True


# -- names ----------------------------------------------------------------------------------


def test_names_lists_variable_reads_in_source_order_with_offsets():
    """`names` returns each variable read, left to right, with its 0-based offset."""
    source = "courage >= 2 and not met_owl or friend == 'met_owl'"
    assert names(parse(source)) == [
        Var("courage", 0), Var("met_owl", source.index("met_owl")), Var("friend", source.index("friend"))]


def test_keywords_are_not_variables():
    """`true`, `false`, `and`, `or` and `not` are never reported as variable reads."""
    assert names(parse("not true and false or true")) == []


def test_parse_is_cached():
    """Parsing the same text twice returns the same tree object."""
    assert parse("courage + 1 > 2") is parse("courage + 1 > 2")


# -- parse errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "offset", "words"),
    [
        ("courage >", 9, "ends too soon"),
        ("", 0, "ends too soon"),
        ("   ", 3, "ends too soon"),
        ("courage $ 1", 8, "'$'"),
        ("(courage + 1", 12, "missing ')'"),
        ("courage 1", 8, "'1'"),
        ("1 < 2 < 3", 6, "'<'"),
        ("'unclosed", 0, "\"'\""),
        ("courage > > 1", 10, "'>'"),
        ("and courage", 0, "'and'"),
    ],
)
def test_parse_errors_carry_the_offset_of_the_problem(source, offset, words):
    """A malformed expression raises ConditionError at the 0-based offset of the first problem."""
    with pytest.raises(ConditionError) as caught:
        parse(source)
    assert caught.value.offset == offset
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("source", "offset"),
    [
        ("(" * 1000 + "1" + ")" * 1000, 64),
        ("not " * 1000 + "true", 256),
        ("- " * 1000 + "1", 128),
        (" + ".join(["1"] * 1000), 128),
    ],
)
def test_expressions_of_more_than_64_parts_are_a_condition_error(source, offset):
    """Hundreds of brackets, `not`s or terms raise ConditionError at the 65th part instead of exhausting the stack."""
    with pytest.raises(ConditionError) as caught:
        parse(source)
    assert caught.value.offset == offset
    assert "too long" in caught.value.message


def test_an_expression_of_64_parts_still_parses():
    """The limit itself is allowed: `-1 + 1 + ... + 1` in 64 parts parses and evaluates."""
    assert evaluate_source("-" + " + ".join(["1"] * 32), {}) == 30


# -- evaluation errors ----------------------------------------------------------------------


def test_unknown_variable_names_it_with_its_offset():
    """Reading a variable missing from the environment is an error at that name."""
    error = error_of("met_owl and dragon")
    assert error.message == "unknown variable 'dragon'" and error.offset == len("met_owl and ")


@pytest.mark.parametrize(
    ("source", "offset", "words"),
    [
        ("courage + true", 8, "number"),
        ("'a' < 'b'", 4, "number"),
        ("-friend", 0, "number"),
        ("friend + 1", 7, "number"),
        ("not courage", 0, "true or false"),
        ("courage and met_owl", 8, "true or false"),
        ("scared or 1", 7, "true or false"),
    ],
)
def test_type_errors_name_the_expected_kind_of_value(source, offset, words):
    """Arithmetic needs numbers and logic needs true/false; the error sits at the operator."""
    error = error_of(source)
    assert words in error.message and error.offset == offset


# -- safety -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "__import__('os')",
        "__import__('os').system('echo hi')",
        "open('story.yaml')",
        "courage.__class__",
        "[c for c in ()]",
        "lambda: 1",
        "1 if true else 2",
        "courage * 2",
        "exec('1')",
    ],
)
def test_python_syntax_is_a_condition_error(source):
    """Calls, attributes, comprehensions, lambdas and other Python never run; they are ConditionErrors."""
    env = {**ENV, "__import__": "x", "open": "x", "exec": "x"}
    with pytest.raises(ConditionError):
        evaluate_source(source, env)


def test_evaluation_never_calls_eval(monkeypatch):
    """Evaluation works with the builtin eval and exec unavailable."""

    def forbidden(*_args: object) -> None:
        raise AssertionError("eval/exec must never be used")

    monkeypatch.setattr("builtins.eval", forbidden)
    monkeypatch.setattr("builtins.exec", forbidden)
    assert evaluate_source("courage + 2 >= 5 and friend == 'owl'", ENV) is True


def test_infer_gives_the_result_type_of_an_expression():
    """Type inference knows comparisons give true/false and sums give numbers or text."""
    from game.conditions import infer, parse

    types = {"courage": int, "met": bool, "name": str}
    assert infer(parse("courage >= 2 and not met"), types) is bool
    assert infer(parse("courage + 1"), types) is int
    assert infer(parse("name + '!'"), types) is str


def test_infer_rejects_mixed_types_at_the_operator():
    """Comparing a number with text is caught before anyone plays, at the operator's offset."""
    from game.conditions import ConditionError, infer, parse

    source = "courage == 'two'"
    with pytest.raises(ConditionError) as caught:
        infer(parse(source), {"courage": int})
    assert caught.value.offset == source.index("==")
