"""The runtime (bundle loader, runner, scenes, main loop pieces) works with yaml and pydantic unavailable."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys
    # Simulate the browser: importing either of these now raises ImportError.
    sys.modules["yaml"] = None
    sys.modules["pydantic"] = None
    import pygame
    from game.boot import create_app, load_bundle
    from game.save import MemoryStorage, Saves
    from game.testing import Pilot, play_through

    story = load_bundle(sys.argv[1])
    pygame.init()
    surface = pygame.display.set_mode((1280, 720))
    app = create_app(story, Saves(MemoryStorage()), surface, "en")
    app.context.settings.text_speed = "instant"
    visited = play_through(Pilot(app))
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("yaml", "pydantic", "pydantic_core")
                    and sys.modules[m] is not None)
    print("LAST", visited[-1], "STEPS", len(visited), "LEAKED", leaked)
    """
)


def test_bundle_plays_to_the_end_without_yaml_or_pydantic(tmp_path):
    """Compile story/ to JSON, then play it in a process where yaml and pydantic cannot be imported."""
    from game.content.compile import load_story_dir, write_bundle

    story = load_story_dir(ROOT / "story")
    bundle = tmp_path / "story.json"
    write_bundle(story, bundle)
    script = tmp_path / "run.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(script), str(bundle)], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    ending = next(s for c in story.chapters for s in c.steps if s.kind == "ending")
    assert f"LAST {ending.id} " in result.stdout
    assert "LEAKED []" in result.stdout


def test_runtime_modules_do_not_import_build_tools():
    """No module outside game/content/ mentions yaml or pydantic in an import."""
    offenders = []
    for path in [*ROOT.glob("game/*.py"), *ROOT.glob("game/ui/*.py"), *ROOT.glob("scenes/*.py"), ROOT / "main.py"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and any(
                    name in stripped.split() for name in ("yaml", "pydantic")):
                offenders.append(f"{path.relative_to(ROOT)}: {stripped}")
    assert offenders == []
