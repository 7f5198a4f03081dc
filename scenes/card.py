"""Full cards between steps: chapter intro (with content note), chapter end, award, feedback and ending."""

from __future__ import annotations

import math
from collections.abc import Hashable

import pygame

from game.scene import SceneContext
from game.story import Chapter
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.widgets import Button
from scenes.common import StepScene

CARD_WIDTH = 900
AREA = pygame.Rect(0, 92, 1280, 616)  # below the corner buttons
MIN_HEIGHT = 300
ICON_SIZE = 92


class CardScene(StepScene):
    """A centred card with a heading, body text, an optional note and icon; finishes with "next"."""

    def __init__(self, heading: str, body: str, button: str, *, kicker: str = "", note: str = "",
                 note_heading: str = "", icon: str | None = None, can_go_back: bool = False,
                 show_menu: bool = True) -> None:
        super().__init__(can_go_back=can_go_back, show_menu=show_menu)
        self.heading, self.body, self.button_label = heading, body, button
        self.kicker, self.note, self.note_heading = kicker, note, note_heading
        self.icon = icon

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        # Big text sizes can make a card taller than the screen: then the words get a step smaller.
        for shrink in range(0, 12, 2):
            if self._layout(shrink):
                break
        rect = pygame.Rect(0, 0, 420, 76)
        rect.midbottom = (self.card.centerx, self.card.bottom - 30)
        self.set_buttons([Button("next", rect, label=self.button_label)])
        ctx.audio.play("piece" if self.icon else "page")  # a time piece or badge sparkles; other cards turn
        ctx.read_aloud(self.heading, self.note_heading if self.note else "", self.note, self.body)

    def _layout(self, shrink: int = 0) -> bool:
        """Size the card to its content and place every block (text surfaces come from the cache).

        `shrink` is taken off every text size (only needed at the biggest text setting).

        Returns:
            whether the card fits on the screen.
        """
        text = self.ctx.text
        blocks: list[tuple[pygame.Surface | str, int]] = []  # (surface or icon name, gap after)
        if self.icon:
            blocks.append((self.icon, 16))
        if self.kicker:
            blocks.append((text.render(self.kicker, theme.SMALL_SIZE - shrink, theme.INK_SOFT, bold=True), 8))
        if self.heading:
            blocks.append((text.render(self.heading, theme.HEADING_SIZE - shrink, theme.INK, bold=True,
                                       width=CARD_WIDTH - 80, center=True), 20))
        if self.note:
            blocks.append((self._note_surface(shrink), 20))
        if self.body:
            blocks.append((text.render(self.body, theme.BODY_SIZE - shrink, theme.INK, width=CARD_WIDTH - 110,
                                       center=True), 20))
        content = sum((ICON_SIZE if isinstance(b, str) else b.get_height()) + gap for b, gap in blocks)
        height = max(MIN_HEIGHT, 40 + content + 30 + 76 + 30)
        if shrink == 0:
            self.fits = height <= AREA.height  # checked by the content tests for every card in the story
        self.card = pygame.Rect(0, 0, CARD_WIDTH, min(height, AREA.height))
        self.card.center = AREA.center
        self.blocks: list[tuple[pygame.Surface | str, int]] = []
        y = self.card.top + 40
        for block, gap in blocks:
            self.blocks.append((block, y))
            y += (ICON_SIZE if isinstance(block, str) else block.get_height()) + gap
        return height <= AREA.height

    def _note_surface(self, shrink: int) -> pygame.Surface:
        text = self.ctx.text
        label = text.render(self.note_heading, theme.SMALL_SIZE - shrink, theme.INK, bold=True)
        note = text.render(self.note, theme.SMALL_SIZE - shrink, theme.INK, width=CARD_WIDTH - 160, center=True)
        box = pygame.Surface((CARD_WIDTH - 100, label.get_height() + note.get_height() + 36), pygame.SRCALPHA)
        rect = box.get_rect()
        pygame.draw.rect(box, theme.NOTE, rect, border_radius=14)
        pygame.draw.rect(box, theme.PAPER_EDGE, rect, width=theme.EDGE_WIDTH, border_radius=14)
        box.blit(label, label.get_rect(midtop=(rect.centerx, 12)))
        box.blit(note, note.get_rect(midtop=(rect.centerx, 20 + label.get_height())))
        return box

    def look(self) -> Hashable | None:
        return self.buttons.look()

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(self.card.size), self.card.topleft)
        for block, y in self.blocks:
            if isinstance(block, str):
                _draw_icon(surface, block, (self.card.centerx, y + ICON_SIZE // 2))
            else:
                surface.blit(block, block.get_rect(midtop=(self.card.centerx, y)))
        self.buttons.draw(surface, self.ctx.text)


def _draw_icon(surface: pygame.Surface, icon: str, center: tuple[int, int]) -> None:
    """A time piece (a glowing clock shard) or a badge (a star), drawn with shapes."""
    cx, cy = center
    if icon == "badge":
        points = []
        for i in range(10):
            radius = 46 if i % 2 == 0 else 20
            angle = -math.pi / 2 + i * math.pi / 5
            points.append((cx + math.cos(angle) * radius, cy + math.sin(angle) * radius))
        pygame.draw.polygon(surface, theme.GOLD, points)
        pygame.draw.polygon(surface, theme.BUTTON_EDGE, points, 3)
        return
    pygame.draw.circle(surface, (255, 236, 170), center, 46)
    pygame.draw.circle(surface, theme.GOLD, center, 40)
    pygame.draw.circle(surface, theme.BUTTON_EDGE, center, 40, 3)
    pygame.draw.line(surface, theme.INK, center, (cx, cy - 26), 5)
    pygame.draw.line(surface, theme.INK, center, (cx + 18, cy + 6), 5)


def discussion_card(ctx: SceneContext, chapter: Chapter) -> CardScene:
    """Classroom mode: a chapter's questions for the class, numbered so the teacher can say "question 2"."""
    from game.ui.strings import ui

    lang = ctx.lang
    # Numbered: the bundled fonts have no bullet glyph.
    prompts = "\n\n".join(f"{n}. {ctx.say(p)}" for n, p in enumerate(chapter.discussion, 1))
    return CardScene(ui("discussion-heading", lang), prompts, ui("next", lang), kicker=ui("discussion-kicker", lang))
