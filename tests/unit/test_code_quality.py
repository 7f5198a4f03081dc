"""The code stays clean under the linter and type checker configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)


def test_ruff_finds_nothing():
    """`ruff check .` reports no problems."""
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout[-4000:]


def test_mypy_strict_finds_nothing():
    """`mypy` (strict, as configured) reports no errors."""
    result = _run("mypy")
    assert result.returncode == 0, result.stdout[-4000:]
