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
            self.lines.append((renderer.render(line, size, color), prefix_widths(font, line)))
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


def prefix_widths(font: pygame.font.Font, line: str) -> list[int]:
    """Pixel width of every prefix of `line` (0 for the empty one), so revealing a letter is just a clip.

    One `metrics` call gives each letter's advance; measuring every prefix with `size` instead costs
    a shaping pass per letter (quadratic in the line's length: milliseconds per line). The sum can differ
    from the shaped width by a pixel where letters kern, which only moves the clip mid-reveal; the last
    prefix is the rendered width, so the finished line is always shown whole.
    """
    widths = [0]
    for char, metric in zip(line, font.metrics(line), strict=True):
        advance = metric[4] if metric is not None else font.size(char)[0]
        widths.append(widths[-1] + advance)
    widths[-1] = font.size(line)[0]
    return widths
