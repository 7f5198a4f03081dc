"""The `Audio` service: effects and music loops from assets/sounds, silent until the first input, never fatal."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

import pygame

log = logging.getLogger(__name__)

SOUND_DIR = Path(__file__).resolve().parent.parent / "assets" / "sounds"
EFFECTS = ("click", "right", "try-again", "piece", "unfreeze", "page")
LOOPS = ("loop-keepers", "loop-town")
MUSIC_FADE_MS = 1200
MUSIC_CHANNELS = (0, 1)  # reserved for music; loops alternate between them so one fades out as the next fades in


class SoundSettings(Protocol):
    """The two settings `Audio` reads (satisfied by `game.settings.Settings`)."""

    muted: bool
    volume: float


class Audio:
    """Plays effects and one music loop by name.

    Browsers allow sound only after a user gesture, so nothing is initialised or played before `unlock()`.
    Missing files, unreadable files and a missing audio device are logged once each, then stay silent.
    `played` records every effect that was asked for while sound was unlocked and on, for tests.
    """

    def __init__(self, settings: SoundSettings, folder: Path = SOUND_DIR) -> None:
        self.settings = settings
        self.folder = folder
        self.unlocked = False
        self.available = False  # a mixer is running
        self.played: list[str] = []
        self.current_music: str | None = None  # the loop the game wants (remembered while locked or muted)
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._music_channel: pygame.mixer.Channel | None = None
        self.music_playing: str | None = None  # the loop actually sounding now
        self._next_channel = 0
        self._logged: set[str] = set()

    def unlock(self) -> None:
        """Start the mixer after the player's first input and begin the wanted loop; later calls do nothing."""
        if self.unlocked:
            return
        self.unlocked = True
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init()
            pygame.mixer.set_reserved(len(MUSIC_CHANNELS))
            self.available = True
        except Exception as exc:  # no device, no mixer module in this build: play on in silence
            self._log_once("device", "no sound: the audio device could not be opened (%s)", exc)
            return
        self.refresh()

    def play(self, name: str) -> None:
        """Play the effect `name` once (nothing before `unlock()` or while muted)."""
        if not self.unlocked or self.settings.muted:
            return
        self.played.append(name)
        sound = self._sound(name) if self.available else None
        if sound is None:
            return
        try:
            sound.set_volume(self._volume())
            sound.play()
        except Exception as exc:  # a mixer error must never stop the game
            self._log_once(f"play:{name}", "could not play sound %r: %s", name, exc)

    def music(self, name: str | None) -> None:
        """Switch to the loop `name` (None: silence), fading out the old one and fading in the new one."""
        if name == self.current_music:
            return
        self.current_music = name
        self.refresh()

    def refresh(self) -> None:
        """Apply the current settings (muted, volume) to the music; call after they change."""
        if not self.available:
            return
        wanted = None if self.settings.muted else self.current_music
        try:
            if wanted != self.music_playing:
                self._fade_out_music()
                if wanted is not None:
                    self._start_music(wanted)
            if self._music_channel is not None:
                self._music_channel.set_volume(self._volume())
        except Exception as exc:  # a mixer error must never stop the game
            self._log_once("music", "could not change the music: %s", exc)

    def _start_music(self, name: str) -> None:
        sound = self._sound(name)
        if sound is None:
            return
        channel = pygame.mixer.Channel(MUSIC_CHANNELS[self._next_channel])
        self._next_channel = (self._next_channel + 1) % len(MUSIC_CHANNELS)
        channel.set_volume(self._volume())
        channel.play(sound, loops=-1, fade_ms=MUSIC_FADE_MS)
        self._music_channel = channel
        self.music_playing = name

    def _fade_out_music(self) -> None:
        if self._music_channel is not None:
            self._music_channel.fadeout(MUSIC_FADE_MS)
        self._music_channel = None
        self.music_playing = None

    def _volume(self) -> float:
        return max(0.0, min(1.0, float(self.settings.volume)))

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        """The loaded sound `name`, loading it on first use; None (logged once) if it cannot be had."""
        if name in self._sounds:
            return self._sounds[name]
        path = self.folder / f"{name}.ogg"
        sound: pygame.mixer.Sound | None = None
        if not path.is_file():
            self._log_once(f"file:{name}", "no sound %r: %s is missing", name, path)
        else:
            try:
                sound = pygame.mixer.Sound(str(path))
            except Exception as exc:  # damaged file or unsupported format: stay silent
                self._log_once(f"file:{name}", "no sound %r: %s could not be read (%s)", name, path, exc)
        self._sounds[name] = sound
        return sound

    def _log_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.warning(message, *args)
