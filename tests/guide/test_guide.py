"""The teacher guide and family letter: content derived from the compiled story, structure, print and axe audit."""

from __future__ import annotations

import importlib
import itertools
import os
import shutil
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from game.content.compile import load_story_dir
from game.guide import guide_html, letter_before_html, letter_html, print_pdf, write_guide
from game.placeholders import fill
from game.story import MinigameStep, QuizStep, Story

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / ".artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LANGS = ("ko", "en")

if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI must install Debian's chromium for the browser tests (.ci/run does)")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def story() -> Story:
    return load_story_dir(ROOT / "story")


class Page(HTMLParser):
    """Collects the text, headings, landmarks and quiz answers of a generated page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.headings: list[tuple[int, str]] = []
        self.tags: list[str] = []
        self.answers: list[tuple[str, str, bool]] = []  # (quiz id, text, marked correct)
        self._quiz = ""
        self.answer_marks: list[str] = []
        self.ths: list[str | None] = []
        self.resources: list[str] = []
        self._stack: list[tuple[str, dict[str, str | None]]] = []
        self._heading: list[str] | None = None
        self._answer: list[str] | None = None
        self._answer_correct = False
        self._mark: list[str] | None = None
        self.text_parts: list[str] = []
        self.feed(html)
        self.text = " ".join(" ".join(self.text_parts).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = a.get("lang")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = []
        if tag == "th":
            self.ths.append(a.get("scope"))
        if tag in ("link", "script", "img", "iframe") or (tag != "a" and a.get("src")):
            self.resources.append(tag)
        classes = (a.get("class") or "").split()
        if a.get("data-quiz"):
            self._quiz = a["data-quiz"] or ""
        if tag == "span" and "answer-text" in classes:
            self._answer = []
        if tag == "span" and "mark" in classes:
            self._mark = []
        if tag == "li" and "answer" in classes:
            self._answer_correct = "correct" in classes and a.get("data-correct") == "true"
        if tag not in ("br", "meta"):
            self._stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self._heading is not None:
            self.headings.append((int(tag[1]), "".join(self._heading).strip()))
            self._heading = None
        if tag == "span" and self._answer is not None:
            self.answers.append((self._quiz, " ".join("".join(self._answer).split()), self._answer_correct))
            self._answer = None
        elif tag == "span" and self._mark is not None:
            self.answer_marks.append("".join(self._mark))
            self._mark = None
        if self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)
        for part in (self._heading, self._answer, self._mark):
            if part is not None:
                part.append(data)


def norm(text: str) -> str:
    return " ".join(unescape(text).split())


@pytest.mark.parametrize("lang", LANGS)
def test_guide_has_every_chapter_prompt_quiz_and_skill(story: Story, lang: str) -> None:
    region = story.regions[story.default_region]
    page = Page(guide_html(story, region, lang))
    marked = {(quiz, text): ok for quiz, text, ok in page.answers}
    quizzes = 0
    for chapter in story.chapters:
        assert norm(chapter.title.get(lang)) in page.text
        assert chapter.summary is not None and chapter.objectives, f"{chapter.id} needs a summary and objectives"
        notes = [n.text for n in chapter.teacher_notes if n.region in (None, region.id)]
        for text in (chapter.summary, *chapter.objectives, *chapter.discussion, *notes,
                     *([chapter.content_note] if chapter.content_note else [])):
            assert norm(fill(text.get(lang), region, lang)) in page.text, (chapter.id, text.get(lang)[:60])
        for step in chapter.steps:
            if isinstance(step, QuizStep):
                quizzes += 1
                assert norm(fill(step.question.get(lang), region, lang)) in page.text
                for answer in step.answers:
                    shown = norm(fill(answer.text.get(lang), region, lang))
                    assert (step.id, shown) in marked, f"{step.id}: answer {answer.id} is missing"
                    assert marked[step.id, shown] is answer.correct, f"{step.id}: answer {answer.id} marked wrongly"
                    assert norm(fill(answer.explanation.get(lang), region, lang)) in page.text
            if isinstance(step, MinigameStep):
                pool = story.minigames[step.name][str(step.params["pool"])]
                assert norm(fill(pool.title.get(lang), region, lang)) in page.text
                assert norm(fill(pool.instructions.get(lang), region, lang)) in page.text
    assert quizzes > 0
    total = sum(len(s.answers) for c in story.chapters for s in c.steps if isinstance(s, QuizStep))
    assert len(page.answers) == total
    correct = sum(1 for c in story.chapters for s in c.steps if isinstance(s, QuizStep) for a in s.answers if a.correct)
    assert sum(1 for _, _, ok in page.answers if ok) == correct
    assert all(mark.strip() for mark in page.answer_marks), "each answer says in words whether it is correct"


@pytest.mark.parametrize("lang", LANGS)
def test_chapters_appear_in_story_order(story: Story, lang: str) -> None:
    page = Page(guide_html(story, story.regions[story.default_region], lang))
    h2 = [text for level, text in page.headings if level == 2]
    positions = [next(i for i, h in enumerate(h2) if norm(c.title.get(lang)) in h) for c in story.chapters]
    assert positions == sorted(positions)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("make", [guide_html, letter_html, letter_before_html])
def test_structure_is_accessible_and_self_contained(story: Story, lang: str, make) -> None:
    html = make(story, story.regions[story.default_region], lang)
    page = Page(html)
    assert page.lang == lang
    assert [level for level, _ in page.headings].count(1) == 1
    assert page.headings[0][0] == 1
    levels = [level for level, _ in page.headings]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), f"heading levels skip: {levels}"
    for landmark in ("header", "main"):
        assert page.tags.count(landmark) == 1
    if make is guide_html:
        assert "nav" in page.tags
    assert page.ths and all(scope in ("col", "row") for scope in page.ths)
    assert page.resources == [], "no external resources"
    assert "http://" not in html and "https://" not in html
    assert "{report" not in html and "{talk" not in html and "{emergency" not in html


@pytest.mark.parametrize("lang", LANGS)
def test_region_switch_changes_the_numbers(story: Story, lang: str) -> None:
    korea, uk = story.regions["ko-KR"], story.regions["en-GB"]
    ko_guide, uk_guide = guide_html(story, korea, lang), guide_html(story, uk, lang)
    ko_letter, uk_letter = letter_html(story, korea, lang), letter_html(story, uk, lang)
    for number in uk.numbers.values():
        assert number.number is not None
        assert number.number in uk_guide and number.number in uk_letter
    for number in korea.numbers.values():
        assert number.number is not None
        assert number.number in ko_guide and number.number in ko_letter
        assert f'class="number">{number.number}<' not in uk_guide
    assert "safe182.go.kr" in ko_letter and "safe182.go.kr" not in uk_letter


@pytest.mark.parametrize("lang", LANGS)
def test_guide_carries_the_safeguarding_guidance(story: Story, lang: str) -> None:
    from game.guide import texts as T

    region = story.regions["ko-KR"]
    page = Page(guide_html(story, region, lang))
    for text in (*T.DISCLOSE, T.DISCLOSE_REPORT_KOREA, *T.DUTY):
        assert norm(fill(text.get(lang), region, lang)) in page.text
    assert ("to be confirmed" if lang == "en" else "확인이 필요") not in page.text  # BRIEF §1.5: state the fine


OTHER_REGIONS = ("en-GB", "en-US", "en-CA", "en-AU", "en-IE", "EU")
KOREAN_FACTS = ("Art. 10", "제10조", "safe182", "915", "시·군·구", "신고의무자", "mandatory reporter", "112 or",
                "South Korea)", "(대한민국)", "Civil Code", "민법", "안전 버스", "safety bus")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("region_id", OTHER_REGIONS)
def test_each_region_guide_carries_that_regions_facts_only(story: Story, lang: str, region_id: str) -> None:
    """Outside Korea: no Korean law, no Korean duty or safe182, and the route is that region's own (BRIEF §4)."""
    region = story.regions[region_id]
    guide, letter = Page(guide_html(story, region, lang)).text, Page(letter_html(story, region, lang)).text
    before = Page(letter_before_html(story, region, lang)).text
    for fact in KOREAN_FACTS:
        assert fact not in guide and fact not in letter and fact not in before, fact
    assert ("follow your school's safeguarding procedure" if lang == "en" else "학교의 아동 보호 절차") in guide
    danger = region.numbers["danger"].number
    assert danger is not None
    assert (f"call {danger}" if lang == "en" else f"{danger}(") in guide
    report = region.numbers["report"]
    assert norm(report.name.get(lang)) in guide


def test_the_uk_guide_names_the_dsl_and_the_nspcc_helpline(story: Story) -> None:
    """BRIEF §4: school staff tell the designated safeguarding lead; anyone can call the NSPCC on 0808 800 5000."""
    guide = Page(guide_html(story, story.regions["en-GB"], "en")).text
    assert "designated safeguarding lead" in guide and "the NSPCC helpline (0808 800 5000)" in guide
    assert "call 999 (emergency services)" in guide


def test_uncertain_routes_say_to_check_locally(story: Story) -> None:
    """Where the brief marks the route [UNCERTAIN] (US state CPS), the guide says to check it; the UK's is sourced."""
    check = "could not confirm this region's reporting route"
    assert check in Page(guide_html(story, story.regions["en-US"], "en")).text
    assert check not in Page(guide_html(story, story.regions["en-GB"], "en")).text


@pytest.mark.parametrize("lang", LANGS)
def test_the_korean_guide_cites_the_law_as_the_brief_does(story: Story, lang: str) -> None:
    """제10조의2 (no disadvantage), 제10조의3 (witness protection), 제10조 제3항 (identity), the fine, 시·군·구."""
    page = Page(guide_html(story, story.regions["ko-KR"], lang)).text
    if lang == "ko":
        for cited in ("제10조 제3항", "제10조의2", "제10조의3", "1천만 원 이하", "제63조", "시·군·구", "통합 번호"):
            assert cited in page, cited
        assert "제10조 제3항 등" not in page
    else:
        for cited in ("Art. 10(3)", "Art. 10-2", "Art. 10-3", "up to 10 million won", "Art. 63", "combined number"):
            assert cited in page, cited
        assert "related articles" not in page
    assert "02-1388" in page and "#1388" in page  # 1388 from a mobile needs the area code; texting is #1388


@pytest.mark.parametrize("lang", LANGS)
def test_teacher_notes_are_in_the_guide_for_their_region_only(story: Story, lang: str) -> None:
    """A note limited to ko-KR (Korean law, safe182) is in the Korean guide and in no other."""
    korean = [n.text for c in story.chapters for n in c.teacher_notes if n.region == "ko-KR"]
    assert korean
    ko_page = Page(guide_html(story, story.regions["ko-KR"], lang)).text
    uk_page = Page(guide_html(story, story.regions["en-GB"], lang)).text
    for text in korean:
        assert norm(fill(text.get(lang), story.regions["ko-KR"], lang)) in ko_page
        assert norm(text.get(lang))[:40] not in uk_page


def test_write_guide_without_pdf_and_unknown_region(story: Story, tmp_path: Path) -> None:
    report = write_guide(story, tmp_path, "en", "en-GB", pdf=False)
    assert sorted(p.name for p in report.files) == ["guide-en.html", "letter-after-en.html", "letter-before-en.html"]
    with pytest.raises(ValueError, match="unknown region"):
        write_guide(story, tmp_path, "en", "xx-XX", pdf=False)


def test_cli_guide_writes_both_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from game.cli import main

    assert main(["guide", "--lang", "ko", "--out", str(tmp_path), "--story", str(ROOT / "story")]) == 0
    out = capsys.readouterr().out
    for stem in ("guide-ko", "letter-before-ko", "letter-after-ko"):
        assert f"{stem}.html" in out and (tmp_path / f"{stem}.html").exists()
    assert ("guide-ko.pdf" in out) == (CHROMIUM is not None)


@needs_chromium
@pytest.mark.parametrize("lang", LANGS)
def test_prints_to_pdf(story: Story, tmp_path: Path, lang: str) -> None:
    assert CHROMIUM is not None
    report = write_guide(story, tmp_path, lang)
    for stem in (f"guide-{lang}", f"letter-before-{lang}", f"letter-after-{lang}"):
        pdf = tmp_path / f"{stem}.pdf"
        assert pdf in report.files
        assert pdf.stat().st_size > 10_000
        assert pdf.read_bytes()[:4] == b"%PDF"
    for when in ("before", "after"):
        assert _pages(tmp_path / f"letter-{when}-{lang}.pdf") == 1, f"the letter {when} fits on one A4 page"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(tmp_path / f"guide-{lang}.pdf", ARTIFACTS / f"guide-{lang}.pdf")
    print_pdf(CHROMIUM, tmp_path / f"letter-after-{lang}.html", tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").exists()


def _need(module: str) -> Any:
    """Import a dev-extra module; skip without it locally, but fail in CI (it installs `.[dev]`)."""
    if os.environ.get("CI"):
        return importlib.import_module(module)
    return pytest.importorskip(module)


def _pages(pdf: Path) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@needs_chromium
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("make", [guide_html, letter_html, letter_before_html])
def test_axe_finds_no_serious_violations(story: Story, tmp_path: Path, lang: str, make) -> None:
    playwright = _need("playwright.sync_api")
    axe_module = _need("axe_playwright_python.sync_playwright")
    page_file = tmp_path / "page.html"
    page_file.write_text(make(story, story.regions[story.default_region], lang), encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri())
            results = axe_module.Axe().run(page)
        finally:
            browser.close()
    violations = results.response["violations"]
    bad = [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]
    assert bad == [], results.generate_report()


def test_templates_escape_every_text(story: Story) -> None:
    """Autoescape: a text with markup characters is printed as text, never as markup."""
    import dataclasses

    from game.story import Text

    odd = dataclasses.replace(story, title=Text(ko="<b>시간 & 멈춤</b>", en="<b>Time & stop</b>"))
    for lang in LANGS:
        for make in (guide_html, letter_html):
            html = make(odd, odd.regions[odd.default_region], lang)
            assert "&lt;b&gt;" in html and "<b>" not in html
            assert Page(html).text.count("<b>") >= 1  # the parsed page shows the characters themselves


def test_templates_are_package_data() -> None:
    """Every template file matches the package-data globs, so a wheel (not only `pip install -e`) carries it."""
    import fnmatch
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["game.guide"]
    folder = ROOT / "game" / "guide" / "templates"
    files = [p.relative_to(folder.parent).as_posix() for p in folder.iterdir()]
    assert files
    for name in files:
        assert any(fnmatch.fnmatch(name, g) for g in globs), f"{name} would be missing from a wheel"
    assert "Jinja2>=3.1" in config["project"]["optional-dependencies"]["web"]
    assert "Jinja2>=3.1" in config["project"]["optional-dependencies"]["dev"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("region_id", ["ko-KR", *OTHER_REGIONS])
def test_disclosure_flow_and_record_form_per_region(story: Story, lang: str, region_id: str) -> None:
    """The flow: listen (no leading questions, no promised secrecy, no contact with the suspect, no examining or
    photos), tell and report (this region's route), record and aftercare; then a blank record form."""
    from game.guide import texts as T
    from game.guide.render import Writer

    region = story.regions[region_id]
    html = guide_html(story, region, lang)
    flow = Page(html.split('id="disclose"')[1].split("</section>\n<section id=\"duty\"")[0]).text
    korea = region_id == "ko-KR"
    for text in (*T.DISCLOSE, T.FLOW_WHO_KOREA if korea else T.FLOW_WHO_OTHER,
                 T.DISCLOSE_REPORT_KOREA if korea else T.DISCLOSE_REPORT_OTHER,
                 T.FLOW_AFTERCARE_KOREA if korea else T.FLOW_AFTERCARE_OTHER):
        assert norm(fill(text.get(lang), region, lang)) in flow, text.get(lang)[:50]
    for phrase in {"en": ("leading questions", "Don't promise", "Don't contact", "take photos", "record form"),
                   "ko": ("유도하는 질문", "약속하지 마세요", "연락하거나", "사진을 찍지", "기록지")}[lang]:
        assert phrase in flow, phrase
    report = region.numbers["report"]
    assert norm(report.name.get(lang)) in flow
    assert (report.number or "") in flow
    record = html.split('id="record"')[1].split("</section>")[0]
    assert record.count('<td class="fill"></td>') == len(T.RECORD_FIELDS)  # blank: the adult fills it by hand
    route = T.RECORD_REPORT_KOREA if korea else T.RECORD_REPORT_OTHER
    assert norm(Writer(story, region, lang).s(route)) in Page(record).text
    assert 'href="#record"' in html


@pytest.mark.parametrize("lang", LANGS)
def test_guide_explains_classroom_mode_check_results_and_csv(story: Story, lang: str) -> None:
    """With the game's own button words, so the guide and the screen agree."""
    from game.ui.strings import ui

    page = Page(guide_html(story, story.regions["ko-KR"], lang)).text
    for key in ("teacher", "vote-show", "vote-recount", "results", "results-reset", "results-export"):
        assert ui(key, lang) in page, key
    assert "[[" not in page
    assert ("퍼센트포인트" if lang == "ko" else "percentage points") in page
    assert "UTF-8" in page and "CSV" in page and "--classroom" in page
    assert (f"질문 {len(story.check)}개" if lang == "ko" else f"{len(story.check)} questions") in page


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("region_id", ["ko-KR", "en-GB", "en-US"])
def test_letter_before_the_unit(story: Story, lang: str, region_id: str) -> None:
    """Fields for school, date and contact; the topics (body safety, seeing violence at home); how to respond if a
    child talks; the region's numbers."""
    from game.guide import texts as T
    from game.guide.render import Writer

    region = story.regions[region_id]
    html = letter_before_html(story, region, lang)
    page = Page(html)
    for field in T.LETTER_FIELDS:
        assert field.get(lang) in page.text
    assert html.count('<td class="fill"></td>') == len(T.LETTER_FIELDS)
    for text in (*T.LETTER_TOPICS, *T.LETTER_RESPOND,
                 T.LETTER_RESPOND_KOREA if region_id == "ko-KR" else T.LETTER_RESPOND_OTHER):
        assert norm(Writer(story, region, lang).s(text)) in page.text
    topics = {"en": ("Body safety", "seeing or hearing adults at home hurting each other"),
              "ko": ("몸의 안전", "집에서 어른들이 서로 아프게 하는 것을 보거나 듣는")}[lang]
    assert all(topic in page.text for topic in topics)
    for number in region.numbers.values():
        assert number.number is None or number.number in page.text
    assert "prologue" not in html  # before the unit: no list of what was played


def test_korean_letters_are_formal(story: Story) -> None:
    """가정통신문 are written in 합쇼체: no sentence of either Korean letter ends in 해요체."""
    import re

    for make in (letter_html, letter_before_html):
        text = Page(make(story, story.regions["ko-KR"], "ko")).text
        informal = re.findall(r"[가-힣]+요[.!?]", text)
        assert informal == [], informal
        assert "니다." in text and "십시오." in text


@pytest.mark.parametrize("lang", LANGS)
def test_letter_after_lists_only_what_was_played(story: Story, lang: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from game.cli import main

    region = story.regions[story.default_region]
    played = [story.chapters[0].id, story.chapters[2].id]
    html = letter_html(story, region, lang, played=played)
    import re

    assert re.findall(r'<li data-chapter="([a-z0-9_-]+)"', html) == played
    everything = re.findall(r'<li data-chapter="([a-z0-9_-]+)"', letter_html(story, region, lang))
    assert everything == [c.id for c in story.chapters]
    with pytest.raises(ValueError, match="unknown chapter"):
        letter_html(story, region, lang, played=["nowhere"])
    assert main(["guide", "--lang", lang, "--out", str(tmp_path), "--story", str(ROOT / "story"),
                 "--played", ",".join(reversed(played))]) == 0
    written = (tmp_path / f"letter-after-{lang}.html").read_text(encoding="utf-8")
    assert re.findall(r'<li data-chapter="([a-z0-9_-]+)"', written) == played  # story order, whatever was typed
    capsys.readouterr()
    assert main(["guide", "--out", str(tmp_path / "x"), "--story", str(ROOT / "story"), "--played", "nope"]) == 1
    assert "unknown chapter nope" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm")
if CHROMIUM is not None and not POPPLER and os.environ.get("CI"):
    raise RuntimeError("CI must install poppler-utils for the guide's print tests")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed (apt-get install poppler-utils)")


def _squash(text: str) -> str:
    return "".join(unescape(text).split())


@needs_chromium
@needs_poppler
@pytest.mark.parametrize(("lang", "region_id"), [("ko", "ko-KR"), ("en", "ko-KR"), ("en", "en-GB"), ("ko", "en-US")])
def test_printed_guide_has_page_numbers_contents_and_whole_tables(story: Story, tmp_path: Path, lang: str,
                                                                   region_id: str) -> None:
    """Page numbers on every page; the contents' numbers are where each section is; every chapter's lesson plan,
    the flow and the record form are printed; no page is near-empty; the helplines table is on one page."""
    from game.guide.printing import NEAR_EMPTY, page_fills, page_texts

    assert CHROMIUM is not None and POPPLER
    region = story.regions[region_id]
    report = write_guide(story, tmp_path, lang, region_id)
    assert report.notes == []
    pdf = tmp_path / f"guide-{lang}.pdf"
    texts = page_texts(shutil.which("pdftotext") or "", pdf)
    total = len(texts)
    for number, text in enumerate(texts, 1):
        assert f"{number} / {total}" in text, f"page {number} has no page number"
    html = (tmp_path / f"guide-{lang}.html").read_text(encoding="utf-8")
    assert "@@" not in html, "the draft's markers are not in the final guide"
    import re

    toc = re.findall(r'<li><a href="#([a-z0-9_-]+)">(.*?)</a> <span class="toc-page">(\d+)</span></li>', html)
    anchors = ["how-to", "classroom", *(f"chapter-{c.id}" for c in story.chapters), "duty", "helplines",
               "disclose", "record"]
    assert [anchor for anchor, _title, _page in toc] == anchors
    pages = [int(page) for _anchor, _title, page in toc]
    assert pages == sorted(pages) and pages[-1] <= total
    for anchor, title, page in toc:
        assert _squash(title) in _squash(texts[int(page) - 1]), f"{anchor} is not on page {page}"
    page_of = {anchor: int(page) for anchor, _title, page in toc}
    from game.guide import texts as T

    for chapter in story.chapters:
        start = page_of[f"chapter-{chapter.id}"]
        end = page_of[anchors[anchors.index(f"chapter-{chapter.id}") + 1]]
        printed = _squash(" ".join(texts[start - 1:end]))
        assert _squash(T.LESSON_HEADING.get(lang)) in printed, chapter.id
        assert _squash(T.CLOSING.get(lang)) in printed, chapter.id
    assert _squash(T.FLOW_AFTER.get(lang)) in _squash(texts[page_of["disclose"] - 1])
    assert _squash(T.RECORD_FIELDS[-1].get(lang)) in _squash(texts[page_of["record"] - 1])
    helplines = _squash(texts[page_of["helplines"] - 1])
    for number in region.numbers.values():
        assert number.number is None or _squash(number.number) in helplines, "the helplines table split"
    fills = page_fills(shutil.which("pdftoppm") or "", pdf)
    assert len(fills) == total
    near_empty = [n for n, fill in enumerate(fills, 1) if fill < NEAR_EMPTY]
    assert near_empty == [], f"near-empty pages: {near_empty} ({[round(fills[n - 1], 2) for n in near_empty]})"


def test_draft_markers_and_page_images_are_read_right() -> None:
    """Markers are found on the first page they are printed on; a PGM header is parsed even when the first
    pixel's value is a whitespace byte."""
    from game.guide.printing import _pgm, marker, section_pages

    texts = ["contents", f"x {marker('a')} y", f"{marker('b')}{marker('c')}", f"again {marker('a')}"]
    assert section_pages(texts, ["a", "b", "c", "missing"]) == {"a": 2, "b": 3, "c": 3}
    width, height, pixels = _pgm(b"P5\n3 2\n255\n" + bytes([10, 32, 255, 0, 0, 0]))
    assert (width, height) == (3, 2) and pixels == bytes([10, 32, 255, 0, 0, 0])


def test_jinja2_stays_build_time(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Only game/guide imports jinja2; without it `python -m game guide` says what to install (no traceback)."""
    import sys

    from game.cli import main

    offenders = [str(path.relative_to(ROOT)) for path in
                 [*ROOT.glob("game/*.py"), *ROOT.glob("game/ui/*.py"), *ROOT.glob("scenes/**/*.py"), ROOT / "main.py"]
                 if any(line.strip().startswith(("import jinja2", "from jinja2"))
                        for line in path.read_text(encoding="utf-8").splitlines())]
    assert offenders == []
    for name in [m for m in sys.modules if m == "game.guide" or m.startswith(("game.guide.", "jinja2"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "jinja2", None)  # type: ignore[arg-type]
    assert main(["guide", "--out", str(ROOT / "build" / "never"), "--story", str(ROOT / "story")]) == 1
    assert "jinja2 is not installed" in capsys.readouterr().err
    assert not (ROOT / "build" / "never").exists()


@pytest.mark.parametrize("region_id", ["ko-KR", "en-GB", "en-US"])
@pytest.mark.parametrize("make", [guide_html, letter_html, letter_before_html])
def test_both_languages_are_equivalent(story: Story, region_id: str, make) -> None:
    """The Korean and English pages have the same headings, rows, list items and blank fields."""
    import re

    region = story.regions[region_id]
    ko, en = make(story, region, "ko"), make(story, region, "en")
    assert [level for level, _ in Page(ko).headings] == [level for level, _ in Page(en).headings]
    for pattern in (r"<tr[ >]", r"<li[ >]", r'<td class="fill">', r'data-kind="[a-z-]+"', r"<dt>"):
        assert re.findall(pattern, ko) == re.findall(pattern, en), pattern
    assert Page(ko).lang == "ko" and Page(en).lang == "en"
