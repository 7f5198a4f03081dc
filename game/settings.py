"""Player settings (language, text speed and size, contrast, region, sound, read-aloud) with tolerant loading."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

TEXT_SPEEDS: dict[str, float] = {"slow": 18.0, "normal": 36.0, "fast": 72.0, "instant": 0.0}
TEXT_SIZES: dict[str, float] = {"normal": 1.0, "large": 1.15, "largest": 1.3}  # factor on every font size
SPEECH_RATES: dict[str, float] = {"slow": 0.75, "normal": 1.0, "fast": 1.3}  # SpeechSynthesisUtterance.rate
VOLUME_STEPS = (0.25, 0.5, 0.75, 1.0)  # the settings screen's volume buttons; "off" is the sound row's job
LANGUAGES = ("ko", "en")


@dataclass
class Settings:
    """What the player chose; `chars_per_second` of 0 means text appears at once."""

    lang: str = "ko"
    text_speed: str = "normal"
    region: str = "ko-KR"  # whose helplines the story and help screen show
    muted: bool = False
    volume: float = 0.8  # 0..1, for effects and music alike
    reduced_motion: bool = False  # no moving effects: time-restart and pulses show their final picture
    text_size: str = "normal"  # a key of TEXT_SIZES
    high_contrast: bool = False  # black ink on white panels, black edges, a thick focus ring, no veils
    read_aloud: bool = False  # speak lines, choices and quizzes (in the browser)
    speech_rate: str = "normal"  # a key of SPEECH_RATES

    @property
    def chars_per_second(self) -> float:
        """Typewriter speed for the chosen text speed."""
        return TEXT_SPEEDS.get(self.text_speed, TEXT_SPEEDS["normal"])

    @property
    def text_scale(self) -> float:
        """Factor applied to every font size."""
        return TEXT_SIZES.get(self.text_size, 1.0)

    @property
    def speech_rate_value(self) -> float:
        """Speaking rate for the browser's speech synthesis (1.0 = the voice's normal pace)."""
        return SPEECH_RATES.get(self.speech_rate, 1.0)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any, default_lang: str | None = None) -> Settings:
        """Read saved settings, keeping defaults for anything missing or invalid.

        `default_lang` replaces the built-in language when the saved settings name none.
        """
        settings = cls()
        if default_lang in LANGUAGES:
            settings.lang = default_lang
        if not isinstance(data, dict):
            return settings
        if data.get("lang") in LANGUAGES:
            settings.lang = data["lang"]
        if data.get("text_speed") in TEXT_SPEEDS:
            settings.text_speed = data["text_speed"]
        if data.get("text_size") in TEXT_SIZES:
            settings.text_size = data["text_size"]
        if data.get("speech_rate") in SPEECH_RATES:
            settings.speech_rate = data["speech_rate"]
        if isinstance(data.get("region"), str):
            settings.region = data["region"]
        for flag in ("muted", "reduced_motion", "high_contrast", "read_aloud"):
            if isinstance(data.get(flag), bool):
                setattr(settings, flag, data[flag])
        volume = data.get("volume")
        if isinstance(volume, int | float) and not isinstance(volume, bool) and math.isfinite(volume):
            settings.volume = min(1.0, max(0.0, float(volume)))
        return settings
