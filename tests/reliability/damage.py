"""Ways a diary file gets damaged, applied to a healthy copy (shared by the damage tests)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from paindiary import paths
from paindiary.demo import fill_with_demo
from paindiary.store import Diary, backup

PAGE = 4096


def truncated(db_path: Path) -> None:
    os.truncate(db_path, db_path.stat().st_size // 2)


def random_bytes(db_path: Path) -> None:
    db_path.write_bytes(random.Random(7).randbytes(db_path.stat().st_size))


def zeroed_page(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        [root] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entries'").fetchone()
    connection.close()
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * PAGE : root * PAGE] = bytes(PAGE)
    db_path.write_bytes(bytes(data))


def damaged_index(db_path: Path) -> None:
    # The index's stored rows no longer match what its definition says they hold.
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_entries_at ON entries (pain)' "
            "WHERE name = 'ix_entries_at'"
        )
    connection.close()


def garbage_wal(db_path: Path) -> None:
    db_path.with_name(db_path.name + "-wal").write_bytes(random.Random(11).randbytes(3 * PAGE))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncated": truncated,
    "random-bytes": random_bytes,
    "zeroed-page": zeroed_page,
    "damaged-index": damaged_index,
    "garbage-wal": garbage_wal,
}
BACKUP_MOMENT = datetime(2024, 5, 31, 20, 0)


def make_healthy_diary(folder: Path) -> tuple[Path, int]:
    """A demo diary with one verified backup from the evening before; returns (path, entries)."""
    db_path = folder / "diary.sqlite3"
    with Diary.open(db_path) as diary:
        fill_with_demo(diary, date(2024, 5, 31))
        count = diary.entry_count()
    backup.backup_before(db_path, backup.DAILY, lambda: BACKUP_MOMENT)
    return db_path, count


def copy_diary(source: Path, folder: Path) -> Path:
    """Copy a closed diary and its backup folder into `folder`."""
    paths.ensure_private_dir(folder)
    target = folder / source.name
    shutil.copyfile(source, target)
    shutil.copytree(paths.backup_dir_for(source), paths.backup_dir_for(target))
    return target


def file_bytes(db_path: Path) -> dict[str, bytes]:
    """The diary, its -wal and -journal, byte for byte, by name.

    The -shm is left out: it holds no data, only an index of the -wal that SQLite rebuilds (a
    read-only check may create one).
    """
    candidates = [db_path, *(p for p in paths.companions(db_path) if not p.name.endswith("-shm"))]
    return {p.name: p.read_bytes() for p in candidates if p.exists() and p.stat().st_size}
