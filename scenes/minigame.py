"""Base class for mini-games: each gets its step's parameters and finishes with a result name."""

from __future__ import annotations

from game.scene import Scene
from game.story import Value


class MinigameScene(Scene):
    """A mini-game; subclasses call `finish_with(result)` where result is one of `RESULTS`."""

    NAME = ""
    RESULTS: tuple[str, ...] = ("done",)

    def __init__(self, params: dict[str, Value], can_go_back: bool = False) -> None:
        super().__init__()
        self.params = params
        self.can_go_back = can_go_back

    def finish_with(self, result: str) -> None:
        """End the mini-game with `result` (must be one of `RESULTS`)."""
        if result not in self.RESULTS:
            raise ValueError(f"{self.NAME} cannot finish with {result!r}; its results are {self.RESULTS}")
        self.finish(MinigameResult(result))


class MinigameResult:
    """What a mini-game finished with."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"MinigameResult({self.name!r})"
