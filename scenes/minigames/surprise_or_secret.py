"""Surprise or secret: sort each card into a happy surprise or a secret to tell a trusted adult."""

from __future__ import annotations

from scenes import register_minigame
from scenes.minigames._sorting import Bin, SortingGameScene


@register_minigame
class SurpriseOrSecretScene(SortingGameScene):
    """Cards come one at a time; "Surprise" (happy, short, told soon) or "Secret to tell" (worried, hidden)."""

    NAME = "surprise-or-secret"
    COLORS = ((255, 236, 222), (236, 214, 240))
    BINS = (
        Bin("surprise", "gift", (238, 120, 140)),
        Bin("secret", "talk", (96, 146, 214)),
    )
