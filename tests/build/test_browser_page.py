"""The built page in real headless Chromium: a loading screen in the game's look, then a clear failure message."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.webbuild.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / ".artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI must install Debian's chromium for the browser tests (.ci/run does)")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


@pytest.fixture
def starting_runtime_host(tmp_path) -> Iterator[str]:
    """A runtime host whose scripts arrive but have not started the game yet (as while wasm compiles)."""
    cdn = tmp_path / "cdn"
    cdn.mkdir()
    (cdn / "pythons.js").write_text("window.python = {config: {}};\n", encoding="utf-8")
    (cdn / "browserfs.min.js").write_text("", encoding="utf-8")
    server, url = _serve(tmp_path)
    yield url.rsplit("/", 1)[0] + "/cdn/"
    server.shutdown()


def _closed_port() -> int:
    """A local port nothing listens on: connecting fails at once, like an unreachable runtime host."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return int(port)


class _CorsHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files with `Access-Control-Allow-Origin: *`, as the runtime's CDN does (module scripts need it)."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_CorsHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/index.html"


def _chromium(url: str, screenshot: Path, budget_ms: int, tmp: Path) -> str:
    """Load `url` headless, save a screenshot, and return the DOM after `budget_ms` of virtual time."""
    timing = f"--virtual-time-budget={budget_ms}"
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp / 'profile'}", "--window-size=1280,720", timing]
    subprocess.run([*flags, f"--screenshot={screenshot}", url], capture_output=True, timeout=120, check=False)
    dom = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=False)
    return dom.stdout


def _built(tmp: Path, cdn: str, lang: str) -> Path:
    out = tmp / "web"
    build(ROOT / "story", out, lang=lang, cdn=cdn, say=lambda _m: None, work=tmp / "work")
    return out


def test_unreachable_runtime_shows_the_failure_message(tmp_path):
    """With the runtime host down, the page explains in Korean and English instead of staying blank."""
    out = _built(tmp_path, f"http://127.0.0.1:{_closed_port()}/cdn/", "ko")
    server, url = _serve(out)
    try:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        dom = _chromium(url, ARTIFACTS / "web-failure-ko.png", 5000, tmp_path)
    finally:
        server.shutdown()
    assert 'id="failed" class="screen"' in dom  # no longer hidden
    assert 'id="loading" class="screen hidden"' in dom
    assert (ARTIFACTS / "web-failure-ko.png").stat().st_size > 5000


def test_starting_runtime_keeps_the_loading_screen(tmp_path, starting_runtime_host):
    """While the runtime starts up, the game's own loading screen shows (in English for --lang en)."""
    out = _built(tmp_path, starting_runtime_host, "en")
    server, url = _serve(out)
    try:
        dom = _chromium(url, ARTIFACTS / "web-loading-en.png", 3000, tmp_path)
    finally:
        server.shutdown()
    assert '<html lang="en">' in dom
    assert 'id="loading" class="screen"' in dom
    assert 'id="failed" class="screen hidden"' in dom
