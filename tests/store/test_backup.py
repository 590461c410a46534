"""Backups: made through SQLite's backup API, verified, private, once a day, thinned, restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from paindiary import paths
from paindiary.domain import PainEntry, Route, SideEffect, TreatmentSession
from paindiary.store import Diary, backup, integrity
from tests.support import FakeClock


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fill(diary: Diary, count: int = 5, note: str = "entry") -> None:
    for index in range(count):
        diary.add_entry(
            PainEntry(at=datetime(2024, 5, 1, 9) + timedelta(hours=index), pain=index % 11, note=note)
        )
    diary.add_session(
        TreatmentSession(
            at=datetime(2024, 5, 1, 8), route=Route.IV_INFUSION, side_effects=(SideEffect("nausea"),)
        )
    )


def test_backup_holds_committed_rows_that_are_still_only_in_the_wal(diary: Diary, tmp_path: Path) -> None:
    fill(diary, 3)
    holder = sqlite3.connect(diary.path)  # an open reader keeps SQLite from checkpointing
    holder.execute("SELECT count(*) FROM entries").fetchone()
    try:
        diary.add_entry(PainEntry(at=datetime(2024, 5, 2, 9), pain=4, note="only in the wal"))
        assert integrity.wal_path(diary.path).stat().st_size > 0
        plain_copy = tmp_path / "plain-copy.sqlite3"
        shutil.copyfile(diary.path, plain_copy)  # what a naive file copy would keep
        counts = backup.make_backup(diary, tmp_path / "out" / "backup.sqlite3")
    finally:
        holder.close()
    with sqlite3.connect(plain_copy) as copied:
        assert copied.execute("SELECT count(*) FROM entries").fetchone()[0] < 4
    assert (counts.entries, counts.sessions, counts.side_effects) == (4, 1, 1)
    with Diary.open(tmp_path / "out" / "backup.sqlite3") as restored:
        assert restored.entries()[-1].note == "only in the wal"


def test_backups_are_private_self_contained_and_leave_no_temporary_files(
    diary: Diary, clock: FakeClock, umask_022: None
) -> None:
    fill(diary)
    made = backup.backup_before(diary.path, backup.IMPORT, clock)
    assert made is not None
    assert mode(made) == 0o600
    assert mode(made.parent) == 0o700
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no -wal, -journal or .tmp
    assert made.name == "diary-2024-06-01_120000-import.sqlite3"
    assert backup.verify_backup(made).entries == 5


def test_verify_refuses_damaged_foreign_and_newer_files(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    good = tmp_path / "good.sqlite3"
    backup.make_backup(diary, good)

    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_bytes(b"just some text " * 100)
    with pytest.raises(backup.BackupError, match="not a diary backup") as caught:
        backup.verify_backup(not_sqlite)
    assert caught.value.damaged

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    page = 4096
    data[3 * page : 4 * page] = bytes(page)  # zero the entries table's page
    damaged.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="damaged") as caught:
        backup.verify_backup(damaged)
    assert caught.value.damaged

    foreign = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    with pytest.raises(backup.BackupError, match="not a diary backup"):
        backup.verify_backup(foreign)

    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(good, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    with pytest.raises(backup.BackupError, match="newer version"):
        backup.verify_backup(newer)


def test_backing_up_a_damaged_diary_fails_and_leaves_nothing_behind(diary: Diary, tmp_path: Path) -> None:
    fill(diary, 200)
    diary.close()
    data = bytearray(diary.path.read_bytes())
    data[3 * 4096 : 4 * 4096] = bytes(4096)
    diary.path.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError) as caught:
        backup.make_backup(diary.path, tmp_path / "out" / "copy.sqlite3")
    assert caught.value.damaged
    assert list((tmp_path / "out").iterdir()) == []


def test_daily_backup_runs_once_per_calendar_day(diary: Diary, clock: FakeClock) -> None:
    fill(diary)
    first = backup.daily_backup(diary.path, clock)
    assert first is not None
    clock.now += timedelta(hours=11)  # 23:00 the same day
    assert backup.daily_backup(diary.path, clock) is None
    clock.now += timedelta(hours=2)  # 01:00 the next day
    second = backup.daily_backup(diary.path, clock)
    assert second is not None
    assert [b.path for b in backup.list_backups(diary.path)] == [second, first]
    assert [b.reason for b in backup.list_backups(diary.path)] == [backup.DAILY, backup.DAILY]


def test_no_backup_of_a_diary_that_does_not_exist_yet(db_path: Path, clock: FakeClock) -> None:
    assert backup.daily_backup(db_path, clock) is None
    assert backup.backup_before(db_path, backup.MIGRATION, clock) is None
    assert not paths.backup_dir_for(db_path).exists()


def fake_backups(db_path: Path, moments: list[datetime], reason: str = backup.DAILY) -> None:
    """Empty files named like backups: thinning goes by names only."""
    folder = paths.ensure_private_dir(paths.backup_dir_for(db_path))
    for moment in moments:
        (folder / f"{db_path.stem}-{moment.strftime(backup.STAMP_FORMAT)}-{reason}.sqlite3").touch()


def test_thinning_keeps_7_days_4_weeks_12_months(db_path: Path) -> None:
    start = datetime(2023, 1, 1, 10, 0)
    days = [start + timedelta(days=offset) for offset in range(500)]
    fake_backups(db_path, days)
    fake_backups(db_path, [datetime(2022, 6, 1, 9, 0)], reason=backup.MANUAL)
    fake_backups(db_path, [datetime(2022, 7, 1, 9, 0)], reason=backup.MIGRATION)
    now = days[-1] + timedelta(hours=1)

    removed = backup.thin_backups(db_path, FakeClock(now))

    kept = backup.list_backups(db_path)
    kept_daily = sorted(b.made for b in kept if b.reason == backup.DAILY)
    last_week = days[-7:]
    assert set(last_week) <= set(kept_daily)
    # the newest backup of each of the 4 newest ISO weeks and the 12 newest months
    weeks = {d.isocalendar()[:2] for d in kept_daily}
    months = {(d.year, d.month) for d in kept_daily}
    assert len(months) == 12
    assert sorted(weeks)[-4:] == sorted({d.isocalendar()[:2] for d in days})[-4:]
    assert len(kept_daily) <= 7 + 4 + 12
    assert len(removed) == 500 - len(kept_daily)
    # a manual backup is never thinned; the newest pre-upgrade backup is always kept
    assert {b.reason for b in kept} == {backup.DAILY, backup.MANUAL, backup.MIGRATION}


def test_thinning_as_the_days_go_by_with_real_backups(diary: Diary, clock: FakeClock) -> None:
    fill(diary, 2)
    for _ in range(12):
        backup.daily_backup(diary.path, clock)
        clock.now += timedelta(days=1)
    dailies = [b for b in backup.list_backups(diary.path) if b.reason == backup.DAILY]
    # 7 newest days, plus older ones that are the newest of their week or month
    assert 7 <= len(dailies) < 12
    assert all(backup.verify_backup(b.path).entries == 2 for b in dailies)


def test_restore_backs_up_the_current_diary_first_and_replaces_it(
    diary: Diary, clock: FakeClock, tmp_path: Path
) -> None:
    fill(diary, 3, note="old")
    saved = tmp_path / "saved.sqlite3"
    backup.make_backup(diary, saved)
    fill(diary, 2, note="newer")
    holder = sqlite3.connect(diary.path)  # leave a -wal with committed frames behind
    holder.execute("SELECT 1 FROM entries").fetchone()
    diary.add_entry(PainEntry(at=datetime(2024, 5, 9, 9), pain=1, note="last one"))
    holder.close()

    clock.now += timedelta(minutes=5)
    result = backup.restore_backup(diary.path, saved, clock)

    assert (result.counts.entries, result.set_aside) == (3, None)
    assert result.previous is not None
    assert backup.verify_backup(result.previous).entries == 6  # nothing of the replaced diary is lost
    with Diary.open(diary.path) as reopened:
        assert [e.note for e in reopened.entries()] == ["old"] * 3
    assert mode(diary.path) == 0o600
    assert integrity.check(diary.path).ok


def test_restoring_a_damaged_file_changes_nothing(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    diary.close()
    before = diary.path.read_bytes()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    with pytest.raises(backup.BackupError):
        backup.restore_backup(diary.path, broken)
    assert diary.path.read_bytes() == before
    assert backup.list_backups(diary.path) == []


def test_restore_over_a_damaged_diary_sets_it_aside_intact(
    diary: Diary, clock: FakeClock, tmp_path: Path
) -> None:
    fill(diary, 100)
    saved = tmp_path / "saved.sqlite3"
    backup.make_backup(diary, saved)
    diary.close()
    data = bytearray(diary.path.read_bytes())
    data[3 * 4096 : 4 * 4096] = bytes(4096)
    diary.path.write_bytes(bytes(data))

    result = backup.restore_backup(diary.path, saved, clock)

    assert result.previous is None
    assert result.set_aside is not None
    assert result.set_aside.name == "diary.sqlite3.damaged-20240601-120000"
    assert result.set_aside.read_bytes() == bytes(data)
    assert integrity.check(diary.path).counts["entries"] == 100


def test_restore_refuses_while_another_running_app_holds_the_diary(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    saved = tmp_path / "saved.sqlite3"
    backup.make_backup(diary, saved)
    integrity.lock_path(diary.path).write_text(f"{os.getppid()}\npaindiary\nhost\n", encoding="utf-8")
    with pytest.raises(backup.BackupError, match="close it first"):
        backup.restore_backup(diary.path, saved)
    # a lock left by a process that no longer exists does not block
    integrity.lock_path(diary.path).write_text("999999999\npaindiary\nhost\n", encoding="utf-8")
    assert backup.restore_backup(diary.path, saved).counts.entries == 5


def test_thinning_clears_temporaries_left_by_an_interrupted_backup(diary: Diary, clock: FakeClock) -> None:
    fill(diary)
    made = backup.backup_before(diary.path, backup.DAILY, clock)
    assert made is not None
    folder = made.parent
    abandoned = [
        folder / ".diary-2024-06-01_120000-daily.sqlite3.k3x9_q2z.tmp",
        folder / ".diary.sqlite3.ab_c.tmp-journal",
    ]
    fresh = folder / ".diary-2024-06-01_130000-daily.sqlite3.zz1.tmp"
    for leftover in [*abandoned, fresh]:
        leftover.write_bytes(b"half a copy")
    an_hour_and_more_ago = time.time() - backup.ABANDONED_AFTER_SECONDS - 60
    for leftover in abandoned:
        os.utime(leftover, (an_hour_and_more_ago, an_hour_and_more_ago))

    removed = backup.thin_backups(diary.path, clock)

    assert sorted(removed) == sorted(abandoned)
    assert fresh.exists()  # may still be being written
    assert made.exists()
