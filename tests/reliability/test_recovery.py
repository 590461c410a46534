"""Start-up: a healthy diary opens and is backed up; a damaged one is explained, set aside, restored."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from paindiary import paths
from paindiary.domain import PainEntry
from paindiary.store import Diary, backup, integrity
from paindiary.ui import recovery
from tests.reliability.damage import DAMAGES, copy_diary, file_bytes, make_healthy_diary
from tests.support import FakeClock

Button = QMessageBox.StandardButton


@dataclass
class Boxes:
    """Stands in for QMessageBox's static functions: records what was said, answers as told."""

    answers: dict[str, Any] = field(default_factory=dict)
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for kind, default in (
            ("warning", Button.Ok),
            ("question", Button.Yes),
            ("information", Button.Ok),
            ("critical", Button.Ok),
        ):
            monkeypatch.setattr(QMessageBox, kind, self._box(kind, default))

    def _box(self, kind: str, default: Any) -> Any:
        def show(_parent: object, title: str, text: str, *_args: object) -> Any:
            self.shown.append((kind, title, text))
            return self.answers.get(kind, default)

        return show

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]


@pytest.fixture
def boxes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()
    recorder.install(monkeypatch)
    return recorder


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    return make_healthy_diary(tmp_path_factory.mktemp("healthy"))


def test_a_healthy_diary_opens_quietly_and_gets_its_daily_backup(
    boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    diary = recovery.open_diary_with_recovery(db_path, None, clock=clock)
    assert diary is not None
    with diary:
        assert diary.entry_count() == healthy[1]
    assert boxes.shown == []
    newest = backup.list_backups(db_path)[0]
    assert (newest.made, newest.reason) == (clock(), backup.DAILY)


def test_a_new_diary_is_created(boxes: Boxes, db_path: Path, clock: FakeClock) -> None:
    diary = recovery.open_diary_with_recovery(db_path, None, clock=clock)
    assert diary is not None
    with diary:
        assert diary.is_empty()
    assert boxes.shown == []


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_damage_is_explained_set_aside_intact_and_the_newest_backup_restored(
    damage: str, boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    DAMAGES[damage](db_path)
    damaged_bytes = file_bytes(db_path)

    diary = recovery.open_diary_with_recovery(db_path, None, clock=clock)

    assert diary is not None
    with diary:
        assert diary.entry_count() == healthy[1]  # the backup from the evening before
    assert boxes.kinds() == ["warning", "question"]
    assert "moved aside, unchanged" in boxes.shown[0][2]
    assert "2024-05-31 20:00" in boxes.shown[1][2]
    moved = db_path.with_name("diary.sqlite3.damaged-20240601-120000")
    assert boxes.shown[1][2].count(str(moved)) == 1
    kept = {name.replace(moved.name, db_path.name): data for name, data in file_bytes(moved).items()}
    assert kept == damaged_bytes
    assert integrity.check(db_path).ok


def test_cancel_leaves_the_damaged_diary_exactly_where_and_as_it_was(
    boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    DAMAGES["zeroed-page"](db_path)
    before = file_bytes(db_path)
    boxes.answers["warning"] = Button.Cancel
    assert recovery.open_diary_with_recovery(db_path, None, clock=clock) is None
    assert file_bytes(db_path) == before
    assert not list(db_path.parent.glob("*.damaged-*"))


def test_declining_the_backup_starts_an_empty_diary_and_keeps_the_damaged_file(
    boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    DAMAGES["truncated"](db_path)
    boxes.answers["question"] = Button.No
    diary = recovery.open_diary_with_recovery(db_path, None, clock=clock)
    assert diary is not None
    with diary:
        assert diary.is_empty()
    assert db_path.with_name("diary.sqlite3.damaged-20240601-120000").stat().st_size > 0


def test_without_a_backup_the_user_is_told_and_gets_an_empty_diary(
    boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    shutil.rmtree(paths.backup_dir_for(db_path))
    DAMAGES["random-bytes"](db_path)
    diary = recovery.open_diary_with_recovery(db_path, None, clock=clock)
    assert diary is not None
    diary.close()
    assert boxes.kinds() == ["warning", "information"]
    assert "no backup to restore" in boxes.shown[1][2]


def test_a_damaged_backup_is_skipped_for_an_older_good_one(
    boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    folder = paths.backup_dir_for(db_path)
    newer = folder / "diary-2024-06-01_080000-daily.sqlite3"
    newer.write_bytes(b"SQLite format 3\x00" + bytes(10000))
    DAMAGES["garbage-wal"](db_path)
    diary = recovery.open_diary_with_recovery(db_path, None, clock=clock)
    assert diary is not None
    diary.close()
    assert "2024-05-31 20:00" in boxes.shown[1][2]
    assert newer.exists()  # never deleted, only passed over


def test_after_a_crash_committed_changes_in_the_wal_are_kept(
    boxes: Boxes, tmp_path: Path, clock: FakeClock
) -> None:
    live = tmp_path / "live" / "diary.sqlite3"
    with Diary.open(live) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 5, 1, 9), pain=3))
        holder = sqlite3.connect(live)  # keeps the -wal from being checkpointed
        holder.execute("SELECT count(*) FROM entries").fetchone()
        diary.add_entry(PainEntry(at=datetime(2024, 5, 1, 10), pain=6, note="only in the wal"))
        crashed = copy_diary_files(live, tmp_path / "crashed")
        holder.close()
    assert integrity.unclean_shutdown(crashed)
    diary = recovery.open_diary_with_recovery(crashed, None, clock=clock)
    assert diary is not None
    with diary:
        assert [entry.note for entry in diary.entries()] == ["", "only in the wal"]
    assert boxes.shown == []


def copy_diary_files(db_path: Path, folder: Path) -> Path:
    """What the disk holds at the moment of a crash: the diary and its -wal."""
    paths.ensure_private_dir(folder)
    for source in [db_path, *paths.companions(db_path)]:
        if source.exists() and not source.name.endswith("-shm"):
            shutil.copyfile(source, folder / source.name)
    return folder / db_path.name


def test_a_diary_from_a_newer_version_is_refused_untouched(
    boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = file_bytes(db_path)
    assert recovery.open_diary_with_recovery(db_path, None, clock=clock) is None
    assert boxes.kinds() == ["critical"]
    assert "newer version of paindiary" in boxes.shown[0][2]
    assert file_bytes(db_path) == before


def test_an_io_error_is_explained_and_nothing_is_moved(
    boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")

    def failing_open(_path: Path, **_options: bool) -> sqlite3.Connection:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR_READ  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(integrity, "connect_read_only", failing_open)
    assert recovery.open_diary_with_recovery(db_path, None, clock=clock) is None
    assert boxes.kinds() == ["critical"]
    assert "not damage" in boxes.shown[0][2]
    assert db_path.exists()
    assert not list(db_path.parent.glob("*.damaged-*"))


def test_a_failed_daily_backup_is_reported_and_the_diary_still_opens(
    boxes: Boxes, healthy: tuple[Path, int], tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")

    def disk_full(_source: object, dest: Path) -> backup.BackupCounts:
        raise backup.BackupError(f"The disk is full; {dest} could not be written.")

    monkeypatch.setattr(backup, "make_backup", disk_full)
    diary = recovery.open_diary_with_recovery(db_path, None, clock=clock)
    assert diary is not None
    diary.close()
    assert boxes.kinds() == ["warning"]
    assert "disk is full" in boxes.shown[0][2]
