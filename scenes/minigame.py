"""Base class for mini-games: each gets its step's parameters and finishes with a result name."""

from __future__ import annotations

from dataclasses import dataclass

from game.story import Value
from scenes.common import StepScene


@dataclass(frozen=True)
class MinigameResult:
    """What a mini-game finished with; the story's `results:` map picks the next step from `name`."""

    name: str


class MinigameScene(StepScene):
    """A mini-game; subclasses set `NAME` and `RESULTS` and call `finish_with(result)`."""

    NAME = ""
    RESULTS: tuple[str, ...] = ("done",)

    def __init__(self, params: dict[str, Value], can_go_back: bool = False) -> None:
        super().__init__(can_go_back=can_go_back)
        self.params = params

    def finish_with(self, result: str) -> None:
        """End the mini-game with `result` (must be one of `RESULTS`)."""
        if result not in self.RESULTS:
            raise ValueError(f"{self.NAME} cannot finish with {result!r}; its results are {self.RESULTS}")
        self.finish(MinigameResult(result))
