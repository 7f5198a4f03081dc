"""Fill the project's page template (build/template.html) for one language, runtime mirror and region."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from game.placeholders import fill
from game.story import Story
from game.webbuild.defaults import DEFAULT_CDN, PYGBAG_VERSION

SAFE_URL = re.compile(r"[A-Za-z0-9:/._~%-]+")
TEMPLATE = Path(__file__).resolve().parents[2] / "build" / "template.html"

# How long a boot stage may go without progress before the page says which stage failed. School networks can be
# slow: the interpreter stage downloads CPython's WebAssembly and standard library, and any download progress
# pythons.js reports restarts the clock. "ready" waits for the child's tap and has no limit.
STAGE_LIMITS_MS = {"runtime": 45_000, "interpreter": 120_000, "archive": 60_000, "starting": 90_000}

WORDS = {
    "ko": {"description": "아이들이 학대를 알아차리고 도움을 청하는 법을 배우는 이야기 게임이에요.",
           "loading": "불러오는 중이에요…", "tap": "화면을 눌러 시작해요!"},
    "en": {"description": "A story game where children learn to recognise abuse and how to get help.",
           "loading": "Loading…", "tap": "Tap or click to start!"},
}

# What the failure card says for each stage, in both languages (the card always shows both).
STAGE_MESSAGES = {
    "runtime": ("게임을 움직이는 프로그램(pygbag 런타임)을 내려받지 못했어요. 인터넷 연결을 확인해 주세요.",
                "The program that runs the game (the pygbag runtime) could not be downloaded. "
                "Please check the internet connection."),
    "interpreter": ("게임을 움직이는 파이썬을 시작하지 못했어요. 인터넷이 느리거나 끊겼을 수 있어요.",
                    "Python, which runs the game, could not start. The connection may be slow or broken."),
    "archive": ("게임 파일을 내려받지 못했어요.", "The game's files could not be downloaded."),
    "starting": ("게임 파일은 받았지만 게임을 시작하지 못했어요.",
                 "The game's files arrived, but the game could not start."),
}


def origin(url: str) -> str:
    """The scheme://host[:port] part of `url`, for the Content-Security-Policy.

    Raises:
        ValueError: `url` is not a full http(s) URL.
    """
    parts = urlsplit(url)
    if not SAFE_URL.fullmatch(url):
        raise ValueError(f"the address may only hold letters, digits and - . _ ~ / : % (got {url!r}): it is written "
                         "into the page and into the runtime's address line")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"expected a full URL like https://example.org/cdn/{PYGBAG_VERSION}/ (got {url!r})")
    return f"{parts.scheme}://{parts.netloc}"


def cdn_origin(cdn: str) -> str:
    """The origin of the runtime URL given to `--cdn`."""
    return origin(cdn)


def package_index_for(cdn: str) -> str:
    """Where the runtime looks for pygame-ce: the folder above the version folder, as on the 0.9.3 CDN.

    0.9.3 keeps `index-0.9.3-cp312.json` and the `cp312/` wheels beside `0.9.3/` (aio/pep0723.py async_repos()
    reads `<index>index-<version>-cp312.json`; the index's "-CDN-" entry, which PYGPI replaces, is the base of
    its wheel paths).

    Raises:
        ValueError: `cdn` does not end in the pinned version's folder.
    """
    if not cdn.endswith("/"):
        raise ValueError(f"--cdn must end with '/' (got {cdn!r})")
    base, _, version = cdn.rstrip("/").rpartition("/")
    if version != PYGBAG_VERSION:
        raise ValueError(f"--cdn must be the runtime's version folder, ending in /{PYGBAG_VERSION}/ (got {cdn!r}): "
                         f"the game is built for pygbag {PYGBAG_VERSION}")
    return base + "/"


def content_security_policy(cdn: str, index: str) -> str:
    """The page's policy: this site, the runtime's host and the package index's host, nothing else.

    Each source, and why the real runtime needs it:
    - script-src: pythons.js and cpython312/main.js come from the runtime host; 'unsafe-inline' for the page's own
      blocks and the script tag's onerror; 'unsafe-eval' because the game reaches JavaScript through
      the window bridge's eval (read-aloud, downloads); 'wasm-unsafe-eval' to compile CPython and pygame-ce.
    - connect-src: fetch() of cpythonrc.py, main.wasm and main.data (runtime host), the package index and the
      pygame-ce wheel (index host), and our own .tar.gz ('self').
    - media-src: pythons.js feat_snd() plays the runtime host's empty.ogg to learn that sound is allowed.
    - img-src/font-src: the page icon; images the runtime preloads through blob: URLs.
    - style-src: the page's own styles and the style attributes pythons.js sets.
    """
    sources = " ".join(dict.fromkeys([origin(cdn), origin(index)]))
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval' {origin(cdn)}",
        f"connect-src 'self' {sources}",
        f"media-src 'self' blob: data: {origin(cdn)}",
        "img-src 'self' data: blob:",
        "style-src 'self' 'unsafe-inline'",
        "font-src 'self' data:",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    ])


def _stage_messages() -> str:
    lines = []
    for stage, (ko, en) in STAGE_MESSAGES.items():
        lines.append(f'            <p lang="ko" data-stage="{stage}" class="hidden"><b>{html.escape(ko)}</b></p>')
        lines.append(f'            <p lang="en" data-stage="{stage}" class="hidden"><b>{html.escape(en)}</b></p>')
    return "\n".join(lines)


def render(story: Story, lang: str, cdn: str, template: Path = TEMPLATE, index: str | None = None) -> str:
    """The template with this build's language, titles, CSP, package index and help numbers; pygbag fills the rest.

    Args:
        cdn: the runtime's version folder (pygbag's `--cdn`).
        index: the package index; by default the folder above `cdn`. The page passes it to the runtime as
            PYGPI only when it differs from the public CDN's, whose index the runtime finds by itself.
    """
    index = index or package_index_for(cdn)
    other = "en" if lang == "ko" else "ko"
    region = story.regions.get(story.default_region)
    # A child's channels (issue 16): danger now, and the child helpline to talk; never the adults' report line.
    help_ko = fill("지금 위험하면 {danger}({danger.name})에 전화해요. 걱정을 이야기하고 싶으면 {talk}({talk.name})에 "
                   "전화할 수 있어요.", region, "ko")
    help_en = fill("If you are in danger now, call {danger} ({danger.name}). To talk about a worry, call {talk} "
                   "({talk.name}).", region, "en")
    public_index = package_index_for(DEFAULT_CDN)
    raw = {
        "@CSP@": content_security_policy(cdn, index),
        "@PACKAGE_INDEX@": "" if index == public_index else json.dumps(index)[1:-1],
        "@STAGE_LIMITS@": json.dumps(STAGE_LIMITS_MS),
        "@STAGE_MESSAGES@": _stage_messages(),
    }
    escaped = {
        "@LANG@": lang,
        "@TITLE@": f"{story.title.get(lang)} · {story.title.get(other)}",
        "@TITLE_PRIMARY@": story.title.get(lang),
        "@TITLE_SECONDARY@": story.title.get(other),
        "@DESCRIPTION@": WORDS[lang]["description"],
        "@LOADING@": WORDS[lang]["loading"],
        "@TAP_TO_START@": WORDS[lang]["tap"],
        "@HELP_KO@": help_ko,
        "@HELP_EN@": help_en,
    }
    text = template.read_text(encoding="utf-8")
    for key, value in raw.items():
        text = text.replace(key, value)
    for key, value in escaped.items():
        text = text.replace(key, html.escape(value))
    return text
