"""`python -m game strings export|import`: translation CSVs, on a copy of the real story."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
import yaml

from game.cli import main
from game.content.compile import read_project
from game.content.strings import COLUMNS

REAL_STORY = Path(__file__).resolve().parents[2] / "story"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    copy = tmp_path / "story"
    shutil.copytree(REAL_STORY, copy)
    return copy


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))}


def export(story: Path, out: Path, lang: str = "en") -> list[dict[str, str]]:
    assert main(["strings", "export", "--lang", lang, "--out", str(out), str(story)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)


def import_(story: Path, path: Path, lang: str = "en") -> int:
    return main(["strings", "import", str(path), "--lang", lang, str(story)])


def test_export_has_one_row_per_text_with_unique_ids(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "en.csv"
    rows = export(story, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,source,translation,context")  # a mark for spreadsheets
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    by_id = {row["id"]: row for row in rows}
    for expected in ("prologue.title", "prologue.discussion.0", "prologue.meet-guide.text",
                     "prologue.feeling-choice.options.excited.text", "story.badges.safety-hand.name",
                     "regions.en-GB.name", "minigames.safety-hand.safety-hand.prologue.title"):
        assert expected in by_id
    assert by_id["prologue.meet-guide.text"]["source"].startswith("어서 와요")
    assert by_id["prologue.meet-guide.text"]["translation"].startswith("Welcome, new time keeper!")
    assert "line" in by_id["prologue.meet-guide.text"]["context"]
    assert "grandma" in by_id["prologue.meet-guide.text"]["context"]
    # One row per text: as many rows as `ko:` keys in the story files.
    ko_keys = sum(text.count("ko:") for text in (p.read_text(encoding="utf-8") for p in story.rglob("*.yaml")))
    assert len(rows) == ko_keys


def test_round_trip_changes_no_byte(story: Path, tmp_path: Path) -> None:
    before = snapshot(story)
    out = tmp_path / "en.csv"
    export(story, out)
    assert import_(story, out) == 0
    assert snapshot(story) == before


def test_one_changed_translation_changes_only_that_value(story: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "en.csv"
    rows = export(story, out)
    prologue = story / "prologue.yaml"
    before = prologue.read_text(encoding="utf-8")
    old = "Welcome, new time keeper! I'm Grandma Clock. I've been waiting to meet you."
    new = "Welcome, time keeper! I'm Grandma Clock."
    for row in rows:
        if row["id"] == "prologue.meet-guide.text":
            row["translation"] = new
    write_rows(out, rows)
    others = {k: v for k, v in snapshot(story).items() if k != "prologue.yaml"}
    assert import_(story, out) == 0
    assert "1 text(s) changed" in capsys.readouterr().out
    after = prologue.read_text(encoding="utf-8")
    assert after == before.replace(f'en: "{old}"', f'en: "{new}"')
    before_lines, after_lines = before.splitlines(), after.splitlines()
    assert after_lines[0].startswith("# yaml-language-server")
    assert [line for line in after_lines if line.lstrip().startswith("#")] == \
        [line for line in before_lines if line.lstrip().startswith("#")]
    assert list(yaml.safe_load(after)) == list(yaml.safe_load(before))  # key order
    assert {k: v for k, v in snapshot(story).items() if k != "prologue.yaml"} == others


def test_unknown_ids_are_reported(story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "en.csv"
    rows = export(story, out)
    rows.append({"id": "prologue.no-such-step.text", "source": "", "translation": "Hi", "context": ""})
    write_rows(out, rows)
    assert import_(story, out) == 0
    assert "prologue.no-such-step.text" in capsys.readouterr().out

    write_rows(out, [{"id": "nowhere.text", "source": "", "translation": "Hi", "context": ""}])
    assert import_(story, out) == 1  # nothing matched
    assert "nowhere.text" in capsys.readouterr().out


@pytest.mark.parametrize("text_id", ["prologue.meet-guide.text", "story.check.secret-gift.question",
                                     "story.characters.keeper.name"])
def test_texts_with_colons_and_quotes_stay_valid_yaml(story: Path, tmp_path: Path, text_id: str) -> None:
    tricky = 'Time: 3 o\'clock, "don\'t tell" \\ #1 [yes]'
    out = tmp_path / "en.csv"
    rows = export(story, out)
    for row in rows:
        if row["id"] == text_id:
            row["translation"] = tricky
    write_rows(out, rows)
    assert import_(story, out) == 0
    rows = export(story, tmp_path / "again.csv")
    assert {row["id"]: row["translation"] for row in rows}[text_id] == tricky
    project, diagnostics = read_project(story)
    assert project is not None
    assert not [d for d in diagnostics if d.severity == "error"]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_language_of_the_story_exports_and_imports(story: Path, tmp_path: Path, lang: str) -> None:
    """The language list comes from game.story.LANGS; Korean too, e.g. for a proofreading round."""
    from game.story import LANGS

    assert lang in LANGS
    out = tmp_path / f"{lang}.csv"
    rows = export(story, out, lang)
    row = next(r for r in rows if r["id"] == "prologue.meet-guide.text")
    assert row["translation"] == row["source"] if lang == "ko" else row["translation"].startswith("Welcome")
    row["translation"] = "고친 문장이에요." if lang == "ko" else "Hello, new time keeper!"
    write_rows(out, [row])
    assert import_(story, out, lang) == 0
    data = yaml.safe_load((story / "prologue.yaml").read_text(encoding="utf-8"))
    assert next(s for s in data["steps"] if s["id"] == "meet-guide")["text"][lang] == row["translation"]
    _project, diagnostics = read_project(story)
    assert [d for d in diagnostics if d.severity == "error"] == []


def test_voice_script_is_in_play_order_with_speaker_and_expression(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "script-ko.csv"
    assert main(["strings", "script", "--lang", "ko", "--out", str(out), str(story)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,speaker,text,expression")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ids = [r["id"] for r in rows]
    assert ids[:3] == ["prologue.title", "prologue.content_note", "prologue.intro"]
    meet = rows[ids.index("prologue.meet-guide.text")]
    assert (meet["speaker"], meet["expression"]) == ("시계 할머니", "happy")
    assert meet["text"].startswith("어서 와요")
    chapters = [i.split(".", 1)[0] for i in ids]
    order = list(dict.fromkeys(chapters))
    assert order == yaml.safe_load((story / "story.yaml").read_text(encoding="utf-8"))["chapters"]
    assert ids.index("prologue.above-the-clouds.text") < ids.index("prologue.meet-guide.text")
    exported = {r["id"] for r in export(story, tmp_path / "ko.csv", "ko")}
    assert {i for i in ids} <= exported  # the same ids as the translation CSV
