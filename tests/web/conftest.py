"""Built web folders shared by the web tests: one real build per (language, runtime address, index) per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.webbuild.defaults import DEFAULT_CDN
from game.webbuild.pipeline import build

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """`built_site(lang, cdn, index)` → the folder of a real `python -m game build` with those options."""
    cache: dict[tuple[str, str, str | None], Path] = {}

    def make(lang: str = "ko", cdn: str = DEFAULT_CDN, index: str | None = None) -> Path:
        key = (lang, cdn, index)
        if key not in cache:
            work = tmp_path_factory.mktemp("work")
            out = tmp_path_factory.mktemp("site") / "web"
            build(ROOT / "story", out, lang=lang, cdn=cdn, index=index, say=lambda _m: None, work=work)
            cache[key] = out
        return cache[key]

    return make
