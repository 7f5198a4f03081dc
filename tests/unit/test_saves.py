"""Saved games on disk and in memory: round trips, notices, kept copies, atomic writes and content edits."""

from __future__ import annotations

import json
import os
from pathlib import Path
from textwrap import dedent
from types import SimpleNamespace

import pytest

from game.browser import PREFIX, BrowserStorage
from game.content.compile import load_story_dir
from game.runner import StoryRunner
from game.save import DAMAGED_SUFFIX, GAME_KEY, SETTINGS_KEY, FileStorage, MemoryStorage, Saves
from game.settings import Settings
from game.state import PlayState, QuizRecord
from game.ui.strings import UI

DAMAGED_KEY = GAME_KEY + DAMAGED_SUFFIX


def rich_state() -> PlayState:
    """A state with most fields away from their defaults, Korean text included."""
    return PlayState(
        step_id="one.quiz", intro_pending=False, variables={"met": True, "courage": 3, "name": "부엉이"},
        visits={"one.hello": 1, "one.quiz": 2},
        quizzes={"one.quiz": QuizRecord(first_answer="y", first_correct=False, points=0, tries=2)},
        badges=["b1"], time_pieces=["p1"], background="home", seed=42, completed=["zero"],
    )


def file_saves(folder: Path) -> Saves:
    """A fresh `Saves` over files in `folder`, as a new session of the game would open it."""
    return Saves(FileStorage(folder))


# -- round trips -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["memory", "file"])
def test_saved_game_round_trips(kind, tmp_path):
    """What is saved comes back equal, with no notice."""
    saves = Saves(MemoryStorage()) if kind == "memory" else file_saves(tmp_path)
    saves.save_game(rich_state())
    assert saves.load_game() == rich_state()
    assert saves.notice is None


def test_file_save_is_readable_json_tagged_with_the_version(tmp_path):
    """On desktop the save is one UTF-8 JSON file carrying the game tag and the save version."""
    file_saves(tmp_path).save_game(rich_state())
    data = json.loads((tmp_path / f"{GAME_KEY}.json").read_text(encoding="utf-8"))
    assert (data["game"], data["version"], data["variables"]["name"]) == ("time-stopped", PlayState.SAVE_VERSION,
                                                                          "부엉이")


def test_no_save_means_no_game_and_no_notice(tmp_path):
    """A first start has nothing to continue and nothing to apologise for."""
    saves = file_saves(tmp_path)
    assert saves.load_game() is None and saves.notice is None


# -- refused saves: notices and kept copies ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   ", "not json", '{"version": 2, "step_id": ', "[1, 2, 3]", "null", '"a save"',
     '{"name": "another app", "items": [1, 2]}', '{"version": 1, "step_id": 3}', "[" * 100_000],
    ids=["empty", "blank", "not-json", "truncated", "list", "null", "string", "foreign", "wrong-type", "deep"],
)
def test_an_unusable_save_gives_the_damaged_notice_and_a_fresh_start(text):
    """Empty, cut-off, non-JSON or foreign saves load as None with the 'damaged-save' notice."""
    saves = Saves(storage := MemoryStorage())
    storage.set(GAME_KEY, text)
    assert saves.load_game() is None
    assert saves.notice == "damaged-save"


def test_a_damaged_save_is_copied_aside_before_anything_overwrites_it():
    """The refused text is kept under `<key>.damaged`, and a new game's save does not touch it."""
    saves = Saves(storage := MemoryStorage())
    storage.set(GAME_KEY, '{"version": 2, "step_id": ')
    assert not saves.has_game()
    saves.save_game(PlayState(step_id="one.hello"))
    assert storage.get(DAMAGED_KEY) == '{"version": 2, "step_id": '
    assert saves.load_game() == PlayState(step_id="one.hello")


def test_a_damaged_browser_save_is_copied_to_its_own_local_storage_key():
    """In the browser the refused text is kept under the namespaced `<key>.damaged` key."""

    class FakeLocalStorage(dict[str, str]):
        def getItem(self, key: str) -> str | None:  # the Web Storage API names
            return self.get(key)

        def setItem(self, key: str, value: str) -> None:
            self[key] = value

        def removeItem(self, key: str) -> None:
            self.pop(key, None)

    local = FakeLocalStorage({PREFIX + GAME_KEY: "{oops"})
    saves = Saves(BrowserStorage(SimpleNamespace(localStorage=local)))
    assert saves.load_game() is None and saves.notice == "damaged-save"
    saves.save_game(PlayState(step_id="one.hello"))
    assert local[PREFIX + DAMAGED_KEY] == "{oops"


def test_a_damaged_file_is_kept_byte_for_byte(tmp_path):
    """On desktop the copy is `<key>.damaged.json`, identical even when the bytes are not UTF-8."""
    garbage = b'{"version": 2, "step_id": "\xff\xfe\x00 cut'
    tmp_path.joinpath(f"{GAME_KEY}.json").write_bytes(garbage)
    saves = file_saves(tmp_path)
    assert saves.load_game() is None and saves.notice == "damaged-save"
    saves.save_game(PlayState(step_id="one.hello"))
    assert tmp_path.joinpath(f"{GAME_KEY}.damaged.json").read_bytes() == garbage


def test_the_damaged_copy_is_written_once_not_on_every_look():
    """The title asks several times; an unchanged damaged save is copied only once."""

    class CountingStorage(MemoryStorage):
        writes = 0

        def set(self, key: str, value: str) -> None:
            self.writes += 1
            super().set(key, value)

    storage = CountingStorage()
    storage.data[GAME_KEY] = "oops"
    saves = Saves(storage)
    for _ in range(3):
        saves.load_game()
    assert storage.writes == 1


def test_a_newer_save_is_refused_with_its_own_notice_and_kept(tmp_path):
    """A save from a newer game gives 'newer-save', is copied aside, and no older backup replaces it."""
    storage = FileStorage(tmp_path)
    Saves(storage).save_game(PlayState(step_id="one.hello"))
    newer = json.dumps({**rich_state().to_dict(), "version": PlayState.SAVE_VERSION + 1, "new_thing": [1]})
    storage.set(GAME_KEY, newer)  # the old save is now the .bak
    saves = Saves(storage)
    assert saves.load_game() is None
    assert saves.notice == "newer-save"
    assert storage.get(DAMAGED_KEY) == newer


def test_every_save_notice_has_korean_and_english_text():
    """The title screen can show each notice in both languages."""
    for key in ("damaged-save", "newer-save", "restored-backup"):
        assert UI[key].ko and UI[key].en


def test_the_notice_clears_once_a_good_save_loads():
    """After a fresh start is saved, the old apology no longer shows."""
    saves = Saves(storage := MemoryStorage())
    storage.set(GAME_KEY, "oops")
    saves.load_game()
    saves.save_game(PlayState(step_id="one.hello"))
    assert saves.load_game() is not None and saves.notice is None


def test_a_save_with_text_that_cannot_be_written_back_is_refused():
    """A lone surrogate escape would make the next autosave fail, so such a save counts as damaged."""
    saves = Saves(storage := MemoryStorage())
    storage.set(GAME_KEY, json.dumps({**PlayState(step_id="one.hello").to_dict(), "background": "\ud800"}))
    assert saves.load_game() is None and saves.notice == "damaged-save"


def test_damaged_settings_fall_back_to_defaults():
    """Settings that are not JSON, or absurdly nested, give defaults instead of a crash."""
    for text in ("{", "[" * 100_000):
        storage = MemoryStorage()
        storage.set(SETTINGS_KEY, text)
        assert Saves(storage).load_settings() == Settings()


# -- atomic writes and the backup --------------------------------------------------------------------


def test_the_previous_save_is_kept_as_bak(tmp_path):
    """Each write keeps the save before it as `<key>.json.bak`."""
    saves = file_saves(tmp_path)
    saves.save_game(PlayState(step_id="one.hello"))
    saves.save_game(rich_state())
    assert FileStorage(tmp_path).get_backup(GAME_KEY) == json.dumps(PlayState(step_id="one.hello").to_dict(),
                                                                    ensure_ascii=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{GAME_KEY}.json", f"{GAME_KEY}.json.bak"]


def test_the_temp_file_is_flushed_to_disk_before_it_is_renamed(tmp_path, monkeypatch):
    """fsync on the new text comes before any rename, so a power cut cannot leave an empty save."""
    saves = file_saves(tmp_path)
    saves.save_game(PlayState(step_id="one.hello"))
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda src, dst: (events.append("replace"), real_replace(src, dst))[1])
    saves.save_game(rich_state())
    assert events[:3] == ["fsync", "replace", "replace"]


def test_a_crash_before_the_rename_leaves_the_previous_save_readable(tmp_path, monkeypatch):
    """If the game stops after writing the temp file but before renaming it, the old save still loads."""
    saves = file_saves(tmp_path)
    saves.save_game(PlayState(step_id="one.hello"))
    real_replace = os.replace
    calls: list[object] = []

    def crash_once(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 1:
            raise OSError("the power went out")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", crash_once)
    saves.save_game(rich_state())  # logged, not raised
    monkeypatch.setattr(os, "replace", real_replace)
    again = file_saves(tmp_path)
    assert again.load_game() == PlayState(step_id="one.hello")
    assert again.notice is None


def test_a_crash_between_the_two_renames_falls_back_to_the_backup(tmp_path, monkeypatch):
    """If the old save became the .bak but the new one never took its place, the .bak is used."""
    saves = file_saves(tmp_path)
    saves.save_game(PlayState(step_id="one.hello"))
    real_replace = os.replace
    calls: list[object] = []

    def crash_second(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError("the power went out")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", crash_second)
    saves.save_game(rich_state())
    monkeypatch.setattr(os, "replace", real_replace)
    assert not tmp_path.joinpath(f"{GAME_KEY}.json").exists()
    again = file_saves(tmp_path)
    assert again.load_game() == PlayState(step_id="one.hello")
    assert again.notice == "restored-backup"


def test_a_failed_temp_write_leaves_no_temp_file_and_the_old_save(tmp_path, monkeypatch):
    """A full disk while writing the temp file keeps the old save and cleans up."""
    saves = file_saves(tmp_path)
    saves.save_game(PlayState(step_id="one.hello"))

    def disk_full(fd: int) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    saves.save_game(rich_state())
    monkeypatch.undo()
    assert file_saves(tmp_path).load_game() == PlayState(step_id="one.hello")
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_an_unreadable_main_save_falls_back_to_a_good_backup(tmp_path):
    """A damaged main file with a good .bak continues from the .bak, says so, and keeps the damaged text."""
    saves = file_saves(tmp_path)
    saves.save_game(PlayState(step_id="one.hello"))
    saves.save_game(rich_state())
    tmp_path.joinpath(f"{GAME_KEY}.json").write_text('{"game": "time-stopped", "ver', encoding="utf-8")
    again = file_saves(tmp_path)
    assert again.load_game() == PlayState(step_id="one.hello")
    assert again.notice == "restored-backup"
    assert tmp_path.joinpath(f"{GAME_KEY}.damaged.json").read_text(encoding="utf-8").startswith('{"game"')


def test_a_damaged_main_save_and_a_damaged_backup_give_a_fresh_start(tmp_path):
    """With nothing usable at all, the damaged notice shows and nothing crashes."""
    tmp_path.joinpath(f"{GAME_KEY}.json").write_text("{", encoding="utf-8")
    tmp_path.joinpath(f"{GAME_KEY}.json.bak").write_text("}", encoding="utf-8")
    saves = file_saves(tmp_path)
    assert saves.load_game() is None and saves.notice == "damaged-save"


def test_starting_over_also_forgets_the_backup(tmp_path):
    """After 'start over', continuing must not bring back the old game from the .bak."""
    saves = file_saves(tmp_path)
    saves.save_game(PlayState(step_id="one.hello"))
    saves.save_game(rich_state())
    saves.clear_game()
    assert file_saves(tmp_path).load_game() is None
    assert list(tmp_path.iterdir()) == []


# -- content edited between saving and loading -------------------------------------------------------

STORY = """\
    title: {ko: 이야기, en: Story}
    chapters: [one, two]
"""


def chapter(chapter_id: str, step_ids: list[str], final: bool) -> str:
    """A chapter of plain lines ending in a chapter end, or in the story's ending if it is the `final` one."""
    lines = [f"  - {{id: {s}, kind: line, text: {{ko: {s}, en: {s}}}}}" for s in step_ids]
    last = ("  - {id: fin, kind: ending, title: {ko: 끝, en: End}, text: {ko: 끝, en: End}}" if final
            else "  - {id: end, kind: chapter_end}")
    head = [f"id: {chapter_id}", "title: {ko: 장, en: Chapter}", "intro: {ko: 시작, en: Start}",
            "outro: {ko: 끝, en: End}", "steps:"]
    return "\n".join([*head, *lines, last]) + "\n"


def write_story(folder: Path, chapters: dict[str, list[str]]) -> Path:
    """Write story.yaml and one file per chapter into `folder` (replacing what was there)."""
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.yaml"):
        old.unlink()
    story = dedent(STORY).replace("[one, two]", "[" + ", ".join(chapters) + "]")
    folder.joinpath("story.yaml").write_text(story, encoding="utf-8")
    for chapter_id, steps in chapters.items():
        text = chapter(chapter_id, steps, final=chapter_id == list(chapters)[-1])
        folder.joinpath(f"{chapter_id}.yaml").write_text(text, encoding="utf-8")
    return folder


def play_to(folder: Path, saves: Saves, step_id: str) -> None:
    """Play the story in `folder` from the start, autosaving every turn, until `step_id` shows."""
    runner = StoryRunner(load_story_dir(folder), on_change=saves.save_game)
    for _ in range(50):
        if runner.state.step_id == step_id and not runner.state.intro_pending:
            return
        if runner.state.at_map:
            runner.choose_chapter(runner.playable_chapters()[-1])
        else:
            runner.advance()
    raise AssertionError(f"never reached {step_id}")


def test_a_save_on_a_removed_step_resumes_at_the_start_of_its_chapter(tmp_path):
    """Save on a step, delete that step from the YAML: continuing starts the same chapter again."""
    folder = write_story(tmp_path / "story", {"one": ["a", "b", "c"], "two": ["x", "y"]})
    saves = file_saves(tmp_path / "saves")
    play_to(folder, saves, "one.b")
    write_story(folder, {"one": ["a", "c"], "two": ["x", "y"]})
    runner = StoryRunner(load_story_dir(folder), file_saves(tmp_path / "saves").load_game())
    assert (runner.state.step_id, runner.state.intro_pending) == ("one.a", True)
    assert runner.current().kind == "chapter_intro" and runner.state.visits["one.b"] == 1


def test_a_save_in_a_removed_chapter_resumes_at_the_story_start(tmp_path):
    """Save in chapter two, delete the chapter: continuing starts the story's first chapter, progress kept."""
    folder = write_story(tmp_path / "story", {"one": ["a", "b"], "two": ["x", "y"]})
    saves = file_saves(tmp_path / "saves")
    play_to(folder, saves, "two.y")
    write_story(folder, {"one": ["a", "b"]})
    runner = StoryRunner(load_story_dir(folder), file_saves(tmp_path / "saves").load_game())
    assert (runner.state.step_id, runner.state.intro_pending) == ("one.a", True)
    assert runner.state.completed == ["one"]


def test_a_save_on_a_step_that_still_exists_resumes_exactly_there(tmp_path):
    """Edits elsewhere in the story do not move a player whose step is still there."""
    folder = write_story(tmp_path / "story", {"one": ["a", "b", "c"], "two": ["x"]})
    saves = file_saves(tmp_path / "saves")
    play_to(folder, saves, "one.c")
    write_story(folder, {"one": ["a", "new", "c"], "two": ["x", "z"]})
    runner = StoryRunner(load_story_dir(folder), file_saves(tmp_path / "saves").load_game())
    assert (runner.state.step_id, runner.state.intro_pending) == ("one.c", False)
