"""Render the teacher guide and the family letter as self-contained HTML (inline CSS, no external resources)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from game.guide import texts as T
from game.placeholders import fill
from game.story import Chapter, MinigameStep, QuizStep, Region, Story, Text

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0; background: #ffffff; color: #1b1b1b;
  font-family: "Noto Sans KR", "Noto Sans CJK KR", "NanumBarunGothic", "NanumGothic", "Malgun Gothic",
    "Apple SD Gothic Neo", "DejaVu Sans", sans-serif;
  font-size: 1.05rem; line-height: 1.6; word-break: keep-all; overflow-wrap: break-word;
}
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 3px solid #1d4e89; }
h1 { font-size: 2rem; line-height: 1.25; color: #12355f; margin: 0 0 0.5rem; }
h2 { font-size: 1.5rem; line-height: 1.3; color: #12355f; margin: 2rem 0 0.75rem;
     border-bottom: 2px solid #c9d6e8; padding-bottom: 0.2rem; }
h3 { font-size: 1.2rem; color: #1b1b1b; margin: 1.4rem 0 0.4rem; }
h4 { font-size: 1.05rem; margin: 1rem 0 0.3rem; }
p, li { margin: 0.35rem 0; }
a { color: #0b4a8b; }
.meta { color: #3d3d3d; margin: 0 0 1rem; }
nav { background: #f2f5fa; border: 1px solid #c9d6e8; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
nav h2 { margin-top: 0.5rem; border: 0; font-size: 1.2rem; }
.note { background: #fff7e0; border-left: 5px solid #9a6a00; padding: 0.5rem 0.9rem; }
.summary { font-size: 1.08rem; }
.quiz { border: 1px solid #c9d6e8; border-radius: 6px; padding: 0.4rem 0.9rem 0.6rem; margin: 0.8rem 0;
        break-inside: avoid; page-break-inside: avoid; }
.answers { list-style: none; padding-left: 0; }
.answer { border: 1px solid #d0d0d0; border-radius: 4px; padding: 0.35rem 0.6rem; margin: 0.4rem 0; }
.answer.correct { background: #e5f3e8; border: 2px solid #1e6b34; }
.mark { font-weight: 700; display: inline-block; min-width: 5.5rem; }
.answer.correct .mark { color: #14532a; }
.answer.wrong .mark { color: #5a1a1a; }
.explanation { color: #2b2b2b; margin-left: 0.2rem; }
.skill strong { color: #12355f; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.3rem; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #8a8a8a; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e3eaf5; }
tbody th { font-weight: 600; }
.number { font-size: 1.3rem; font-weight: 700; white-space: nowrap; color: #12355f; }
footer { color: #3d3d3d; font-size: 0.9rem; padding-top: 1rem; padding-bottom: 2rem; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { font-size: 11pt; line-height: 1.5; }
  .summary { font-size: 11.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  h1 { font-size: 22pt; } h2 { font-size: 16pt; } h3 { font-size: 13pt; } h4 { font-size: 11.5pt; }
  .chapter, .page { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  a { color: #1b1b1b; text-decoration: none; }
}
"""

LETTER_CSS = """
body { font-size: 1rem; line-height: 1.5; }
header { border-bottom: 3px solid #1d4e89; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.2rem; margin: 1rem 0 0.4rem; }
@page { size: A4; margin: 14mm 15mm; }
@media print {
  body { font-size: 10pt; line-height: 1.4; }
  .played { columns: 2; column-gap: 2rem; }
  h1 { font-size: 17pt; } h2 { font-size: 12pt; margin: 0.6rem 0 0.25rem; }
  p, li { margin: 0.15rem 0; }
  .number { font-size: 12pt; }
  th, td { padding: 0.15rem 0.4rem; }
  footer { padding-top: 0.4rem; }
}
"""


class _Writer:
    """Fills and escapes every text for one language and region."""

    def __init__(self, story: Story, region: Region, lang: str) -> None:
        self.story = story
        self.region = region
        self.lang = lang

    def s(self, text: Text | str) -> str:
        """The filled, HTML-escaped text ({title}, {route} and the region's placeholders)."""
        raw = text.get(self.lang) if isinstance(text, Text) else text
        raw = raw.replace("{title}", self.story.title.get(self.lang)).replace("{route}", self.route())
        return escape(fill(raw, self.region, self.lang))

    def route(self) -> str:
        """Where abuse is reported: the report channel's name, with its number where it has one."""
        report = self.region.numbers.get("report")
        if report is None:
            return ""
        name = report.name.get(self.lang)
        return f"{name} ({report.number})" if report.number else name

    def items(self, texts: Iterable[Text], tag: str = "ul") -> str:
        """A list of filled texts."""
        body = "".join(f"<li>{self.s(text)}</li>" for text in texts)
        return f"<{tag}>{body}</{tag}>"


def _page(lang: str, title: str, css: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def chapter_anchor(chapter: Chapter) -> str:
    """The id of a chapter's section in the guide."""
    return f"chapter-{chapter.id}"


def _chapter_heading(w: _Writer, index: int, chapter: Chapter) -> str:
    if index == 0 or index == len(w.story.chapters) - 1:
        return w.s(chapter.title)  # "Prologue: ..." and "Final Chapter: ..." name themselves
    label = f"{index}장" if w.lang == "ko" else f"Chapter {index}"
    return f"{label} · {w.s(chapter.title)}"


def _quiz(w: _Writer, number: int, quiz: QuizStep) -> str:
    answers = []
    for answer in quiz.answers:
        state = "correct" if answer.correct else "wrong"
        mark = ("✔ " + w.s(T.CORRECT)) if answer.correct else ("✘ " + w.s(T.NOT_CORRECT))
        flag = "true" if answer.correct else "false"
        answers.append(
            f'<li class="answer {state}" data-answer="{escape(answer.id)}" data-correct="{flag}">'
            f'<span class="mark">{mark}</span> <span class="answer-text">{w.s(answer.text)}</span>'
            f'<br><span class="explanation"><em>{w.s(T.EXPLANATION)}:</em> {w.s(answer.explanation)}</span></li>')
    return (f'<section class="quiz" data-quiz="{escape(quiz.id)}">'
            f'<h4>{w.s(T.QUESTION)} {number}. <span class="question">{w.s(quiz.question)}</span></h4>'
            f'<ul class="answers">{"".join(answers)}</ul></section>')


def _minigames(w: _Writer, chapter: Chapter) -> str:
    rows = []
    for step in chapter.steps:
        if not isinstance(step, MinigameStep):
            continue
        pool = w.story.minigames.get(step.name, {}).get(str(step.params.get("pool", "")))
        if pool is None:
            continue
        rows.append(f'<li class="skill" data-minigame="{escape(step.name)}"><strong>{w.s(pool.title)}</strong>: '
                    f"{w.s(pool.instructions)}</li>")
    if not rows:
        return ""
    return f"<h3>{w.s(T.MINIGAMES)}</h3><ul>{''.join(rows)}</ul>"


def _chapter(w: _Writer, index: int, chapter: Chapter) -> str:
    parts = [f'<section class="chapter" id="{chapter_anchor(chapter)}" aria-labelledby="{chapter_anchor(chapter)}-h">',
             f'<h2 id="{chapter_anchor(chapter)}-h">{_chapter_heading(w, index, chapter)}</h2>']
    if chapter.summary is not None:
        parts.append(f'<h3>{w.s(T.SUMMARY)}</h3><p class="summary">{w.s(chapter.summary)}</p>')
    if chapter.objectives:
        parts.append(f"<h3>{w.s(T.OBJECTIVES)}</h3><p>{w.s(T.OBJECTIVES_LEAD)}</p>{w.items(chapter.objectives)}")
    if chapter.content_note is not None:
        parts.append(f'<h3>{w.s(T.CONTENT_NOTE)}</h3><p class="note">{w.s(chapter.content_note)}</p>')
    notes = [note.text for note in chapter.teacher_notes if note.region in (None, w.region.id)]
    if notes:
        parts.append(f'<h3>{w.s(T.TEACHER_NOTES)}</h3><ul class="teacher-notes">'
                     + "".join(f"<li>{w.s(n)}</li>" for n in notes) + "</ul>")
    if chapter.discussion:
        parts.append(f'<h3>{w.s(T.DISCUSSION)}</h3><ol class="discussion">'
                     + "".join(f"<li>{w.s(d)}</li>" for d in chapter.discussion) + "</ol>")
    parts.append(_minigames(w, chapter))
    quizzes = [step for step in chapter.steps if isinstance(step, QuizStep)]
    parts.append(f"<h3>{w.s(T.QUIZZES)}</h3>")
    if quizzes:
        parts.extend(_quiz(w, n, quiz) for n, quiz in enumerate(quizzes, 1))
    else:
        parts.append(f"<p>{w.s(T.NO_QUIZ)}</p>")
    parts.append("</section>")
    return "".join(parts)


def helpline_table(w: _Writer, caption: Text | None = None) -> str:
    """The region's numbers as a table with row and column headers."""
    head = "".join(f'<th scope="col">{w.s(text)}</th>'
                   for text in (T.HELPLINE_ROLE, T.HELPLINE_NAME, T.HELPLINE_NUMBER, T.HELPLINE_NOTE))
    rows = []
    for role, number in w.region.numbers.items():
        role_name = T.ROLE_NAMES.get(role, Text(ko=role, en=role))
        note = w.s(number.note) if number.note else ""
        rows.append(f'<tr><th scope="row">{w.s(role_name)}</th><td>{w.s(number.name)}</td>'
                    f'<td class="number">{escape(number.number or "—")}</td><td>{note}</td></tr>')
    cap = f"<caption>{w.s(caption)}</caption>" if caption else ""
    return f'<table class="helplines">{cap}<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _route(w: _Writer) -> str:
    """Outside Korea: that region's own route (danger now, the school's procedure, where abuse is reported)."""
    report = w.region.numbers.get("report")
    uncertain = report is not None and report.uncertain
    return w.items(T.ROUTE) + (f'<p class="note">{w.s(T.ROUTE_UNCERTAIN)}</p>' if uncertain else "")


def guide_html(story: Story, region: Region, lang: str) -> str:
    """The whole teacher guide as one HTML page."""
    w = _Writer(story, region, lang)
    title = f"{w.s(T.GUIDE_TITLE)}: {w.s(story.title)}"
    region_line = f"{w.s(T.REGION_LABEL)}: {w.s(region.name)}"
    toc = [f'<li><a href="#how-to">{w.s(T.HOW_TO_HEADING)}</a></li>']
    toc += [f'<li><a href="#{chapter_anchor(c)}">{_chapter_heading(w, i, c)}</a></li>'
            for i, c in enumerate(story.chapters)]
    korea = region.id == T.KOREA
    duty_heading = T.DUTY_HEADING if korea else T.ROUTE_HEADING
    toc += [f'<li><a href="#disclose">{w.s(T.DISCLOSE_HEADING)}</a></li>',
            f'<li><a href="#duty">{w.s(duty_heading)}</a></li>',
            f'<li><a href="#helplines">{w.s(T.HELPLINES_HEADING)}</a></li>']
    disclose_report = T.DISCLOSE_REPORT_KOREA if korea else T.DISCLOSE_REPORT_OTHER
    duty = w.items(T.DUTY) if korea else _route(w)
    body = "\n".join([
        f'<header><h1>{title}</h1><p class="meta">{region_line}</p></header>',
        "<main>",
        f'<nav aria-labelledby="toc-h"><h2 id="toc-h">{w.s(T.CONTENTS)}</h2><ol>{"".join(toc)}</ol></nav>',
        f'<section id="how-to" aria-labelledby="how-to-h"><h2 id="how-to-h">{w.s(T.HOW_TO_HEADING)}</h2>'
        f"{w.items(T.HOW_TO)}</section>",
        *(_chapter(w, i, c) for i, c in enumerate(story.chapters)),
        f'<section class="page" id="disclose" aria-labelledby="disclose-h"><h2 id="disclose-h">'
        f"{w.s(T.DISCLOSE_HEADING)}</h2><p>{w.s(T.DISCLOSE_LEAD)}</p>{w.items(T.DISCLOSE, 'ol')}"
        f'<p class="note">{w.s(disclose_report)}</p><p>{w.s(T.DISCLOSE_SOURCE)}</p></section>',
        f'<section id="duty" aria-labelledby="duty-h"><h2 id="duty-h">{w.s(duty_heading)}</h2>'
        f"{duty}</section>",
        f'<section id="helplines" aria-labelledby="helplines-h"><h2 id="helplines-h">{w.s(T.HELPLINES_HEADING)}'
        f" · {w.s(region.name)}</h2>{helpline_table(w)}<p>{w.s(T.HELPLINES_CHECK)}</p></section>",
        "</main>",
        f"<footer><p>{w.s(T.GENERATED)}</p></footer>",
    ])
    return _page(lang, title, CSS, body)


def letter_html(story: Story, region: Region, lang: str) -> str:
    """The one-page family letter as one HTML page."""
    w = _Writer(story, region, lang)
    title = f"{w.s(T.LETTER_TITLE)}: {w.s(story.title)}"
    played = "".join(f"<li>{w.s(c.title)}</li>" for c in story.chapters)
    fingerprint = ""
    if region.id == T.KOREA:
        fingerprint = (f'<section aria-labelledby="fp-h"><h2 id="fp-h">{w.s(T.FINGERPRINT_HEADING)}</h2>'
                       f"<p>{w.s(T.FINGERPRINT)}</p></section>")
    body = "\n".join([
        f"<header><h1>{title}</h1></header>",
        "<main>",
        f"<p>{w.s(T.LETTER_GREETING)}</p><p>{w.s(T.LETTER_INTRO)}</p>",
        f'<section aria-labelledby="played-h"><h2 id="played-h">{w.s(T.LETTER_PLAYED)}</h2>'
        f'<ol class="played">{played}</ol>'
        f"<p><strong>{w.s(T.LETTER_MESSAGES_LEAD)}:</strong></p>{w.items(T.LETTER_MESSAGES)}</section>",
        f'<section aria-labelledby="talk-h"><h2 id="talk-h">{w.s(T.LETTER_TALK)}</h2>'
        f"{w.items(T.LETTER_TALK_ITEMS)}</section>",
        f'<section aria-labelledby="help-h"><h2 id="help-h">{w.s(T.LETTER_HELPLINES)} · {w.s(region.name)}</h2>'
        f"{helpline_table(w)}</section>",
        fingerprint,
        "</main>",
        f"<footer><p>{w.s(T.LETTER_CLOSING)}</p><p>{w.s(T.LETTER_SIGNATURE)}</p></footer>",
    ])
    return _page(lang, title, CSS + LETTER_CSS, body)
