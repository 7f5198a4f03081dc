"""The benchmark's arithmetic: percentiles, the growth exponent and the table's ratios and verdicts."""

from __future__ import annotations

import pytest

from game.bench.figures import Row, format_table, growth_exponent, percentile


def test_percentile_takes_the_nearest_rank() -> None:
    """p50 of 1..100 is 50 and p99 is 99, whatever order the samples came in."""
    samples = list(range(100, 0, -1))
    assert percentile(samples, 0.5) == 50
    assert percentile(samples, 0.99) == 99
    assert percentile(samples, 1.0) == 100


def test_percentile_of_nothing_is_an_error() -> None:
    """An empty sample list cannot have a percentile."""
    with pytest.raises(ValueError):
        percentile([], 0.5)


def test_growth_exponent_is_one_for_linear_and_two_for_quadratic() -> None:
    """Time proportional to size gives 1; time proportional to size squared gives 2."""
    assert growth_exponent([100, 1000], [0.1, 1.0]) == pytest.approx(1.0)
    assert growth_exponent([100, 1000, 10000], [1.0, 100.0, 10000.0]) == pytest.approx(2.0)


def test_a_row_compares_its_ratio_with_the_goal() -> None:
    """With a floor, the goal applies to value / floor; without one, to the value itself."""
    assert Row("frame", 0.3, "ms", floor=0.2, goal=2.0).met is True
    assert Row("frame", 0.5, "ms", floor=0.2, goal=2.0).met is False
    assert Row("memory", 140.0, "MB", goal=150.0).met is True
    assert Row("memory", 160.0, "MB", goal=150.0).met is False
    assert Row("load", 5.0, "ms").met is None


def test_the_table_shows_value_floor_ratio_and_verdict() -> None:
    """Each row prints its figure, its floor, the ratio and whether the goal is met."""
    table = format_table([Row("frame p99 choice", 0.5, "ms", floor=0.2, goal=2.0),
                          Row("peak memory", 140.0, "MB", goal=150.0)])
    choice = next(line for line in table.splitlines() if line.startswith("frame p99 choice"))
    assert "0.500 ms" in choice and "0.200 ms" in choice and "2.50x" in choice and "NO" in choice
    memory = next(line for line in table.splitlines() if line.startswith("peak memory"))
    assert "140.0 MB" in memory and "yes" in memory
