"""Safety hand: put five trusted grown-ups, from at least three places in life, on the fingers of a big hand.

Places, not fixed roles: a child hurt at home need not put a parent on the thumb, a child in care has cards
that fit, and the police are one place among many. Several people may come from one place, as long as the
fingers left can still bring the hand to three places (BRIEF §2.3: a wide network, so someone safe is on it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pygame

from game.story import MinigameItem
from game.ui import theme
from game.ui.strings import ui
from game.ui.widgets import Button
from scenes import register_minigame
from scenes.minigames._cards import CardButton, CardGameScene, Color, Feedback, soft

PLACES: dict[str, Color] = {  # the places in life a safe grown-up can come from, with their card colours
    "family": (236, 140, 84),
    "school": (86, 146, 214),
    "neighbourhood": (92, 170, 96),
    "care": (196, 120, 60),  # a group home, care home or community children's centre
    "activities": (64, 160, 160),  # a hakwon, a club, a coach
    "police": (96, 104, 196),
    "health": (222, 96, 128),
}
NOT_SAFE_COLOR: Color = (150, 140, 156)
FINGERS = 5
MIN_PLACES = 3

CARDS = pygame.Rect(626, 128, 630, 572)
CARD_GAP = (14, 8)
MISS_AREA = pygame.Rect(636, 232, 610, 360)
SKIN: Color = (255, 222, 194)
OUTLINE: Color = (160, 110, 88)


def judge(group: str, on_hand: Sequence[str], fingers: int = FINGERS, min_places: int = MIN_PLACES) -> str:
    """What picking a grown-up of `group` does when the hand already holds people from `on_hand` (one per finger).

    Returns:
        "fill" (a safe grown-up the hand can take), "same-place" (safe, but the fingers left could then no
        longer reach `min_places` different places) or "not-safe".
    """
    if group not in PLACES:
        return "not-safe"
    places = len(set(on_hand) | {group})
    fingers_left = fingers - len(on_hand) - 1
    return "same-place" if min_places - places > fingers_left else "fill"


def fingers_needed(items: Iterable[MinigameItem]) -> int:
    """Five, or fewer if the pool offers fewer safe grown-ups (so a short pool can still be finished)."""
    return min(FINGERS, sum(1 for item in items if item.group in PLACES))


def places_needed(items: Iterable[MinigameItem]) -> int:
    """Three different places, or fewer if the pool offers fewer."""
    return min(MIN_PLACES, len({item.group for item in items if item.group in PLACES}))


@dataclass(frozen=True)
class Finger:
    """One finger of the drawn hand: where it starts (inside the palm), its angle, length and thickness."""

    base: tuple[int, int]
    angle: float  # degrees; 0 points right, negative points up
    length: int
    width: int

    @property
    def direction(self) -> tuple[float, float]:
        """Unit vector from base to tip."""
        rad = math.radians(self.angle)
        return math.cos(rad), math.sin(rad)

    def point(self, along: float) -> tuple[float, float]:
        """The point `along` pixels from the base towards the tip."""
        dx, dy = self.direction
        return self.base[0] + dx * along, self.base[1] + dy * along

    def outline(self, grow: float) -> list[tuple[float, float]]:
        """The finger's body as a polygon, `grow` pixels wider on each side (the tip's round cap is separate)."""
        dx, dy = self.direction
        nx, ny = -dy * (self.width / 2 + grow), dx * (self.width / 2 + grow)
        (bx, by), (tx, ty) = self.base, self.point(self.length)
        return [(bx + nx, by + ny), (tx + nx, ty + ny), (tx - nx, ty - ny), (bx - nx, by - ny)]


# A hand reaching in from the left, fingers spread: thumb at the top, little finger at the bottom.
HAND = (
    Finger((170, 318), -34, 245, 84),
    Finger((250, 345), -13, 315, 78),
    Finger((265, 430), 0, 318, 80),
    Finger((255, 512), 11, 305, 74),
    Finger((225, 585), 21, 250, 64),
)
PALM = pygame.Rect(20, 270, 290, 360)
WRIST = pygame.Rect(0, 380, 120, 200)


@register_minigame
class SafetyHandScene(CardGameScene):
    """Pick grown-ups from the cards; each safe one fills the next finger while the hand can still reach three
    places. A pick that would leave too few fingers for three places, or a not-safe card, gets its kind
    feedback and is set aside."""

    NAME = "safety-hand"
    COLORS = ((255, 240, 220), (246, 214, 200))

    def start(self) -> None:
        self.filled: list[MinigameItem] = []
        self.needed = fingers_needed(self.pool.items)
        self.places = places_needed(self.pool.items)
        self.cards = self._make_cards(self.pool.items)
        # The veil under a panel covers just the cards (the hand stays bright).
        self.card_area = self.cards[0].rect.unionall([c.rect for c in self.cards]) if self.cards else CARDS
        self.hand = self._render_hand()
        self.show_board()

    def _make_cards(self, items: tuple[MinigameItem, ...]) -> list[CardButton]:
        lang = self.ctx.lang
        rows = max(1, math.ceil(len(items) / 2))
        width = (CARDS.width - CARD_GAP[0]) // 2
        height = min(108, (CARDS.height - CARD_GAP[1] * (rows - 1)) // rows)
        cards = []
        for index, item in enumerate(items):
            row, col = divmod(index, 2)
            rect = pygame.Rect(CARDS.left + col * (width + CARD_GAP[0]), CARDS.top + row * (height + CARD_GAP[1]),
                               width, height)
            place = item.group in PLACES
            cards.append(CardButton(f"card-{item.id}", rect, label=self.ctx.say(item.text),
                                    size=theme.SMALL_SIZE - 2, icon=item.icon or item.group,
                                    chip=ui(f"safety-hand-{item.group}", lang) if place else "",
                                    color=PLACES.get(item.group, NOT_SAFE_COLOR)))
        return cards

    def board(self) -> list[Button]:
        return list(self.cards)

    def right_pick(self) -> str | None:
        on_hand = [item.group for item in self.filled]
        return next((card.id for item, card in zip(self.pool.items, self.cards, strict=True)
                     if card.enabled and self._judge(item.group, on_hand) == "fill"), None)

    def _judge(self, group: str, on_hand: Sequence[str]) -> str:
        return judge(group, on_hand, self.needed, self.places)

    def on_pick(self, ident: str) -> None:
        index = next(i for i, card in enumerate(self.cards) if card.id == ident)
        item, card = self.pool.items[index], self.cards[index]
        card.enabled = False
        if self._judge(item.group, [i.group for i in self.filled]) == "fill":
            card.mark = "picked"
            self.filled.append(item)
            self.hand = self._render_hand()
            self.changed()
            if len(self.filled) >= self.needed:
                # The closing words sit over the cards, so the finished hand stays in view.
                self.done("safety-hand-done", "safety-hand-done-body", MISS_AREA, dim=self.card_area)
            else:
                self.show_board(focus=index)
            return
        card.mark = "tried"
        self.misses += 1
        lang = self.ctx.lang
        self.show_feedback(Feedback(False, ui("safety-hand-miss", lang), self.ctx.say(item.feedback),
                                    ui("safety-hand-pick-again", lang), lambda: self.show_board(focus=index),
                                    MISS_AREA, dim=self.card_area, fit=True))

    # -- the hand -----------------------------------------------------------------------------

    def _render_hand(self) -> pygame.Surface:
        """The hand with its filled fingers and their name tags; drawn again only when a finger fills."""
        image = pygame.Surface((CARDS.left, self.ctx.size[1]), pygame.SRCALPHA)
        for color, grow in ((OUTLINE, 4), (SKIN, 0)):
            pygame.draw.rect(image, color, WRIST.inflate(0, 2 * grow))
            pygame.draw.ellipse(image, color, PALM.inflate(2 * grow, 2 * grow))
            for finger in HAND:
                pygame.draw.polygon(image, color, finger.outline(grow))
                pygame.draw.circle(image, color, finger.point(finger.length), finger.width / 2 + grow)
        for number, finger in enumerate(HAND[: self.needed]):
            tip = finger.point(finger.length - finger.width * 0.3)
            pygame.draw.circle(image, (255, 236, 228), tip, finger.width * 0.24)
            if number < len(self.filled):
                self._fill_finger(image, finger, self.filled[number])
            else:
                self._empty_finger(image, finger, number + 1)
        self._palm_count(image)
        return image

    def _fill_finger(self, image: pygame.Surface, finger: Finger, item: MinigameItem) -> None:
        color = PLACES.get(item.group, NOT_SAFE_COLOR)
        sleeve = Finger((round(finger.point(70)[0]), round(finger.point(70)[1])), finger.angle, finger.length - 70,
                        finger.width - 12)
        for end in (sleeve.base, sleeve.point(sleeve.length)):
            pygame.draw.circle(image, soft(color, 0.45), end, sleeve.width / 2)
        pygame.draw.polygon(image, soft(color, 0.45), sleeve.outline(0))
        text, label = self.ctx.text, self.ctx.say(item.text)
        tag = pygame.Surface((finger.length - 84, finger.width - 14), pygame.SRCALPHA)
        pygame.draw.rect(tag, theme.WHITE, tag.get_rect(), border_radius=14)
        pygame.draw.rect(tag, color, tag.get_rect(), width=3, border_radius=14)
        room = tag.get_width() - 24
        words = text.render_fitting(label, theme.SMALL_SIZE - 2, theme.INK, room, bold=True, min_size=19)
        if words.get_width() > room:  # a long name takes two lines rather than tiny letters
            words = text.render_fitting_box(label, 19, theme.INK, room, tag.get_height() - 6, bold=True, center=True,
                                            min_size=13)
        tag.blit(words, words.get_rect(center=tag.get_rect().center))
        turned = pygame.transform.rotozoom(tag, -finger.angle, 1)
        image.blit(turned, turned.get_rect(center=finger.point((70 + finger.length) / 2 + 4)))

    def _empty_finger(self, image: pygame.Surface, finger: Finger, number: int) -> None:
        center = finger.point(finger.length * 0.55)
        pygame.draw.circle(image, theme.WHITE, center, 22)
        pygame.draw.circle(image, OUTLINE, center, 22, 2)
        label = self.ctx.text.render(str(number), theme.SMALL_SIZE, theme.INK_SOFT, bold=True)
        image.blit(label, label.get_rect(center=center))

    def _palm_count(self, image: pygame.Surface) -> None:
        count = self.ctx.text.render(f"{len(self.filled)} / {self.needed}", theme.HEADING_SIZE, OUTLINE, bold=True)
        image.blit(count, count.get_rect(center=(PALM.centerx - 30, PALM.centery + 30)))

    def draw_board(self, surface: pygame.Surface) -> None:
        surface.blit(self.hand, (0, 0))
