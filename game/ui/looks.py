"""How each story character looks: hair, skin, clothes and accessories (art data, keyed by character id).

Clothes are drawn in the character's `color` from story.yaml, so name plate and portrait always match.
The people who hurt children in the stories are never characters and never get a look.
"""

from __future__ import annotations

from dataclasses import dataclass

Color = tuple[int, int, int]

# A range of skin tones, light to deep.
SKIN_LIGHT: Color = (255, 228, 206)
SKIN_PEACH: Color = (250, 214, 184)
SKIN_WARM: Color = (238, 194, 156)
SKIN_TAN: Color = (214, 162, 122)
SKIN_DEEP: Color = (176, 122, 90)

HAIR_BLACK: Color = (54, 46, 60)
HAIR_DARK: Color = (84, 60, 52)
HAIR_BROWN: Color = (124, 82, 56)
HAIR_CHESTNUT: Color = (158, 98, 56)
HAIR_AUBURN: Color = (146, 72, 52)
HAIR_GREY: Color = (206, 206, 214)
HAIR_SALT: Color = (160, 154, 160)


@dataclass(frozen=True)
class Look:
    """One character's portrait recipe; every part is drawn by game/ui/portrait_parts.py."""

    skin: Color
    hair: Color
    hair_style: str  # a key of portrait_parts.HAIR
    outfit: str  # a key of portrait_parts.OUTFITS, drawn in the character's colour
    child: bool = False  # children are drawn smaller, with bigger heads and eyes
    extras: tuple[str, ...] = ()  # keys of portrait_parts.EXTRAS, drawn in order
    puppet: bool = False  # Tori: a sock puppet instead of a person


LOOKS: dict[str, Look] = {
    "grandma": Look(SKIN_PEACH, HAIR_GREY, "bun", "dress", extras=("clock-pendant", "glasses")),
    "keeper": Look(SKIN_WARM, HAIR_CHESTNUT, "tousled", "cape", child=True, extras=("clock-hand-clip",)),
    "haneul": Look(SKIN_LIGHT, HAIR_DARK, "pigtails", "hoodie", child=True),
    "doyun": Look(SKIN_WARM, HAIR_BLACK, "spiky", "long-sleeves", child=True),
    "seoyeon": Look(SKIN_LIGHT, HAIR_BLACK, "long", "collar", child=True, extras=("headband",)),
    "minjun": Look(SKIN_TAN, HAIR_BROWN, "bowl", "tee", child=True),
    "jiwoo": Look(SKIN_PEACH, HAIR_DARK, "bob", "overalls", child=True, extras=("star-clip",)),
    "teacher": Look(SKIN_LIGHT, HAIR_DARK, "shoulder", "cardigan"),
    "nurse": Look(SKIN_TAN, HAIR_AUBURN, "neat", "nurse", extras=("nurse-cap",)),
    "officer": Look(SKIN_WARM, HAIR_BLACK, "short", "uniform", extras=("police-cap",)),
    "neighbour": Look(SKIN_PEACH, HAIR_SALT, "perm", "apron"),
    "doctor": Look(SKIN_DEEP, HAIR_BLACK, "side-part", "coat", extras=("stethoscope",)),
    "counsellor": Look(SKIN_TAN, HAIR_CHESTNUT, "wavy", "sweater", extras=("scarf",)),
    "operator": Look(SKIN_DEEP, HAIR_DARK, "ponytail", "polo", extras=("headset",)),
    "puppet": Look(SKIN_PEACH, (255, 206, 84), "yarn", "sock", puppet=True),
}

# Anyone without a look of their own: the round face, hair and clothes in shades of their colour.
FALLBACK = Look(SKIN_LIGHT, (0, 0, 0), "cap", "plain")
