"""The help screen: the region's numbers, that calls are free, the safety hand; asks for and records nothing."""

from __future__ import annotations

from collections.abc import Hashable

import pygame

from game.input import Action, InputEvent
from game.scene import Scene, SceneContext
from game.story import PhoneNumber
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import UI, ui
from game.ui.widgets import Button, ButtonGroup, Widget

BOX = pygame.Rect(150, 28, 980, 664)
ROLES = ("danger", "talk", "emergency")  # the channels a child may use; `report` is the adults' route


class HelpScene(Scene):
    """A calm overlay over whatever was showing; closing it leaves that screen exactly as it was."""

    modal = True
    opaque = False
    resumes_below = False
    is_help = True

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        rect = pygame.Rect(0, 0, 340, 72)
        rect.midbottom = (BOX.centerx, BOX.bottom - 24)
        self.buttons = ButtonGroup([Button("close-help", rect, label=ui("help-close", ctx.lang))])
        story = ctx.story
        region = story.regions.get(ctx.settings.region) or story.regions.get(story.default_region)
        self.numbers: list[PhoneNumber] = [region.numbers[r] for r in ROLES
                                           if region and r in region.numbers and region.numbers[r].number]
        self._content: pygame.Surface | None = None

    def widgets(self) -> list[Widget]:
        return list(self.buttons.buttons)

    def handle(self, event: InputEvent) -> bool:
        if event.action in (Action.MENU, Action.BACK, Action.HELP) or self.buttons.handle(event) == "close-help":
            self.finish()
        return True

    def look(self) -> Hashable | None:
        return self.buttons.look()

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(veil(surface.get_size()), (0, 0))
        surface.blit(panel(BOX.size), BOX.topleft)
        if self._content is None:
            self._content = self._fitting_content()
        surface.blit(self._content, (BOX.left, BOX.top + 20))
        self.buttons.draw(surface, self.ctx.text)

    def _fitting_content(self) -> pygame.Surface:
        """Everything above the button, drawn once; smaller steps are tried until it fits (large text sizes)."""
        room = self.buttons.buttons[0].rect.top - BOX.top - 28
        for shrink in (0, 4, 8, 12):
            content = self._content_at(shrink)
            if content.get_height() <= room:
                return content
        return content.subsurface(pygame.Rect(0, 0, content.get_width(), room)).copy()

    def _content_at(self, shrink: int) -> pygame.Surface:
        text, lang = self.ctx.text, self.ctx.lang
        blocks: list[tuple[pygame.Surface, int]] = []  # (picture, x offset inside the box)
        heading = text.render(ui("help-heading", lang), theme.HEADING_SIZE - shrink, theme.INK, bold=True)
        blocks.append((heading, (BOX.width - heading.get_width()) // 2))
        unique = list({n.number: n for n in self.numbers}.values())  # one row per number (999 is police and ambulance)
        column = max((text.render(n.number or "", theme.HEADING_SIZE - shrink, theme.INK, bold=True).get_width()
                      for n in unique), default=0)
        blocks += [(self._number_row(n, column, shrink), 40) for n in unique]
        for key in ("help-free", "help-hand", "help-honest"):
            line = text.render(self.ctx.say(UI[key]), theme.SMALL_SIZE + 2 - shrink, theme.INK,
                               width=BOX.width - 100)
            blocks.append((line, 50))
        height = sum(b.get_height() + 12 for b, _x in blocks)
        content = pygame.Surface((BOX.width, height), pygame.SRCALPHA)
        y = 0
        for block, x in blocks:
            content.blit(block, (x, y))
            y += block.get_height() + 12
        return content

    def _number_row(self, number: PhoneNumber, column: int, shrink: int) -> pygame.Surface:
        """One number: big digits, then its name and note in a column shared by all rows."""
        text = self.ctx.text
        width = BOX.width - 80
        left = 22 + column + 28
        name = text.render(self.ctx.say(number.name), theme.SMALL_SIZE + 2 - shrink, theme.INK, bold=True)
        note = (text.render(self.ctx.say(number.note), theme.SMALL_SIZE - 4 - shrink, theme.INK_SOFT,
                            width=width - left - 16) if number.note is not None else None)
        height = max(76, 20 + name.get_height() + (note.get_height() + 4 if note else 0))
        row = pygame.Surface((width, height), pygame.SRCALPHA)
        pygame.draw.rect(row, theme.NOTE, row.get_rect(), border_radius=16)
        digits = text.render(number.number or "", theme.HEADING_SIZE - shrink, theme.INK, bold=True)
        row.blit(digits, digits.get_rect(midleft=(22, height // 2)))
        row.blit(name, (left, 10))
        if note is not None:
            row.blit(note, (left, 14 + name.get_height()))
        return row
