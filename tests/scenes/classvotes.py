"""Counting a class vote through the pilot the way a teacher does: class size once, then a count per answer."""

from __future__ import annotations

import pygame

from scenes.classvote import ClassVoteScene

DIGIT_KEYS = [pygame.K_0 + n for n in range(10)]


def type_number(pilot, number: int) -> None:
    """Type `number` with the number keys."""
    pilot.press(*[DIGIT_KEYS[int(d)] for d in str(number)])


def count_votes(pilot, counts: list[int], class_size: int = 25, group: int | None = None) -> ClassVoteScene:
    """On the top vote: set the class size (and number) if asked, type each count and Enter, then open the chart."""
    vote = pilot.top_scene
    assert isinstance(vote, ClassVoteScene), pilot.describe()
    if vote.mode == "size":
        type_number(pilot, class_size)
        pilot.press("confirm")
        if group is not None:
            type_number(pilot, group)
        pilot.press("confirm")
    for count in counts:
        type_number(pilot, count)
        pilot.press("confirm")
    pilot.press("confirm")  # Enter on "Show results"
    assert vote.showing_chart, vote.problem
    return vote
