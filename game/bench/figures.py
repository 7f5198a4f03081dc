"""Plain numbers for the benchmark: percentiles, a linear fit, and the printed table (no pygame here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The `fraction` (0–1) percentile of `samples` by nearest rank.

    Raises:
        ValueError: `samples` is empty.
    """
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, round(fraction * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def growth_exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """The slope of log(time) against log(size) between the smallest and largest run (1.0 = linear)."""
    import math

    if len(sizes) < 2 or len(sizes) != len(times):
        raise ValueError("need at least two (size, time) pairs")
    return math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])


@dataclass(frozen=True)
class Row:
    """One benchmark line: what was measured, its figure, the floor it is compared with, and the goal."""

    name: str
    value: float
    unit: str
    floor: float | None = None  # the same kind of figure for the least the machine can do
    goal: float | None = None  # the largest acceptable value / floor (or value, when there is no floor)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """value / floor, when there is a floor."""
        return self.value / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        """Whether the goal holds (None when there is no goal)."""
        if self.goal is None:
            return None
        measured = self.ratio if self.floor is not None else self.value
        return measured is not None and measured <= self.goal


def _number(value: float, unit: str) -> str:
    if unit == "B":
        return f"{value:,.0f} B"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "%":
        return f"{value:.2f} %"
    if unit == "x":
        return f"{value:.2f}"
    return f"{value:.3f} {unit}" if value < 10 else f"{value:.1f} {unit}"


def format_table(rows: Sequence[Row]) -> str:
    """The rows as a fixed-width table: figure, floor, ratio, goal and whether it is met."""
    header = f"{'measure':<38}{'value':>14}{'floor':>14}{'ratio':>8}  {'goal':<12}{'met':<5}note"
    lines = [header, "-" * len(header)]
    for row in rows:
        floor = _number(row.floor, row.unit) if row.floor is not None else "-"
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        if row.goal is None:
            goal, met = "-", "-"
        else:
            goal = f"<= {row.goal:g}x" if row.floor is not None else f"<= {_number(row.goal, row.unit)}"
            met = "yes" if row.met else "NO"
        lines.append(f"{row.name:<38}{_number(row.value, row.unit):>14}{floor:>14}{ratio:>8}  {goal:<12}{met:<5}"
                     f"{row.note}")
    return "\n".join(lines)
