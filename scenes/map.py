"""The town map: one place per chapter, frozen or restored, the time pieces found, and which place is next."""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache

import pygame

from game.input import InputEvent
from game.runner import StepView
from game.scene import SceneContext
from game.state import PlayState
from game.story import Chapter, LineStep, Story
from game.ui import theme
from game.ui.backdrops import DRAWERS, backdrop
from game.ui.panel import panel
from game.ui.portrait import portrait
from game.ui.strings import ui
from game.ui.widgets import Button
from scenes.badges import BadgeBookScene
from scenes.card import discussion_card
from scenes.common import StepScene

PLACE_SIZE = 132  # each place is a round picture of its chapter, and a button of this size
INFO = pygame.Rect(190, 584, 900, 118)
TOP_BAR = pygame.Rect(260, 20, 640, 60)
KEEPER_SIZE = 120
RESTORE_SECONDS = 1.8


@dataclass(frozen=True)
class OpenChapter:
    """The map's result: the chapter the player chose to play (next or a replay)."""

    chapter_id: str


def place_backdrops(chapter: Chapter) -> tuple[str, str]:
    """(frozen, restored) backdrop names for a chapter's place on the map.

    The chapter's first backdrop is its place; a "-frozen" place has a "-restored" twin, and a place
    without one is shown warm when restored and colour-graded cold while frozen.
    """
    first = next((s.background for s in chapter.steps if isinstance(s, LineStep) and s.background), None)
    place = first or "town-frozen"
    twin = place.replace("-frozen", "-restored")
    return place, twin if twin in DRAWERS else place


@lru_cache(maxsize=64)
def place_picture(name: str, frozen: bool) -> pygame.Surface:
    """A round picture of backdrop `name`, cold and grey when `frozen` (drawn once, cached)."""
    size = PLACE_SIZE
    scaled = pygame.transform.smoothscale(backdrop(name, (1280, 720)), (size * 16 // 9, size))
    crop = scaled.subsurface(pygame.Rect((scaled.get_width() - size) // 2, 0, size, size)).copy()
    if frozen:
        crop = pygame.transform.grayscale(crop)
        crop.fill((150, 170, 210), special_flags=pygame.BLEND_RGB_MULT)
        crop.fill((40, 48, 70), special_flags=pygame.BLEND_RGB_ADD)
    mask = pygame.Surface((size, size), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), (size // 2, size // 2), size // 2)
    picture = crop.convert_alpha() if pygame.display.get_surface() else crop
    picture = picture.copy()
    picture.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    return picture


def layout(count: int) -> list[tuple[int, int]]:
    """Centres of `count` places along a winding road across the screen."""
    if count == 1:
        return [(640, 330)]
    points = []
    for index in range(count):
        t = index / (count - 1)
        x = int(130 + t * 1020)
        y = int(340 + 150 * math.sin(t * math.pi * 2.2 + 0.6))
        points.append((x, y))
    return points


class MapScene(StepScene):
    """Shows the town; finishes with `OpenChapter`, or "menu"."""

    opaque = True

    def __init__(self, view: StepView, state: PlayState, reduced_motion: bool = False,
                 playable: list[str] | None = None) -> None:
        super().__init__(can_go_back=False, show_back=False)
        self.view = view
        self.state = state
        self.playable = playable  # chapters that may be opened (the runner's word); None: finished ones and the next
        self.reduced_motion = reduced_motion
        self.moving = not reduced_motion  # the next place's ring pulses
        self.restoring = state.just_restored
        self.time = 0.0
        self.last_place: Chapter | None = None  # the place last focused: "Class questions" shows its questions

    def enter(self, ctx: SceneContext) -> None:
        super().enter(ctx)
        story: Story = ctx.story
        self.chapters = list(story.chapters)
        self.points = layout(len(self.chapters))
        self.next_id = self.state.chapter_id
        buttons = []
        focus = 0
        for index, (chapter, (x, y)) in enumerate(zip(self.chapters, self.points, strict=True)):
            open_ = (chapter.id in self.playable if self.playable is not None
                     else chapter.id in self.state.completed or chapter.id == self.next_id)
            rect = pygame.Rect(0, 0, PLACE_SIZE, PLACE_SIZE)
            rect.center = (x, y)
            buttons.append(Button(f"place-{chapter.id}", rect, label="", enabled=open_))
            if chapter.id == self.next_id:
                focus = index
        badge_rect = pygame.Rect(20, 20, 220, 60)
        buttons.append(Button("badges", badge_rect, label=ui("badge-book", ctx.lang), size=theme.SMALL_SIZE))
        if ctx.classroom and self._discussed():
            # A teacher can put a finished chapter's questions on the board again (the focused place's, or the last).
            buttons.append(Button("discuss", pygame.Rect(INFO.right + 12, INFO.top + 10, 1268 - INFO.right - 12, 98),
                                  label=ui("map-discuss", ctx.lang), size=theme.SMALL_SIZE))
        self.set_buttons(buttons, focus=focus)
        self.restore_time = 0.0 if self.reduced_motion or not self.restoring else RESTORE_SECONDS
        if self.restoring:
            ctx.audio.play("unfreeze")

    def _discussed(self) -> list[Chapter]:
        """Finished chapters that have questions for the class, in story order."""
        return [c for c in self.chapters if c.id in self.state.completed and c.discussion]

    def handle(self, event: InputEvent) -> bool:
        consumed = super().handle(event)
        chapter = self.focused_chapter
        if chapter is not None:
            self.last_place = chapter
        return consumed

    def on_press(self, ident: str) -> None:
        if ident == "discuss":
            choices = self._discussed()
            chapter = self.last_place if self.last_place in choices else choices[-1]
            self.ctx.stack.push(discussion_card(self.ctx, chapter))
        elif ident == "badges":
            self.ctx.stack.push(BadgeBookScene(self.state))
        elif ident.startswith("place-"):
            self.finish(OpenChapter(ident.removeprefix("place-")))

    def update(self, dt: float) -> None:
        self.time += dt
        self.restore_time = max(0.0, self.restore_time - dt)

    @property
    def focused_chapter(self) -> Chapter | None:
        """The chapter whose place has focus (for the information panel)."""
        button = self.buttons.focused
        if button is None or not button.id.startswith("place-"):
            return None
        wanted = button.id.removeprefix("place-")
        return next(c for c in self.chapters if c.id == wanted)

    def look(self) -> Hashable | None:
        if self.restore_time > 0:
            return None  # the restored place is warming up: every frame differs
        return self.buttons.look()

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(map_background(surface.get_size()), (0, 0))
        self._draw_road(surface)
        for chapter, point in zip(self.chapters, self.points, strict=True):
            self._draw_place(surface, chapter, point)
        self._draw_top_bar(surface)
        self._draw_info(surface)
        for button in self.buttons.buttons:
            if not button.id.startswith("place-"):
                button.draw(surface, self.ctx.text, button is self.buttons.focused)

    def motion(self) -> Hashable | None:
        return self._pulse()

    def _pulse(self) -> int:
        return int(4 * math.sin(self.time * 4))

    def draw_moving(self, surface: pygame.Surface) -> None:
        if self.reduced_motion or self.next_id in self.state.completed:
            return
        for chapter, point in zip(self.chapters, self.points, strict=True):
            if chapter.id == self.next_id:
                pulse = self._pulse()
                pygame.draw.circle(surface, theme.WHITE, point, PLACE_SIZE // 2 + 12 + pulse, 3)

    def _draw_road(self, surface: pygame.Surface) -> None:
        if len(self.points) > 1:
            pygame.draw.lines(surface, (236, 222, 190), False, self.points, 26)
            pygame.draw.lines(surface, (250, 240, 214), False, self.points, 14)

    def _draw_place(self, surface: pygame.Surface, chapter: Chapter, point: tuple[int, int]) -> None:
        frozen_name, restored_name = place_backdrops(chapter)
        done = chapter.id in self.state.completed
        is_next = chapter.id == self.next_id and not done
        focused = self.focused_chapter is chapter
        rect = pygame.Rect(0, 0, PLACE_SIZE, PLACE_SIZE)
        rect.center = point
        pygame.draw.circle(surface, (110, 140, 104), (point[0], point[1] + 7), PLACE_SIZE // 2 + 5)
        if done and chapter.id == self.restoring and self.restore_time > 0:
            progress = 1 - self.restore_time / RESTORE_SECONDS
            surface.blit(place_picture(frozen_name, True), rect)
            warm = place_picture(restored_name, False).copy()
            warm.set_alpha(int(255 * progress))
            surface.blit(warm, rect)
            ring = int(PLACE_SIZE // 2 + 10 + 50 * progress)
            pygame.draw.circle(surface, theme.GOLD, point, ring, max(1, int(8 * (1 - progress))))
        else:
            surface.blit(place_picture(restored_name if done else frozen_name, not done), rect)
        edge = theme.GOLD if done else (theme.FOCUS if is_next else (150, 156, 176))
        pygame.draw.circle(surface, edge, point, PLACE_SIZE // 2 + 2, 6)
        if is_next and self.reduced_motion:
            pygame.draw.circle(surface, theme.WHITE, point, PLACE_SIZE // 2 + 12, 3)
        if focused:
            pygame.draw.circle(surface, theme.FOCUS, point, PLACE_SIZE // 2 + 18, 5)
        if done:
            _draw_piece(surface, (point[0] + PLACE_SIZE // 2 - 14, point[1] - PLACE_SIZE // 2 + 14), 18)
        if chapter.id == self.next_id:
            self._draw_keeper(surface, point)

    def _draw_keeper(self, surface: pygame.Surface, point: tuple[int, int]) -> None:
        """The player's time keeper stands by the place they will open next."""
        keeper = self.ctx.story.characters.get("keeper")
        if keeper is None:
            return
        figure = portrait(keeper.id, keeper.color, "happy", KEEPER_SIZE)
        surface.blit(figure, self.keeper_rect(point))

    def keeper_rect(self, point: tuple[int, int]) -> pygame.Rect:
        """Where the keeper stands by the place at `point`: beside it, never over a place, the panels or buttons.

        Left of the place first, then right, below and above; the first spot that is clear and on screen.
        """
        size, half = KEEPER_SIZE, PLACE_SIZE // 2
        x, y = point
        spots = [pygame.Rect(x - half - size, y - size // 2, size, size),
                 pygame.Rect(x + half, y - size // 2, size, size),
                 pygame.Rect(x - size // 2, y + half, size, size),
                 pygame.Rect(x - size // 2, y - half - size, size, size)]
        screen = pygame.Rect((0, 0), self.ctx.size)
        taken = [b.rect.inflate(-12, -12) for b in self.buttons.buttons] + [INFO, TOP_BAR]
        for spot in spots:
            body = spot.inflate(-24, -8)  # the portrait's square has empty corners
            if screen.contains(spot) and not any(body.colliderect(other) for other in taken):
                return spot
        return spots[0].clamp(screen)

    def _draw_top_bar(self, surface: pygame.Surface) -> None:
        text, lang = self.ctx.text, self.ctx.lang
        pieces = list(self.ctx.story.time_pieces)
        bar = TOP_BAR
        surface.blit(panel(bar.size), bar.topleft)
        label = text.render(ui("pieces-found", lang), theme.SMALL_SIZE, theme.INK, bold=True)
        surface.blit(label, label.get_rect(midleft=(bar.left + 24, bar.centery)))
        x = bar.left + 60 + label.get_width()
        for piece in pieces:
            _draw_piece(surface, (x, bar.centery), 16, owned=piece in self.state.time_pieces)
            x += 44
        stars = text.render("★ " + ui("stars-count", lang, n=self.state.score), theme.SMALL_SIZE, theme.GOLD_INK,
                            bold=True)
        surface.blit(stars, stars.get_rect(midright=(bar.right - 24, bar.centery)))

    def _draw_info(self, surface: pygame.Surface) -> None:
        chapter = self.focused_chapter
        if chapter is None:
            return
        text, lang = self.ctx.text, self.ctx.lang
        surface.blit(panel(INFO.size), INFO.topleft)
        done = chapter.id in self.state.completed
        key = "map-replay" if done else ("map-next" if chapter.id == self.next_id else "map-locked")
        if key == "map-locked" and self.playable is not None and chapter.id in self.playable:
            key = "map-any-order"  # classroom mode: the teacher may teach this place now
        kicker = text.render(ui(key, lang), theme.SMALL_SIZE, theme.INK_SOFT, bold=True)
        surface.blit(kicker, (INFO.left + 32, INFO.top + 18))
        title = text.render_fitting(self.ctx.say(chapter.title), theme.HEADING_SIZE - 6, theme.INK, INFO.width - 64,
                                    bold=True)
        surface.blit(title, (INFO.left + 32, INFO.top + 24 + kicker.get_height()))


def _draw_piece(surface: pygame.Surface, center: tuple[int, int], radius: int, owned: bool = True) -> None:
    """A time piece: a golden clock face when found, an empty grey ring while still missing."""
    if owned:
        pygame.draw.circle(surface, theme.GOLD, center, radius)
        pygame.draw.circle(surface, theme.BUTTON_EDGE, center, radius, 3)
        pygame.draw.line(surface, theme.INK, center, (center[0], center[1] - radius + 5), 3)
        pygame.draw.line(surface, theme.INK, center, (center[0] + radius // 2, center[1]), 3)
    else:
        pygame.draw.circle(surface, (210, 210, 220), center, radius)
        pygame.draw.circle(surface, (160, 160, 176), center, radius, 3)


@lru_cache(maxsize=2)
def map_background(size: tuple[int, int]) -> pygame.Surface:
    """Soft hills and sky behind the places (drawn once)."""
    image = pygame.Surface(size)
    width, height = size
    for y in range(0, height, 4):
        t = y / height
        color = (int(196 + 40 * t), int(222 + 10 * t), int(240 - 60 * t))
        pygame.draw.rect(image, color, (0, y, width, 4))
    for index, (cx, cy, r) in enumerate(((160, 760, 420), (640, 820, 520), (1120, 770, 430))):
        shade = (150 + index * 8, 196, 130 + index * 6)
        pygame.draw.circle(image, shade, (cx, cy), r)
    return image
