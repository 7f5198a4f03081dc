"""The prefetcher runs planned jobs in order within a time budget, and a new plan replaces the old one."""

from __future__ import annotations

import time

from game.prefetch import Prefetcher


def test_jobs_run_in_order_until_the_budget_is_spent() -> None:
    """Quick jobs share one idle frame; a job that uses up the budget ends that frame's work."""
    done: list[str] = []
    prefetch = Prefetcher()
    prefetch.plan([lambda: done.append("a"), lambda: done.append("b"), lambda: time.sleep(0.01) or done.append("slow"),
                   lambda: done.append("c")])
    prefetch.run(budget=0.005)
    assert done == ["a", "b", "slow"]
    assert prefetch.pending == 1
    prefetch.run(budget=0.005)
    assert done == ["a", "b", "slow", "c"] and prefetch.pending == 0 and prefetch.ran == 4


def test_at_least_one_job_runs_even_with_no_budget() -> None:
    """A frame with time to spare always makes progress."""
    done: list[int] = []
    prefetch = Prefetcher()
    prefetch.plan([lambda: done.append(1), lambda: done.append(2)])
    prefetch.run(budget=0.0)
    assert done == [1]


def test_a_new_plan_drops_the_old_jobs() -> None:
    """When the story moves on, pictures for steps no longer ahead are not drawn."""
    done: list[str] = []
    prefetch = Prefetcher()
    prefetch.plan([lambda: done.append("old")])
    prefetch.plan([lambda: done.append("new")])
    prefetch.run()
    prefetch.run()
    assert done == ["new"]
