"""The built page in real Chromium against a stand-in of pygbag 0.9.3's CDN (tests/web/standin_cdn/).

The stand-in reproduces what the real runtime does that the page depends on (which files it asks for and from
where, when MM.UME turns true, what happens when the interpreter cannot start), each line annotated with the
pythons.js line it imitates. It only serves files the real 0.9.3 CDN has (`game.webbuild.mirror.MIRROR_FILES`).
The public CDN's address is answered by Playwright's request routing, so the page and its policy see the real
https://pygame-web.github.io/cdn/ URLs; a school mirror is a real server on 127.0.0.1.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from game.webbuild.defaults import DEFAULT_CDN
from game.webbuild.mirror import MIRROR_FILES, PACKAGE_FILES
from game.webbuild.template import STAGE_LIMITS_MS

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / ".artifacts"
STANDIN = Path(__file__).resolve().parent / "standin_cdn"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PUBLIC_ROOT = DEFAULT_CDN.rsplit("/", 2)[0] + "/"  # https://pygame-web.github.io/cdn/

if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI must install Debian's chromium for the browser tests (.ci/run does)")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


def standin_cdn(folder: Path, interpreter: bool = True) -> Path:
    """A CDN root with the stand-in files; without `interpreter`, main.wasm and main.data are missing."""
    shutil.copytree(STANDIN, folder)
    version = folder / "0.9.3"
    shutil.copyfile(ROOT / "assets" / "sounds" / "click.ogg", version / "empty.ogg")  # any short, playable OGG
    if interpreter:
        (version / "cpython312" / "main.wasm").write_bytes(b"\0asm stand-in")
        (version / "cpython312" / "main.data").write_bytes(b"stand-in standard library")
    # The real index's entries for pygame (index-0.9.3-cp312.json on the 0.9.3 CDN).
    index = {"-CDN-": PUBLIC_ROOT, "pygame": "cp312/pygame_ce-2.5.7.dev1-<abi>-<abi>-<api>.whl"}
    (folder / PACKAGE_FILES[0]).write_text(json.dumps(index), encoding="utf-8")
    (folder / PACKAGE_FILES[1]).parent.mkdir(parents=True, exist_ok=True)
    (folder / PACKAGE_FILES[1]).write_bytes(b"PK stand-in wheel")
    served = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert served <= set(MIRROR_FILES), f"the stand-in serves files the real CDN does not have: {served}"
    return folder


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with `Access-Control-Allow-Origin: *`, as the CDN sends (pythons.js is a module script)."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def serve() -> Iterator:
    """`serve(folder)` → its http://127.0.0.1:PORT/ address; every server is stopped after the test."""
    servers = []

    def start(folder: Path) -> str:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()


@dataclass
class Visit:
    """What one page load did: requests, policy violations, dialogs, console errors."""

    page: object
    requests: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def state(self) -> dict:
        return self.page.evaluate("""() => ({stage: window.stage, boot: document.body.getAttribute('data-boot'),
            ume: !!(window.MM && MM.UME), csp: window.__violations || [],
            loading: !document.getElementById('loading').classList.contains('hidden'),
            tap: !document.getElementById('loading-tap').classList.contains('hidden'),
            failed: !document.getElementById('failed').classList.contains('hidden'),
            detail: document.getElementById('failed-detail').textContent,
            shown: [...document.querySelectorAll('#failed [data-stage]')]
                .filter(e => !e.classList.contains('hidden')).map(e => e.getAttribute('data-stage'))})""")

    def wait_for(self, predicate: str, timeout_ms: int = 15_000) -> None:
        self.page.wait_for_function(predicate, timeout=timeout_ms)


@pytest.fixture
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield chromium
        chromium.close()


def open_page(browser, url: str, public_cdn: Path | None = None, fake_clock: bool = False,
              unanswered: tuple[str, ...] = ()) -> Visit:
    """Load `url`; with `public_cdn`, requests to the public CDN are answered from that folder (404 otherwise).

    Requests whose address ends with one of `unanswered` are left hanging, as on a stalled network.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    visit = Visit(page)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("console", lambda m: visit.violations.append(m.text) if "Content Security Policy" in m.text else None)

    def on_dialog(dialog) -> None:
        visit.dialogs.append(dialog.type)
        dialog.accept()

    page.on("dialog", on_dialog)
    page.add_init_script("window.__violations = []; document.addEventListener('securitypolicyviolation', "
                         "e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));")
    if public_cdn is not None:
        def answer(route) -> None:
            if route.request.url.endswith(unanswered or ("\0",)):
                return
            path = public_cdn / urlsplit(route.request.url).path.removeprefix("/cdn/")
            headers = {"Access-Control-Allow-Origin": "*"}
            if path.is_file():
                kind = "text/javascript" if path.suffix == ".js" else "application/octet-stream"
                route.fulfill(status=200, body=path.read_bytes(), headers=headers, content_type=kind)
            else:
                route.fulfill(status=404, body="not found", headers=headers)

        context.route(PUBLIC_ROOT + "**", answer)
    if fake_clock:
        page.clock.install()
    page.goto(url)
    return visit


def cdn_paths(visit: Visit, root: str) -> list[str]:
    return [u.removeprefix(root).split("?")[0] for u in visit.requests if u.startswith(root)]


def test_public_cdn_page_boots_with_one_tap(browser, built_site, serve, tmp_path):
    """Loading card, then "tap to start"; one click unlocks media; the game starts; nothing is refused or asked."""
    site = serve(built_site("ko"))
    cdn = standin_cdn(tmp_path / "cdn")
    visit = open_page(browser, site + "index.html", public_cdn=cdn)
    visit.wait_for("window.stage === 'ready'")
    before = visit.state()
    assert before["tap"] and before["loading"] and not before["failed"] and not before["ume"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "web-tap-to-start-ko.png"))
    visit.page.mouse.click(640, 360)
    visit.wait_for("document.body.getAttribute('data-boot') === 'started'")
    after = visit.state()
    assert after["ume"] and not after["loading"] and not after["failed"]
    assert after["csp"] == [] and visit.violations == []
    assert visit.page.evaluate("location.search") == ""  # the public index needs no PYGPI
    others = [u for u in visit.requests if not u.startswith((site, PUBLIC_ROOT))]
    assert others == []
    assert set(cdn_paths(visit, PUBLIC_ROOT)) <= set(MIRROR_FILES)
    assert "vtx.js" not in " ".join(visit.requests) and "browserfs" not in " ".join(visit.requests)
    visit.page.reload()
    visit.wait_for("window.stage === 'ready'")
    assert visit.dialogs == []  # can_close 1: no "leave this page?" on reload


def test_unreachable_runtime_names_the_runtime(browser, built_site, serve, tmp_path):
    """No pythons.js (a blocked or offline network): the failure card says so at once, in Korean and English."""
    site = serve(built_site("ko"))
    visit = open_page(browser, site + "index.html", public_cdn=tmp_path / "empty")
    visit.wait_for("document.body.getAttribute('data-boot') === 'failed-runtime'", 5_000)
    state = visit.state()
    assert state["shown"] == ["runtime", "runtime"] and not state["loading"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "web-failure-runtime-ko.png"))


def test_interpreter_that_cannot_load_names_the_interpreter(browser, built_site, serve, tmp_path):
    """main.wasm missing: Emscripten's abort reaches Module.onAbort and the card names the interpreter."""
    site = serve(built_site("en"))
    cdn = standin_cdn(tmp_path / "cdn", interpreter=False)
    visit = open_page(browser, site + "index.html", public_cdn=cdn)
    visit.wait_for("document.body.getAttribute('data-boot') === 'failed-interpreter'")
    state = visit.state()
    assert state["shown"] == ["interpreter", "interpreter"] and "wasm" in state["detail"]
    assert visit.page.evaluate("document.documentElement.lang") == "en"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / "web-failure-interpreter-en.png"))


def test_a_stalled_stage_fails_only_after_its_limit(browser, built_site, serve, tmp_path):
    """An interpreter download that never ends: still loading just before the limit, the card just after it."""
    site = serve(built_site("ko"))
    cdn = standin_cdn(tmp_path / "cdn")
    context_visit = open_page(browser, site + "index.html", public_cdn=cdn, fake_clock=True,
                              unanswered=("main.data",))
    page = context_visit.page
    context_visit.wait_for("window.stage === 'interpreter'")
    limit = STAGE_LIMITS_MS["interpreter"]
    page.clock.run_for(limit - 1_000)
    assert context_visit.state()["loading"] and not context_visit.state()["failed"]
    page.clock.run_for(2_000)
    assert context_visit.state()["shown"] == ["interpreter", "interpreter"]
    assert "no progress" in context_visit.state()["detail"]


def test_a_school_mirror_gets_every_request(browser, built_site, serve, tmp_path):
    """`build --cdn <mirror>/0.9.3/`: runtime, package index and pygame-ce all come from the mirror, nothing else."""
    mirror = serve(standin_cdn(tmp_path / "mirror"))
    site = serve(built_site("ko", cdn=mirror + "0.9.3/"))
    visit = open_page(browser, site + "index.html")
    visit.wait_for("window.stage === 'ready'")
    assert "PYGPI=" in visit.page.evaluate("location.search")
    visit.page.keyboard.press("Enter")  # a key unlocks media as well as a tap
    visit.wait_for("document.body.getAttribute('data-boot') === 'started'")
    assert [u for u in visit.requests if not u.startswith((site, mirror))] == []
    assert set(cdn_paths(visit, mirror)) == set(MIRROR_FILES)  # everything the mirror must hold is used
    assert visit.state()["csp"] == [] and visit.violations == []


class EvalBridge:
    """The runtime's `platform.window` as far as downloads use it: `eval(source)` is the page's own window.eval."""

    def __init__(self, page) -> None:
        self.page = page

    def eval(self, source: str) -> None:
        self.page.evaluate("source => { window.eval(source); }", source)


def test_certificate_and_results_downloads_work_under_the_page_policy(browser, built_site, serve, tmp_path):
    """game/browser.py saves the certificate PNG and the results CSV as downloads with the exact bytes."""
    from game.browser import download_png, download_text

    site = serve(built_site("ko"))
    visit = open_page(browser, site + "index.html", public_cdn=standin_cdn(tmp_path / "cdn"))
    visit.wait_for("window.stage === 'ready'")
    bridge = EvalBridge(visit.page)
    png = (ROOT / "tests" / "snapshots" / "title-ko.png").read_bytes()
    csv = "question_id,질문\nq1,몸의 규칙\n"
    with visit.page.expect_download() as first:
        download_png("certificate-2026-12-04.png", png, window=bridge)
    with visit.page.expect_download() as second:
        download_text("results-2026-12-04.csv", csv, window=bridge)
    assert first.value.suggested_filename == "certificate-2026-12-04.png"
    assert Path(first.value.path()).read_bytes() == png
    assert second.value.suggested_filename == "results-2026-12-04.csv"
    assert Path(second.value.path()).read_bytes() == ("\ufeff" + csv).encode("utf-8")  # BOM for spreadsheets
    assert visit.state()["csp"] == [] and visit.violations == []


REAL_CDN = os.environ.get("TIME_STOPPED_REAL_CDN")  # a checkout of pygame-web/cdn (never committed)


@pytest.mark.skipif(not REAL_CDN, reason="set TIME_STOPPED_REAL_CDN to a checkout of pygame-web/cdn")
def test_page_against_the_real_runtime_javascript(browser, built_site, serve):
    """The real pythons.js and main.js as a mirror: no violation, only the mirror's files, one click unlocks media.

    Without main.wasm (a checkout leaves out files of 4 MiB and more) the interpreter stage fails, as it must;
    with it, the page reaches the archive stage.
    """
    root = Path(str(REAL_CDN))
    mirror = serve(root)
    site = serve(built_site("ko", cdn=mirror + "0.9.3/"))
    visit = open_page(browser, site + "index.html")
    visit.wait_for("window.stage !== 'runtime'")
    visit.page.mouse.click(640, 360)
    visit.wait_for("!!(window.MM && MM.UME)", 10_000)
    has_wasm = (root / "0.9.3" / "cpython312" / "main.wasm").is_file()
    visit.wait_for("document.body.getAttribute('data-boot') === 'failed-interpreter'" if not has_wasm
                   else "['archive', 'ready', 'starting'].includes(window.stage)", 30_000)
    assert [u for u in visit.requests if not u.startswith((site, mirror))] == []
    assert set(cdn_paths(visit, mirror)) <= set(MIRROR_FILES)
    assert visit.state()["csp"] == [] and visit.violations == []
    visit.page.reload()
    assert visit.dialogs == []
