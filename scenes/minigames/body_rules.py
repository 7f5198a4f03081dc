"""Body rules: is this touch or request OK, or not OK? Practises the swimsuit rule and "say no, get away, tell"."""

from __future__ import annotations

from scenes import register_minigame
from scenes.minigames._sorting import Bin, SortingGameScene


@register_minigame
class BodyRulesScene(SortingGameScene):
    """Cards come one at a time; the player answers "OK" or "Not OK!" (say no, get away, tell)."""

    NAME = "body-rules"
    COLORS = ((232, 244, 236), (255, 230, 206))
    BINS = (
        Bin("ok", "smile", (92, 170, 96)),
        Bin("not-ok", "stop", (232, 134, 64)),
    )
