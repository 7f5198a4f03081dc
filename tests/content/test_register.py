"""The Korean register sheet (docs/STYLE-KO.md) on the real story: everyone speaks 해요체, to everyone."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from game.content.compile import load_story_dir
from game.story import ChoiceStep, LineStep, QuizStep, Story

STORY_DIR = Path(__file__).resolve().parents[2] / "story"
ADULTS = {"grandma", "teacher", "nurse", "officer", "neighbour", "doctor", "counsellor", "operator", "puppet"}
QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')
# A 아/야 vocative ("도윤아,") or a 해라체 ending ("들어오렴", "고맙구나", "아니란다", "고맙다.", "안 되지.").
NOT_HAEYO = re.compile(r"[가-힣](?:아|야)[,!]\s|렴[.!]|구나[.!]|란다[.!]|단다[.!]|[가-힣]다\.|되지\.|할게\.|이야\.")


@cache
def story() -> Story:
    return load_story_dir(STORY_DIR)


def spoken() -> list[tuple[str, str | None, str]]:
    """(step id, speaker, Korean text outside quotes) of every line, prompt, option, feedback and explanation."""
    found = []
    for chapter in story().chapters:
        for step in chapter.steps:
            texts = []
            if isinstance(step, LineStep):
                texts = [step.text.ko]
            elif isinstance(step, ChoiceStep):
                texts = [o.text.ko for o in step.options] + [o.feedback.ko for o in step.options if o.feedback]
            elif isinstance(step, QuizStep):
                texts = [a.explanation.ko for a in step.answers]
            found += [(step.id, getattr(step, "speaker", None), QUOTED.sub("", t)) for t in texts]
    return found


def test_no_one_uses_a_vocative_or_haera_outside_quotes():
    """No "도윤아, …고마워요", no Mrs Choi 해라체 ("어서 들어오렴", "고맙구나"): adults speak 해요체 to children."""
    slips = [(sid, text) for sid, _speaker, text in spoken() if NOT_HAEYO.search(text)]
    assert slips == []


def test_every_spoken_sentence_ends_in_haeyo():
    """Each sentence an adult or child says ends in 해요체 (sound words, lists and trailing names aside)."""
    slips = []
    for sid, speaker, text in spoken():
        if speaker is None:
            continue
        for sentence in re.split(r"(?<=[.!?…])\s+", text.strip()):
            whole = sentence.rstrip(".!?… ")
            core = re.sub(r",\s*[가-힣 ]{1,8}$", "", whole)  # a trailing name: "어서 와요, 새 시간지기님!"
            if len(core) <= 5 or core.count(",") >= 3 or "{" in core:
                continue
            if not (re.search(r"(요|죠)$", whole) or re.search(r"(요|죠)$", core)):
                slips.append((sid, sentence))
    assert slips == []


def test_the_time_keepers_quoted_words_to_children_are_haeyo():
    """What the player says in a choice option ("괜찮아요?", "민준이 잘못이 아니에요.") is 해요체, not 반말."""
    quotes = [(s.id, q) for c in story().chapters for s in c.steps if isinstance(s, ChoiceStep)
              for o in s.options for q in re.findall(r'"([^"]+)"', o.text.ko)]
    assert quotes  # the options do quote the keeper
    assert [(sid, q) for sid, q in quotes if not re.search(r"요[.?!]?$", q)] == []


def test_the_register_sheet_exists_and_names_the_rule():
    """docs/STYLE-KO.md is the one page writers follow."""
    sheet = (STORY_DIR.parent / "docs" / "STYLE-KO.md").read_text(encoding="utf-8")
    assert "Everyone speaks friendly 해요체" in sheet and "never a 아/야 vocative" in sheet
