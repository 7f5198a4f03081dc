"""The order a playthrough shows a question's answers in: a shuffle fixed by the `PlayState` seed and the question."""

from __future__ import annotations

import random
import secrets

SEED_LIMIT = 2**31  # seeds are small non-negative ints, so saves stay plain JSON numbers


def fresh_seed() -> int:
    """A new playthrough's seed (each game shuffles its answers its own way)."""
    try:
        return secrets.randbelow(SEED_LIMIT)
    except (NotImplementedError, OSError):  # no system randomness (some WebAssembly hosts): any seed will do
        return random.Random().randrange(SEED_LIMIT)


def answer_order(seed: int, question_id: str, count: int) -> tuple[int, ...]:
    """The positions of `count` answers as shown, for this playthrough's `seed` and the question's id.

    The same seed and question always give the same order (a string seed is hashed with SHA-512 by
    `random`, not with Python's per-process hash), so the order survives Back, saving and resuming.
    """
    order = list(range(count))
    random.Random(f"{seed}/{question_id}").shuffle(order)
    return tuple(order)
