"""The web build: offline pygbag packing, what the archive holds, the page, and what the staged code may do."""

from __future__ import annotations

import ast
import dataclasses
import html
import re
import shutil
import sys
import tarfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from game.webbuild import fonts
from game.webbuild.defaults import APP_NAME
from game.webbuild.pipeline import build, format_report
from game.webbuild.stage import runtime_sources
from game.webbuild.template import STAGE_MESSAGES, cdn_origin
from tests.gamecopy import game_env, run_python

ROOT = Path(__file__).resolve().parents[2]
CDN = "https://cdn.example.org/pygbag/0.9.3/"
OWN_PACKAGES = {"game", "scenes", "main"}


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    """One real build of story/ into a temporary folder (pygbag runs offline with our template)."""
    work = tmp_path_factory.mktemp("work")
    out = tmp_path_factory.mktemp("site") / "web"
    messages: list[str] = []
    report = build(ROOT / "story", out, lang="ko", cdn=CDN, say=messages.append, work=work)
    return report, messages, work / APP_NAME


def test_build_reports_each_stage_and_the_payload(web):
    """Progress is shown for all five stages and the report prints sizes and the budget."""
    report, messages, _app = web
    assert [m.split()[0] for m in messages] == ["1/5", "2/5", "3/5", "4/5", "5/5"]
    text = format_report(report)
    assert f"{APP_NAME}.tar.gz" in text and "index.html" in text and "of 1.0 MB" in text


def test_web_folder_holds_only_what_the_page_loads(web):
    """index.html, the icon and the .tar.gz the page unpacks; not pygbag's zip copy (.apk) for itch.io."""
    report, _messages, _app = web
    assert sorted(p.name for p in report.out.iterdir()) == ["favicon.png", "index.html", f"{APP_NAME}.tar.gz"]
    assert report.payload == sum(p.stat().st_size for p in report.out.iterdir())


def test_archive_holds_the_game_and_nothing_for_building_or_testing(web):
    """The .tar.gz has main.py, the runtime, the bundle, fonts and sounds; no tests, content pipeline or tools."""
    report, _messages, _app = web
    with tarfile.open(report.out / f"{APP_NAME}.tar.gz") as archive:
        names = archive.getnames()
    assert {"assets/main.py", "assets/story.json", "assets/game/runner.py", "assets/scenes/play.py",
            "assets/assets/fonts/NanumSquareRoundR.ttf",
            "assets/assets/fonts/LICENSE-NanumSquareRound.txt", "assets/assets/sounds/click.ogg",
            "assets/assets/sounds/loop-town.ogg"} <= set(names)
    forbidden = [n for n in names if re.search(r"(^|/)(tests|content|webbuild)/|cli\.py$|desktop\.py$|\.yaml$", n)]
    assert forbidden == []


def test_fonts_are_subset_keep_every_character_and_drop_the_reserved_name(web):
    """Each font shrinks to under 40% and still has every character of the story and the interface."""
    report, _messages, app = web
    needed = {c for c in fonts.characters_in_bundle(app / "story.json") if c.isprintable() and not c.isspace()}
    for name, (before, after) in report.fonts.items():
        assert after < 0.4 * before
        font = TTFont(app / "assets" / "fonts" / name)
        cmap = font.getBestCmap()
        assert [c for c in needed if ord(c) not in cmap] == []
        family = font["name"].getDebugName(1)
        assert family is not None and "Nanum" not in family


def test_payload_is_within_one_megabyte(web):
    """What the page downloads from our site stays within the 1.0 MB budget."""
    report, _messages, _app = web
    assert report.payload <= 1_000_000


def test_page_has_language_title_security_policy_and_messages(web):
    """index.html is Korean, allows only this site and the runtime host, and explains each failure in ko and en."""
    report, _messages, _app = web
    page = (report.out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ko">' in page
    assert "<title>시간이 멈춘 세상 · The World Where Time Stopped</title>" in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    hosts = set(re.findall(r"https?://[^\s;']+", csp.group(1)))
    assert hosts == {cdn_origin(CDN)}
    assert "<noscript>" in page
    for stage, (ko, en) in STAGE_MESSAGES.items():
        assert f'data-stage="{stage}"' in page and ko in page and html.escape(en) in page
    assert f"{CDN}pythons.js" in page and "{{cookiecutter" not in page and "@" + "LANG@" not in page


def test_staged_code_imports_only_the_standard_library_and_pygame(web):
    """Walk every import of the staged modules: nothing but stdlib, pygame and the game's own packages."""
    _report, _messages, app = web
    allowed = set(sys.stdlib_module_names) | {"pygame"} | OWN_PACKAGES
    found = set()
    for path in app.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    assert sorted(found - allowed) == []


def test_staged_code_never_blocks(web):
    """No threads, no time.sleep and no input() anywhere the browser runs."""
    _report, _messages, app = web
    offenders = []
    for path in app.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for pattern in (r"^\s*(import|from)\s+threading", r"time\.sleep\(", r"(?<![\w.])input\("):
            if re.search(pattern, source, re.MULTILINE):
                offenders.append(f"{path.relative_to(app)}: {pattern}")
    assert offenders == []


def test_runtime_sources_exclude_build_tools():
    """The staging list never includes the content pipeline or the web build tools."""
    names = {p.as_posix() for p in runtime_sources()}
    assert "main.py" in names and "game/runner.py" in names
    assert not any(n.startswith(("game/content/", "game/webbuild/")) for n in names)


def test_staged_main_plays_the_whole_story_from_a_copy(web, tmp_path):
    """Copy the staged folder elsewhere and let main.py's scripted player reach the ending, headless."""
    _report, _messages, app = web
    copy = tmp_path / "app"
    shutil.copytree(app, copy, ignore=shutil.ignore_patterns("build"))
    result = run_python(["main.py"], copy, game_env(tmp_path / "saves", TIME_STOPPED_AUTOPLAY="1"), timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "AUTOPLAY reached finale." in result.stdout
    assert f"with {copy / 'game'}" in result.stdout


def test_readme_gives_the_mirror_layout_the_page_uses():
    """Every file a school's mirror must hold is listed in README's self-hosting layout, and nothing else is."""
    from game.webbuild.mirror import MIRROR_FILES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^pygbag/(\S+)$", readme, re.MULTILINE)
    assert sorted(listed) == sorted(MIRROR_FILES)


@pytest.mark.parametrize("region", ["ko-KR", "en-GB", "en-US"])
def test_the_failure_card_gives_a_childs_channels(region):
    """Danger now and the child helpline, filled from the region file; never the adults' report line alone."""
    from game.content.compile import load_story_dir
    from game.webbuild.defaults import DEFAULT_CDN
    from game.webbuild.template import render

    story = load_story_dir(ROOT / "story")
    story_for_region = dataclasses.replace(story, default_region=region)
    page = render(story_for_region, "en", DEFAULT_CDN)
    channels = story.regions[region].numbers
    assert f"call {channels['danger'].number}" in page and f"call {channels['talk'].number}" in page
