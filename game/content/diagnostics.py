"""Author-facing problems: `Diagnostic` with a `file:line:col` position, and `ContentError` holding them all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from game.story import SourcePos

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem in authored content, printed as `file:line:col: error[code]: message`."""

    pos: SourcePos
    code: str
    message: str
    hint: str = ""
    severity: Severity = "error"

    def format(self) -> str:
        """The one- or two-line form writers read in their terminal."""
        text = f"{self.pos}: {self.severity}[{self.code}]: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sort by file, line and column, dropping exact repeats."""
    return sorted(set(diagnostics))


class ContentError(Exception):
    """Every error found in the content at once, sorted by position."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(sort_diagnostics(diagnostics))
        errors = sum(1 for d in self.diagnostics if d.severity == "error")
        super().__init__(f"{errors} content error(s)")

    def __str__(self) -> str:
        return "\n".join(d.format() for d in self.diagnostics)
