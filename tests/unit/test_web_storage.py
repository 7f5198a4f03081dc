"""Browser saves go through a fake `window.localStorage`, exactly as the page's JS object behaves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.browser import PREFIX, BrowserStorage
from game.save import GAME_KEY, Saves
from game.state import PlayState

ROOT = Path(__file__).resolve().parents[2]


class FakeLocalStorage:
    """Mimics the Web Storage API: string values, `null` for a missing key, optional quota errors."""

    def __init__(self, quota: int | None = None) -> None:
        self.items: dict[str, str] = {}
        self.quota = quota

    def getItem(self, key):
        return self.items.get(key)

    def setItem(self, key, value):
        if self.quota is not None and len(value) > self.quota:
            raise RuntimeError("QuotaExceededError")
        self.items[key] = str(value)

    def removeItem(self, key):
        self.items.pop(key, None)


class FakeWindow:
    def __init__(self, storage: FakeLocalStorage) -> None:
        self.localStorage = storage


def test_saved_game_round_trips_through_local_storage():
    """A game saved in the browser comes back identical, under a namespaced key."""
    local = FakeLocalStorage()
    saves = Saves(BrowserStorage(FakeWindow(local)))
    state = PlayState(step_id="one.hello", variables={"courage": 2}, badges=["b1"])
    saves.save_game(state)
    assert json.loads(local.items[PREFIX + GAME_KEY])["step_id"] == "one.hello"
    assert saves.load_game() == state


def test_missing_key_and_the_string_null_both_mean_no_save():
    """`getItem` gives null for a missing key (some bridges say "null"): no save, no crash."""
    local = FakeLocalStorage()
    storage = BrowserStorage(FakeWindow(local))
    assert storage.get("nothing") is None
    local.items[PREFIX + "nothing"] = "null"
    assert storage.get("nothing") is None


def test_a_full_local_storage_is_reported_and_the_game_goes_on():
    """A quota error while saving is logged by Saves, never raised into the game."""
    saves = Saves(BrowserStorage(FakeWindow(FakeLocalStorage(quota=10))))
    saves.save_game(PlayState(step_id="one.hello"))
    assert saves.load_game() is None


def test_delete_removes_the_save():
    """Starting over clears the browser save."""
    local = FakeLocalStorage()
    saves = Saves(BrowserStorage(FakeWindow(local)))
    saves.save_game(PlayState(step_id="one.hello"))
    saves.clear_game()
    assert local.items == {}


def test_only_the_browser_module_touches_the_browser_window():
    """`platform.window` appears in no other runtime module."""
    users = [p.relative_to(ROOT).as_posix() for p in [*ROOT.glob("game/**/*.py"), *ROOT.glob("scenes/**/*.py")]
             if "platform.window" in p.read_text(encoding="utf-8")]
    assert users == ["game/browser.py"]


@pytest.mark.parametrize("value", ['{"version": 1, "step_id": 3}', "not json", ""])
def test_damaged_browser_save_gives_a_fresh_start(value):
    """Whatever is in localStorage, loading never crashes."""
    local = FakeLocalStorage()
    local.items[PREFIX + GAME_KEY] = value
    assert Saves(BrowserStorage(FakeWindow(local))).load_game() is None


class FakeEvalWindow:
    """A page `window` that records what Python asks it to evaluate."""

    def __init__(self, fail: bool = False) -> None:
        self.sources: list[str] = []
        self.fail = fail

    def eval(self, source):
        if self.fail:
            raise RuntimeError("JsException")
        self.sources.append(source)


def test_download_png_defines_the_helper_and_passes_base64_png_data():
    """The download helper is defined (guarded, so only once per page) and called with the name and base64 data."""
    import base64

    from game.browser import DOWNLOAD_JS, download_png

    png = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
    window = FakeEvalWindow()
    download_png("certificate-2025-05-04.png", png, window=window)
    assert window.sources[0] == DOWNLOAD_JS and "if (window.timeStoppedDownload) { return; }" in DOWNLOAD_JS
    name = json.dumps("certificate-2025-05-04.png")
    data = json.dumps(base64.b64encode(png).decode("ascii"))
    assert window.sources[1] == f"window.timeStoppedDownload({name}, {data});"
    assert base64.b64decode(json.loads(data)) == png


def test_a_refused_download_is_an_oserror_for_a_kind_message():
    """A page that refuses (or no page at all) raises OSError, which the certificate turns into a kind line."""
    from game.browser import download_png

    with pytest.raises(OSError):
        download_png("x.png", b"png", window=FakeEvalWindow(fail=True))
    with pytest.raises(OSError):
        download_png("x.png", b"png")  # not in a browser: no window


class UndefinedPlaceholder:
    """Like pygbag's `undefined` (cpythonrc.py lines 28-40): falsy, empty, printed as "∅"."""

    def __bool__(self):
        return False

    def __len__(self):
        return 0

    def __repr__(self):
        return "∅"


@pytest.mark.parametrize("missing", [None, UndefinedPlaceholder(), "undefined"])
def test_a_missing_key_is_no_save_however_the_bridge_spells_it(missing):
    """First visit: whatever stands for JS null, there is no save and no "damaged save" notice."""
    local = FakeLocalStorage()
    local.getItem = lambda key: local.items.get(key, missing)
    saves = Saves(BrowserStorage(FakeWindow(local)))
    assert saves.load_game() is None and saves.notice is None
    assert saves.load_settings().lang == "ko"


class ThrowingLocalStorage(FakeLocalStorage):
    """Storage switched off: every call throws, as a SecurityError does through the bridge."""

    def getItem(self, key):
        raise RuntimeError("SecurityError")

    setItem = removeItem = getItem


def test_storage_that_throws_is_told_once_and_the_game_goes_on():
    """Reads give nothing, writes are refused quietly, and the player is told exactly once."""
    saves = Saves(BrowserStorage(FakeWindow(ThrowingLocalStorage())))
    assert saves.load_game() is None
    saves.save_game(PlayState(step_id="one.hello"))
    assert saves.take_storage_notice() is True
    saves.save_game(PlayState(step_id="one.hello"))
    assert saves.take_storage_notice() is False


def test_a_full_storage_is_told_once():
    """A quota error on the first save shows the notice once; working storage never shows it."""
    full = Saves(BrowserStorage(FakeWindow(FakeLocalStorage(quota=10))))
    assert full.take_storage_notice() is False
    full.save_game(PlayState(step_id="one.hello"))
    assert [full.take_storage_notice(), full.take_storage_notice()] == [True, False]
    fine = Saves(BrowserStorage(FakeWindow(FakeLocalStorage())))
    fine.save_game(PlayState(step_id="one.hello"))
    assert fine.take_storage_notice() is False


class FakeDocumentWindow:
    def __init__(self, lang):
        self.document = type("Doc", (), {"documentElement": type("Html", (), {"lang": lang})()})()


@pytest.mark.parametrize(("lang", "expected"), [("en", "en"), ("ko-KR", "ko"), ("EN-gb", "en"), ("", None),
                                                (None, None), (UndefinedPlaceholder(), None)])
def test_page_language_reads_the_html_lang_attribute(lang, expected):
    """`<html lang>` as the bridge gives it becomes the game's language code, or None when there is none."""
    from game.browser import page_language

    assert page_language(FakeDocumentWindow(lang)) == expected


def test_the_page_language_is_a_default_the_players_choice_overrides():
    """The English page starts in English; settings a child saved on this device still win."""
    local = FakeLocalStorage()
    saves = Saves(BrowserStorage(FakeWindow(local)))
    assert saves.load_settings(lang="en").lang == "en"
    chosen = saves.load_settings(lang="en")
    chosen.lang = "ko"
    saves.save_settings(chosen)
    assert saves.load_settings(lang="en").lang == "ko"
    assert saves.load_settings(lang="fr").lang == "ko"  # not a language of the game: ignored
