"""Missing, unreadable and damaged game files become one clear `AssetError` naming the file (no pygame here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.assets import AssetError, StartupError, check_font, explain
from game.bundle import dump_story, load_story_file

ROOT = Path(__file__).resolve().parents[2]
FONTS = sorted((ROOT / "assets" / "fonts").glob("*.ttf"))


def _font_bytes() -> bytes:
    return FONTS[0].read_bytes()


def test_the_bundled_fonts_pass_the_check():
    """Both fonts in assets/fonts are whole TrueType files."""
    assert len(FONTS) == 2
    for path in FONTS:
        check_font(path)


def test_a_missing_font_is_named(tmp_path):
    """A font that is not there is reported by its path as missing."""
    path = tmp_path / "NanumSquareRoundR.ttf"
    with pytest.raises(AssetError) as caught:
        check_font(path)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path} is missing.")


def test_a_folder_in_place_of_a_font_is_refused(tmp_path):
    """A folder where the font should be (an unreadable path) is reported, not passed to pygame."""
    path = tmp_path / "font.ttf"
    path.mkdir()
    with pytest.raises(AssetError, match="is a folder"):
        check_font(path)


@pytest.mark.parametrize("content", [b"", b"<!DOCTYPE html><title>404 Not Found</title>", b"\x00" * 4096],
                         ids=["empty", "web page", "zeros"])
def test_a_file_that_is_not_a_font_is_refused(tmp_path, content):
    """Bytes without a TrueType/OpenType signature are refused (pygame would crash on them)."""
    path = tmp_path / "font.ttf"
    path.write_bytes(content)
    with pytest.raises(AssetError, match=r"is damaged \(not a font file\)"):
        check_font(path)


@pytest.mark.parametrize("keep", [6, 100, 2000, 0.5, 0.99])
def test_a_cut_off_font_is_refused(tmp_path, keep):
    """A font cut short anywhere (in its header, its table list or its tables) is damaged."""
    data = _font_bytes()
    path = tmp_path / "font.ttf"
    path.write_bytes(data[: keep if isinstance(keep, int) else int(len(data) * keep)])
    with pytest.raises(AssetError, match=r"is damaged \(cut off\)"):
        check_font(path)


def test_a_font_without_a_character_map_is_refused(tmp_path):
    """A font whose table list has no 'cmap' cannot show any letter."""
    data = bytearray(_font_bytes())
    at = data.index(b"cmap", 12)
    data[at:at + 4] = b"xxxx"
    path = tmp_path / "font.ttf"
    path.write_bytes(bytes(data))
    with pytest.raises(AssetError, match=r"no cmap table"):
        check_font(path)


def test_a_missing_story_bundle_is_named(tmp_path):
    """Loading a bundle that is not there names story.json and says what to do."""
    path = tmp_path / "story.json"
    with pytest.raises(AssetError) as caught:
        load_story_file(path)
    assert str(caught.value) == f"{path} is missing. {caught.value.advice}"
    assert "Reinstall" in caught.value.advice


@pytest.mark.parametrize("content", [b"\xff\xfe{", b'{"format": 1, "sto', b"[" * 100_000,
                                     b'{"format": 99, "story": {}}', b'{"format": 1, "story": []}'],
                         ids=["not UTF-8", "cut off", "nested too deeply", "newer format", "wrong shape"])
def test_a_damaged_story_bundle_is_named(tmp_path, content):
    """Every kind of damaged bundle is an AssetError naming the file, never another exception."""
    path = tmp_path / "story.json"
    path.write_bytes(content)
    with pytest.raises(AssetError) as caught:
        load_story_file(path)
    assert caught.value.path == path


def test_a_whole_story_bundle_loads(tmp_path, compile_story):
    """The file loader reads back what the build writes (so the failures above are not the only outcome)."""
    from tests.scenes.stories import small_story

    story = compile_story(small_story())
    path = tmp_path / "story.json"
    path.write_text(dump_story(story), encoding="utf-8")
    assert load_story_file(path) == story
    assert json.loads(path.read_text(encoding="utf-8"))["format"] >= 1


def test_the_message_says_the_game_cannot_run_and_what_to_do(tmp_path):
    """`explain` gives one line: that the game cannot run, the file, the problem and the advice."""
    error = AssetError(tmp_path / "story.json", "is missing")
    assert isinstance(error, StartupError)
    assert explain(error) == f"The game cannot run: {tmp_path / 'story.json'} is missing. {error.advice}"
    assert "\n" not in explain(error)
