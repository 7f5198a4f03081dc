"""Damage at every point of the write → read → recover cycle: the last good save is never lost."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from game.save import GAME_KEY, FileStorage, Saves, parse_game
from game.state import PlayState, StateError

A, B, C, D = (PlayState(step_id=f"one.step-{n}", intro_pending=False, seed=n) for n in range(4))


def _main(folder: Path) -> Path:
    return folder / f"{GAME_KEY}.json"


def _backup(folder: Path) -> Path:
    return folder / f"{GAME_KEY}.json.bak"


def _cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


DISK_DAMAGE: dict[str, Callable[[Path], None]] = {
    "none": lambda folder: None,
    "main cut off": lambda folder: _cut_in_half(_main(folder)),
    "main not text": lambda folder: _main(folder).write_bytes(b"\xff\xfe\x00{"),
    "main empty": lambda folder: _main(folder).write_bytes(b""),
    "main gone": lambda folder: _main(folder).unlink(),
    "backup cut off": lambda folder: _cut_in_half(_backup(folder)),
    "both cut off": lambda folder: (_cut_in_half(_main(folder)), _cut_in_half(_backup(folder)))[-1],
}


def _fail_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(fd: int) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)


def _fail_rename(number: int) -> Callable[[pytest.MonkeyPatch], None]:
    def install(monkeypatch: pytest.MonkeyPatch) -> None:
        real, calls = os.replace, []

        def replace(src: object, dst: object) -> None:
            calls.append(dst)
            if len(calls) == number:
                raise OSError("the power went out")
            real(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "replace", replace)

    return install


WRITE_FAULTS: dict[str, Callable[[pytest.MonkeyPatch], None] | None] = {
    "none": None,
    "disk full": _fail_fsync,
    "stop at the first rename": _fail_rename(1),
    "stop at the second rename": _fail_rename(2),
}


def _loads(path: Path) -> PlayState | None:
    try:
        return parse_game(path.read_bytes().decode("utf-8", errors="surrogateescape"))
    except (OSError, StateError):
        return None


def _backup_bytes(folder: Path) -> bytes | None:
    return _backup(folder).read_bytes() if _backup(folder).exists() else None


def _check_backup(folder: Path, damaged: set[bytes], before: bytes | None) -> bytes | None:
    """The game put nothing damaged into the backup: it is as it was (the test may have damaged it itself)
    or a save that loads. Returns its bytes now."""
    now = _backup_bytes(folder)
    if now is not None and now != before:
        assert now not in damaged
        assert _loads(_backup(folder)) is not None
    return now


@pytest.mark.parametrize("write_fault", list(WRITE_FAULTS))
@pytest.mark.parametrize("damage", list(DISK_DAMAGE))
def test_damage_then_a_faulty_save_then_reading_never_loses_the_last_good_state(tmp_path, monkeypatch, damage,
                                                                                write_fault):
    """Saves A then B; the files are damaged; a new session loads, recovers and saves C with a fault; a third
    session loads the newest state that survived; saving D then works, and the backup always loads."""
    first = Saves(FileStorage(tmp_path))
    first.save_game(A)
    first.save_game(B)
    DISK_DAMAGE[damage](tmp_path)
    damaged = {p.read_bytes() for p in (_main(tmp_path), _backup(tmp_path))
               if p.exists() and _loads(p) is None}

    second = Saves(FileStorage(tmp_path))
    recovered = second.load_game()
    expected = {"none": B, "backup cut off": B, "both cut off": None}.get(damage, A)
    assert recovered == expected
    main_present_and_good = _main(tmp_path).exists() and _loads(_main(tmp_path)) is not None

    backup = _backup_bytes(tmp_path)
    fault = WRITE_FAULTS[write_fault]
    with monkeypatch.context() as patch:
        if fault is not None:
            fault(patch)
        second.save_game(C)  # a failure is logged, never raised
    backup = _check_backup(tmp_path, damaged, backup)
    if damage.startswith("main"):
        assert _loads(_backup(tmp_path)) == A, "the good backup the game recovered from is still there"

    # The write finished unless it failed before its last rename (a damaged or absent main has just one).
    finished = write_fault == "none" or (write_fault == "stop at the second rename" and not main_present_and_good)
    third = Saves(FileStorage(tmp_path))
    assert third.load_game() == (C if finished else expected)
    backup = _check_backup(tmp_path, damaged, backup)

    third.save_game(D)
    assert Saves(FileStorage(tmp_path)).load_game() == D
    _check_backup(tmp_path, damaged, backup)


def test_the_first_save_after_recovering_keeps_the_good_backup_byte_for_byte(tmp_path):
    """The reported case: after a cut-off main save was recovered from, the next save leaves the .bak alone."""
    saves = Saves(FileStorage(tmp_path))
    saves.save_game(A)
    saves.save_game(B)
    good_backup = _backup(tmp_path).read_bytes()
    _cut_in_half(_main(tmp_path))
    again = Saves(FileStorage(tmp_path))
    assert again.load_game() == A and again.notice == "restored-backup"
    again.save_game(C)
    assert _backup(tmp_path).read_bytes() == good_backup
    again.save_game(D)  # now the main save is one this game wrote: it becomes the backup
    assert _loads(_backup(tmp_path)) == C


def test_a_session_that_saves_without_loading_first_still_checks_the_main_save(tmp_path):
    """Starting a new game without Continue: the damaged main save is kept aside, not moved over the backup."""
    Saves(FileStorage(tmp_path)).save_game(A)
    Saves(FileStorage(tmp_path)).save_game(B)
    _main(tmp_path).write_text('{"game": "time-st', encoding="utf-8")
    fresh = Saves(FileStorage(tmp_path))
    fresh.save_game(C)
    assert _loads(_backup(tmp_path)) == A
    assert (tmp_path / f"{GAME_KEY}.damaged.json").read_text(encoding="utf-8") == '{"game": "time-st'
