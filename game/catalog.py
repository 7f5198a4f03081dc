"""Names content may refer to that the engine itself provides: backdrops, expressions and mini-games."""

from __future__ import annotations

# Backdrops are drawn by game/ui/backdrops.py; a test keeps the two lists in step.
BACKDROPS: tuple[str, ...] = (
    "keepers-world",
    "clock-tower",
    "town-frozen",
    "town-restored",
    "classroom",
    "home",
)

EXPRESSIONS: tuple[str, ...] = ("happy", "sad", "scared", "calm", "surprised", "thinking")

# Mini-games registered in scenes/minigames/; each lists the result names it can finish with.
MINIGAMES: dict[str, tuple[str, ...]] = {}
