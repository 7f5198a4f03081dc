"""Text rendering with the bundled fonts: cached surfaces, word wrapping, line layout."""

from __future__ import annotations

import pygame

from game.assets import AssetError, check_font
from game.ui import theme

_SOUND_FONTS: set[str] = set()  # font files `check_font` accepted in this process: each is read once


def check_fonts() -> None:
    """Check both bundled fonts before the window opens, so a bad one stops the game with a clear message.

    Raises:
        AssetError: a font is missing, unreadable or damaged.
    """
    for path in (theme.FONT_REGULAR, theme.FONT_BOLD):
        _check_once(str(path))


def _check_once(path: str) -> None:
    """`check_font`, skipped for a file already accepted (it reads the whole megabyte-sized file)."""
    if path not in _SOUND_FONTS:
        check_font(path)  # pygame would crash on a damaged font instead of raising
        _SOUND_FONTS.add(path)


class TextRenderer:
    """Renders text once per (text, size, colour, width, ...) and reuses the surface (see STYLE "Frame cost").

    Every size asked for is a design size: it is multiplied by `scale` (the player's text size setting), so
    all scenes get bigger text without code of their own. Caches are keyed by the scaled pixel size.
    """

    MAX_CACHED = 600
    MAX_CACHED_BYTES = 8_000_000  # long wrapped paragraphs are big; a count alone let the cache reach 50 MB

    def __init__(self, scale: float = 1.0) -> None:
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._surfaces: dict[tuple[object, ...], pygame.Surface] = {}
        self.renders = 0  # count of real renders, for tests and benchmarks
        self.cached_bytes = 0
        self.scale = scale

    def pixels(self, size: int) -> int:
        """The font size in pixels for the design size `size` at the current scale."""
        return max(1, round(size * self.scale))

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        """The bundled font for the design size `size` (scaled).

        Raises:
            AssetError: the font file is missing, unreadable or damaged.
        """
        key = (self.pixels(size), bold)
        if key not in self._fonts:
            path = str(theme.FONT_BOLD if bold else theme.FONT_REGULAR)
            _check_once(path)
            try:
                self._fonts[key] = pygame.font.Font(path, key[0])
            except (OSError, pygame.error) as exc:
                raise AssetError(path, f"cannot be opened as a font ({exc})") from exc
        return self._fonts[key]

    def line_height(self, size: int, bold: bool = False) -> int:
        """Distance between wrapped lines at `size`."""
        return self.font(size, bold).get_linesize()

    def render(
        self,
        text: str,
        size: int,
        color: tuple[int, int, int],
        *,
        bold: bool = False,
        width: int = 0,
        center: bool = False,
    ) -> pygame.Surface:
        """A surface with `text`, wrapped at `width` pixels by pygame-ce's `wraplength` (0 = no wrap)."""
        key = (text, self.pixels(size), color, bold, width, center)
        surface = self._surfaces.pop(key, None)
        if surface is None:
            font = self.font(size, bold)
            font.align = pygame.FONT_CENTER if center else pygame.FONT_LEFT
            surface = font.render(text, True, color, None, width)
            self.renders += 1
            self.cached_bytes += _bytes(surface)
            while self._surfaces and (len(self._surfaces) >= self.MAX_CACHED
                                      or self.cached_bytes > self.MAX_CACHED_BYTES):
                self.cached_bytes -= _bytes(self._surfaces.pop(next(iter(self._surfaces))))
        self._surfaces[key] = surface  # (re)inserted last: the least recently used text is dropped first
        return surface

    def render_fitting(self, text: str, size: int, color: tuple[int, int, int], max_width: int,
                       bold: bool = False, min_size: int = 20) -> pygame.Surface:
        """`text` on one line at the largest size up to `size` that fits in `max_width` (never below `min_size`)."""
        while size > min_size and self.font(size, bold).size(text)[0] > max_width:
            size -= 2
        return self.render(text, size, color, bold=bold)

    def render_fitting_box(self, text: str, size: int, color: tuple[int, int, int], width: int, max_height: int,
                           *, bold: bool = False, center: bool = False, min_size: int = 14) -> pygame.Surface:
        """`text` wrapped at `width`, at the largest size up to `size` (in steps of 2) no taller than `max_height`.

        Keeps words inside a fixed box at every text size; gives the `min_size` surface if nothing fits.
        """
        surface = self.render(text, size, color, bold=bold, width=width, center=center)
        while surface.get_height() > max_height and size - 2 >= min_size:
            size -= 2
            surface = self.render(text, size, color, bold=bold, width=width, center=center)
        return surface

    def wrap(self, text: str, size: int, width: int, bold: bool = False) -> list[str]:
        """Split `text` into lines no wider than `width`, breaking at spaces (or inside over-long words).

        Used where the line breaks must be known, e.g. the typewriter reveal.
        """
        font = self.font(size, bold)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            current = ""
            for word in paragraph.split(" "):
                candidate = f"{current} {word}" if current else word
                if font.size(candidate)[0] <= width:
                    current = candidate
                    continue
                if current:
                    lines.append(current)
                current = word
                while font.size(current)[0] > width and len(current) > 1:
                    cut = len(current) - 1
                    while cut > 1 and font.size(current[:cut])[0] > width:
                        cut -= 1
                    lines.append(current[:cut])
                    current = current[cut:]
            lines.append(current)
        return lines


def _bytes(surface: pygame.Surface) -> int:
    """Memory held by a surface's pixels."""
    return surface.get_pitch() * surface.get_height()
