"""Saved games and settings on a key-value storage backend (files on desktop, memory in tests)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Protocol

from game.settings import Settings
from game.state import PlayState, StateError

log = logging.getLogger(__name__)

GAME_KEY = "time-stopped.save"
SETTINGS_KEY = "time-stopped.settings"


class Storage(Protocol):
    """A tiny key → text store."""

    def get(self, key: str) -> str | None:
        """The stored text, or None."""

    def set(self, key: str, value: str) -> None:
        """Store `value` under `key`."""

    def delete(self, key: str) -> None:
        """Remove `key` if present."""


class MemoryStorage:
    """Keeps everything in a dict; for tests and as a fallback when nothing else works."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.data.get(key)

    def set(self, key: str, value: str) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)


class FileStorage:
    """One JSON file per key in a folder; writes are atomic and the previous version is kept as .bak."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str) -> str | None:
        try:
            return self._path(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def set(self, key: str, value: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(key)
        temp = path.with_suffix(".tmp")
        temp.write_text(value, encoding="utf-8")
        if path.exists():
            os.replace(path, path.with_suffix(".bak"))
        os.replace(temp, path)

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


def default_save_folder() -> Path:
    """Where desktop saves live: $TIME_STOPPED_HOME, else the user's data folder."""
    override = os.environ.get("TIME_STOPPED_HOME")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "time-stopped"


class Saves:
    """Load and store the one saved game and the settings; damaged data never crashes the game."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.notice: str | None = None  # set when a damaged save had to be ignored

    def load_game(self) -> PlayState | None:
        """The saved game, or None if there is none or it cannot be read."""
        text = self.storage.get(GAME_KEY)
        if text is None:
            return None
        try:
            return PlayState.from_dict(json.loads(text))
        except (ValueError, StateError) as exc:
            log.warning("ignoring a saved game that cannot be read: %s", exc)
            self.notice = "damaged-save"
            return None

    def has_game(self) -> bool:
        """Whether a readable saved game exists."""
        return self.load_game() is not None

    def save_game(self, state: PlayState) -> None:
        """Store `state`; a storage failure is logged, never raised into the game."""
        try:
            self.storage.set(GAME_KEY, json.dumps(state.to_dict(), ensure_ascii=False))
        except OSError as exc:
            log.warning("could not save the game: %s", exc)

    def clear_game(self) -> None:
        """Forget the saved game (for starting over)."""
        self.storage.delete(GAME_KEY)

    def load_settings(self) -> Settings:
        """Saved settings, or defaults."""
        text = self.storage.get(SETTINGS_KEY)
        try:
            return Settings.from_dict(json.loads(text)) if text else Settings()
        except ValueError:
            return Settings()

    def save_settings(self, settings: Settings) -> None:
        """Store `settings`; failures are logged."""
        try:
            self.storage.set(SETTINGS_KEY, json.dumps(settings.to_dict()))
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
