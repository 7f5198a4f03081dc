"""The time keeper certificate after the ending: what it shows, saving it as a picture, and leaving it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pygame
import pytest

import scenes.certificate
from game.keepsake import Kept
from game.save import MemoryStorage, Saves
from game.state import PlayState
from scenes.card import CardScene
from scenes.certificate import CERT, CertificateScene
from scenes.title import TitleScene
from tests.scenes.stories import CHAPTER_ONE, CHAPTER_TWO, MANIFEST, small_story

DAY = date(2025, 5, 4)

# The small story with the time keeper and a full set of pieces and badges, as a finished game has them.
RICH_MANIFEST = MANIFEST.replace("characters:\n", 'characters:\n  keeper: {name: {ko: "시간지기", en: "Time Keeper"}, '
                                 'color: "#8e7dd6"}\n').replace(
    "badges:\n", "badges:\n" + "".join(f'  b{i}: {{name: {{ko: "배지{i}", en: "Badge {i}"}}}}\n' for i in range(4))
).replace("time_pieces:\n", "time_pieces:\n" + "".join(
    f'  p{i}: {{name: {{ko: "조각{i}", en: "Piece {i}"}}}}\n' for i in range(6)))


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    """Every certificate in these tests is dated the same day."""
    monkeypatch.setattr(scenes.certificate, "today", lambda: DAY)


def _at_ending(pilot_for, lang="ko", story=None, **fields):
    """A pilot continuing a game saved on the ending card."""
    saves = Saves(MemoryStorage())
    saves.save_game(PlayState(step_id="two.fin", intro_pending=False, **fields))
    pilot = pilot_for(story or small_story(), lang=lang, saves=saves)
    pilot.press("confirm")  # continue
    assert isinstance(pilot.top_scene, CardScene)
    return pilot, saves


def _rich_story():
    return {"story.yaml": RICH_MANIFEST, "one.yaml": CHAPTER_ONE, "two.yaml": CHAPTER_TWO}


def test_ending_card_leads_to_the_certificate_with_the_counts(pilot_for):
    """After the ending card the certificate shows the pieces and badges earned, and the save is forgotten."""
    pilot, saves = _at_ending(pilot_for, time_pieces=["one"], badges=["listener", "unknown"])
    pilot.press("confirm")
    cert = pilot.top_scene
    assert isinstance(cert, CertificateScene)
    assert (cert.pieces, cert.badges) == (1, 1)
    assert cert.filename == "certificate-2025-05-04.png"
    assert pilot.widget_ids() == ["save-picture", "to-title"]
    assert not saves.has_game()


def test_certificate_buttons_are_big_and_keep_the_help_corner_free(pilot_for):
    """Both buttons are at least 48 px and nothing of the certificate is under the help button."""
    pilot, _ = _at_ending(pilot_for)
    pilot.press("confirm")
    from game.ui import theme

    help_rect = pygame.Rect(theme.HELP_RECT)
    for widget in pilot.top_scene.widgets():
        assert widget.rect.width >= 48 and widget.rect.height >= 48
        assert not widget.rect.colliderect(help_rect)
    assert not CERT.colliderect(help_rect)


@pytest.mark.parametrize("how", ["click", "back-key", "menu-key", "keyboard"])
def test_leaving_the_certificate_returns_to_the_title(pilot_for, how):
    """The 'Back to title' button (mouse or Right + Enter), Backspace and Esc all lead to the title."""
    pilot, saves = _at_ending(pilot_for)
    pilot.press("confirm")
    if how == "click":
        pilot.click("to-title")
    elif how == "back-key":
        pilot.press("back")
    elif how == "menu-key":
        pilot.press("menu")
    else:
        pilot.press("right", "confirm")
    assert pilot.top_scene_is(TitleScene)
    assert not saves.has_game()


def test_saving_on_desktop_writes_a_real_png(pilot_for, monkeypatch, tmp_path):
    """'Save picture' writes certificate-<day>.png into the saves folder and says where."""
    monkeypatch.setenv("TIME_STOPPED_HOME", str(tmp_path / "home"))
    pilot, _ = _at_ending(pilot_for, lang="en", time_pieces=["one"])
    pilot.press("confirm")
    pilot.press("confirm")  # the save button has focus first
    path = tmp_path / "home" / "certificate-2025-05-04.png"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pygame.image.load(str(path)).get_size() == CERT.size
    assert pilot.top_scene.message == "Saved in the game's own folder 'home': certificate-2025-05-04.png"
    assert pilot.top_scene_is(CertificateScene)


def test_a_folder_that_cannot_be_written_gives_a_kind_message(pilot_for, monkeypatch, tmp_path):
    """If the saves folder cannot be created, the certificate stays and a kind message is shown."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TIME_STOPPED_HOME", str(blocker / "saves"))
    pilot, _ = _at_ending(pilot_for, lang="en")
    pilot.press("confirm")
    pilot.click("save-picture")
    assert pilot.top_scene_is(CertificateScene)
    assert pilot.top_scene.message.startswith("The picture could not be saved")


def test_saving_in_the_browser_downloads_the_png(pilot_for, monkeypatch):
    """In the browser the picture goes to the page's download helper, not to a file."""
    import game.browser

    sent: list[tuple[str, bytes]] = []
    monkeypatch.setattr(game.browser, "in_browser", lambda: True)
    monkeypatch.setattr(game.browser, "download_png", lambda name, data: sent.append((name, data)))
    pilot, _ = _at_ending(pilot_for)
    pilot.press("confirm")
    pilot.click("save-picture")
    assert [name for name, _ in sent] == ["certificate-2025-05-04.png"]
    assert sent[0][1][:8] == b"\x89PNG\r\n\x1a\n"
    assert pilot.top_scene.message == "그림을 내려받았어요!"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_certificate_looks_right(pilot_for, lang, monkeypatch, tmp_path):
    """The certificate with six pieces and four badges, just after saving it."""
    # The same path on every machine, so the message line looks the same in the picture.
    monkeypatch.setattr(scenes.certificate, "keep_picture",
                        lambda surface, name: Kept(Path("/home/child/Desktop") / name, "desktop"))
    pilot, _ = _at_ending(pilot_for, lang=lang, story=_rich_story(),
                          time_pieces=["one", "p0", "p1", "p2", "p3", "p4"], badges=["listener", "b0", "b1", "b2"])
    pilot.press("confirm")
    assert (pilot.top_scene.pieces, pilot.top_scene.badges) == (6, 4)
    pilot.press("confirm")
    pilot.step(2)
    pilot.snapshot(f"certificate-{lang}")
