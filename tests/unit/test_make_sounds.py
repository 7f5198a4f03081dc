"""build/make_sounds.py makes every sound the game uses, within its limits, the same bytes on every run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script():
    pytest.importorskip("numpy")
    pytest.importorskip("soundfile")
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "build" / "make_sounds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_sounds_is_repeatable_and_within_limits(tmp_path, capsys):
    """Two runs write identical files, one per effect and loop, each under its size limit (checked by the script)."""
    script = _script()
    first, second = tmp_path / "a", tmp_path / "b"
    assert script.main(first) == 0
    assert script.main(second) == 0
    names = {p.name for p in first.glob("*.ogg")}
    assert names == {f"{n}.ogg" for n in [*script.EFFECTS, *script.LOOPS]}
    assert all((first / n).read_bytes() == (second / n).read_bytes() for n in names)
    assert len(capsys.readouterr().out.splitlines()) == 2 * len(names)
