"""Browser saves in `localStorage`: the only module that touches `platform.window`."""

from __future__ import annotations

import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

PREFIX = "time-stopped/"  # keys are namespaced: several games may share a school's web server


class BrowserStorage:
    """A `Storage` over the page's `window.localStorage`; failures (private mode, full) are logged, not raised."""

    def __init__(self, window: Any | None = None) -> None:
        if window is None:
            import platform  # in pygbag's CPython this module exposes the page's JS `window`

            window = platform.window  # type: ignore[attr-defined]
        self.local = window.localStorage

    def get(self, key: str) -> str | None:
        try:
            value = self.local.getItem(PREFIX + key)
        except Exception as exc:  # the JS bridge raises its own error types
            log.warning("localStorage read failed: %s", exc)
            return None
        # Browsers give null for a missing key; some bridges turn that into the string "null".
        if value is None or value == "null":
            return None
        return str(value)

    def set(self, key: str, value: str) -> None:
        try:
            self.local.setItem(PREFIX + key, value)
        except Exception as exc:
            raise OSError(f"localStorage write failed: {exc}") from exc

    def delete(self, key: str) -> None:
        try:
            self.local.removeItem(PREFIX + key)
        except Exception as exc:
            log.warning("localStorage delete failed: %s", exc)


def in_browser() -> bool:
    """Whether this is pygbag's CPython in a web page."""
    return sys.platform == "emscripten"
