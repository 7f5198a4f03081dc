"""Spot the signs: find every sign that a child needs help in a picture drawn with shapes.

Each pool item is drawn at its `at` position by the drawing named in its `icon` (see `_signs_art.ICONS`).
Items are buttons without a label: a click or tap picks one, and arrows (to the nearest item that way),
Tab and Enter do the same from the keyboard. A found sign gets a green ring and a name tag, and its kind
feedback shows in the message panel; tapped again later, it shows them again. A harmless thing
(`group: fine`) shows its gentle feedback and counts one miss the first time; the focus stays on it. Each
explanation stays at least `reading_seconds` before another tap can replace it. When every sign is found, a
warm message closes the game.

The picture comes from `params: {scene: NAME}` or, without it, from the pool's name (`physical`, `neglect`).
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import pygame

from game.input import Action, InputEvent
from game.scene import SceneContext
from game.story import MinigameItem
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import UI, ui
from game.ui.widgets import ARROWS, Button
from scenes import register_minigame
from scenes.minigame import MinigameScene
from scenes.minigames._cards import inside
from scenes.minigames._signs_art import box_size, picture

MESSAGE = pygame.Rect(24, 592, 1232, 120)  # the smallest message panel; big text grows it upward
MAX_MESSAGE_HEIGHT = 170
TOP_BAR_Y = 20
CARD_WIDTH = 900
READ_MIN_SECONDS, READ_PER_CHARACTER, READ_MAX_SECONDS = 1.2, 0.04, 3.0


def reading_seconds(words: str) -> float:
    """How long an explanation holds off the next tap: long enough to start reading it, never a wait to sit out."""
    return min(READ_MAX_SECONDS, max(READ_MIN_SECONDS, READ_PER_CHARACTER * len(words)))


def item_box(item: MinigameItem) -> pygame.Rect:
    """The hit area of `item`: its drawing's box centred on `at` (the screen centre if `at` is missing)."""
    rect = pygame.Rect((0, 0), box_size(item.icon or ""))
    rect.center = (item.at[0], item.at[1]) if item.at else (640, 360)
    return rect


@register_minigame
class SpotTheSignsScene(MinigameScene):
    """Find every `sign` item in the picture; `fine` items are harmless things that get a gentle word."""

    NAME = "spot-the-signs"

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        setting = str(self.params.get("scene", self.params.get("pool", "")))
        self.items = list(self.pool.items)
        self.signs = [item.id for item in self.items if item.group == "sign"]
        self.found: list[str] = []
        self.checked: set[str] = set()  # harmless things already picked (a miss counts once)
        self.message: MinigameItem | None = None
        self.by_keyboard = False  # whether the pick being handled came from Enter (not a click or tap)
        self.stage = "look"  # look → last (the last sign's feedback) → done (the warm message)
        self.card = pygame.Rect(0, 0, CARD_WIDTH, 0)  # the closing card, sized when it is shown
        self.message_fits: list[tuple[pygame.Rect, pygame.Rect]] = []
        self.picture = picture(setting, tuple((item.icon or "", item_box(item).center) for item in self.items),
                               ctx.size)
        self.item_buttons = [Button(f"item-{item.id}", item_box(item)) for item in self.items]
        self.set_buttons(self.item_buttons, focus=0)
        if not self.signs:  # nothing to find (a content slip): let the child move on
            self._show_next()

    def next_move(self) -> str | None:
        """The first sign not found yet, then the two Continue buttons."""
        if self.stage == "look":
            missing = next((item for item in self.signs if item not in self.found), None)
            return f"item-{missing}" if missing is not None else None
        return "next" if self.stage == "last" else "done"

    # -- input --------------------------------------------------------------------------

    def handle(self, event: InputEvent) -> bool:
        self.by_keyboard = event.action is Action.CONFIRM
        if event.action in ARROWS:
            self.buttons.move_by_position(event.action)
            return True
        return super().handle(event)

    def on_press(self, ident: str) -> None:
        if ident.startswith("item-") and self.stage in ("look", "last"):
            self._pick(ident.removeprefix("item-"))
        elif ident == "next":
            self.stage = "done"
            self._layout_card()
        elif ident == "done":
            self.finish_game()

    def _pick(self, item_id: str) -> None:
        item = next(i for i in self.items if i.id == item_id)
        self.message = item
        feedback = self.ctx.say(item.feedback)
        self.ctx.read_aloud(self.ctx.say(item.text) if item.group == "sign" else ui("spot-the-signs-fine",
                                                                                    self.ctx.lang), feedback)
        self.input_wait = reading_seconds(feedback)  # a quick second tap must not replace it unread
        if item.group != "sign":
            if item.id not in self.checked:
                self.misses += 1
                self.checked.add(item.id)
            elif self.by_keyboard:
                self._focus_next_unvisited()  # Enter again on words already read: on to the next thing
            return  # a first look: the focus stays on what the child just looked at
        if item.id in self.found:
            return  # picked again: its words show again
        self.found.append(item.id)
        if len(self.found) == len(self.signs):
            self._show_next()
            return
        self._focus_next_unvisited()

    def _show_next(self) -> None:
        self.stage = "last"
        rect = pygame.Rect(0, 0, 280, 64)
        rect.midright = (MESSAGE.right - 26, MESSAGE.centery)
        # The found signs stay tappable (to read their words again); Continue comes first in the focus order.
        self.set_buttons([Button("next", rect, label=ui("next", self.ctx.lang)), *self.item_buttons])

    def _focus_next_unvisited(self) -> None:
        """Move focus to the next item not yet looked at, so Enter after Enter explores the whole picture."""
        count = len(self.items)
        start = self.buttons.focus if 0 <= self.buttons.focus < count else -1
        for step in range(1, count + 1):
            index = (start + step) % count
            item = self.items[index]
            if item.id not in self.found and item.id not in self.checked:
                self.buttons.focus = index
                return

    # -- drawing ------------------------------------------------------------------------

    def exit(self) -> None:
        picture.cache_clear()  # a full-screen picture only this game needs: give the memory back

    def look(self) -> Hashable | None:
        message = self.message.id if self.message is not None else None
        return (tuple(self.found), tuple(sorted(self.checked)), message, self.stage, tuple(self.card),
                self.buttons.look())

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(self.picture, (0, 0))
        for item, button in zip(self.items, self.item_buttons, strict=True):
            if item.id in self.found:
                ring = button.rect.inflate(10, 10)
                pygame.draw.rect(surface, theme.WHITE, ring, width=8, border_radius=22)
                pygame.draw.rect(surface, theme.RIGHT, ring, width=5, border_radius=22)
                _check(surface, (ring.right - 6, ring.top + 6), theme.RIGHT)
        if self.message is not None and self.message.id in self.found:
            # Only the latest find gets its name tag, so tags never pile up on each other.
            self._draw_tag(surface, self.message, item_box(self.message))
        focused = self.buttons.focused
        if self.stage == "look" and focused is not None and focused in self.item_buttons:
            pygame.draw.rect(surface, theme.WHITE, focused.rect.inflate(4, 4), width=9, border_radius=20)
            pygame.draw.rect(surface, theme.FOCUS, focused.rect.inflate(4, 4), width=5, border_radius=20)
        self._draw_top_bar(surface)
        self._draw_message(surface)
        if self.stage == "done":
            self._draw_card(surface)
        for button in self.buttons.buttons:
            if button not in self.item_buttons:
                button.draw(surface, self.ctx.text, button is focused)

    def _draw_tag(self, surface: pygame.Surface, item: MinigameItem, box: pygame.Rect) -> None:
        label = self.ctx.text.render(self.ctx.say(item.text), theme.SMALL_SIZE, theme.INK, bold=True)
        tag = pygame.Rect(0, 0, label.get_width() + 70, label.get_height() + 16)
        tag.midbottom = (box.centerx, box.top - 8)
        if tag.top < 96:
            tag.midtop = (box.centerx, box.bottom + 8)
        tag.clamp_ip(pygame.Rect(8, 96, surface.get_width() - 16, MESSAGE.top - 100))
        pygame.draw.rect(surface, theme.PAPER, tag, border_radius=tag.height // 2)
        pygame.draw.rect(surface, theme.RIGHT, tag, width=3, border_radius=tag.height // 2)
        _check(surface, (tag.left + 24, tag.centery), theme.RIGHT)
        surface.blit(label, label.get_rect(midleft=(tag.left + 46, tag.centery)))

    def _draw_top_bar(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        title = text.render(self.ctx.say(self.pool.title), theme.NAME_SIZE + 2, theme.INK, bold=True)
        pill = pygame.Rect(24, TOP_BAR_Y, title.get_width() + 56, 60)
        pygame.draw.rect(surface, theme.PAPER, pill, border_radius=30)
        pygame.draw.rect(surface, theme.PAPER_EDGE, pill, width=3, border_radius=30)
        surface.blit(title, title.get_rect(center=pill.center))
        count = text.render(ui("spot-the-signs-count", self.ctx.lang, n=len(self.found), total=len(self.signs)),
                            theme.SMALL_SIZE, theme.RIGHT_INK, bold=True)
        dots = len(self.signs) * 26
        badge = pygame.Rect(pill.right + 14, TOP_BAR_Y + 4, count.get_width() + dots + 60, 52)
        pygame.draw.rect(surface, theme.PAPER, badge, border_radius=26)
        pygame.draw.rect(surface, theme.RIGHT, badge, width=3, border_radius=26)
        surface.blit(count, count.get_rect(midleft=(badge.left + 22, badge.centery)))
        for index in range(len(self.signs)):
            center = (badge.left + 48 + count.get_width() + index * 26, badge.centery)
            if index < len(self.found):
                pygame.draw.circle(surface, theme.RIGHT, center, 10)
            else:
                pygame.draw.circle(surface, theme.BUTTON_DISABLED, center, 10)
                pygame.draw.circle(surface, theme.INK_SOFT, center, 10, 2)

    def _draw_message(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        item = self.message
        width = MESSAGE.width - 72 - (310 if self.stage != "look" else 0)
        if item is None:
            heading_text, color = self.ctx.say(self.pool.title), theme.INK
            body_text = self.ctx.say(self.pool.instructions)
        elif item.group == "sign":
            heading_text, color = self.ctx.say(item.text), theme.RIGHT_INK
            body_text = self.ctx.say(item.feedback)
        else:
            heading_text, color = ui("spot-the-signs-fine", lang), theme.TRY_AGAIN_INK
            body_text = self.ctx.say(item.feedback)
        # Big text sizes grow the panel upward (up to MAX_MESSAGE_HEIGHT) so the words keep their size; only
        # what still does not fit steps down, the words first, then the heading.
        heading = text.render_fitting(heading_text, theme.NAME_SIZE, color, width, bold=True,
                                      min_size=theme.NAME_SIZE - 8)
        body = text.render(body_text, theme.SMALL_SIZE, theme.INK, width=width)
        box = MESSAGE.copy()
        box.height = min(MAX_MESSAGE_HEIGHT, max(MESSAGE.height, heading.get_height() + 6 + body.get_height() + 30))
        box.bottom = MESSAGE.bottom
        for heading_size, min_size in ((theme.NAME_SIZE, 16), (theme.NAME_SIZE - 4, 14)):
            heading = text.render_fitting(heading_text, heading_size, color, width, bold=True,
                                          min_size=heading_size - 8)
            room = box.height - 24 - heading.get_height() - 6
            body = text.render_fitting_box(body_text, theme.SMALL_SIZE, theme.INK, width, room, min_size=min_size)
            if body.get_height() <= room:
                break
        surface.blit(panel(box.size), box.topleft)
        total = heading.get_height() + 6 + body.get_height()
        y = box.centery - total // 2 - 2
        surface.blit(heading, (box.left + 36, y))
        surface.blit(body, (box.left + 36, y + heading.get_height() + 6))
        paper = inside(box)
        self.message_fits = [(heading.get_rect(topleft=(box.left + 36, y)), paper),
                             (body.get_rect(topleft=(box.left + 36, y + heading.get_height() + 6)), paper)]

    def text_fits(self) -> list[tuple[pygame.Rect, pygame.Rect]]:
        """The message panel's heading and words (as last drawn), each with the panel's paper (for tests)."""
        return list(self.message_fits)

    def _draw_card(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        surface.blit(veil(surface.get_size()), (0, 0))
        heading = text.render(ui("spot-the-signs-all-heading", self.ctx.lang), theme.HEADING_SIZE, theme.RIGHT_INK,
                              bold=True)
        body = text.render(self.ctx.say(UI["spot-the-signs-all"]), theme.BODY_SIZE - 2, theme.INK,
                           width=CARD_WIDTH - 110, center=True)
        card = self.card
        surface.blit(panel(card.size), card.topleft)
        stars = card.top + 46
        for dx in (-70, 0, 70):
            _star(surface, (card.centerx + dx, stars), 26 if dx == 0 else 18)
        surface.blit(heading, heading.get_rect(midtop=(card.centerx, stars + 40)))
        surface.blit(body, body.get_rect(midtop=(card.centerx, stars + 60 + heading.get_height())))

    def _layout_card(self) -> None:
        """Size the closing card to its words and put the Continue button at its foot."""
        text = self.ctx.text
        heading_h = text.render(ui("spot-the-signs-all-heading", self.ctx.lang), theme.HEADING_SIZE,
                                theme.RIGHT_INK, bold=True).get_height()
        body_h = text.render(self.ctx.say(UI["spot-the-signs-all"]), theme.BODY_SIZE - 2, theme.INK,
                             width=CARD_WIDTH - 110, center=True).get_height()
        height = 46 + 40 + heading_h + 20 + body_h + 36 + 76 + 34
        self.card = pygame.Rect(0, 0, CARD_WIDTH, height)
        self.card.center = (640, 340)
        rect = pygame.Rect(0, 0, 420, 76)
        rect.midbottom = (self.card.centerx, self.card.bottom - 34)
        self.set_buttons([Button("done", rect, label=ui("next", self.ctx.lang))])


def _star(surface: pygame.Surface, center: tuple[int, int], radius: int) -> None:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((center[0] + math.cos(angle) * r, center[1] + math.sin(angle) * r))
    pygame.draw.polygon(surface, theme.GOLD, points)
    pygame.draw.polygon(surface, theme.BUTTON_EDGE, points, 3)


def _check(surface: pygame.Surface, center: tuple[int, int], color: tuple[int, int, int]) -> None:
    """A tick drawn with lines (the bundled font has no check mark)."""
    x, y = center
    pygame.draw.circle(surface, color, center, 13)
    pygame.draw.lines(surface, theme.WHITE, False, [(x - 7, y), (x - 2, y + 6), (x + 7, y - 6)], 4)
