"""Fill the project's page template (build/template.html) for one language, CDN and region."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urlsplit

from game.placeholders import fill
from game.story import Story

TEMPLATE = Path(__file__).resolve().parents[2] / "build" / "template.html"
FAILURE_TIMEOUT_MS = 45_000  # school networks can be slow; only then say the runtime did not arrive

WORDS = {
    "ko": {"description": "아이들이 학대를 알아차리고 도움을 청하는 법을 배우는 이야기 게임이에요.",
           "loading": "불러오는 중이에요…", "tap": "화면을 눌러 시작해요!"},
    "en": {"description": "A story game where children learn to recognise abuse and how to get help.",
           "loading": "Loading…", "tap": "Tap or click to start!"},
}


def cdn_origin(cdn: str) -> str:
    """The scheme://host[:port] part of the runtime URL, for the Content-Security-Policy."""
    parts = urlsplit(cdn)
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"--cdn must be a full URL like https://example.org/cdn/0.9.3/ (got {cdn!r})")
    return f"{parts.scheme}://{parts.netloc}"


def content_security_policy(cdn: str) -> str:
    """Allow only this site and the runtime host (pythons.js needs eval and WebAssembly)."""
    origin = cdn_origin(cdn)
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval' {origin}",
        f"connect-src 'self' {origin}",
        f"img-src 'self' data: blob: {origin}",
        "style-src 'self' 'unsafe-inline'",
        "font-src 'self' data:",
        "media-src 'self' data: blob:",
        "worker-src 'self' blob:",
        f"frame-src 'self' {origin}",
        "object-src 'none'",
        "base-uri 'self'",
    ])


def render(story: Story, lang: str, cdn: str, template: Path = TEMPLATE) -> str:
    """The template with this build's language, titles, CSP and help numbers; pygbag fills the rest."""
    other = "en" if lang == "ko" else "ko"
    region = story.regions.get(story.default_region)
    help_ko = fill("{report}({report.name})에 전화하거나, {talk}에 걱정을 이야기할 수 있어요.", region, "ko")
    help_en = fill("call {report} ({report.name}), or call {talk} to talk about a worry.", region, "en")
    values = {
        "@LANG@": lang,
        "@TITLE@": f"{story.title.get(lang)} · {story.title.get(other)}",
        "@TITLE_PRIMARY@": story.title.get(lang),
        "@TITLE_SECONDARY@": story.title.get(other),
        "@DESCRIPTION@": WORDS[lang]["description"],
        "@LOADING@": WORDS[lang]["loading"],
        "@TAP_TO_START@": WORDS[lang]["tap"],
        "@CSP@": content_security_policy(cdn),
        "@HELP_KO@": help_ko,
        "@HELP_EN@": help_en,
        "@TIMEOUT_MS@": str(FAILURE_TIMEOUT_MS),
    }
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(key, value if key in ("@TIMEOUT_MS@", "@CSP@") else html.escape(value))
    return text
