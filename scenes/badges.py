"""The badge book: each skill badge with its own picture and what it is for (or where to earn it), pieces and stars."""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.state import PlayState
from game.story import AwardStep, Story, Text
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.widgets import Button, ButtonGroup, Widget
from scenes.minigames._icons import icon

BOOK = pygame.Rect(120, 92, 1000, 600)  # below the help button
COLUMNS = 2
ICON_SIZE = 96
MAX_CELL_H = 130  # a short list sits at the top rather than spread over the page


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
        self.cells: list[pygame.Rect] = []  # each badge's box as last drawn (for tests)

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
        surface.blit(heading, heading.get_rect(midtop=(BOOK.centerx, BOOK.top + 18)))
        pieces = sum(1 for p in story.time_pieces if p in self.state.time_pieces)
        summary = ui("book-summary", lang, pieces=pieces, total=len(story.time_pieces), stars=self.state.score)
        line = text.render_fitting(summary, theme.SMALL_SIZE + 2, theme.INK, BOOK.width - 80, bold=True)
        y = BOOK.top + 26 + heading.get_height()
        surface.blit(line, line.get_rect(midtop=(BOOK.centerx, y)))
        y += line.get_height() + 2
        meaning = text.render_fitting(ui("stars-meaning", lang), theme.SMALL_SIZE - 2, theme.INK_SOFT,
                                      BOOK.width - 80, min_size=12)
        surface.blit(meaning, meaning.get_rect(midtop=(BOOK.centerx, y)))
        top = y + meaning.get_height() + 14
        bottom = self.buttons.buttons[0].rect.top - 10
        rows = max(1, math.ceil(len(story.badges) / COLUMNS))
        cell_w, cell_h = (BOOK.width - 60) // COLUMNS, min(MAX_CELL_H, (bottom - top) // rows)
        self.cells = []
        for index, badge in enumerate(story.badges.values()):
            cell = pygame.Rect(BOOK.left + 30 + (index % COLUMNS) * cell_w, top + (index // COLUMNS) * cell_h,
                               cell_w - 12, cell_h - 8)
            self._draw_badge(surface, cell, badge.id)
            self.cells.append(cell)
        self.buttons.draw(surface, text)

    def _draw_badge(self, surface: pygame.Surface, cell: pygame.Rect, badge_id: str) -> None:
        """One badge: its own icon in a medal, its name, and what it is for (or, not yet earned, where to find it)."""
        text, lang = self.ctx.text, self.ctx.lang
        badge, owned = self.ctx.story.badges[badge_id], badge_id in self.state.badges
        about = badge_story(self.ctx.story, badge_id)
        medal = min(ICON_SIZE, cell.height - 8)
        center = (cell.left + medal // 2 + 4, cell.centery)
        pygame.draw.circle(surface, theme.GOLD if owned else theme.BUTTON_DISABLED, center, medal // 2)
        pygame.draw.circle(surface, theme.BUTTON_EDGE if owned else theme.INK_SOFT, center, medal // 2, 3)
        picture = icon(about.icon, medal - 24)
        if not owned:
            picture = pygame.transform.grayscale(picture)
            picture.set_alpha(150)
        surface.blit(picture, picture.get_rect(center=center))
        width = cell.width - medal - 20
        name = text.render_fitting(self.ctx.say(badge.name), theme.SMALL_SIZE, theme.INK, width, bold=True,
                                   min_size=14)
        if owned:
            words = self.ctx.say(about.purpose) if about.purpose is not None else ""
        else:
            chapter = self.ctx.say(about.chapter_title) if about.chapter_title is not None else ""
            words = ui("not-yet", lang) + (" · " + ui("badge-hint", lang, chapter=chapter) if chapter else "")
        body = text.render_fitting_box(words, theme.SMALL_SIZE - 4, theme.INK if owned else theme.INK_SOFT, width,
                                       cell.height - name.get_height() - 6, min_size=12)
        block = name.get_height() + 4 + body.get_height()
        y = cell.centery - block // 2
        surface.blit(name, (cell.left + medal + 16, y))
        surface.blit(body, (cell.left + medal + 16, y + name.get_height() + 4))


@dataclass(frozen=True)
class BadgeStory:
    """What the book says of a badge: its icon, the words it was given with, and the chapter that gives it."""

    icon: str
    purpose: Text | None
    chapter_title: Text | None


# Each badge's picture (from the mini-game icons). Content ids in code: an `icon:` field on badges in
# story.yaml would be the better home once the schema has one; a badge not listed gets a star.
BADGE_ICONS = {"safety-hand": "hand", "body-boss": "swimsuit", "secret-detective": "lock", "caller-112": "police",
               "feelings-friend": "heart"}


def badge_story(story: Story, badge_id: str) -> BadgeStory:
    """Where `badge_id` is given in `story`: the award's words, its chapter's title, and its icon."""
    picture = BADGE_ICONS.get(badge_id, "star")
    for chapter in story.chapters:
        for step in chapter.steps:
            if isinstance(step, AwardStep) and step.prize_kind == "badge" and step.prize == badge_id:
                return BadgeStory(picture, step.text, chapter.title)
    return BadgeStory(picture, None, None)


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
