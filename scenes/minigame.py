"""Base class for mini-games: each gets its step's content pool and finishes with a result name."""

from __future__ import annotations

from dataclasses import dataclass

from game.scene import SceneContext
from game.story import MinigamePool, PhoneNumber, Value
from scenes.common import StepScene


@dataclass(frozen=True)
class MinigameResult:
    """What a mini-game finished with; the story's `results:` map picks the next step from `name`."""

    name: str


class MinigameScene(StepScene):
    """A mini-game: subclasses set `NAME`, read `self.pool`, count `self.misses` and call `finish_game()`.

    A miss never ends the game: it gets a gentle hint and another try. The result is "perfect" when
    the player made no miss, else "done".
    """

    NAME = ""
    RESULTS: tuple[str, ...] = ("perfect", "done")

    def __init__(self, params: dict[str, Value], can_go_back: bool = False) -> None:
        super().__init__(can_go_back=can_go_back)
        self.params = params
        self.misses = 0

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        pool_name = str(self.params.get("pool", ""))
        self.pool: MinigamePool = ctx.story.minigames[self.NAME][pool_name]

    def phone(self, role: str = "report") -> PhoneNumber:
        """The player's region's number for `role` (report, emergency, talk)."""
        story = self.ctx.story
        region = story.regions.get(self.ctx.settings.region) or story.regions[story.default_region]
        return region.numbers[role]

    def next_move(self) -> str | None:
        """The id of a widget whose click makes correct progress now (the scripted player in tests uses it).

        Returns None while the game waits for nothing but a confirm (e.g. a message to read).
        """
        raise NotImplementedError(f"{type(self).__name__} must say what a correct next move is")

    def finish_game(self) -> None:
        """End with "perfect" if there was no miss, else "done"."""
        self.finish_with("perfect" if self.misses == 0 else "done")

    def finish_with(self, result: str) -> None:
        """End the mini-game with `result` (must be one of `RESULTS`)."""
        if result not in self.RESULTS:
            raise ValueError(f"{self.NAME} cannot finish with {result!r}; its results are {self.RESULTS}")
        self.finish(MinigameResult(result))
