"""Anonymous check results on this device, per class: for each question and phase, how many chose each answer.

A class is a number the teacher gives (1-99, "class 3"), never a name; answers by children playing alone are
kept apart as "this device" (group None). No names, no ids of children, no times: the export carries the day
it was made.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from game.save import Storage
from game.story import CheckQuestion, Story

log = logging.getLogger(__name__)

RESULTS_KEY = "time-stopped.results"
RESULTS_VERSION = 2  # 1: {question: {phase: [correct, total]}} for the whole device
PHASES = ("pre", "post")
MAX_GROUP = 99


@dataclass
class Tally:
    """Right answers out of all answers, and how many chose each answer (by answer id), for one question and phase."""

    correct: int = 0
    total: int = 0
    answers: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        """Share of right answers, or None before anyone answered."""
        return self.correct / self.total if self.total else None


Group = int | None  # a class number, or None for children playing on their own


@dataclass
class Results:
    """Tallies per group → question id → phase."""

    groups: dict[Group, dict[str, dict[str, Tally]]] = field(default_factory=dict)

    def record(self, phase: str, question: CheckQuestion | str, correct: int, total: int,
               answers: Mapping[str, int] | None = None, group: Group = None) -> None:
        """Add `correct` right answers out of `total` (1 of 1 for a child; hands counted in a class vote).

        Args:
            answers: how many chose each answer id (kept so a teacher sees which wrong answer was popular).
            group: the class number, or None for this device's children playing alone.

        Raises:
            ValueError: the counts do not add up, or the phase or group is not one the game uses.
        """
        answers = dict(answers or {})
        if phase not in PHASES or total < 0 or not 0 <= correct <= total or any(n < 0 for n in answers.values()):
            raise ValueError(f"bad result {phase!r} {correct}/{total}")
        if answers and sum(answers.values()) != total:
            raise ValueError(f"answer counts {answers} do not add up to {total}")
        if group is not None and not 1 <= group <= MAX_GROUP:
            raise ValueError(f"class numbers go from 1 to {MAX_GROUP} (got {group})")
        qid = question if isinstance(question, str) else question.id
        tally = self.groups.setdefault(group, {}).setdefault(qid, {}).setdefault(phase, Tally())
        tally.correct += correct
        tally.total += total
        for answer, count in answers.items():
            tally.answers[answer] = tally.answers.get(answer, 0) + count

    def tally(self, question_id: str, phase: str, group: Group = None) -> Tally:
        """The counts so far (zero if none)."""
        return self.groups.get(group, {}).get(question_id, {}).get(phase, Tally())

    def gain(self, question_id: str, group: Group = None) -> float | None:
        """Post rate minus pre rate (a fraction: 0.26 is 26 percentage points), or None until both exist."""
        pre, post = self.tally(question_id, "pre", group).rate, self.tally(question_id, "post", group).rate
        return None if pre is None or post is None else post - pre

    def known_groups(self) -> list[Group]:
        """Groups with any answers: this device first, then classes by number."""
        found = [g for g in self.groups if any(t.total for phases in self.groups[g].values() for t in phases.values())]
        return sorted(found, key=lambda g: -1 if g is None else g)

    def reset(self, group: Group) -> None:
        """Forget one group's answers (a new class, or a new term)."""
        self.groups.pop(group, None)

    def to_csv(self, story: Story, lang: str, day: str, group: Group = None) -> str:
        """One row per check question, headers in `lang` (`csv_columns`), then each answer with its counts."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")  # CRLF: what spreadsheet programs write and expect
        most = max((len(q.answers) for q in story.check), default=0)
        writer.writerow(csv_columns(lang, most))
        label = group_label(group, lang)
        for question in story.check:
            pre, post = self.tally(question.id, "pre", group), self.tally(question.id, "post", group)
            gain = self.gain(question.id, group)
            row: list[object] = [question.id, question.question.get(lang), label, pre.correct, pre.total,
                                 _pct(pre.rate), post.correct, post.total, _pct(post.rate), _points(gain), day]
            for answer in question.answers:
                mark = RIGHT_MARK.get(lang, RIGHT_MARK["en"]) if answer.correct else ""
                row += [answer.text.get(lang) + mark, pre.answers.get(answer.id, 0), post.answers.get(answer.id, 0)]
            writer.writerow(row)
        return out.getvalue()


COLUMNS = {
    "en": ("question_id", "question", "class", "pre_correct", "pre_total", "pre_percent", "post_correct",
           "post_total", "post_percent", "change_percentage_points", "exported_on"),
    "ko": ("문항_id", "문항", "학급", "사전_정답_수", "사전_응답_수", "사전_정답률(%)", "사후_정답_수", "사후_응답_수",
           "사후_정답률(%)", "변화(%p)", "내보낸_날"),
}
ANSWER_COLUMNS = {"en": ("answer_{n}", "pre_answer_{n}", "post_answer_{n}"),
                  "ko": ("답_{n}", "사전_답_{n}", "사후_답_{n}")}
RIGHT_MARK = {"en": " (right answer)", "ko": " (정답)"}
GROUP_WORDS = {"en": ("this device", "class {n}"), "ko": ("이 기기", "{n}반")}


def csv_columns(lang: str, answers: int = 0) -> tuple[str, ...]:
    """The export's header row in `lang` (Korean or English), with three columns per answer."""
    lang = lang if lang in COLUMNS else "en"
    extra = tuple(name.format(n=n) for n in range(1, answers + 1) for name in ANSWER_COLUMNS[lang])
    return COLUMNS[lang] + extra


def group_label(group: Group, lang: str) -> str:
    """"class 3" / "3반", or "this device" for children who played alone."""
    device, numbered = GROUP_WORDS.get(lang, GROUP_WORDS["en"])
    return device if group is None else numbered.format(n=group)


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}"


def _points(value: float | None) -> str:
    return "" if value is None else f"{value * 100:+.0f}"


def load_results(storage: Storage) -> Results:
    """The stored results; unreadable data counts as none (and is logged), never a crash."""
    text = storage.get(RESULTS_KEY)
    results = Results()
    if not text:
        return results
    try:
        data = json.loads(text)
        if isinstance(data, dict) and data.get("version") == RESULTS_VERSION:
            for entry in data["groups"]:
                group = entry["group"]
                for qid, phases in dict(entry["questions"]).items():
                    for phase, counts in dict(phases).items():
                        results.record(str(phase), str(qid), int(counts["correct"]), int(counts["total"]),
                                       {str(a): int(n) for a, n in dict(counts["answers"]).items()},
                                       None if group is None else int(group))
        else:  # version 1: right/total for the whole device, no answers
            for qid, phases in dict(data).items():
                for phase, (correct, total) in dict(phases).items():
                    results.record(str(phase), str(qid), int(correct), int(total))
    except (ValueError, TypeError, KeyError) as exc:
        log.warning("ignoring unreadable check results: %s", exc)
        return Results()
    return results


def save_results(storage: Storage, results: Results) -> None:
    """Store the counts; a storage failure is logged, never raised into the game."""
    data = {"version": RESULTS_VERSION, "groups": [
        {"group": group, "questions": {qid: {phase: {"correct": t.correct, "total": t.total, "answers": t.answers}
                                             for phase, t in phases.items()}
                                       for qid, phases in questions.items()}}
        for group, questions in results.groups.items()]}
    try:
        storage.set(RESULTS_KEY, json.dumps(data))
    except (OSError, ValueError) as exc:
        log.warning("could not save check results: %s", exc)
