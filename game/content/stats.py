"""Reading-load statistics per chapter: steps, quizzes, choices and words in each language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from game.content.schema import ChapterSpec, ChoiceSpec, QuizSpec, TextSpec

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class ChapterStats:
    """Reading load of one chapter."""

    chapter: str
    steps: int
    quizzes: int
    choices: int
    words_ko: int
    words_en: int


def chapter_stats(chapter: ChapterSpec) -> ChapterStats:
    """Count steps, quizzes, choices and words (per language) in a chapter."""
    texts = [chapter.intro, chapter.outro, *_texts(chapter.steps)]
    return ChapterStats(
        chapter.id,
        len(chapter.steps),
        sum(isinstance(s, QuizSpec) for s in chapter.steps),
        sum(isinstance(s, ChoiceSpec) for s in chapter.steps),
        sum(len(_WORD.findall(t.ko)) for t in texts),
        sum(len(_WORD.findall(t.en)) for t in texts),
    )


def _texts(value: object) -> Iterator[TextSpec]:
    """Every `TextSpec` inside `value`, depth first."""
    if isinstance(value, TextSpec):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name))
