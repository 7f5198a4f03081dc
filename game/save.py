"""Saved games and settings on a key-value storage backend (files on desktop, memory in tests).

A save that cannot be used is never lost and never crashes the game:

- damaged, cut off, foreign or newer saves are refused with a notice for the title screen
  (`Saves.notice`: "damaged-save", "newer-save", or "restored-backup" when an older copy was used);
- before the game may overwrite it, the refused text is copied to the key `<key>.damaged`
  (`<key>.damaged.json` on desktop), so a grown-up can still rescue it;
- on desktop every write is atomic (temp file, fsync, rename) and the previous save stays as
  `<key>.json.bak`, which `Saves.load_game` falls back to when the main file is missing or unreadable;
- the backup only ever receives a save that loaded or that this game wrote: while the main file holds
  something that did not load, the next save replaces it without touching the backup, so recovering
  from a damaged save never copies the damage over the last good state.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Protocol, runtime_checkable

from game.settings import Settings
from game.state import NewerSaveError, PlayState, StateError

log = logging.getLogger(__name__)

GAME_KEY = "time-stopped.save"
SETTINGS_KEY = "time-stopped.settings"
DAMAGED_SUFFIX = ".damaged"  # a refused save is copied to GAME_KEY + DAMAGED_SUFFIX before anything overwrites it


class Storage(Protocol):
    """A tiny key → text store."""

    def get(self, key: str) -> str | None:
        """The stored text, or None."""

    def set(self, key: str, value: str) -> None:
        """Store `value` under `key`."""

    def delete(self, key: str) -> None:
        """Remove `key` if present."""


@runtime_checkable
class BackupStorage(Storage, Protocol):
    """A store that keeps the previous value of each key when it is overwritten."""

    def get_backup(self, key: str) -> str | None:
        """The value `key` had before its last `set`, or None."""

    def set_keeping_backup(self, key: str, value: str) -> None:
        """Store `value` under `key` but leave the backup as it is (the current value is not worth keeping)."""


class MemoryStorage:
    """Keeps everything in a dict; for tests and as a fallback when nothing else works.

    `trouble` marks the fallback for a browser that refuses storage: the game tells the player once.
    """

    def __init__(self, trouble: bool = False) -> None:
        self.data: dict[str, str] = {}
        self.trouble = trouble

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

    def backup_path(self, key: str) -> Path:
        """Where the previous value of `key` is kept."""
        return self.folder / f"{key}.json.bak"

    def get(self, key: str) -> str | None:
        return _read_text(self._path(key))

    def get_backup(self, key: str) -> str | None:
        return _read_text(self.backup_path(key))

    def set(self, key: str, value: str) -> None:
        """Write `value` so that a crash at any moment leaves the old or the new file, never half of one.

        The new text goes to a temp file that is flushed to disk first; the current file becomes the .bak;
        then the temp file takes its name. Should the game stop between the two renames, the main file is
        missing and `Saves.load_game` reads the .bak.

        Raises:
            OSError: the folder or a file could not be written (the old save is then still in place).
        """
        path = self._path(key)
        temp = self._write_temp(key, value)
        if path.exists():
            os.replace(path, self.backup_path(key))
        os.replace(temp, path)
        _sync_folder(self.folder)

    def set_keeping_backup(self, key: str, value: str) -> None:
        """Write `value` atomically over the main file, leaving the .bak untouched.

        Raises:
            OSError: as `set` (the old main file is then still in place).
        """
        temp = self._write_temp(key, value)
        os.replace(temp, self._path(key))
        _sync_folder(self.folder)

    def _write_temp(self, key: str, value: str) -> Path:
        """`value` in a temp file beside the save, flushed to disk; no temp file is left if that fails."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temp = self.folder / f"{key}.json.tmp"
        try:
            with temp.open("wb") as file:
                # surrogateescape: a damaged file read with undecodable bytes is copied back byte for byte
                file.write(value.encode("utf-8", errors="surrogateescape"))
                file.flush()
                os.fsync(file.fileno())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return temp

    def delete(self, key: str) -> None:
        """Remove `key` and its backup (starting over must not bring the old game back)."""
        self._path(key).unlink(missing_ok=True)
        self.backup_path(key).unlink(missing_ok=True)


def _read_text(path: Path) -> str | None:
    """A file's text, or None if it cannot be read; bytes that are not UTF-8 survive as surrogate escapes."""
    try:
        return path.read_bytes().decode("utf-8", errors="surrogateescape")
    except OSError:
        return None


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry too, so the rename itself survives a power cut (POSIX only; best effort)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def default_save_folder() -> Path:
    """Where desktop saves live: $TIME_STOPPED_HOME, else the user's data folder."""
    override = os.environ.get("TIME_STOPPED_HOME")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "time-stopped"


def parse_game(text: str) -> PlayState:
    """Read saved-game text strictly.

    Raises:
        NewerSaveError: the save comes from a newer version of the game.
        StateError: the text is not a save this game can use (wrapping bad JSON and bad text too).
    """
    try:
        text.encode("utf-8")  # lone surrogates: bytes that were never UTF-8, or a broken JS string
        state = PlayState.from_dict(json.loads(text))
        _dump_game(state).encode("utf-8")  # what cannot be saved again must not be loaded either
    except (ValueError, RecursionError) as exc:  # bad JSON or text (UnicodeError is a ValueError), deep nesting
        raise StateError(f"saved game is not readable JSON text: {exc!s:.200}") from exc
    return state


def _dump_game(state: PlayState) -> str:
    return json.dumps(state.to_dict(), ensure_ascii=False)


class Saves:
    """Load and store the one saved game and the settings; damaged data never crashes the game."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.notice: str | None = None  # the last load's message for the title screen (a key in game.ui.strings)
        self._write_failed = False
        self._told_storage = False
        # Whether the main save holds a save that loaded or that we wrote (None: not looked at yet). Only such
        # a save may become the backup when the next one is written.
        self._main_good: bool | None = None

    def load_game(self) -> PlayState | None:
        """The saved game, or None if there is none or it cannot be read (see `notice` for why).

        A main save that cannot be used is copied to `<key>.damaged` first; then the backup, if the storage
        keeps one, is tried. A save from a newer game is not replaced by an older backup.
        """
        self.notice = None
        text = self.storage.get(GAME_KEY)
        problem: StateError | None = None
        self._main_good = text is None  # nothing there: nothing to keep
        if text is not None:
            try:
                state = parse_game(text)
            except StateError as exc:
                log.warning("ignoring a saved game that cannot be read: %s", exc)
                problem = exc
                self._keep_damaged(text)
            else:
                self._main_good = True
                return state
            if isinstance(problem, NewerSaveError):
                self.notice = "newer-save"
                return None
        restored = self._load_backup()
        if restored is not None:
            self.notice = "restored-backup"
            return restored
        if problem is not None:
            self.notice = "damaged-save"
        return None

    def _load_backup(self) -> PlayState | None:
        if not isinstance(self.storage, BackupStorage):
            return None
        text = self.storage.get_backup(GAME_KEY)
        if text is None:
            return None
        try:
            state = parse_game(text)
        except StateError as exc:
            log.warning("the backup save cannot be read either: %s", exc)
            return None
        log.warning("using the backup save")
        return state

    def _keep_damaged(self, text: str) -> None:
        """Copy a refused save aside once, so overwriting the main save later loses nothing."""
        key = GAME_KEY + DAMAGED_SUFFIX
        try:
            if self.storage.get(key) != text:
                self.storage.set(key, text)
        except (OSError, ValueError) as exc:
            log.warning("could not keep a copy of the unreadable save: %s", exc)

    def has_game(self) -> bool:
        """Whether a readable saved game exists."""
        return self.load_game() is not None

    def save_game(self, state: PlayState) -> None:
        """Store `state`; a storage failure is logged, never raised into the game.

        The save being replaced becomes the backup only if it is a good one; otherwise the backup (the last
        good state) stays.
        """
        storage = self.storage
        if self._main_good is None:
            self._main_good = self._main_loads()
        try:
            if self._main_good or not isinstance(storage, BackupStorage):
                storage.set(GAME_KEY, _dump_game(state))
            else:
                storage.set_keeping_backup(GAME_KEY, _dump_game(state))
        except (OSError, ValueError) as exc:
            log.warning("could not save the game: %s", exc)
            self._write_failed = True
            self._main_good = None  # a write cut short: look again before the next one
        else:
            self._main_good = True

    def _main_loads(self) -> bool:
        """Whether the main save now is missing or one this game can load (checked once per session)."""
        text = self.storage.get(GAME_KEY)
        if text is None:
            return True
        try:
            parse_game(text)
        except StateError:
            self._keep_damaged(text)
            return False
        return True

    def clear_game(self) -> None:
        """Forget the saved game (for starting over); a kept damaged copy stays."""
        self.storage.delete(GAME_KEY)
        self._main_good = True

    def load_settings(self, lang: str | None = None) -> Settings:
        """Saved settings, or defaults; `lang` (e.g. the web page's language) is used unless the player chose one."""
        text = self.storage.get(SETTINGS_KEY)
        try:
            data = json.loads(text) if text else {}
        except (ValueError, RecursionError):
            data = {}
        return Settings.from_dict(data, default_lang=lang)

    def save_settings(self, settings: Settings) -> None:
        """Store `settings`; failures are logged."""
        try:
            self.storage.set(SETTINGS_KEY, json.dumps(settings.to_dict()))
        except (OSError, ValueError) as exc:
            log.warning("could not save settings: %s", exc)
            self._write_failed = True

    def take_storage_notice(self) -> bool:
        """True once, the first time this device turned out not to keep saves (a browser's storage off or full)."""
        if self._told_storage:
            return False
        if self._write_failed or getattr(self.storage, "trouble", False):
            self._told_storage = True
            return True
        return False
