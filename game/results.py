"""Anonymous check results on this device: per question and phase, how many answers were right; CSV export."""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import dataclass, field

from game.save import Storage
from game.story import Story

log = logging.getLogger(__name__)

RESULTS_KEY = "time-stopped.results"
PHASES = ("pre", "post")
CSV_COLUMNS = ("question_id", "question", "pre_correct", "pre_total", "pre_rate", "post_correct", "post_total",
               "post_rate", "gain", "exported_on")


@dataclass
class Tally:
    """Right answers out of all answers, for one question in one phase."""

    correct: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        """Share of right answers, or None before anyone answered."""
        return self.correct / self.total if self.total else None


@dataclass
class Results:
    """Counts only: no names, no ids of children, no times (the export carries the day it was made)."""

    tallies: dict[str, dict[str, Tally]] = field(default_factory=dict)  # question id → phase → tally

    def record(self, phase: str, question_id: str, correct: int, total: int) -> None:
        """Add `correct` right answers out of `total` (1 of 1 for a child; hands counted in a classroom vote)."""
        if phase not in PHASES or total < 0 or not 0 <= correct <= total:
            raise ValueError(f"bad result {phase!r} {correct}/{total}")
        tally = self.tallies.setdefault(question_id, {}).setdefault(phase, Tally())
        tally.correct += correct
        tally.total += total

    def tally(self, question_id: str, phase: str) -> Tally:
        """The counts so far (zero if none)."""
        return self.tallies.get(question_id, {}).get(phase, Tally())

    def gain(self, question_id: str) -> float | None:
        """Post rate minus pre rate, or None until both exist."""
        pre, post = self.tally(question_id, "pre").rate, self.tally(question_id, "post").rate
        return None if pre is None or post is None else post - pre

    def to_csv(self, story: Story, lang: str, day: str) -> str:
        """One row per check question with the documented columns (`CSV_COLUMNS`)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for question in story.check:
            pre, post = self.tally(question.id, "pre"), self.tally(question.id, "post")
            gain = self.gain(question.id)
            writer.writerow([question.id, question.question.get(lang), pre.correct, pre.total, _pct(pre.rate),
                             post.correct, post.total, _pct(post.rate), _pct(gain), day])
        return out.getvalue()


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}"


def load_results(storage: Storage) -> Results:
    """The stored results; unreadable data counts as none (and is logged), never a crash."""
    text = storage.get(RESULTS_KEY)
    results = Results()
    if not text:
        return results
    try:
        data = json.loads(text)
        for qid, phases in dict(data).items():
            for phase, (correct, total) in dict(phases).items():
                results.record(str(phase), str(qid), int(correct), int(total))
    except (ValueError, TypeError) as exc:
        log.warning("ignoring unreadable check results: %s", exc)
        return Results()
    return results


def save_results(storage: Storage, results: Results) -> None:
    """Store the counts; a storage failure is logged, never raised into the game."""
    data = {qid: {phase: [t.correct, t.total] for phase, t in phases.items()}
            for qid, phases in results.tallies.items()}
    try:
        storage.set(RESULTS_KEY, json.dumps(data))
    except (OSError, ValueError) as exc:
        log.warning("could not save check results: %s", exc)
