"""When a chapter's place changes from frozen to restored, time visibly starts again (or at once, if asked)."""

from __future__ import annotations

from scenes.play import PlayScene

STORY = """
title: {ko: "이야기", en: "Story"}
chapters: [one]
"""

CHAPTER = """
id: one
title: {ko: "하나", en: "One"}
intro: {ko: "시작", en: "Start"}
outro: {ko: "끝", en: "End"}
steps:
  - {id: cold, kind: line, background: school-frozen, text: {ko: "멈췄어요", en: "Frozen"}}
  - {id: inside, kind: line, background: classroom, text: {ko: "교실", en: "Inside"}}
  - {id: warm, kind: line, background: school-restored, text: {ko: "다시 흘러요", en: "Time moves"}}
  - {id: fin, kind: ending, title: {ko: "끝", en: "End"}, text: {ko: "끝", en: "End"}}
"""


def _to_frozen_line(pilot):
    pilot.press("confirm", "confirm", "confirm")  # title → intro → the frozen line → the classroom
    play = pilot.find_scene(PlayScene)
    assert isinstance(play, PlayScene) and play.thaw is None
    return play


def test_the_place_thaws_when_time_starts_again(pilot_for):
    """Moving to the restored picture starts the thaw, plays its sound, and ends on the restored place."""
    pilot = pilot_for({"story.yaml": STORY, "one.yaml": CHAPTER})
    play = _to_frozen_line(pilot)
    pilot.app.context.audio.unlock()
    pilot.press("confirm")
    assert play.thaw is not None and "unfreeze" in pilot.app.context.audio.played
    pilot.run_until(lambda: play.thaw is None, max_frames=300)
    assert pilot.state.background == "school-restored"


def test_reduced_motion_shows_the_restored_place_at_once(pilot_for):
    """With reduced motion the restored picture appears without any animation."""
    pilot = pilot_for({"story.yaml": STORY, "one.yaml": CHAPTER})
    pilot.app.context.settings.reduced_motion = True
    play = _to_frozen_line(pilot)
    pilot.press("confirm")
    assert play.thaw is None and pilot.state.background == "school-restored"


def test_going_back_does_not_thaw(pilot_for):
    """Only arriving at a restored place thaws; stepping back from it simply shows the earlier picture."""
    pilot = pilot_for({"story.yaml": STORY, "one.yaml": CHAPTER})
    play = _to_frozen_line(pilot)
    pilot.press("confirm")
    pilot.run_until(lambda: play.thaw is None, max_frames=300)
    pilot.press("back")
    assert play.thaw is None and pilot.state.background == "classroom"
