"""The playthrough benchmark's bookkeeping: every frame counted once, transitions apart from the scene kinds."""

from __future__ import annotations

from game.bench.hitches import TRANSITION, TimedPilot
from game.testing import play_through
from tests.scenes.stories import small_story


def test_every_frame_is_timed_under_its_kind_or_as_a_transition(pilot_for) -> None:
    """Playing the small story: frames = inputs x (1 + quiet frames); one transition per scene change."""
    pilot = pilot_for(small_story())
    timed = TimedPilot(pilot.app, quiet_frames=3)
    start = timed.app.frames
    play_through(timed)
    counted = sum(len(samples) for samples in timed.times.values())
    assert counted == timed.app.frames - start
    assert counted % 4 == 0  # every input frame is followed by exactly three quiet ones
    assert {TRANSITION, "line", "choice", "quiz"} <= set(timed.times)
    assert all(sample >= 0 for samples in timed.times.values() for sample in samples)
