"""A voice-over script: every spoken or read-aloud text of one language, in play order, with who says it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from game.story import AwardStep, ChoiceStep, EndingStep, LineStep, QuizStep, Story, Text

COLUMNS = ("id", "speaker", "text", "expression")
NARRATOR = "narration"
PLAYER = "player"  # the words on buttons the player picks: read by the voice of the player's character


def script_rows(story: Story, lang: str) -> Iterator[tuple[str, str, str, str]]:
    """(id, speaker, text, expression) for each text, chapter by chapter as story.yaml orders them, steps in
    order; ids are the ones `strings export` uses, e.g. `prologue.meet-guide.text`."""
    names = {cid: c.name.get(lang) for cid, c in story.characters.items()}

    def who(speaker: str | None) -> str:
        return names.get(speaker, speaker) if speaker else NARRATOR

    def row(text_id: str, speaker: str, text: Text | None, expression: str | None = None
            ) -> Iterator[tuple[str, str, str, str]]:
        if text is not None:
            yield text_id, speaker, text.get(lang), expression or ""

    for chapter in story.chapters:
        yield from row(f"{chapter.id}.title", NARRATOR, chapter.title)
        yield from row(f"{chapter.id}.content_note", NARRATOR, chapter.content_note)
        yield from row(f"{chapter.id}.intro", NARRATOR, chapter.intro)
        for step in chapter.steps:
            here = step.id
            if isinstance(step, LineStep):
                yield from row(f"{here}.text", who(step.speaker), step.text, step.expression)
            elif isinstance(step, ChoiceStep):
                yield from row(f"{here}.prompt", who(step.speaker), step.prompt)
                for option in step.options:
                    yield from row(f"{here}.options.{option.id}.text", PLAYER, option.text)
                    yield from row(f"{here}.options.{option.id}.feedback", who(step.speaker), option.feedback)
            elif isinstance(step, QuizStep):
                yield from row(f"{here}.question", who(step.speaker), step.question)
                for answer in step.answers:
                    yield from row(f"{here}.answers.{answer.id}.text", PLAYER, answer.text)
                    yield from row(f"{here}.answers.{answer.id}.explanation", who(step.speaker), answer.explanation)
            elif isinstance(step, AwardStep):
                yield from row(f"{here}.text", NARRATOR, step.text)
            elif isinstance(step, EndingStep):
                yield from row(f"{here}.title", NARRATOR, step.title)
                yield from row(f"{here}.text", NARRATOR, step.text)
        yield from row(f"{chapter.id}.outro", NARRATOR, chapter.outro)


def write_script(story: Story, out: str | Path, lang: str) -> int:
    """Write the script as a CSV with a byte-order mark (spreadsheets then read Korean right); returns rows."""
    rows = list(script_rows(story, lang))
    with Path(out).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return len(rows)
