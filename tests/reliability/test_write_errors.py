"""A full disk or a failing write: the user is told, nothing half-saved, the diary stays usable."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from paindiary.domain import PainEntry, Route, SideEffect, TreatmentSession
from paindiary.store import Diary, DiaryWriteError, integrity

CHILD = Path(__file__).with_name("fault_child.py")


def some_entries(count: int, note: str = "") -> list[PainEntry]:
    return [
        PainEntry(at=datetime(2024, 2, 1, 8) + timedelta(hours=i), pain=i % 11, note=note)
        for i in range(count)
    ]


def test_a_full_disk_refuses_the_write_keeps_the_data_and_recovers(diary: Diary) -> None:
    diary.import_records(some_entries(30, "kept"), [])
    with diary.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(diary.engine, "connect", limit)
    big = PainEntry(at=datetime(2024, 3, 1, 9), pain=6, note="a long note " * 800)
    with pytest.raises(DiaryWriteError, match="Nothing was saved: the disk is full"):
        diary.add_entry(big)
    with pytest.raises(DiaryWriteError, match="disk is full"):
        diary.import_records(some_entries(200, "a batch that does not fit " * 40), [])
    session = TreatmentSession(
        at=datetime(2024, 3, 1, 8),
        route=Route.INTRANASAL,
        note="n" * 9000,
        side_effects=(SideEffect("nausea"),),
    )
    with pytest.raises(DiaryWriteError, match="disk is full"):
        diary.add_session(session)
    # still readable while full, and nothing half-saved
    assert diary.entry_count() == 30
    assert diary.session_count() == 0
    assert diary.get_entry(big.id) is None
    event.remove(diary.engine, "connect", limit)

    diary.add_entry(big)  # the same entry, once there is room
    assert diary.entry_count() == 31
    assert integrity.check(diary.path).ok


def test_a_write_error_from_a_file_size_limit_is_reported_and_rolled_back(diary: Diary) -> None:
    diary.import_records(some_entries(20, "n" * 500), [])
    diary.close()
    result = subprocess.run(
        [sys.executable, str(CHILD), "fsize", str(diary.path), "36000"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    assert report["error"] == (
        "Nothing was saved: the diary file could not be written (a disk error or a file size limit)."
    )
    assert report["before"] == report["after_failure"] == 20
    assert report["batch_saved"] is False
    assert report["after_retry"] == 60
    assert integrity.check(diary.path).ok
    with Diary.open(diary.path) as reopened:
        assert sum(entry.note == "n" * 500 for entry in reopened.entries()) == 20
