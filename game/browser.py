"""Everything that talks to the web page's JavaScript (`platform.window`): localStorage, read-aloud, downloads."""

from __future__ import annotations

import base64
import json
import logging
import sys
from typing import Any, Protocol

log = logging.getLogger(__name__)

UNDEFINED_REPR = chr(0x2205)  # how the runtime's `undefined` prints ("∅"; not a literal: the font has no such glyph)
PREFIX = "time-stopped/"  # keys are namespaced: several games may share a school's web server
VOICE_LANGS = {"ko": "ko-KR", "en": "en-US"}

# Defined once per page. Chrome drops an utterance spoken in the same tick as `cancel()`, so speaking waits a
# moment, and only the newest request is spoken. Voices load late on some browsers: pick one when speaking.
SPEECH_JS = """
(function () {
  if (window.timeStoppedSpeech) { return; }
  var newest = 0;
  function voiceFor(synth, lang) {
    var voices = synth.getVoices ? synth.getVoices() : [];
    var prefix = lang.slice(0, 2).toLowerCase();
    var near = null;
    for (var i = 0; i < voices.length; i++) {
      var code = (voices[i].lang || "").replace("_", "-").toLowerCase();
      if (code === lang.toLowerCase()) { return voices[i]; }
      if (near === null && code.indexOf(prefix) === 0) { near = voices[i]; }
    }
    return near;
  }
  window.timeStoppedSpeech = {
    say: function (text, lang, rate) {
      var synth = window.speechSynthesis;
      if (!synth || !window.SpeechSynthesisUtterance) { return; }
      synth.cancel();
      var mine = ++newest;
      var utterance = new window.SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.rate = rate;
      var voice = voiceFor(synth, lang);
      if (voice) { utterance.voice = voice; }
      setTimeout(function () { if (mine === newest) { synth.speak(utterance); } }, 60);
    },
    stop: function () {
      newest++;
      if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
    }
  };
})();
"""

# Defined once per page: a hidden <a download> with a data: URL, clicked, then removed.
DOWNLOAD_JS = """
(function () {
  if (window.timeStoppedDownload) { return; }
  window.timeStoppedDownload = function (name, data, mime) {
    var link = document.createElement("a");
    link.href = "data:" + (mime || "image/png") + ";base64," + data;
    link.download = name;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  };
})();
"""


def in_browser() -> bool:
    """Whether this is pygbag's CPython in a web page."""
    return sys.platform == "emscripten"


def page_window() -> Any | None:
    """The page's JS `window` in the browser; None on desktop and in tests."""
    if not in_browser():
        return None
    try:
        import platform  # in pygbag's CPython this module exposes the page's JS `window`

        return platform.window  # type: ignore[attr-defined]
    except Exception:  # no bridge: behave as on desktop
        return None


class BrowserStorage:
    """A `Storage` over the page's `window.localStorage`; failures (private mode, full) are logged, not raised."""

    def __init__(self, window: Any | None = None) -> None:
        window = window if window is not None else page_window()
        if window is None:
            raise RuntimeError("no browser window: localStorage is only there in the web build")
        # Reading window.localStorage itself throws (SecurityError) where the browser forbids storage.
        self.local = window.localStorage
        self.trouble = False  # set once reading or writing failed: the game says so once and plays on

    def get(self, key: str) -> str | None:
        try:
            value = self.local.getItem(PREFIX + key)
        except Exception as exc:  # the JS bridge raises its own error types
            self._failed("read", exc)
            return None
        return stored_text(value)

    def set(self, key: str, value: str) -> None:
        try:
            self.local.setItem(PREFIX + key, value)
        except Exception as exc:  # QuotaExceededError when full, SecurityError when storage is switched off
            self._failed("write", exc)
            raise OSError(f"localStorage write failed: {exc}") from exc

    def delete(self, key: str) -> None:
        try:
            self.local.removeItem(PREFIX + key)
        except Exception as exc:
            self._failed("delete", exc)

    def _failed(self, what: str, exc: Exception) -> None:
        if not self.trouble:
            log.warning("localStorage %s failed: %s", what, exc)
        self.trouble = True


def stored_text(value: object) -> str | None:
    """What `localStorage.getItem` gave, as text, or None for a missing key.

    A missing key is JS `null`. How it reaches Python depends on the runtime's bridge: None, the runtime's
    `undefined` placeholder (cpythonrc.py defines it as a falsy object that prints as "∅"), or a string such as
    "null"; none of them is a save, so none may read as a damaged one.
    """
    if isinstance(value, str):
        return None if value in ("null", "undefined") else value
    if value is None or not value:
        return None
    text = str(value)
    return None if text in ("null", "undefined", UNDEFINED_REPR, "") else text


def page_language(window: Any | None = None) -> str | None:
    """The language the page is written in (`<html lang>`, e.g. "en" or "ko-KR" → "en"/"ko"), if it says one."""
    window = window if window is not None else page_window()
    if window is None:
        return None
    try:
        value = stored_text(window.document.documentElement.lang)
    except Exception:  # a bridge without the DOM: the game's own default applies
        return None
    return value.split("-")[0].strip().lower() if value else None


def tell_page_failed(message: str, window: Any | None = None) -> None:
    """Show the page's failure card for the "starting" stage with `message` (build/template.html `bootFailed`)."""
    window = window if window is not None else page_window()
    if window is None:
        return
    try:
        window.bootFailed("starting", message)
    except Exception as exc:  # the canvas still shows the message
        log.warning("could not tell the page the game failed: %s", exc)


def tell_page_started(window: Any | None = None) -> None:
    """Tell the page (build/template.html `gameStarted`) that the first frame is on the canvas."""
    window = window if window is not None else page_window()
    if window is None:
        return
    try:
        window.gameStarted()
    except Exception as exc:  # a page without the hook (another template): nothing to hide
        log.warning("could not tell the page the game started: %s", exc)


class SpeechSettings(Protocol):
    """What `Speech` reads from the settings (satisfied by `game.settings.Settings`)."""

    lang: str

    @property
    def speech_rate_value(self) -> float:
        """Speaking rate, 1.0 = normal."""


class Speech:
    """Reads text aloud with the browser's `speechSynthesis`; a silent no-op on desktop or without the API.

    Each `say` cancels what is being spoken, so the voice always matches the screen.
    """

    def __init__(self, settings: SpeechSettings, window: Any | None = None) -> None:
        self.settings = settings
        self._window = window if window is not None else page_window()
        self._failed = False
        self.available = False  # the helper is defined in the page (the browser may still lack voices)
        if self._window is not None:
            try:
                self._window.eval(SPEECH_JS)
                self.available = True
            except Exception as exc:  # a page without eval or a broken bridge: play on without a voice
                log.warning("read-aloud is not available: %s", exc)

    def say(self, text: str) -> None:
        """Speak `text` in the player's language and chosen rate, stopping whatever was being spoken."""
        text = " ".join(text.split())
        if not self.available or not text:
            return
        lang = VOICE_LANGS.get(self.settings.lang, "en-US")
        rate = max(0.5, min(2.0, float(self.settings.speech_rate_value)))
        self._run(f"window.timeStoppedSpeech.say({json.dumps(text)}, {json.dumps(lang)}, {rate:.2f});")

    def stop(self) -> None:
        """Stop speaking at once (e.g. when read-aloud is turned off)."""
        if self.available:
            self._run("window.timeStoppedSpeech.stop();")

    def _run(self, source: str) -> None:
        assert self._window is not None
        try:
            self._window.eval(source)
        except Exception as exc:  # speech must never stop the game
            if not self._failed:
                self._failed = True
                log.warning("read-aloud failed: %s", exc)


def download_png(filename: str, png_bytes: bytes, window: Any | None = None) -> None:
    """Offer `png_bytes` to the player as a download named `filename` (the page's own download prompt).

    Args:
        filename: the name the browser suggests, e.g. "certificate-2025-05-04.png".
        png_bytes: a whole PNG file.
        window: the page's `window` (tests pass a fake); by default the real one.

    Raises:
        OSError: there is no page, or the page refused (the caller shows a kind message).
    """
    window = window if window is not None else page_window()
    if window is None:
        raise OSError("no browser window: downloads only work in the web build")
    data = base64.b64encode(png_bytes).decode("ascii")
    try:
        window.eval(DOWNLOAD_JS)
        window.eval(f"window.timeStoppedDownload({json.dumps(filename)}, {json.dumps(data)});")
    except Exception as exc:  # the JS bridge raises its own error types
        raise OSError(f"download failed: {exc}") from exc


def download_text(filename: str, text: str, mime: str = "text/csv", window: Any | None = None) -> None:
    """Offer `text` (UTF-8, with a byte-order mark so spreadsheet programs read Korean) as a download.

    Raises:
        OSError: there is no page, or the page refused.
    """
    window = window if window is not None else page_window()
    if window is None:
        raise OSError("no browser window: downloads only work in the web build")
    data = base64.b64encode(("\ufeff" + text).encode("utf-8")).decode("ascii")
    try:
        window.eval(DOWNLOAD_JS)
        window.eval(f"window.timeStoppedDownload({json.dumps(filename)}, {json.dumps(data)}, {json.dumps(mime)});")
    except Exception as exc:  # the JS bridge raises its own error types
        raise OSError(f"download failed: {exc}") from exc
