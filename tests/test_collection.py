"""Every test file on disk is collected by the README's test command: no folder silently falls out again."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import pytest

from tests.conftest import COLLECTED_FILES

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
# pytest's own defaults (_pytest/main.py): a folder named like one of these is never entered.
DEFAULT_NORECURSE = ["*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}"]


def _test_files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("test_*.py") if ".artifacts" not in p.parts)


def test_no_test_folder_is_named_like_one_pytest_skips():
    """tests/build/ was never collected (pytest skips folders called build): no test folder may match the list."""
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    skipped = options.get("norecursedirs", DEFAULT_NORECURSE)
    offenders = [p.relative_to(ROOT).as_posix() for p in _test_files()
                 if any(fnmatch.fnmatch(part, pattern) for part in p.relative_to(TESTS).parts[:-1]
                        for pattern in skipped)]
    assert offenders == []
    assert options["testpaths"] == ["tests"]


def test_the_whole_suite_collects_every_test_file(request):
    """When the whole suite runs (the README's command), each tests/**/test_*.py gave at least one test."""
    config = request.config
    whole = [Path(a).resolve() for a in config.args] in ([TESTS], [ROOT])
    if not whole or config.option.keyword or config.option.markexpr:
        pytest.skip("only a part of the suite was asked for")
    collected = config.stash[COLLECTED_FILES]
    missing = [p.relative_to(ROOT).as_posix() for p in _test_files() if p.resolve().as_posix() not in collected]
    assert missing == []
