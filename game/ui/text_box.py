"""The typewriter: reveals pre-rendered wrapped lines letter by letter with a clip, never re-rendering."""

from __future__ import annotations

import pygame

from game.ui.text import TextRenderer


class Typewriter:
    """Reveals `text` at `chars_per_second` (0 = at once) inside a box `width` pixels wide."""

    def __init__(
        self,
        renderer: TextRenderer,
        text: str,
        size: int,
        color: tuple[int, int, int],
        width: int,
        chars_per_second: float,
    ) -> None:
        font = renderer.font(size)
        self.line_height = renderer.line_height(size) + 4
        self.lines: list[tuple[pygame.Surface, list[int]]] = []
        for line in renderer.wrap(text, size, width):
            # Width of every prefix, measured once, so revealing a letter is a cheaper clip.
            prefixes = [font.size(line[:k])[0] for k in range(len(line) + 1)]
            self.lines.append((renderer.render(line, size, color), prefixes))
        self.total = sum(len(p) - 1 for _s, p in self.lines)
        self.speed = chars_per_second
        self.shown = float(self.total) if chars_per_second <= 0 else 0.0

    @property
    def done(self) -> bool:
        """Whether every letter is visible."""
        return self.shown >= self.total

    @property
    def height(self) -> int:
        """Height of the whole text block."""
        return self.line_height * len(self.lines)

    def complete(self) -> None:
        """Show everything now."""
        self.shown = float(self.total)

    def update(self, dt: float) -> None:
        """Reveal more letters."""
        if not self.done:
            self.shown = min(float(self.total), self.shown + self.speed * dt)

    def draw(self, surface: pygame.Surface, topleft: tuple[int, int]) -> None:
        """Blit the revealed part."""
        left, top = topleft
        remaining = int(self.shown)
        for index, (line, prefixes) in enumerate(self.lines):
            if remaining <= 0:
                break
            count = min(remaining, len(prefixes) - 1)
            y = top + index * self.line_height
            if count == len(prefixes) - 1:
                surface.blit(line, (left, y))
            else:
                surface.blit(line, (left, y), pygame.Rect(0, 0, prefixes[count], line.get_height()))
            remaining -= count
