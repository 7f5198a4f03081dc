"""docs/AUTHORING.md is right: the chapter its §1 builds checks clean in the real story and shows on the map,
its loop example gives the error it shows, and every checker message code is explained in §3."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path
from textwrap import dedent

from game.cli import main
from game.content.compile import read_project
from game.content.schemagen import write_schemas
from game.content.storymap import write_story_map

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "AUTHORING.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"```yaml\n(.*?)```", re.S)


def _section(title: str) -> str:
    start = GUIDE.index(title)
    end = GUIDE.index("\n## ", start + 1) if "\n## " in GUIDE[start + 1:] else len(GUIDE)
    return GUIDE[start:end]


def _blocks(start: str, end: str) -> list[str]:
    part = GUIDE[GUIDE.index(start):GUIDE.index(end)]
    return [dedent(b) for b in BLOCK.findall(part)]


def _story_with_the_tutorial_chapter(tmp_path: Path) -> Path:
    """A copy of the real story (next to its schemas) with §1's chapter and §1.6's changes, done as written."""
    folder = tmp_path / "story"
    shutil.copytree(ROOT / "story", folder)
    write_schemas(tmp_path / "docs" / "schema", folder)
    header, lines, choice, quiz, end = _blocks("### 1.1 Create the file", "### 1.6 Add the chapter")
    steps = "\n".join(block.rstrip("\n") for block in (lines, _indented(choice), _indented(quiz), _indented(end)))
    (folder / "library.yaml").write_text(header + "\n" + steps + "\n", encoding="utf-8")
    manifest = (folder / "story.yaml").read_text(encoding="utf-8")
    manifest = manifest.replace("  - emotional\n", "  - emotional\n  - library\n", 1)
    piece = _blocks("### 1.6 Add the chapter", "### 1.7 Check it")[1]
    manifest = manifest.replace("time_pieces:\n", piece, 1)  # the block starts with `time_pieces:` itself
    assert "courage: 0" in GUIDE
    manifest = manifest.replace("variables:\n", "variables:\n  courage: 0\n", 1)
    (folder / "story.yaml").write_text(manifest, encoding="utf-8")
    return folder


def _indented(block: str) -> str:
    """§1.3 to §1.5 show steps as they sit under `steps:` (two spaces in): keep them so."""
    return block if block.startswith("  - ") else "\n".join("  " + line for line in block.split("\n"))


def test_the_chapter_written_from_section_1_checks_clean_and_shows_on_the_map(tmp_path, capsys):
    folder = _story_with_the_tutorial_chapter(tmp_path)
    project, diagnostics = read_project(folder)
    assert project is not None
    assert [d.format() for d in diagnostics] == []
    assert project.chapter("library") is not None
    page, _ = write_story_map(folder, tmp_path / "map", use_dot=False)
    text = page.read_text(encoding="utf-8")
    for step in ("arrive", "jiwoo-worried", "what-to-say", "secret-quiz", "tell-teacher", "get-piece", "end"):
        assert f'id="step:library.{step}"' in text, step
    assert main(["paths", str(folder)]) == 0
    assert re.search(r"^  library\s", capsys.readouterr().out, re.MULTILINE)


def test_the_loop_example_gives_the_error_the_guide_shows(tmp_path):
    example = next(b for b in BLOCK.findall(_section("### 2.2 Step kinds")) if "only way out needs met_owl" in b)
    story = ("title: {ko: 테스트, en: Test}\nchapters: [one]\nvariables:\n  met_owl: false\n")
    chapter = ("id: one\ntitle: {ko: 하나, en: One}\nintro: {ko: 시작, en: Start}\noutro: {ko: 끝, en: End}\n"
               "steps:\n" + example + "  - {id: next-part, kind: ending, title: {ko: 끝, en: End}, "
               "text: {ko: 끝, en: Done}}\n")
    (tmp_path / "story.yaml").write_text(story, encoding="utf-8")
    (tmp_path / "one.yaml").write_text(chapter, encoding="utf-8")
    _project, diagnostics = read_project(tmp_path)
    assert [d.code for d in diagnostics] == ["loop-exit-closed"]
    shown = re.search(r"error\[loop-exit-closed\]: (.*)", GUIDE)
    assert shown is not None and diagnostics[0].message == shown.group(1)


def test_every_checker_message_code_is_explained_in_section_3():
    codes: set[str] = set()
    for path in (ROOT / "game" / "content").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Diagnostic" and len(node.args) > 1
                    and isinstance(node.args[1], ast.Constant)):
                codes.add(node.args[1].value)
    assert len(codes) > 40
    explained = set(re.findall(r"^\| `([a-z0-9-]+)` \|", _section("## 3. Every checker message"), re.MULTILINE))
    assert sorted(codes - explained) == []


def test_the_chapter_written_from_section_1_previews_in_the_game(tmp_path, display):
    """`play --dev --start library.arrive` on that story: the chapter card, then the chapter's first line, no crash."""
    from game.boot import create_app
    from game.content.compile import load_story_dir
    from game.save import MemoryStorage, Saves
    from game.testing import Pilot
    from scenes.card import CardScene
    from scenes.dialogue import DialogueScene

    story = load_story_dir(_story_with_the_tutorial_chapter(tmp_path))
    saves = Saves(MemoryStorage())
    app = create_app(story, saves, display, "en", dev=True, start="library.arrive")
    pilot = Pilot(app)
    pilot.step(2)
    assert isinstance(pilot.top_scene, CardScene)  # the chapter card plays first
    pilot.press("confirm")
    assert pilot.top_scene_is(DialogueScene) and pilot.state.step_id == "library.arrive"
    assert saves.load_game() is None  # a preview never saves
