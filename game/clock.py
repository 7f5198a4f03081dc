"""Clocks: the only place that reads wall time; tests use the fixed-step clock."""

from __future__ import annotations

import time
from datetime import date


class RealClock:
    """Measures the time between frames, capped so a stall does not jump the game ahead."""

    MAX_DT = 0.1

    def __init__(self) -> None:
        self._last = time.perf_counter()

    def tick(self) -> float:
        """Seconds since the previous tick (at most `MAX_DT`)."""
        now = time.perf_counter()
        dt, self._last = now - self._last, now
        return min(dt, self.MAX_DT)


class FixedClock:
    """Always reports the same frame time, for deterministic tests."""

    def __init__(self, dt: float = 1 / 60) -> None:
        self.dt = dt

    def tick(self) -> float:
        """The fixed frame time."""
        return self.dt


def today() -> date:
    """The calendar day now (for a certificate's date; tests replace it)."""
    return date.today()
