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
