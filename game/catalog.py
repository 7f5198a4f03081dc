"""Names content may refer to that the engine itself provides: backdrops, expressions, tags, mini-games, icons."""

from __future__ import annotations

from dataclasses import dataclass

# Backdrops are drawn by game/ui/backdrops.py; a test keeps the two lists in step.
# Each chapter's place comes frozen (time stopped: cold and still) and restored (time moving: warm).
BACKDROPS: tuple[str, ...] = (
    "keepers-world",
    "clock-tower",
    "town-frozen",
    "town-restored",
    "school-frozen",  # physical, body-safety
    "school-restored",
    "street-frozen",  # emotional
    "street-restored",
    "winter-home-frozen",  # neglect
    "winter-home-restored",
    "park-frozen",  # reporting (with the ZERO bus)
    "park-restored",
    "classroom",
    "classroom-frozen",
    "home",
    "home-frozen",
    "hall",  # the finale's Prevention Day hall
)

EXPRESSIONS: tuple[str, ...] = ("happy", "sad", "scared", "calm", "surprised", "thinking")

ABUSE_KINDS: tuple[str, ...] = ("physical", "emotional", "sexual", "neglect")
LESSON_STAGES: tuple[str, ...] = ("recognise", "respond", "report")

# Lesson topics a step can be tagged with; the content tests check every one is taught somewhere.
TAGS: tuple[str, ...] = (
    *(f"{kind}-{stage}" for kind in ABUSE_KINDS for stage in LESSON_STAGES),
    "body-rules",
    "secrets-surprises",
    "safety-hand",
    "online-safety",
    "call-112",
    "reporting-lesson",
    "not-your-fault",
)


@dataclass(frozen=True)
class MinigameInfo:
    """What the linter needs to know about a mini-game: its results and its content's shape."""

    results: tuple[str, ...]
    groups: tuple[str, ...]  # allowed `group` values of its items
    uses_questions: bool = False  # content comes as questions (with right/wrong items) rather than items
    icons: tuple[str, ...] = ()  # pictures an item may name with `icon:`; empty: the game shows no item icons


# Pictures of the card and sorting games (scenes/minigames/_icons.py; a test keeps the two in step). An item
# without `icon:` shows the picture named like its group, or a star when there is none.
CARD_ICONS: tuple[str, ...] = (
    "family", "school", "neighbourhood", "care", "activities", "police", "health", "online", "lock", "gift",
    "party", "card", "worry", "hand", "heart", "traffic", "swimsuit", "camera", "stop", "talk", "smile", "star",
)
# Things drawn in the spot-the-signs picture (scenes/minigames/_signs_art.py; a test keeps the two in step).
SIGN_ICONS: tuple[str, ...] = (
    "long-sleeves", "flinch", "sad-face", "bandage", "no-coat", "clock-night", "empty-fridge", "laundry",
    "school-bag", "cat-sleeping", "plant", "drawing", "kite", "flowers",
)

# Every game finishes with "perfect" (no misses) or "done" (finished after gentle hints).
_RESULTS = ("perfect", "done")

# Mini-games registered in scenes/minigames/; a test keeps the registry and this list in step.
MINIGAMES: dict[str, MinigameInfo] = {
    "safety-hand": MinigameInfo(_RESULTS, ("family", "school", "neighbourhood", "care", "activities", "police",
                                           "health", "not-safe"), icons=CARD_ICONS),
    "surprise-or-secret": MinigameInfo(_RESULTS, ("surprise", "secret"), icons=CARD_ICONS),
    "call-112": MinigameInfo(_RESULTS, ("right", "wrong"), uses_questions=True),
    "spot-the-signs": MinigameInfo(_RESULTS, ("sign", "fine"), icons=SIGN_ICONS),
    "body-rules": MinigameInfo(_RESULTS, ("ok", "not-ok"), icons=CARD_ICONS),
}

ICONS: tuple[str, ...] = CARD_ICONS + SIGN_ICONS  # every picture some game can draw
