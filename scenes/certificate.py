"""The time keeper certificate after the story's ending: pieces restored, badges earned, the day; save or leave."""

from __future__ import annotations

import logging
import math
from collections.abc import Hashable
from datetime import date

import pygame

from game.clock import today
from game.input import Action, InputEvent
from game.keepsake import keep_picture, kept_words
from game.scene import SETTLE_SECONDS, Scene, SceneContext
from game.state import PlayState
from game.ui import theme
from game.ui.panel import veil
from game.ui.portrait import portrait
from game.ui.strings import ui
from game.ui.widgets import Button, ButtonGroup, Widget
from scenes.badges import _draw_star
from scenes.map import _draw_piece

log = logging.getLogger(__name__)

CERT = pygame.Rect(180, 18, 920, 540)  # left of the help button's corner
BUTTON_TOP, BUTTON_W, BUTTON_H = CERT.bottom + 14, 320, 72
MESSAGE_Y = BUTTON_TOP + BUTTON_H + 24  # centre of the saved / could-not-save line
PAPER: theme.Color = (255, 248, 228)
GOLD_LINE: theme.Color = (214, 160, 80)
WATERMARK: theme.Color = (250, 236, 204)
KEEPER_COLOR = "#8e7dd6"  # the time keeper's colour if a story has no "keeper" character
MEDAL = (190, 318)  # centre of the portrait medallion on the certificate
COLUMN_X, COLUMN_W = 340, 540  # the words and icons to the right of the portrait


class CertificateScene(Scene):
    """Shows the certificate; finishes with "title" (its button, Esc or Backspace)."""

    modal = True
    opaque = False
    settle_seconds = SETTLE_SECONDS  # the press that closed the ending card never saves or leaves the certificate

    def __init__(self, state: PlayState, day: date | None = None) -> None:
        super().__init__()
        self.state = state
        self.day = day
        self.message = ""

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self.day = self.day or today()
        story = ctx.story
        self.pieces = sum(1 for p in story.time_pieces if p in self.state.time_pieces)
        self.badges = sum(1 for b in story.badges if b in self.state.badges)
        lang = ctx.lang
        gap = 40
        left = CERT.centerx - BUTTON_W - gap // 2
        save = Button("save-picture", pygame.Rect(left, BUTTON_TOP, BUTTON_W, BUTTON_H),
                      label=ui("certificate-save", lang))
        back = Button("to-title", pygame.Rect(left + BUTTON_W + gap, BUTTON_TOP, BUTTON_W, BUTTON_H),
                      label=ui("certificate-to-title", lang))
        self.buttons = ButtonGroup([save, back], horizontal=True)
        self.picture = self.render_certificate()
        ctx.audio.play("piece")
        ctx.read_aloud(ui("certificate-heading", lang), ui("certificate-line", lang),
                       ui("certificate-pieces", lang, n=self.pieces), ui("certificate-badges", lang, n=self.badges))

    def resume(self, result: object) -> None:
        self.picture = self.render_certificate()  # the help screen may have changed the look

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    @property
    def filename(self) -> str:
        """The saved picture's name: the day only, never the child's name."""
        assert self.day is not None
        return f"certificate-{self.day.isoformat()}.png"

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.BACK, Action.MENU):
            self.finish("title")
            return True
        pressed = self.buttons.handle(event)
        if pressed is not None:
            self.ctx.audio.play("click")
        if pressed == "to-title":
            self.finish("title")
        elif pressed == "save-picture":
            self.save_picture()
        return True

    def save_picture(self) -> None:
        """Keep the certificate (without the buttons) and say where it went, or kindly that it could not."""
        lang = self.ctx.lang
        try:
            path = keep_picture(self.picture, self.filename)
        except OSError as exc:
            log.warning("could not save the certificate: %s", exc)
            self.message = ui("certificate-save-failed", lang)
        else:
            self.message = ui("certificate-downloaded", lang) if path is None else kept_words(path, lang)
        self.ctx.read_aloud(self.message)

    def render_certificate(self) -> pygame.Surface:
        """The certificate as one picture of `CERT`'s size (drawn once; also what is saved)."""
        text, lang, story = self.ctx.text, self.ctx.lang, self.ctx.story
        image = pygame.Surface(CERT.size)
        width, height = CERT.size
        _draw_paper(image)
        title = text.render_fitting(self.ctx.say(story.title), theme.SMALL_SIZE, theme.GOLD_INK, 600, bold=True,
                                    min_size=16)
        image.blit(title, title.get_rect(midtop=(width // 2, 46)))
        heading = text.render_fitting(ui("certificate-heading", lang), theme.TITLE_SIZE, theme.NIGHT, 640,
                                      bold=True)
        heading_rect = heading.get_rect(midtop=(width // 2, 56 + title.get_height()))
        image.blit(heading, heading_rect)
        _draw_divider(image, heading_rect.bottom + 16, width)
        keeper = story.characters.get("keeper")
        _draw_medal(image, portrait("keeper", keeper.color if keeper else KEEPER_COLOR, "happy", 230))
        y = max(heading_rect.bottom + 40, 190)
        words = ui("certificate-line", lang)
        line = text.render_fitting(words, theme.BODY_SIZE, theme.INK, COLUMN_W, bold=True, min_size=24)
        if line.get_width() > COLUMN_W:  # the biggest text sizes: two lines rather than smaller words
            line = text.render_fitting_box(words, theme.BODY_SIZE, theme.INK, COLUMN_W, 96, bold=True)
        image.blit(line, (COLUMN_X, y))
        y += line.get_height() + 16
        y = self._draw_row(image, ui("certificate-pieces", lang, n=self.pieces), y, self.pieces, "piece")
        self._draw_row(image, ui("certificate-badges", lang, n=self.badges), y + 10, self.badges, "star")
        # The day goes under the portrait, like a signature line, clear of the rows however big the text is.
        day = text.render_fitting(ui("certificate-date", lang, day=self.day.isoformat() if self.day else ""),
                                  theme.SMALL_SIZE, theme.INK_SOFT, 250, bold=True, min_size=16)
        image.blit(day, day.get_rect(midtop=(MEDAL[0], MEDAL[1] + 136)))
        _draw_seal(image, (width - 116, height - 128))
        return image.convert() if pygame.display.get_surface() else image

    def _draw_row(self, image: pygame.Surface, label: str, y: int, count: int, icon: str) -> int:
        """A label with `count` golden icons under it; returns the y below the row."""
        words = self.ctx.text.render_fitting(label, theme.SMALL_SIZE, theme.INK, COLUMN_W, bold=True, min_size=16)
        image.blit(words, (COLUMN_X, y))
        y += words.get_height() + 8
        if count:
            step = min(46, (COLUMN_W - 40) // max(1, count - 1))  # many icons squeeze closer, never past the column
            for index in range(count):
                center = (COLUMN_X + 20 + index * step, y + 20)
                if icon == "piece":
                    _draw_piece(image, center, 18)
                else:
                    _draw_star(image, center, 21, owned=True)
        return y + 44

    def look(self) -> Hashable | None:
        return self.buttons.look(), self.message

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size()), (0, 0))
        shadow = CERT.move(0, 8)
        pygame.draw.rect(surface, (20, 16, 40), shadow, border_radius=6)
        surface.blit(self.picture, CERT.topleft)
        self.buttons.draw(surface, self.ctx.text)
        if self.message:
            words = self.ctx.text.render_fitting(self.message, theme.SMALL_SIZE, theme.WHITE, 1240, bold=True,
                                                 min_size=14)
            box = words.get_rect(center=(640, MESSAGE_Y)).inflate(32, 12)
            pygame.draw.rect(surface, theme.NIGHT, box, border_radius=12)
            surface.blit(words, words.get_rect(center=box.center))


def _draw_paper(image: pygame.Surface) -> None:
    """Warm paper with a faint clock behind the words, a gold double border and little pieces in the corners."""
    rect = image.get_rect()
    image.fill(PAPER)
    center = (rect.centerx + 150, rect.centery + 40)
    pygame.draw.circle(image, WATERMARK, center, 200, 10)
    for hour in range(12):
        angle = hour * math.pi / 6
        inner, outer = (172, 190) if hour % 3 else (158, 190)
        start = (center[0] + math.cos(angle) * inner, center[1] + math.sin(angle) * inner)
        end = (center[0] + math.cos(angle) * outer, center[1] + math.sin(angle) * outer)
        pygame.draw.line(image, WATERMARK, start, end, 6)
    pygame.draw.rect(image, theme.GOLD, rect.inflate(-16, -16), 12)
    pygame.draw.rect(image, GOLD_LINE, rect.inflate(-16, -16), 2)
    pygame.draw.rect(image, GOLD_LINE, rect.inflate(-52, -52), 2)
    for x in (34, rect.width - 34):
        for y in (34, rect.height - 34):
            _draw_piece(image, (x, y), 14)


def _draw_divider(image: pygame.Surface, y: int, width: int) -> None:
    """A thin gold line with a diamond in the middle, under the heading."""
    middle = width // 2
    pygame.draw.line(image, GOLD_LINE, (middle - 240, y), (middle + 240, y), 2)
    pygame.draw.polygon(image, theme.GOLD, [(middle, y - 9), (middle + 9, y), (middle, y + 9), (middle - 9, y)])


def _draw_medal(image: pygame.Surface, figure: pygame.Surface) -> None:
    """The time keeper's portrait in a round gold frame."""
    pygame.draw.circle(image, theme.GOLD, MEDAL, 122)
    pygame.draw.circle(image, GOLD_LINE, MEDAL, 122, 3)
    pygame.draw.circle(image, (255, 240, 206), MEDAL, 108)
    # The portrait is square: round it off so the figure sits inside the frame like a photo in a locket.
    inner = pygame.Surface((216, 216), pygame.SRCALPHA)
    inner.blit(figure, figure.get_rect(center=(108, 100)))
    mask = pygame.Surface(inner.get_size(), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), (108, 108), 108)
    inner.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    image.blit(inner, inner.get_rect(center=MEDAL))


def _draw_seal(image: pygame.Surface, center: tuple[int, int]) -> None:
    """A gold rosette with ribbons and clock hands: the certificate's seal."""
    cx, cy = center
    for side in (-1, 1):
        tail = [(cx + side * 10, cy + 20), (cx + side * 40, cy + 84), (cx + side * 22, cy + 74),
                (cx + side * 12, cy + 92), (cx - side * 8, cy + 28)]
        pygame.draw.polygon(image, (214, 96, 96), tail)
    points = []
    for i in range(24):
        radius = 56 if i % 2 == 0 else 48
        angle = i * math.pi / 12
        points.append((cx + math.cos(angle) * radius, cy + math.sin(angle) * radius))
    pygame.draw.polygon(image, theme.GOLD, points)
    pygame.draw.polygon(image, GOLD_LINE, points, 3)
    pygame.draw.circle(image, (255, 236, 170), center, 36)
    pygame.draw.circle(image, GOLD_LINE, center, 36, 3)
    pygame.draw.line(image, theme.INK, center, (cx, cy - 24), 5)
    pygame.draw.line(image, theme.INK, center, (cx + 16, cy + 6), 5)
    pygame.draw.circle(image, theme.INK, center, 5)
