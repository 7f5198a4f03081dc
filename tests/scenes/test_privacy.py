"""Privacy: the game never reaches the network, takes no typed text, and saves nothing about the child."""

from __future__ import annotations

import contextlib
import importlib
import json
import re
import socket
import urllib.request
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.bundle import dump_story
from game.catalog import MINIGAMES
from game.results import PHASES, RESULTS_KEY
from game.save import DAMAGED_SUFFIX, GAME_KEY, SETTINGS_KEY, MemoryStorage, Saves
from game.settings import LANGUAGES, SPEECH_RATES, TEXT_SIZES, TEXT_SPEEDS
from game.state import GAME_TAG
from game.testing import Pilot, play_through
from game.ui.widgets import Widget
from game.webbuild.stage import runtime_sources
from scenes.play import PlayScene
from tests.gamecopy import game_env, run_python
from tests.no_network import NetworkBlocked, network_blocked

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "story"

# -- no network ------------------------------------------------------------------------------------------------


def test_the_network_blocker_blocks_and_records_every_attempt():
    """In the blocker sockets, host lookups, local socket pairs and URLs fail and are recorded; outside they work."""
    attempts_made = [
        lambda: socket.socket(),
        lambda: socket.create_connection(("127.0.0.1", 9), timeout=0.1),
        lambda: socket.getaddrinfo("localhost", 80),
        lambda: socket.gethostbyname("localhost"),
        lambda: socket.socketpair(),
        lambda: urllib.request.urlopen("http://127.0.0.1:9/", timeout=0.1),
    ]
    with network_blocked() as attempts:
        for attempt in attempts_made:
            with pytest.raises(NetworkBlocked):
                attempt()
        with contextlib.suppress(Exception):  # a game that swallows the error is still caught by the record
            socket.socket()
    assert len(attempts) == len(attempts_made) + 1
    socket.socket().close()  # switched off again after the block


def test_a_full_playthrough_makes_no_network_attempt(pilot_for):
    """Compiling the real story and playing it from the title to the ending never tries the network."""
    with network_blocked() as attempts:
        pilot = pilot_for(STORY)
        visited = play_through(pilot)
    assert pilot.app.context.story.step(visited[-1]).kind == "ending"
    assert attempts == []


def test_the_built_game_plays_to_the_end_with_the_network_blocked(built_game, tmp_path):
    """main.py (bundle, file saves, asyncio.run) plays to the ending under an audit hook blocking all network use."""
    # asyncio.run opens one local AF_UNIX socket pair to wake its own loop; local pairs have no address and cannot
    # leave the computer, so this run allows them (the in-process playthrough above blocks even those).
    blocker = ROOT / "tests" / "no_network.py"
    env = game_env(tmp_path / "home", TIME_STOPPED_AUTOPLAY="1")
    result = run_python([str(blocker), "--allow-local", str(built_game / "main.py")], built_game, env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "AUTOPLAY reached finale." in result.stdout
    assert f"with {built_game / 'game'}" in result.stdout
    assert "NETWORK ATTEMPTS: []" in result.stdout


# -- no free text ----------------------------------------------------------------------------------------------

TYPED = [pygame.event.Event(pygame.TEXTEDITING, text="ㅎ", start=0, length=1),
         pygame.event.Event(pygame.TEXTEDITING, text="홍길", start=0, length=2),
         pygame.event.Event(pygame.TEXTINPUT, text="홍길동"),
         pygame.event.Event(pygame.TEXTINPUT, text="h"),  # the help key's letter, typed as text
         pygame.event.Event(pygame.TEXTINPUT, text=" "),
         pygame.event.Event(pygame.TEXTINPUT, text="010-1234-5678\r")]


def _observable(pilot: Pilot, storage: MemoryStorage) -> tuple[object, ...]:
    """Everything typed text could change: scenes, their widgets and focus, the story state, saves, settings."""
    app = pilot.app
    top = app.stack.top
    group = getattr(top, "buttons", None)
    play = pilot.find_scene(PlayScene)
    runner = getattr(play, "runner", None)
    return (tuple(id(s) for s in app.stack.scenes), tuple(w.id for w in top.widgets()) if top else (),
            getattr(group, "focus", None), runner.state.to_dict() if runner else None, dict(storage.data),
            app.context.settings.to_dict(), app.context.audio.unlocked)


class TypingPilot(Pilot):
    """A pilot that, before each key press, types text into every kind of screen it has not yet typed into."""

    def __init__(self, pilot: Pilot, storage: MemoryStorage) -> None:
        super().__init__(pilot.app, pilot.snapshot_dir, pilot.artifact_dir)
        self.storage = storage
        self.seen: set[str] = set()
        self.typed_into: set[str] = set()

    def type_text(self) -> None:
        """Type into the current screen if it sits still for a frame; fail if anything changes."""
        kind = type(self.app.stack.top).__name__
        self.seen.add(kind)
        if kind in self.typed_into:
            return
        before = _observable(self, self.storage)
        self.step()
        if _observable(self, self.storage) != before:
            return  # the screen is moving on by itself (a timed step): try again at its next key press
        self.step(events=TYPED)
        assert _observable(self, self.storage) == before, f"typed text changed {kind} ({self.describe()})"
        self.typed_into.add(kind)

    def press(self, *keys: Any) -> None:
        self.type_text()
        super().press(*keys)

    def click(self, widget_id: str) -> None:
        self.type_text()
        super().click(widget_id)


def test_typed_text_changes_nothing_on_any_screen_of_the_story(pilot_for):
    """TEXTINPUT/TEXTEDITING events on every screen of a real playthrough leave scenes, state and saves alone."""
    storage = MemoryStorage()
    pilot = TypingPilot(pilot_for(STORY, saves=Saves(storage)), storage)
    visited = play_through(pilot)
    assert pilot.app.context.story.step(visited[-1]).kind == "ending"
    assert pilot.seen == pilot.typed_into
    assert {"TitleScene", "DialogueScene", "ChoiceScene", "QuizScene", "CertificateScene"} <= pilot.typed_into


def test_typed_text_changes_nothing_on_help_menu_settings_break_and_results(pilot_for):
    """The screens a playthrough does not open (help, settings, teachers' results, pause menu, break) ignore text."""
    storage = MemoryStorage()
    pilot = TypingPilot(pilot_for(STORY, saves=Saves(storage)), storage)
    pilot.press("help")
    pilot.press("back")
    pilot.click("settings")
    pilot.press("back")
    pilot.click("start")  # the story's first screen
    pilot.press("menu")
    pilot.click("settings")
    pilot.press("back")
    pilot.click("break")
    pilot.press("back")
    pilot.click("title")
    pilot.click("teacher")  # classroom mode shows the results button
    pilot.click("results")
    pilot.press("back")
    pilot.type_text()
    assert {"HelpScene", "MenuScene", "SettingsScene", "BreatheScene", "ResultsScene"} <= pilot.typed_into


REVIEWED_WIDGETS = {"Widget", "Button", "CardButton", "BinButton"}  # each only ever pressed, never typed into
TEXT_FIELD_WORDS = {"input", "entry", "field", "edit", "editable", "caret", "cursor", "typed", "typing", "keyboard",
                    "ime", "composition", "placeholder", "prompt"}


def _words(name: str) -> set[str]:
    """The lower-case words of a snake_case or CamelCase name."""
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", name)}


def test_no_widget_is_a_text_field():
    """Every widget class in the game is a reviewed pressable kind, with no text-entry name or field."""
    for relative in runtime_sources():
        if relative.parts[0] in ("game", "scenes") and relative.name != "__main__.py":
            importlib.import_module(".".join(relative.with_suffix("").parts).removesuffix(".__init__"))
    kinds: list[type] = []
    todo: list[type] = [Widget]
    while todo:
        kind = todo.pop()
        kinds.append(kind)
        todo += kind.__subclasses__()
    assert {k.__name__ for k in kinds} == REVIEWED_WIDGETS
    for kind in kinds:
        names = [kind.__name__, *(n for n in vars(kind) if not n.startswith("__"))]
        assert [n for n in names if _words(n) & TEXT_FIELD_WORDS] == [], kind


# -- nothing personal in the saves -----------------------------------------------------------------------------

STORAGE_KEYS = {GAME_KEY, GAME_KEY + DAMAGED_SUFFIX, SETTINGS_KEY, RESULTS_KEY}
GAME_FIELDS = {"game", "version", "step_id", "intro_pending", "finished", "variables", "visits", "quizzes",
               "badges", "time_pieces", "background", "seed", "at_map", "completed", "replaying", "just_restored",
               "checked", "first_answer", "first_correct", "points", "tries", "trail_start", "trail"}
RESULTS_FIELDS = {"version", "groups", "group", "questions", "correct", "total", "answers"}  # group: a class number
SETTINGS_FIELDS = {"lang", "text_speed", "region", "muted", "volume", "reduced_motion", "text_size",
                   "high_contrast", "read_aloud", "speech_rate"}
PERSONAL_WORDS = {"name", "nickname", "email", "mail", "phone", "tel", "mobile", "address", "birth", "birthday",
                  "born", "age", "school", "class", "grade", "teacher", "gender", "sex", "location", "geo", "gps",
                  "ip", "device", "host", "user", "username", "account", "contact", "photo", "face",
                  "voice", "date", "datetime", "timestamp", "hour", "minute", "created", "updated", "played"}
DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}")
DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
EPOCH_SECONDS = range(946_684_800, 4_102_444_800)  # 2000-01-01 .. 2100-01-01, as seconds or milliseconds


class RecordingStorage(MemoryStorage):
    """Memory storage that also keeps every value ever written, so deleted saves are checked too."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[str, str]] = []

    def set(self, key: str, value: str) -> None:
        self.writes.append((key, value))
        super().set(key, value)


def _walk(value: object, keys: list[str], strings: list[str], numbers: list[tuple[str, float]],
          field: str = "") -> None:
    """Collect every object key, string and number (with the field it sits in) in decoded JSON."""
    if isinstance(value, dict):
        for key, item in value.items():
            keys.append(key)
            _walk(item, keys, strings, numbers, key)
    elif isinstance(value, list):
        for item in value:
            _walk(item, keys, strings, numbers, field)
    elif isinstance(value, str):
        strings.append(value)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        numbers.append((field, value))


def _story_strings(story: Any) -> set[str]:
    """Every string in the compiled story bundle: ids, names, values the story itself can set."""
    found: list[str] = []
    _walk(json.loads(dump_story(story)), found, found, [])
    return set(found)


def _trail_action(text: str, known: set[str]) -> bool:
    """A step of the Back trail: "a", a choice or answer number ("c:1", "q:0"), or a known word ("m:perfect")."""
    kind, colon, argument = text.partition(":")
    if text == "a":
        return True
    results = {result for game in MINIGAMES.values() for result in game.results}
    return bool(colon) and ((kind in "cq" and argument.isdigit()) or (kind in "ok" and argument in known)
                            or (kind == "m" and argument in results))


def _play_and_change_settings(pilot: Pilot) -> None:
    play_through(pilot)
    pilot.click("settings")
    for option in ("lang-en", "size-large", "contrast-high", "speed-instant", "motion-reduced", "tab-sound",
                   "volume-50", "read-on", "rate-slow", "tab-helplines", "region-next"):
        pilot.click(option)
    pilot.click("done")


def test_saves_hold_only_game_fields_and_nothing_about_the_child(pilot_for):
    """Everything written while playing the real story and changing settings is a known game field, nothing personal."""
    # Field names come from an explicit allow-list (none of them personal); every other key and every text is one
    # the compiled story itself contains or a settings choice; no value looks like a time of day or a timestamp.
    storage = RecordingStorage()
    pilot = pilot_for(STORY, saves=Saves(storage))
    _play_and_change_settings(pilot)
    known_strings = (_story_strings(pilot.app.context.story) | set(LANGUAGES) | set(TEXT_SPEEDS) | set(TEXT_SIZES)
                     | set(SPEECH_RATES) | set(PHASES) | {GAME_TAG})
    fields = GAME_FIELDS | SETTINGS_FIELDS | RESULTS_FIELDS
    assert {key for key, _ in storage.writes} == {GAME_KEY, SETTINGS_KEY, RESULTS_KEY}  # all three were written
    assert [f for f in fields if PERSONAL_WORDS & set(f.lower().split("_"))] == []
    for key, text in storage.writes:
        assert key in STORAGE_KEYS
        keys: list[str] = []
        strings: list[str] = []
        numbers: list[tuple[str, float]] = []
        _walk(json.loads(text), keys, strings, numbers)
        assert [k for k in keys if k not in fields and k not in known_strings] == [], key
        assert [s for s in strings if s not in known_strings and not _trail_action(s, known_strings)] == [], key
        assert [s for s in [*keys, *strings] if DATE_LIKE.search(s) and not DAY_ONLY.fullmatch(s)] == [], key
        assert [(f, n) for f, n in numbers
                if f != "seed" and (int(n) in EPOCH_SECONDS or int(n // 1000) in EPOCH_SECONDS)] == [], key
