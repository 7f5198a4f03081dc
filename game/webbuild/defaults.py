"""Versions and addresses the web build is pinned to (importable without fontTools or pygame)."""

from __future__ import annotations

PYGBAG_VERSION = "0.9.3"
DEFAULT_CDN = f"https://pygame-web.github.io/cdn/{PYGBAG_VERSION}/"
APP_NAME = "timestopped"  # the archive is <APP_NAME>.apk; lower case, no spaces (pygbag's rule)
