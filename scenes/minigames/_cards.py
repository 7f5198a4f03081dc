"""What the card mini-games share: backdrop and header, picture cards and bins, the feedback panel, arrow moves.

Only definitions live here (no registered game), so the package's auto-import of this module has no effect.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import lru_cache

import pygame

from game.input import Action, InputEvent
from game.scene import SceneContext
from game.ui import theme
from game.ui.panel import panel, veil
from game.ui.strings import ui
from game.ui.text import TextRenderer
from game.ui.widgets import Button, nearest
from scenes.minigame import MinigameScene
from scenes.minigames._icons import icon

Color = tuple[int, int, int]
Fit = tuple[pygame.Rect, pygame.Rect]  # where some words were drawn, and the box they must stay inside (screen)

HEADER = pygame.Rect(20, 8, 800, 112)  # left of the corner buttons (they start at x=838); the most it may use
DONE_AREA = pygame.Rect(190, 150, 900, 440)
ARROWS = (Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT)


def soft(color: Color, amount: float = 0.65) -> Color:
    """`color` mixed with white (0 = unchanged, 1 = white): pastel fills that keep ink readable."""
    r, g, b = (round(c + (255 - c) * amount) for c in color)
    return (r, g, b)


@lru_cache(maxsize=1)  # full-screen: only the game being played needs its own
def background(size: tuple[int, int], top: Color, bottom: Color) -> pygame.Surface:
    """A warm vertical gradient with a few soft bubbles, drawn once per size and colours."""
    image = pygame.Surface(size)
    width, height = size
    for y in range(0, height, 4):
        t = y / max(1, height - 1)
        color = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        pygame.draw.rect(image, color, (0, y, width, 4))
    bubbles = pygame.Surface(size, pygame.SRCALPHA)
    for i in range(9):
        x, y = (i * 337 + 90) % width, (i * 211 + 140) % height
        pygame.draw.circle(bubbles, (255, 255, 255, 46), (x, y), 40 + (i * 23) % 70)
    image.blit(bubbles, (0, 0))
    return image


def inside(rect: pygame.Rect) -> pygame.Rect:
    """The paper part of a `panel` drawn at `rect` (without its shadow): where its words must stay."""
    return rect.inflate(-6, -10).move(0, -3)


def header(text: TextRenderer, title: str, instructions: str, rect: pygame.Rect = HEADER,
           fits: list[Fit] | None = None) -> pygame.Surface:
    """The game's title and instructions on a paper panel, as tall as they need within `rect` (render once).

    At big text sizes the instructions (then also the title) step down so they stay on the panel.
    """
    width = rect.width - 56
    for title_size, min_size in ((theme.NAME_SIZE, 16), (theme.NAME_SIZE - 4, 14)):
        heading = text.render_fitting(title, title_size, theme.INK, width, bold=True, min_size=title_size - 8)
        room = rect.height - 28 - heading.get_height()
        body = text.render_fitting_box(instructions, theme.SMALL_SIZE - 2, theme.INK, width, room, min_size=min_size)
        if body.get_height() <= room:
            break
    height = min(rect.height, 12 + heading.get_height() + 2 + body.get_height() + 18)
    image = panel((rect.width, height)).copy()
    image.blit(heading, (28, 10))
    image.blit(body, (28, 12 + heading.get_height()))
    if fits is not None:
        box = inside(pygame.Rect(rect.topleft, (rect.width, height)))
        fits.append((heading.get_rect(topleft=(rect.left + 28, rect.top + 10)), box))
        fits.append((body.get_rect(topleft=(rect.left + 28, rect.top + 12 + heading.get_height())), box))
    return image


@dataclass
class CardButton(Button):
    """A picture card: an icon, wrapped words and an optional place chip; `mark` is "", "picked" or "tried"."""

    icon: str = "star"
    chip: str = ""
    color: Color = theme.PAPER_EDGE
    mark: str = ""
    _looks: dict[tuple[bool, bool, str], pygame.Surface] = field(default_factory=dict, repr=False)
    fits: list[Fit] = field(default_factory=list, repr=False)  # words and chip, each with the card's body

    def draw(self, surface: pygame.Surface, text: TextRenderer, focused: bool) -> None:
        key = (focused, self.enabled, self.mark)
        if key not in self._looks:
            self._looks[key] = self._render_card(text, focused)
        surface.blit(self._looks[key], self.rect.topleft)

    def _render_card(self, text: TextRenderer, focused: bool) -> pygame.Surface:
        image = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        local = image.get_rect()
        body = local.inflate(-6, -8).move(0, -2)
        fill = theme.BUTTON_HOVER if focused and self.enabled else theme.PAPER
        pygame.draw.rect(image, (0, 0, 0, 45), local.move(0, 4).inflate(-6, -6), border_radius=theme.RADIUS)
        pygame.draw.rect(image, fill, body, border_radius=theme.RADIUS)
        pygame.draw.rect(image, self.color, body, width=3, border_radius=theme.RADIUS)
        size = min(64, body.height - 24)
        spot = pygame.Rect(body.left + 12, 0, size + 8, size + 8)
        spot.centery = body.centery
        pygame.draw.ellipse(image, soft(self.color), spot)
        image.blit(icon(self.icon, size), (spot.left + 4, spot.top + 4))
        words_width = body.right - spot.right - 26
        room = body.height - 12  # the words and the place chip share this, so they never overlap or spill
        blocks = []
        if self.chip:
            chip_text = text.render_fitting(self.chip, theme.SMALL_SIZE - 6, theme.INK, words_width - 20, bold=True,
                                            min_size=14)
            chip = pygame.Surface((chip_text.get_width() + 20, chip_text.get_height() + 4), pygame.SRCALPHA)
            pygame.draw.rect(chip, soft(self.color, 0.35), chip.get_rect(), border_radius=12)
            chip.blit(chip_text, (10, 2))
            blocks.append(chip)
            room -= chip.get_height() + 6
        words = text.render_fitting_box(self.label, self.size, theme.INK, words_width, room, bold=True)
        blocks.insert(0, words)
        y = body.centery - (sum(b.get_height() for b in blocks) + 6 * (len(blocks) - 1)) // 2
        self.fits = []
        for block in blocks:
            image.blit(block, (spot.right + 14, y))
            self.fits.append((block.get_rect(topleft=(self.rect.left + spot.right + 14, self.rect.top + y)),
                              body.move(self.rect.topleft)))
            y += block.get_height() + 6
        if self.mark:
            _dim(image, body, picked=self.mark == "picked")
        if focused:
            pygame.draw.rect(image, theme.FOCUS, local, width=4, border_radius=theme.RADIUS + 2)
        return image


def _dim(image: pygame.Surface, body: pygame.Rect, picked: bool) -> None:
    """Fade a card that is used up; a picked one also gets a green tick (never a cross)."""
    shade = pygame.Surface(body.size, pygame.SRCALPHA)
    pygame.draw.rect(shade, (255, 255, 255, 150) if picked else (236, 232, 228, 170), shade.get_rect(),
                     border_radius=theme.RADIUS)
    image.blit(shade, body.topleft)
    if picked:
        center = (body.left + 70, body.bottom - 26)  # on the picture, clear of the words
        pygame.draw.circle(image, theme.RIGHT, center, 18)
        pygame.draw.lines(image, theme.WHITE, False,
                          [(center[0] - 9, center[1]), (center[0] - 2, center[1] + 7), (center[0] + 9, center[1] - 7)],
                          5)


@dataclass
class BinButton(Button):
    """A big answer button with an icon, a bold word and a short hint underneath."""

    icon: str = "star"
    hint: str = ""
    color: Color = theme.BUTTON
    fits: list[Fit] = field(default_factory=list, repr=False)  # word and hint, each with the button's body

    def _render(self, text: TextRenderer, focused: bool) -> pygame.Surface:
        image = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        local = image.get_rect()
        body = local.inflate(-8, -10).move(0, -2)
        fill = soft(self.color, 0.55 if focused else 0.7) if self.enabled else theme.BUTTON_DISABLED
        edge = self.color if self.enabled else theme.INK_SOFT
        pygame.draw.rect(image, (0, 0, 0, 55), local.move(0, 5).inflate(-8, -8), border_radius=theme.RADIUS + 6)
        pygame.draw.rect(image, fill, body, border_radius=theme.RADIUS + 6)
        pygame.draw.rect(image, edge, body, width=4, border_radius=theme.RADIUS + 6)
        size = min(110, body.height - 40)
        picture = icon(self.icon, size)
        if not self.enabled:
            picture = picture.copy()
            picture.set_alpha(110)
        image.blit(picture, (body.left + 24, body.centery - size // 2))
        ink = theme.INK if self.enabled else theme.INK_SOFT
        left = body.left + 24 + size + 22
        width = body.right - left - 22
        word = text.render(self.label, theme.HEADING_SIZE - 6, ink, bold=True, width=width)
        hint = text.render_fitting_box(self.hint, theme.SMALL_SIZE - 2, ink, width,
                                       body.height - 24 - word.get_height() - 8)
        top = body.centery - (word.get_height() + 8 + hint.get_height()) // 2
        image.blit(word, (left, top))
        image.blit(hint, (left, top + word.get_height() + 8))
        at = self.rect.topleft
        self.fits = [(word.get_rect(topleft=(left + at[0], top + at[1])), body.move(at)),
                     (hint.get_rect(topleft=(left + at[0], top + word.get_height() + 8 + at[1])), body.move(at))]
        if focused:
            pygame.draw.rect(image, theme.FOCUS, local, width=5, border_radius=theme.RADIUS + 8)
        return image


@dataclass
class Feedback:
    """A panel with a heading, kind words and one button; `then` runs when the button is pressed."""

    good: bool
    heading: str
    body: str
    button: str
    then: Callable[[], None]
    area: pygame.Rect
    dim: pygame.Rect | None = None  # veil this part of the screen below the panel
    fit: bool = False  # shrink the panel (about its centre) to what its words need


def feedback_image(text: TextRenderer, feedback: Feedback, button: pygame.Rect,
                   fits: list[Fit] | None = None) -> pygame.Surface:
    """The feedback panel (without its button), rendered once when shown; the words shrink to stay clear of it."""
    area = feedback.area
    image = panel(area.size).copy()
    color = theme.RIGHT_INK if feedback.good else theme.TRY_AGAIN_INK
    badge = icon("star" if feedback.good else "talk", 44)
    image.blit(badge, (30, 20))
    heading = text.render(feedback.heading, theme.NAME_SIZE + 4, color, bold=True, width=area.width - 120)
    heading_top = 20 + max(0, (44 - heading.get_height()) // 2)  # a two-line heading starts at the badge's top
    image.blit(heading, (86, heading_top))
    top = 20 + max(44, heading.get_height()) + 12
    room = button.top - area.top - 12 - top
    body = text.render_fitting_box(feedback.body, theme.SMALL_SIZE + 4, theme.INK, area.width - 72, room)
    image.blit(body, (36, top))
    if fits is not None:
        box = inside(area)
        fits.append((heading.get_rect(topleft=(area.left + 86, area.top + heading_top)), box))
        fits.append((body.get_rect(topleft=(area.left + 36, area.top + top)),
                     box.clip(pygame.Rect(area.left, area.top, area.width, button.top - 12 - area.top))))
    return image


def fitted(text: TextRenderer, feedback: Feedback) -> pygame.Rect:
    """`feedback.area` made only as tall as its heading, words and button need (same centre)."""
    area = feedback.area
    heading = text.render(feedback.heading, theme.NAME_SIZE + 4, theme.INK, bold=True, width=area.width - 120)
    body = text.render(feedback.body, theme.SMALL_SIZE + 4, theme.INK, width=area.width - 72)
    need = 20 + max(44, heading.get_height()) + 12 + body.get_height() + 24 + 64 + 26
    if need >= area.height:
        return area
    return pygame.Rect(area.left, area.centery - need // 2, area.width, need)


class CardGameScene(MinigameScene):
    """Base of the card games: draws backdrop, header, board and feedback; arrows move focus by position.

    Subclasses build their board in `start`, return its buttons from `board`, draw extras in `draw_board`
    and react to `on_pick(ident)`.
    """

    opaque = True  # the game covers the whole screen, so nothing below needs drawing
    COLORS: tuple[Color, Color] = ((255, 238, 214), (250, 210, 186))

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        self.feedback: Feedback | None = None
        self.feedback_surface: pygame.Surface | None = None
        self.main: list[Button] = []  # the buttons arrows move among (board or feedback button)
        self.shown: list[Button] = []  # the board's buttons, still drawn under a feedback panel
        self.header_fits: list[Fit] = []
        self.feedback_fits: list[Fit] = []
        self.header = header(ctx.text, ctx.say(self.pool.title), ctx.say(self.pool.instructions),
                             fits=self.header_fits)
        self.layer: pygame.Surface | None = None  # backdrop + header + board picture, one opaque blit a frame
        self.board_version = 0  # counts board pictures and feedback panels, for the still layer's look
        self.start()

    # -- for subclasses ---------------------------------------------------------------------

    def start(self) -> None:
        """Set up the board and call `show_board`."""
        raise NotImplementedError

    def board(self) -> list[Button]:
        """The buttons the player can use now (cards or bins), in Tab order."""
        raise NotImplementedError

    def on_pick(self, ident: str) -> None:
        """A board button was pressed."""

    def right_pick(self) -> str | None:
        """The id of a board button that is a right pick now."""
        raise NotImplementedError

    def next_move(self) -> str | None:
        """A right pick on the board; None while a panel waits for its button (Enter presses it)."""
        return None if self.feedback is not None else self.right_pick()

    def draw_board(self, surface: pygame.Surface) -> None:
        """Draw what is not a button (a hand, a card) into the static layer; call `changed` when it changes."""

    def board_fits(self) -> list[Fit]:
        """Words the board drew itself (not on its buttons), each with the box it must stay inside."""
        return []

    def text_fits(self) -> list[Fit]:
        """Every block of words drawn now (header, board, cards, feedback) with the box it must stay inside.

        For tests at big text sizes; cards report what they drew last, so call it after a frame.
        """
        fits = self.header_fits + self.board_fits()
        if self.feedback is not None:
            fits += self.feedback_fits
        for button in self.shown:
            if isinstance(button, CardButton | BinButton):
                fits += button.fits
        return fits

    # -- shared behaviour ---------------------------------------------------------------------

    def changed(self) -> None:
        """The board picture changed: the static layer is drawn again before the next frame."""
        self.layer = None
        self.board_version += 1

    def show_board(self, focus: int = 0) -> None:
        """Offer the board's buttons; `focus` moves on to the next enabled button if it is used up."""
        self.main = self.shown = self.board()
        usable = [i for i, button in enumerate(self.main) if button.enabled]
        # Wrap within the board, so a used-up last card never hands the focus to 'menu' by surprise.
        self.set_buttons(self.main, focus=next((i for i in usable if i >= focus), usable[0] if usable else 0))

    def show_feedback(self, feedback: Feedback) -> None:
        """Cover the board with a feedback panel whose one button ("next") runs `feedback.then`."""
        if feedback.fit:
            feedback.area = fitted(self.ctx.text, feedback)
        area = feedback.area
        rect = pygame.Rect(0, 0, min(360, area.width - 60), 64)
        rect.bottomright = (area.right - 30, area.bottom - 26)
        button = Button("next", rect, label=feedback.button, size=theme.SMALL_SIZE + 2)
        self.feedback = feedback
        self.board_version += 1
        self.feedback_fits = []
        self.feedback_surface = feedback_image(self.ctx.text, feedback, rect, self.feedback_fits)
        self.main = [button]
        self.set_buttons(self.main)

    def done(self, heading_key: str, body_key: str, area: pygame.Rect = DONE_AREA,
             dim: pygame.Rect | None = None) -> None:
        """The warm closing message in `area` (dimming `dim`, default all); its button finishes the game."""
        lang = self.ctx.lang
        self.show_feedback(Feedback(True, ui(heading_key, lang), ui(body_key, lang), ui("next", lang),
                                    self.finish_game, area, dim=dim or pygame.Rect((0, 0), self.ctx.size), fit=True))

    def on_press(self, ident: str) -> None:
        if self.feedback is not None:
            if ident == "next":
                then, self.feedback = self.feedback.then, None
                then()
            return
        self.on_pick(ident)

    def handle(self, event: InputEvent) -> bool:
        if event.action in ARROWS:
            self._arrow(event.action)
            return True
        return super().handle(event)

    def _arrow(self, action: Action) -> None:
        """Arrows move among the board's own buttons only; Tab also reaches back and menu."""
        group = self.buttons
        enabled = [b for b in self.main if b.enabled]
        if not enabled:
            return
        current = group.focused
        if current is None or not any(b is current for b in self.main):
            target: Button | None = enabled[0]
        else:
            target = nearest(self.main, current, action)
        if target is not None:
            group.focus = next(i for i, b in enumerate(group.buttons) if b is target)

    def look(self) -> Hashable | None:
        return (self.board_version, self.feedback is not None, self.buttons.look(),
                tuple(button.look() for button in self.shown))

    def exit(self) -> None:
        background.cache_clear()  # a full-screen picture only this game needs: give the memory back
        self.layer = None

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if self.layer is None or self.layer.get_size() != surface.get_size():
            self.layer = background(surface.get_size(), *self.COLORS).copy()
            self.layer.blit(self.header, HEADER.topleft)
            self.draw_board(self.layer)
        surface.blit(self.layer, (0, 0))
        if self.feedback is not None and self.feedback_surface is not None:
            for button in self.shown:
                button.draw(surface, text, focused=False)
            if self.feedback.dim is not None:
                surface.blit(veil(self.feedback.dim.size), self.feedback.dim.topleft)
            surface.blit(self.feedback_surface, self.feedback.area.topleft)
        self.buttons.draw(surface, text)
