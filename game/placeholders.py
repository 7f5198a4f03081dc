"""Fill `{danger}`, `{talk.name}`, `{report.note}` ... in story text with the chosen region's help channels."""

from __future__ import annotations

import re

from game.story import Region

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_-]*)(\.name|\.note)?\}")


def names(text: str) -> list[tuple[str, int]]:
    """Every placeholder key in `text` (`report`, `talk.name`, ...) with its offset."""
    return [(match.group(1) + (match.group(2) or ""), match.start()) for match in PLACEHOLDER.finditer(text)]


def fill(text: str, region: Region | None, lang: str) -> str:
    """`text` with each placeholder replaced by the region's number or its name in `lang`.

    Unknown keys are left as written, so a content mistake shows on screen instead of crashing.
    """
    if region is None or "{" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        number = region.numbers.get(match.group(1))
        if number is None:
            return match.group(0)
        if match.group(2) == ".name":
            return number.name.get(lang)
        if match.group(2) == ".note":
            return number.note.get(lang) if number.note else ""
        return number.number or number.name.get(lang)  # no single number (US state CPS): say who

    return PLACEHOLDER.sub(replace, text)
