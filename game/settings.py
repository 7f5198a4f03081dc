"""Player settings (language, text speed, region, sound) with tolerant loading from saved JSON."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

TEXT_SPEEDS: dict[str, float] = {"slow": 18.0, "normal": 36.0, "fast": 72.0, "instant": 0.0}
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

    @property
    def chars_per_second(self) -> float:
        """Typewriter speed for the chosen text speed."""
        return TEXT_SPEEDS.get(self.text_speed, TEXT_SPEEDS["normal"])

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Settings:
        """Read saved settings, keeping defaults for anything missing or invalid."""
        settings = cls()
        if not isinstance(data, dict):
            return settings
        if data.get("lang") in LANGUAGES:
            settings.lang = data["lang"]
        if data.get("text_speed") in TEXT_SPEEDS:
            settings.text_speed = data["text_speed"]
        if isinstance(data.get("region"), str):
            settings.region = data["region"]
        if isinstance(data.get("muted"), bool):
            settings.muted = data["muted"]
        if isinstance(data.get("reduced_motion"), bool):
            settings.reduced_motion = data["reduced_motion"]
        volume = data.get("volume")
        if isinstance(volume, int | float) and not isinstance(volume, bool) and math.isfinite(volume):
            settings.volume = min(1.0, max(0.0, float(volume)))
        return settings
