"""`PlayState`: everything that changes during play, by id, as versioned JSON."""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any

Value = bool | int | str


class StateError(Exception):
    """A saved state that cannot be read by this version of the game."""


@dataclass
class QuizRecord:
    """How the player answered one quiz: first pick, whether it was right, points earned."""

    first_answer: str
    first_correct: bool
    points: int = 0
    tries: int = 1


@dataclass
class PlayState:
    """The player's place in the story and what they have done; refers to content only by id."""

    SAVE_VERSION = 1

    step_id: str
    intro_pending: bool = True
    finished: bool = False
    variables: dict[str, Value] = field(default_factory=dict)
    visits: dict[str, int] = field(default_factory=dict)
    quizzes: dict[str, QuizRecord] = field(default_factory=dict)
    badges: list[str] = field(default_factory=list)
    time_pieces: list[str] = field(default_factory=list)
    background: str | None = None
    seed: int = 0
    at_map: bool = False  # the town map is showing; `step_id` is then the next chapter's first step
    completed: list[str] = field(default_factory=list)  # chapter ids finished at least once, in order
    replaying: str | None = None  # a finished chapter played again from the map
    just_restored: str | None = None  # the chapter whose place the map should bring back to life

    @property
    def chapter_id(self) -> str:
        """The chapter part of the current step id."""
        return self.step_id.split(".", 1)[0]

    @property
    def score(self) -> int:
        """Total quiz points earned so far."""
        return sum(record.points for record in self.quizzes.values())

    def copy(self) -> PlayState:
        """A deep, independent copy (used for the back-one-step history)."""
        return copy.deepcopy(self)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, tagged with the save version."""
        return {"version": self.SAVE_VERSION, **asdict(self)}

    @classmethod
    def from_dict(cls, data: Any) -> PlayState:
        """Rebuild a state from `to_dict` output.

        Raises:
            StateError: the data is not a state this version understands.
        """
        if not isinstance(data, dict):
            raise StateError("a saved game must be a JSON object")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version > cls.SAVE_VERSION:
            raise StateError(f"saved game version {version!r} is not supported")
        try:
            quizzes = {str(k): _record(v) for k, v in _typed(data.get("quizzes", {}), dict).items()}
            background = data.get("background")
            state = cls(
                step_id=_typed(data["step_id"], str),
                intro_pending=_typed(data.get("intro_pending", False), bool),
                finished=_typed(data.get("finished", False), bool),
                variables={str(k): _value(v) for k, v in _typed(data.get("variables", {}), dict).items()},
                visits={str(k): _typed(v, int) for k, v in _typed(data.get("visits", {}), dict).items()},
                quizzes=quizzes,
                badges=[_typed(b, str) for b in _typed(data.get("badges", []), list)],
                time_pieces=[_typed(p, str) for p in _typed(data.get("time_pieces", []), list)],
                background=_optional(background, str),
                seed=_typed(data.get("seed", 0), int),
                at_map=_typed(data.get("at_map", False), bool),
                completed=[_typed(c, str) for c in _typed(data.get("completed", []), list)],
                replaying=_optional(data.get("replaying"), str),
                just_restored=_optional(data.get("just_restored"), str),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise StateError(f"saved game is damaged: {exc!r}") from exc
        return state


def _typed(value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"expected {kind.__name__}, got {value!r}")
    return value


def _optional(value: Any, kind: type) -> Any:
    return None if value is None else _typed(value, kind)


def _record(value: Any) -> QuizRecord:
    record = QuizRecord(**_typed(value, dict))  # TypeError for a missing or unknown field
    for name, kind in (("first_answer", str), ("first_correct", bool), ("points", int), ("tries", int)):
        _typed(getattr(record, name), kind)
    return record


def _value(value: Any) -> Value:
    if not isinstance(value, bool | int | str):
        raise TypeError(f"variable value {value!r} is not true/false, a number or text")
    return value
