"""The one-card-at-a-time sorting game shared by surprise-or-secret and body-rules: a card, two big bins.

Only definitions live here (no registered game). Interface words come from game/ui/strings.py under the
game's `NAME`: `<NAME>-<group>` and `<NAME>-<group>-hint` (the bins), `<NAME>-wrong-<group>` (the gentle
hint after choosing that bin for a card of the other group), `<NAME>-done` and `<NAME>-done-body`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.story import MinigameItem
from game.ui import theme
from game.ui.panel import panel
from game.ui.strings import ui
from game.ui.widgets import Button
from scenes.minigames._cards import BinButton, CardGameScene, Color, Feedback, Fit, inside
from scenes.minigames._icons import icon

CARD = pygame.Rect(190, 128, 900, 286)
BINS = pygame.Rect(40, 428, 1200, 278)
BIN_GAP = 36
PICTURE = 132


@dataclass(frozen=True)
class Bin:
    """One of the two answers: the item group it stands for, its icon and colour."""

    group: str
    icon: str
    color: Color


def is_right(item: MinigameItem, group: str) -> bool:
    """Whether choosing the bin `group` for `item` is right."""
    return item.group == group


class SortingGameScene(CardGameScene):
    """Show the pool's items one by one; the player puts each in a bin. A wrong bin gives a gentle hint and
    is set aside for that card, so the next try (by click or by pressing Enter again) is the other bin."""

    BINS: tuple[Bin, ...] = ()

    def start(self) -> None:
        lang = self.ctx.lang
        width = (BINS.width - BIN_GAP * (len(self.BINS) - 1)) // len(self.BINS)
        self.bins = [
            BinButton(f"bin-{b.group}", pygame.Rect(BINS.left + i * (width + BIN_GAP), BINS.top, width, BINS.height),
                      label=ui(f"{self.NAME}-{b.group}", lang), hint=ui(f"{self.NAME}-{b.group}-hint", lang),
                      icon=b.icon, color=b.color)
            for i, b in enumerate(self.BINS)
        ]
        self.items = list(self.pool.items)
        self.index = 0
        self.tried: set[str] = set()
        self.card_fits: list[Fit] = []
        self.card = self._render_card()
        self.show_board()

    @property
    def item(self) -> MinigameItem:
        """The card being sorted now."""
        return self.items[self.index]

    def board(self) -> list[Button]:
        for button in self.bins:
            button.enabled = button.id.removeprefix("bin-") not in self.tried
        return list(self.bins)

    def right_pick(self) -> str | None:
        return f"bin-{self.item.group}"

    def on_pick(self, ident: str) -> None:
        group = ident.removeprefix("bin-")
        lang, say = self.ctx.lang, self.ctx.say
        if is_right(self.item, group):
            self.show_feedback(Feedback(True, ui("quiz-right", lang), say(self.item.feedback), ui("next", lang),
                                        self._next_card, BINS))
            return
        self.misses += 1
        self.tried.add(group)
        self.show_feedback(Feedback(False, ui("quiz-again", lang), ui(f"{self.NAME}-wrong-{group}", lang),
                                    ui("try-again", lang), self.show_board, BINS))

    def _next_card(self) -> None:
        self.index += 1
        self.tried = set()
        self.changed()
        if self.index >= len(self.items):
            self.done(f"{self.NAME}-done", f"{self.NAME}-done-body")
            return
        self.card = self._render_card()
        self.show_board()

    def _render_card(self) -> pygame.Surface:
        """The current card: picture, words and how far along the player is (once per card)."""
        text = self.ctx.text
        image = panel(CARD.size).copy()
        item = self.item
        spot = pygame.Rect(40, (CARD.height - PICTURE) // 2 - 4, PICTURE, PICTURE)
        pygame.draw.ellipse(image, (255, 236, 200), spot.inflate(16, 16))
        image.blit(icon(item.icon or item.group, PICTURE), spot.topleft)
        count = text.render(f"{self.index + 1} / {len(self.items)}", theme.SMALL_SIZE, theme.INK_SOFT, bold=True)
        image.blit(count, (CARD.width - count.get_width() - 32, 20))
        left = spot.right + 44
        width = CARD.width - left - 60
        clear = 20 + count.get_height() + 4  # centred words stay below the count (and as far from the foot)
        words = text.render_fitting_box(self.ctx.say(item.text), theme.BODY_SIZE + 2, theme.INK, width,
                                        CARD.height - 2 * clear, bold=True)
        image.blit(words, (left, (CARD.height - words.get_height()) // 2))
        self.card_fits = [
            (count.get_rect(topleft=(CARD.right - count.get_width() - 32, CARD.top + 20)), inside(CARD)),
            (words.get_rect(topleft=(CARD.left + left, CARD.top + (CARD.height - words.get_height()) // 2)),
             inside(CARD)),
        ]
        return image

    def board_fits(self) -> list[Fit]:
        return self.card_fits if self.index < len(self.items) else []

    def draw_board(self, surface: pygame.Surface) -> None:
        if self.index < len(self.items):  # after the last card only the closing words are shown
            surface.blit(self.card, CARD.topleft)
