"""`Prefetcher`: picture-making jobs run in idle frames, a few milliseconds at a time, before a step needs them.

Why: drawing a place, a portrait or a mini-game's pictures the first time takes tens of milliseconds (a
few times that in the browser). Done on the frame a child presses, it stalls the screen just then; done
in the frames while the child reads, nobody notices. Jobs fill caches the scenes already use (`backdrop`,
`portrait`, ...), so a job whose picture is cached costs microseconds and a dropped job costs nothing.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable

BUDGET_SECONDS = 0.002  # an idle frame starts no new job after this much work


class Prefetcher:
    """A queue of jobs for idle frames; `plan` replaces it whenever the game moves on to another step."""

    def __init__(self) -> None:
        self._jobs: deque[Callable[[], object]] = deque()
        self.ran = 0  # jobs run so far (for tests and the benchmark)

    def plan(self, jobs: Iterable[Callable[[], object]]) -> None:
        """Do `jobs` in order in the coming idle frames, instead of whatever was planned before."""
        self._jobs = deque(jobs)

    @property
    def pending(self) -> int:
        """Jobs not run yet."""
        return len(self._jobs)

    def run(self, budget: float = BUDGET_SECONDS) -> None:
        """Run jobs until the queue is empty or `budget` seconds are spent (always at least one job)."""
        started = time.perf_counter()
        while self._jobs:
            self._jobs.popleft()()
            self.ran += 1
            if time.perf_counter() - started >= budget:
                return
