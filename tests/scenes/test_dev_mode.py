"""The writers' preview (`play --dev`): start at a step, F5 reloads the story in place, F2 shows the debug panel."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.boot import create_app
from game.cli import build_parser
from game.content.compile import load_story_dir
from game.desktop import run_desktop, story_reloader
from game.save import MemoryStorage, Saves
from game.testing import Pilot
from scenes.card import CardScene
from scenes.choice import ChoiceScene
from scenes.dev import ContentErrorScene
from scenes.dialogue import DialogueScene
from scenes.title import TitleScene
from tests.conftest import ROOT, write_story
from tests.scenes.stories import small_story

ARTIFACTS = ROOT / "tests" / ".artifacts"


def dev_pilot(display: pygame.Surface, folder: Path, start: str | None = "one.second") -> Pilot:
    saves = Saves(MemoryStorage())
    settings = saves.load_settings()
    settings.text_speed = "instant"  # before the app starts: the first line shows at once
    saves.save_settings(settings)
    app = create_app(load_story_dir(folder), saves, display, "en", dev=True,
                     reload=story_reloader(str(folder)), start=start)
    pilot = Pilot(app, artifact_dir=ARTIFACTS)
    pilot.step()
    if start is not None:
        assert pilot.top_scene_is(CardScene)  # the preview plays the step's chapter card first
        pilot.press("confirm")
    return pilot


def said(pilot: Pilot) -> str:
    scene = pilot.top_scene
    assert isinstance(scene, DialogueScene)
    return pilot.app.context.say(scene.view.text)


def save_png(pilot: Pilot, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pygame.image.save(pilot.app.surface, str(ARTIFACTS / f"{name}.png"))


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    return write_story(tmp_path / "story", small_story())


def test_play_parser_takes_dev_and_start() -> None:
    args = build_parser().parse_args(["play", "--dev", "--start", "one.second"])
    assert (args.dev, args.start) == (True, "one.second")
    assert build_parser().parse_args(["play"]).dev is False


def test_start_opens_directly_on_the_step(display: pygame.Surface, story_dir: Path) -> None:
    pilot = dev_pilot(display, story_dir)
    assert pilot.state.step_id == "one.second"
    assert said(pilot) == "This is the second line."


def test_start_builds_the_state_of_the_shortest_way_there(display: pygame.Surface, story_dir: Path) -> None:
    """`--start two.warm` is reached only after smiling: kind is 1, chapter one is done with its piece."""
    pilot = dev_pilot(display, story_dir, start="two.warm")
    state = pilot.state
    assert (state.step_id, state.variables.get("kind"), state.completed, state.time_pieces) == (
        "two.warm", 1, ["one"], ["one"])
    assert said(pilot) == "A warm day."


def test_start_on_a_line_without_a_backdrop_shows_the_one_set_before_it(display: pygame.Surface,
                                                                       story_dir: Path) -> None:
    """`--start one.second`: the backdrop the first line set is there, with its music."""
    pilot = dev_pilot(display, story_dir, start="one.second")
    assert pilot.state.background == "keepers-world"
    assert pilot.app.context.audio.current_music == "loop-keepers"


def test_the_preview_says_so_on_screen_and_never_saves(display: pygame.Surface, story_dir: Path) -> None:
    """A preview shows its label over every screen and leaves the player's save alone."""
    pilot = dev_pilot(display, story_dir, start="one.pick")
    assert pilot.app.context.banner == "preview-banner"
    pilot.press("confirm")
    assert pilot.app.context.saves.load_game() is None
    save_png(pilot, "dev-preview")


def test_unknown_start_lists_the_steps_and_exits_1(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_desktop(str(story_dir), "en", dev=True, start="one.nowhere") == 1
    err = capsys.readouterr().err
    assert "one.nowhere" in err
    assert "one: one.hello, one.second" in err


def test_f5_reloads_the_text_and_keeps_the_place(display: pygame.Surface, story_dir: Path) -> None:
    pilot = dev_pilot(display, story_dir)
    chapter = story_dir / "one.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("This is the second line.", "A new line!"),
                       encoding="utf-8")
    pilot.press("reload")
    assert pilot.state.step_id == "one.second"
    assert said(pilot) == "A new line!"
    assert len([s for s in pilot.app.stack.scenes if isinstance(s, DialogueScene)]) == 1
    pilot.press("confirm")
    assert pilot.top_scene_is(ChoiceScene)


def test_broken_yaml_shows_the_errors_and_esc_keeps_the_old_story(display: pygame.Surface, story_dir: Path) -> None:
    pilot = dev_pilot(display, story_dir)
    chapter = story_dir / "one.yaml"
    good = chapter.read_text(encoding="utf-8")
    chapter.write_text(good.replace("title: {ko", "title: {ko: x, en: y}\ntitle: {ko", 1), encoding="utf-8")
    pilot.press("reload")
    overlay = pilot.top_scene
    assert isinstance(overlay, ContentErrorScene)
    assert any(line.startswith("one.yaml:3:1: error[duplicate-key]") or
               ("one.yaml:" in line and "error[duplicate-key]" in line) for line in overlay.lines()), overlay.lines()
    pilot.step()
    save_png(pilot, "dev-content-errors")
    pilot.press("reload")  # still broken: the overlay stays, one of it
    assert len([s for s in pilot.app.stack.scenes if isinstance(s, ContentErrorScene)]) == 1
    pilot.press("menu")  # Esc
    assert pilot.top_scene_is(DialogueScene)
    assert said(pilot) == "This is the second line."
    pilot.press("confirm")
    assert pilot.top_scene_is(ChoiceScene)
    chapter.write_text(good, encoding="utf-8")
    pilot.press("reload")
    assert pilot.top_scene_is(ChoiceScene)
    assert pilot.state.step_id == "one.pick"


def test_fixed_yaml_and_f5_closes_the_overlay(display: pygame.Surface, story_dir: Path) -> None:
    pilot = dev_pilot(display, story_dir)
    chapter = story_dir / "one.yaml"
    good = chapter.read_text(encoding="utf-8")
    chapter.write_text(good.replace("title: {ko", "title: {ko: x, en: y}\ntitle: {ko", 1), encoding="utf-8")
    pilot.press("reload")
    assert pilot.top_scene_is(ContentErrorScene)
    chapter.write_text(good.replace("This is the second line.", "Fixed."), encoding="utf-8")
    pilot.press("reload")
    assert not pilot.find_scene(ContentErrorScene)
    assert said(pilot) == "Fixed."


def test_f2_toggles_the_debug_panel_with_variables(display: pygame.Surface, story_dir: Path) -> None:
    pilot = dev_pilot(display, story_dir, start="one.pick")
    before = pilot.app.surface.copy()
    pilot.press("debug")
    assert pilot.app.show_debug
    assert "kind = 0" in pilot.app.debug_lines()
    pilot.press("down", "confirm")  # the option that sets kind = kind + 1
    lines = pilot.app.debug_lines()
    assert "kind = 1" in lines
    assert "step: one.question" in lines  # the choice is made; its feedback card shows
    pilot.step()
    save_png(pilot, "dev-debug-panel")
    corner = pygame.Rect(20, 600, 100, 100)
    assert pilot.app.surface.subsurface(corner).get_at((10, 90)) != before.subsurface(corner).get_at((10, 90))
    pilot.press("debug")
    assert not pilot.app.show_debug


def test_dev_keys_do_nothing_outside_dev_mode(pilot_for: object, story_dir: Path) -> None:
    pilot = pilot_for(story_dir)  # type: ignore[operator]
    pilot.press("reload", "debug")
    assert pilot.top_scene_is(TitleScene)
    assert not pilot.app.show_debug
