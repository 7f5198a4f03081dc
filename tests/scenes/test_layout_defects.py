"""Layout defects a child saw, checked at every text size and in high contrast: nothing covers a button."""

from __future__ import annotations

import pygame
import pytest

from game.save import GAME_KEY, FileStorage, Saves
from game.state import PlayState
from scenes.title import TitleScene
from tests.conftest import ROOT
from tests.scenes.stories import small_story

SIZES = [("normal", False), ("large", False), ("largest", False), ("largest", True)]


def _looked(pilot, size: str, contrast: bool) -> None:
    settings = pilot.app.context.settings
    settings.text_size, settings.high_contrast = size, contrast
    pilot.app.context.apply_look()
    pilot.step(2)


@pytest.mark.parametrize(("size", "contrast"), SIZES)
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_save_notice_on_the_title_never_covers_a_button(pilot_for, tmp_path, size, contrast, lang):
    """A damaged last save with a good backup: Continue and every other button stay clear of the notice."""
    storage = FileStorage(tmp_path)
    saves = Saves(storage)
    saves.save_game(PlayState(step_id="one.hello"))
    saves.save_game(PlayState(step_id="one.second"))
    (tmp_path / f"{GAME_KEY}.json").write_text("{", encoding="utf-8")
    pilot = pilot_for(small_story(), lang=lang, saves=Saves(storage))
    pilot.click("teacher")  # classroom mode adds the Results button: the most buttons the title has
    _looked(pilot, size, contrast)
    title = pilot.top_scene
    assert isinstance(title, TitleScene) and pilot.app.context.saves.notice == "restored-backup"
    assert title.notice_rect is not None
    assert [w.id for w in title.widgets() if w.rect.colliderect(title.notice_rect)] == []
    assert pilot.app.surface.get_rect().contains(title.notice_rect)
    if size == "largest":
        pilot.snapshot(f"title-notice-largest{'-contrast' if contrast else ''}-{lang}")


def test_the_title_hint_names_only_keys_that_work_there():
    """The title's footer does not promise "Esc: menu", which does nothing on the title."""
    from game.ui.strings import ui

    for lang in ("ko", "en"):
        assert "Esc" not in ui("title-keys-hint", lang) and "F1" in ui("title-keys-hint", lang)


@pytest.mark.parametrize("overlay", ["settings", "help"])
def test_the_title_footer_and_notice_hide_under_settings_and_help(pilot_for, tmp_path, overlay):
    """Under the settings or help panel nothing of the title's footer or notice shows round its edges."""
    storage = FileStorage(tmp_path)
    (tmp_path / f"{GAME_KEY}.json").write_text("{", encoding="utf-8")
    pilot = pilot_for(ROOT / "story", lang="ko", saves=Saves(storage))
    pilot.step(2)
    bare = pilot.app.surface.copy()
    pilot.click(overlay)
    pilot.step(2)
    title = pilot.find_scene(TitleScene)
    assert title is not None and pilot.top_scene is not title
    footer = pygame.Rect(0, 690, 1280, 30)
    covered = pilot.app.surface.subsurface(footer)
    # Where the footer's words were, the picture under the panel is the plain (dimmed) ground now.
    assert _marks(bare.subsurface(footer)) > 50 and _marks(covered) == 0
    pilot.snapshot(f"title-under-{overlay}-ko")


def _marks(surface: pygame.Surface) -> int:
    """Pixels clearly brighter than the flat ground colour of the strip (words drawn on it)."""
    pixels = [surface.get_at((x, y))[:3] for x in range(0, surface.get_width(), 2) for y in range(surface.get_height())]
    ground = max(set(pixels), key=pixels.count)
    return sum(1 for p in pixels if sum(p) > sum(ground) + 60)


def test_no_roof_cuts_across_the_clock_towers_face(display):
    """The clock-tower backdrop: inside the clock face there is no roof or house colour."""
    from game.ui.backdrops import backdrop

    picture = backdrop("clock-tower", (1280, 720))
    center, radius = (640, int(720 * 0.18) + 120), 78
    houses = {(100, 80, 110), (150, 130, 150), (130, 120, 150)}
    inside_face = [picture.get_at((x, y))[:3] for x in range(center[0] - radius, center[0] + radius, 3)
                   for y in range(center[1] - radius, center[1] + radius, 3)
                   if (x - center[0]) ** 2 + (y - center[1]) ** 2 < radius ** 2]
    assert [c for c in inside_face if tuple(c) in houses] == []


def _real_map(display, done: int, size: str = "normal", badges: tuple[str, ...] = (), update: bool = False):
    from game.content.compile import load_story_dir
    from game.testing import Pilot, app_at

    story = load_story_dir(ROOT / "story")
    chapters = [c.id for c in story.chapters]
    state = PlayState(story.chapters[done].first_step, at_map=True, completed=chapters[:done], checked=["pre"],
                      badges=list(badges))
    app = app_at(story, display, state, lang="ko")
    app.context.settings.text_size = size
    app.context.apply_look()
    pilot = Pilot(app, ROOT / "tests" / "snapshots", ROOT / "tests" / ".artifacts", update_snapshots=update)
    pilot.step(2)
    return pilot


@pytest.mark.parametrize("done", range(6))
def test_the_keeper_on_the_map_never_covers_a_place(display, done):
    """Whichever place is next, the keeper stands beside it: over no place, panel or button."""
    from scenes.map import INFO, MapScene

    pilot = _real_map(display, done)
    town = pilot.top_scene
    assert isinstance(town, MapScene)
    point = town.points[[c.id for c in town.chapters].index(town.next_id)]
    spot = town.keeper_rect(point).inflate(-24, -8)
    assert pilot.app.surface.get_rect().contains(town.keeper_rect(point))
    assert [b.id for b in town.buttons.buttons if b.rect.inflate(-12, -12).colliderect(spot)] == []
    assert not spot.colliderect(INFO)


def test_the_menu_over_the_map_shows_the_town_not_the_next_place(display):
    """Esc on the map: under the pause menu is the map's landscape, not the next chapter's backdrop."""
    from scenes.menu import MenuScene
    from scenes.play import PlayScene

    pilot = _real_map(display, 2)
    pilot.press("menu")
    assert pilot.top_scene_is(MenuScene)
    play = pilot.find_scene(PlayScene)
    assert play is not None and play.look() == ("backdrop", "map")


@pytest.mark.parametrize("size", ["normal", "largest"])
def test_the_badge_book_shows_each_badges_picture_purpose_or_hint_and_explains_stars(display, size, request):
    """Every badge has its own picture; an earned one says what it was for, the others where to earn it."""
    from game.ui.strings import ui
    from scenes.badges import BadgeBookScene, badge_story

    pilot = _real_map(display, 2, size=size, badges=("safety-hand",),
                      update=bool(request.config.getoption("--update-snapshots")))
    pilot.click("badges")
    book = pilot.top_scene
    assert isinstance(book, BadgeBookScene)
    story = pilot.app.context.story
    stories = {badge: badge_story(story, badge) for badge in story.badges}
    assert len({s.icon for s in stories.values()}) == len(stories) and "star" not in {s.icon for s in stories.values()}
    assert all(s.purpose is not None and s.chapter_title is not None for s in stories.values())
    assert "★" in ui("stars-meaning", "ko") and "★" in ui("book-summary", "en", pieces=0, total=6, stars=0)
    assert len(book.cells) == len(story.badges)
    assert all(pilot.app.surface.get_rect().contains(c) for c in book.cells)
    assert all(not a.colliderect(b) for i, a in enumerate(book.cells) for b in book.cells[i + 1:])
    assert all(not c.colliderect(book.buttons.buttons[0].rect) for c in book.cells)
    pilot.snapshot(f"badge-book-real-{size}-ko")
