"""Copies of the game in a temporary folder, started in a subprocess the way a player or teacher starts them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from game.bench.startup import headless_env

ROOT = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc")


def copy_source_tree(folder: Path) -> Path:
    """game/, scenes/ and assets/ as in the repository, so `python -m game play` can run from `folder`."""
    for name in ("game", "scenes", "assets"):
        shutil.copytree(ROOT / name, folder / name, ignore=SKIP)
    return folder


def game_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for a game subprocess: headless SDL, saves in `home`, `extra` on top (no PYTHONPATH)."""
    return headless_env() | {"TIME_STOPPED_HOME": str(home)} | extra


def run_python(args: list[str], cwd: Path, env: dict[str, str],
               timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -E -s ARGS` in `cwd`: PYTHON* variables and user site-packages ignored, `cwd` first on sys.path."""
    return subprocess.run([sys.executable, "-E", "-s", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
