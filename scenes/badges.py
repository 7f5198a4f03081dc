"""The badge book: skill badges earned (and the ones still to find), time pieces and stars."""

from __future__ import annotations

import math
from collections.abc import Hashable

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.state import PlayState
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button, ButtonGroup, Widget

BOOK = pygame.Rect(120, 92, 1000, 600)  # below the help button
COLUMNS = 3


class BadgeBookScene(Scene):
    """Look at what was earned; finishes with "done" (Esc, Backspace or the close button)."""

    modal = True
    opaque = False

    def __init__(self, state: PlayState) -> None:
        super().__init__()
        self.state = state

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        rect = pygame.Rect(0, 0, 300, 66)
        rect.midbottom = (BOOK.centerx, BOOK.bottom - 24)
        self.buttons = ButtonGroup([Button("done", rect, label=ui("done", ctx.lang))])

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK) or self.buttons.handle(event) == "done":
            self.finish("done")
        return True

    def look(self) -> Hashable | None:
        return self.buttons.look()

    def draw(self, surface: pygame.Surface) -> None:
        text, lang, story = self.ctx.text, self.ctx.lang, self.ctx.story
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(BOOK.size), BOOK.topleft)
        heading = text.render(ui("badge-book", lang), theme.HEADING_SIZE, theme.INK, bold=True)
        surface.blit(heading, heading.get_rect(midtop=(BOOK.centerx, BOOK.top + 24)))
        cell_w, cell_h = (BOOK.width - 80) // COLUMNS, 120
        for index, badge in enumerate(story.badges.values()):
            owned = badge.id in self.state.badges
            x = BOOK.left + 40 + (index % COLUMNS) * cell_w
            y = BOOK.top + 96 + (index // COLUMNS) * cell_h
            _draw_star(surface, (x + 46, y + 44), 38, owned)
            # Badges still to earn show their names too: children like to know what they can find.
            name = self.ctx.say(badge.name) if owned else f"{self.ctx.say(badge.name)}\n({ui('not-yet', lang)})"
            color = theme.INK if owned else theme.INK_SOFT
            label = text.render(name, theme.SMALL_SIZE, color, bold=owned, width=cell_w - 110)
            surface.blit(label, label.get_rect(midleft=(x + 96, y + 44)))
        rows = math.ceil(len(story.badges) / COLUMNS)
        y = BOOK.top + 96 + rows * cell_h + 4
        pieces = sum(1 for p in story.time_pieces if p in self.state.time_pieces)
        summary = ui("book-summary", lang, pieces=pieces, total=len(story.time_pieces), stars=self.state.score)
        line = text.render(summary, theme.BODY_SIZE, theme.INK, bold=True)
        surface.blit(line, line.get_rect(midtop=(BOOK.centerx, y)))
        self.buttons.draw(surface, text)


def _draw_star(surface: pygame.Surface, center: tuple[int, int], radius: int, owned: bool) -> None:
    """A badge: a golden star when earned, a soft grey outline while still to find."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((center[0] + math.cos(angle) * r, center[1] + math.sin(angle) * r))
    if owned:
        pygame.draw.polygon(surface, theme.GOLD, points)
        pygame.draw.polygon(surface, theme.BUTTON_EDGE, points, 3)
    else:
        pygame.draw.polygon(surface, (226, 224, 232), points)
        pygame.draw.polygon(surface, (176, 172, 190), points, 3)
