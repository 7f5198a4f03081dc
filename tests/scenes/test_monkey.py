"""The monkey: random input on every scene kind of the real story never crashes, and every frame completes."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import scenes
from game.monkey import MonkeyReport, app_makers, long_run, monkey_round
from game.scene import Scene

ROOT = Path(__file__).resolve().parents[2]
LONG_FRAMES = 1_000_000
HOST_SCENES = {"PlayScene"}  # plays the story underneath; the scenes it shows are the ones on top


def concrete_scene_classes() -> set[str]:
    """Every scene class in scenes/ that is shown itself (not a base class other scenes build on)."""
    found: dict[str, type] = {}
    for module in pkgutil.walk_packages(scenes.__path__, "scenes."):
        for name, value in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if issubclass(value, Scene) and value.__module__.startswith("scenes."):
                found[name] = value
    bases = {base.__name__ for cls in found.values() for base in cls.__mro__[1:]}
    return {name for name in found if name not in bases} - HOST_SCENES


@pytest.fixture
def real_story():
    from game.content.compile import load_story_dir

    return load_story_dir(ROOT / "story")


def test_random_input_on_every_scene_kind_never_crashes(display, real_story, request, tmp_path, monkeypatch) -> None:
    """100,000 random keys, clicks, taps, wheel, window and text events: no exception, every scene kind reached,
    and the screen equal to a full redraw, also after frames that drew nothing."""
    monkeypatch.setenv("TIME_STOPPED_HOME", str(tmp_path))  # certificate and results buttons write files here
    total_events = request.config.getoption("--monkey-events")
    makers = app_makers(real_story, display)
    report = monkey_round(makers, MonkeyReport(), events_each=total_events // len(makers) + 1, check_every=29)
    print(f"monkey: {report.events} events in {report.frames} frames from {len(makers)} start points, "
          f"{report.restarts} fresh apps, {report.checks} full-redraw comparisons ({report.skipped_checks} on "
          f"{report.skipped} frames that drew nothing); top scenes {dict(report.scenes)}")
    assert report.events >= total_events
    assert report.checks > 0
    assert report.skipped_checks > 0  # the picture left standing by a skipped frame was compared too
    missing = concrete_scene_classes() - set(report.scenes)
    assert not missing, f"the monkey never reached {sorted(missing)}; reached {dict(report.scenes)}"
    assert {"key", "click-widget", "click", "move", "tap", "wheel", "window", "text"} <= set(report.kinds)


def test_scene_kinds_are_found_in_the_scenes_package() -> None:
    """The list the monkey must cover holds the real scene kinds and leaves out the base classes."""
    kinds = concrete_scene_classes()
    assert {"DialogueScene", "ChoiceScene", "QuizScene", "MapScene", "Call112Scene", "HelpScene"} <= kinds
    assert not {"StepScene", "MinigameScene", "CardGameScene", "PlayScene"} & kinds


@pytest.mark.skipif("not config.getoption('--monkey-long')", reason="long run: pass --monkey-long")
def test_a_million_frames_keep_memory_flat(display, real_story, tmp_path, monkeypatch) -> None:
    """1,000,000 frames of random input: settled memory at the end is within 10% of memory after warming up."""
    monkeypatch.setenv("TIME_STOPPED_HOME", str(tmp_path))
    run = long_run(real_story, display, LONG_FRAMES)
    print(f"monkey: {run.report.frames} frames; settled memory {run.start:.1f} MB at start, {run.warm:.1f} MB "
          f"after warming up, {run.end:.1f} MB at the end ({run.growth:+.1%}); raw {run.raw_end:.1f} MB at the end")
    assert run.report.frames >= LONG_FRAMES
    assert run.growth <= 0.10
