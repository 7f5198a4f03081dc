"""The path explorer walks every choice with the real runner and finds endings, stuck places and lesson misses."""

from __future__ import annotations

from game.paths import explore

STORY = """\
    title: {ko: "이야기", en: "Story"}
    chapters: [one]
    variables:
      brave: false
"""

CHAPTER = """\
    id: one
    title: {ko: "하나", en: "One"}
    intro: {ko: "시작", en: "Start"}
    outro: {ko: "끝", en: "End"}
    steps:
      - id: pick
        kind: choice
        options:
          - {id: a, text: {ko: "가", en: "A"}, set: {brave: true}, target: lesson}
          - {id: b, text: {ko: "나", en: "B"}, target: @B}
      - id: lesson
        kind: line
        tags: [reporting-lesson]
        text: {ko: "말해요", en: "Tell"}
      - id: check
        kind: if
        condition: brave
        target: brave-end
      - id: calm-end
        kind: ending
        title: {ko: "끝", en: "End"}
        text: {ko: "끝", en: "End"}
      - id: brave-end
        kind: ending
        title: {ko: "끝", en: "End"}
        text: {ko: "끝", en: "End"}
"""


def test_every_path_through_the_lesson_reaches_both_endings(compile_story):
    """Both options pass the lesson; the variable decides which ending is reached."""
    story = compile_story({"story.yaml": STORY, "one.yaml": CHAPTER.replace("@B", "lesson")})
    report = explore(story)
    assert report.endings == {"one.calm-end", "one.brave-end"}
    assert report.ok


def test_a_path_that_skips_the_lesson_is_reported(compile_story):
    """Option b jumps past the lesson straight to an ending, and the report shows that path."""
    story = compile_story({"story.yaml": STORY, "one.yaml": CHAPTER.replace("@B", "calm-end")})
    report = explore(story)
    assert not report.ok
    assert report.missing_lesson and report.missing_lesson[0][-1] == "one.calm-end"
