"""`PlayState`: everything that changes during play, by id, as versioned JSON.

Saved games are plain JSON objects with a `version` (and, from version 2, `"game": "time-stopped"`).
`PlayState.from_dict` refuses versions newer than `SAVE_VERSION` (`NewerSaveError`) and brings older
ones up to date one version at a time through `MIGRATIONS`.

How to change the saved shape (add, rename or reinterpret a field):

1. Bump `PlayState.SAVE_VERSION` from N to N + 1 and change the dataclass and `from_dict`.
2. Write `_migrate_N_to_N1(data) -> data`: take a version-N dict, return a new dict in the version-(N + 1)
   shape (`migrate` stamps the new version number). Keep it small and pure, and never assume a field is
   present or well-typed: `from_dict` checks the result, and a KeyError/TypeError/ValueError inside a
   migration counts as a damaged save. Never edit an existing migration: old saves still pass through it.
3. Register it: `MIGRATIONS[N] = _migrate_N_to_N1`.
4. Add a test that loads a literal version-N dict (as the previous release wrote it).

Keep `version` and `game` at the top level in every future version: older games use them to tell a newer
save of this game ("newer-save") from another program's JSON ("damaged-save").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

Value = bool | int | str

GAME_TAG = "time-stopped"  # the `game` field of every save since version 2


class StateError(Exception):
    """A saved state that cannot be read by this version of the game."""


class NewerSaveError(StateError):
    """A save written by a newer version of this game: refused, never guessed at."""


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

    SAVE_VERSION = 2

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
    checked: list[str] = field(default_factory=list)  # pre/post checks done in this game: "pre", "post"
    # Back after a reload: the state where the current chapter (or the map) began, as `to_dict` wrote it, and
    # the player's actions since ("a", "c:1", "q:0", ...); the runner replays them to rebuild its history.
    trail_start: dict[str, Any] | None = None
    trail: list[str] = field(default_factory=list)

    @property
    def chapter_id(self) -> str:
        """The chapter part of the current step id."""
        return self.step_id.split(".", 1)[0]

    @property
    def score(self) -> int:
        """Total quiz points earned so far."""
        return sum(record.points for record in self.quizzes.values())

    def copy(self) -> PlayState:
        """An independent copy (the back-one-step history keeps one per step).

        Written out rather than `copy.deepcopy`, which took a millisecond of every step's frame: the
        containers are copied and quiz records (the one mutable value inside them) are copied too.
        """
        return dataclasses.replace(
            self, variables=dict(self.variables), visits=dict(self.visits),
            quizzes={quiz: dataclasses.replace(record) for quiz, record in self.quizzes.items()},
            badges=list(self.badges), time_pieces=list(self.time_pieces), completed=list(self.completed),
            checked=list(self.checked), trail=list(self.trail))  # `trail_start` is never changed, only replaced

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, tagged with the game and the save version."""
        # Field by field from a copy: `asdict` deep-copies every value and cost a millisecond per step.
        state = self.copy()
        plain: dict[str, Any] = {f.name: getattr(state, f.name) for f in dataclasses.fields(state)}
        plain["quizzes"] = {quiz: asdict(record) for quiz, record in state.quizzes.items()}
        return {"game": GAME_TAG, "version": self.SAVE_VERSION, **plain}

    @classmethod
    def from_dict(cls, data: Any) -> PlayState:
        """Rebuild a state from `to_dict` output of this or any older version; unknown keys are ignored.

        Raises:
            NewerSaveError: the save comes from a newer version of this game.
            StateError: the data is not a save this version understands (damaged, foreign, too old).
        """
        return cls._build(migrate(data))

    @classmethod
    def _build(cls, data: dict[str, Any]) -> PlayState:
        try:
            return cls(
                step_id=_typed(data["step_id"], str),
                intro_pending=_typed(data.get("intro_pending", False), bool),
                finished=_typed(data.get("finished", False), bool),
                variables={_key(k): _value(v) for k, v in _typed(data.get("variables", {}), dict).items()},
                visits={_key(k): _count(v) for k, v in _typed(data.get("visits", {}), dict).items()},
                quizzes={_key(k): _record(v) for k, v in _typed(data.get("quizzes", {}), dict).items()},
                badges=[_typed(b, str) for b in _typed(data.get("badges", []), list)],
                time_pieces=[_typed(p, str) for p in _typed(data.get("time_pieces", []), list)],
                background=_optional(data.get("background"), str),
                seed=_typed(data.get("seed", 0), int),
                at_map=_typed(data.get("at_map", False), bool),
                completed=[_typed(c, str) for c in _typed(data.get("completed", []), list)],
                replaying=_optional(data.get("replaying"), str),
                just_restored=_optional(data.get("just_restored"), str),
                checked=[_typed(c, str) for c in _typed(data.get("checked", []), list)],
                trail_start=_optional(data.get("trail_start"), dict),
                trail=[_typed(a, str) for a in _typed(data.get("trail", []), list)],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise StateError(f"saved game is damaged: {exc!r}") from exc


# -- versions and migrations ---------------------------------------------------------------------

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 tags every save with `"game": "time-stopped"`, so a newer save of this game can be told
    apart from another program's JSON that happens to carry a `version` number."""
    return {**data, "game": GAME_TAG}


MIGRATIONS: dict[int, Migration] = {
    1: _migrate_1_to_2,
}
"""Save version N → the function turning a version-N dict into a version-(N + 1) dict."""


def migrate(data: Any) -> dict[str, Any]:
    """Bring saved data up to `PlayState.SAVE_VERSION`, one migration at a time.

    Raises:
        NewerSaveError: a save of this game from a newer version.
        StateError: not a JSON object, no usable version, or a version older than any migration.
    """
    if not isinstance(data, dict):
        raise StateError("a saved game must be a JSON object")
    current: dict[str, Any] = data
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise StateError(f"saved game version {version!r} is not supported")
    if version > PlayState.SAVE_VERSION:
        if data.get("game") == GAME_TAG:
            raise NewerSaveError(f"saved game version {version} is newer than this game ({PlayState.SAVE_VERSION})")
        raise StateError(f"saved game version {version!r} is not supported (and the data is not tagged as ours)")
    if version < min(MIGRATIONS, default=PlayState.SAVE_VERSION):
        raise StateError(f"saved game version {version} is older than any this game can read")
    while version < PlayState.SAVE_VERSION:
        try:
            current = MIGRATIONS[version](dict(current))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StateError(f"saved game version {version} could not be brought up to date: {exc!r}") from exc
        version += 1
        current["version"] = version
    if current.get("game") != GAME_TAG:
        raise StateError(f"saved game is not tagged as {GAME_TAG!r}")
    return current


# -- field checks --------------------------------------------------------------------------------


def _typed(value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"expected {kind.__name__}, got {value!r:.80}")
    return value


def _optional(value: Any, kind: type) -> Any:
    return None if value is None else _typed(value, kind)


def _key(value: Any) -> str:
    """A dict key: JSON keys are always text, anything else is not a save."""
    key: str = _typed(value, str)
    return key


def _count(value: Any) -> int:
    count: int = _typed(value, int)
    if count < 0:
        raise ValueError(f"a count cannot be negative: {count}")
    return count


def _record(value: Any) -> QuizRecord:
    record = QuizRecord(**_typed(value, dict))  # TypeError for a missing or unknown field
    for name, kind in (("first_answer", str), ("first_correct", bool)):
        _typed(getattr(record, name), kind)
    _count(record.points)
    _count(record.tries)
    return record


def _value(value: Any) -> Value:
    if not isinstance(value, bool | int | str):
        raise TypeError(f"variable value {value!r:.80} is not true/false, a number or text")
    return value
