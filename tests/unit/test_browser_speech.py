"""Read-aloud goes through a fake page `window`: the helper is defined once, text is passed as JSON."""

from __future__ import annotations

import json
import re

from game.browser import SPEECH_JS, Speech
from game.settings import Settings

CALL = re.compile(r"^window\.timeStoppedSpeech\.say\((.*)\);$", re.DOTALL)


class FakeWindow:
    """Records every piece of JavaScript given to `eval`; can be told to fail like a broken bridge."""

    def __init__(self, fail: bool = False) -> None:
        self.evaluated: list[str] = []
        self.fail = fail

    def eval(self, source: str) -> None:
        if self.fail and source != SPEECH_JS:
            raise RuntimeError("JsException: speechSynthesis is broken")
        self.evaluated.append(source)


def spoken(window: FakeWindow) -> list[list[object]]:
    """The (text, lang, rate) arguments of every `say` call, decoded as JavaScript would read them."""
    calls = []
    for source in window.evaluated:
        match = CALL.match(source)
        if match:
            calls.append(json.loads(f"[{match.group(1)}]"))
    return calls


def test_the_helper_is_defined_once_when_speech_starts():
    """Creating the service evaluates the helper script exactly once, before anything is said."""
    window = FakeWindow()
    speech = Speech(Settings(), window)
    speech.say("안녕")
    speech.say("또 안녕")
    assert window.evaluated.count(SPEECH_JS) == 1
    assert window.evaluated[0] == SPEECH_JS
    assert speech.available


def test_text_is_passed_as_json_with_the_players_language_and_rate():
    """Quotes, backslashes and line breaks arrive intact; Korean speaks as ko-KR at the chosen rate."""
    window = FakeWindow()
    settings = Settings(lang="ko", speech_rate="slow")
    Speech(settings, window).say('그가 "안녕\\" 했어요.\n</script> \'끝\'')
    assert spoken(window) == [['그가 "안녕\\" 했어요. </script> \'끝\'', "ko-KR", 0.75]]


def test_english_speaks_as_en_us_and_follows_setting_changes():
    """The language and rate are read when speaking, so changing settings changes the next utterance."""
    window = FakeWindow()
    settings = Settings(lang="ko")
    speech = Speech(settings, window)
    settings.lang, settings.speech_rate = "en", "fast"
    speech.say("Hello!")
    assert spoken(window) == [["Hello!", "en-US", 1.3]]


def test_the_helper_cancels_before_speaking():
    """The page helper cancels the previous utterance first, and only the newest request is spoken."""
    assert SPEECH_JS.index("synth.cancel()") < SPEECH_JS.index("synth.speak(utterance)")
    assert "mine === newest" in SPEECH_JS


def test_empty_text_says_nothing():
    """Blank text never reaches the page."""
    window = FakeWindow()
    Speech(Settings(), window).say("  \n ")
    assert spoken(window) == []


def test_stop_cancels_speech():
    """Turning read-aloud off stops the voice at once."""
    window = FakeWindow()
    Speech(Settings(), window).stop()
    assert window.evaluated[-1] == "window.timeStoppedSpeech.stop();"


def test_speech_is_a_silent_no_op_outside_the_browser():
    """On desktop (and in tests) there is no page: nothing is available and saying things does nothing."""
    speech = Speech(Settings())
    assert not speech.available
    speech.say("아무도 듣지 않아요")
    speech.stop()


def test_a_failing_bridge_never_stops_the_game(caplog):
    """If the page refuses the call, the failure is logged once and the game goes on."""
    window = FakeWindow(fail=True)
    speech = Speech(Settings(), window)
    speech.say("하나")
    speech.say("둘")
    assert [r.message for r in caplog.records if "read-aloud failed" in r.message] != []
    assert len([r for r in caplog.records if "read-aloud failed" in r.message]) == 1


def test_new_settings_round_trip_and_bad_values_keep_defaults():
    """Text size, contrast, read-aloud and rate are saved; unknown values fall back to the defaults."""
    chosen = Settings(text_size="largest", high_contrast=True, read_aloud=True, speech_rate="fast", volume=0.5,
                      region="en-GB")
    assert Settings.from_dict(json.loads(json.dumps(chosen.to_dict()))) == chosen
    damaged = Settings.from_dict({"text_size": "huge", "high_contrast": "yes", "read_aloud": 1,
                                  "speech_rate": 9, "volume": "loud"})
    assert damaged == Settings()
    assert chosen.text_scale == 1.3 and Settings().text_scale == 1.0
