"""Delete all my data, with backups: no file in the diary's folder or its backups keeps a note."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from paindiary.demo import fill_with_demo
from paindiary.domain import PainEntry
from paindiary.store import Diary, backup
from paindiary.store.erase import other_copies, remove_copies
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.delete_data_dialog import DeleteDataDialog
from tests.support import FakeClock

SECRET = "my very private note about the clinic"


def every_byte_under(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


@pytest.fixture
def littered(diary: Diary, clock: FakeClock) -> Iterator[Diary]:
    """A diary with a backup, a damaged copy set aside and temporary copies a killed restore left."""
    fill_with_demo(diary, date(2024, 5, 31))
    diary.add_entry(PainEntry(at=datetime(2024, 5, 30, 8), pain=5, note=SECRET))
    backup.backup_before(diary.path, backup.DAILY, clock)
    folder = diary.path.parent
    shutil.copyfile(diary.path, folder / f"{diary.path.name}.damaged-20240501-101010")
    shutil.copyfile(diary.path, folder / f".{diary.path.name}.k1ll3d.tmp")
    shutil.copyfile(diary.path, backup.backup_folder(diary.path) / f".{diary.path.stem}-x.sqlite3.q9.tmp")
    return diary


def test_the_dialog_with_backups_ticked_leaves_no_note_anywhere_and_names_the_copies(
    qtbot: QtBot, littered: Diary, clock: FakeClock
) -> None:
    folder = littered.path.parent
    assert SECRET.encode() in every_byte_under(folder)
    adapter = DiaryAdapter(littered)
    dialog = DeleteDataDialog(adapter, None, clock=clock)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.also_backups, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.confirmation, "DELETE")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    assert littered.is_empty()
    assert SECRET.encode() not in every_byte_under(folder)
    text = dialog.result_label.text()
    assert "1 backups" in text
    assert f"{littered.path.name}.damaged-20240501-101010" in text
    assert f".{littered.path.name}.k1ll3d.tmp" in text
    assert "damaged copy" in dialog.also_backups.text()


def test_without_backups_the_damaged_copy_is_kept_and_named(littered: Diary) -> None:
    result = remove_copies(littered.path, backups=False)
    names = sorted(path.name for path in result.removed)
    assert names == sorted([f".{littered.path.name}.k1ll3d.tmp", f".{littered.path.stem}-x.sqlite3.q9.tmp"])
    assert f"{littered.path.name}.damaged-20240501-101010" in [path.name for path in result.left]
    assert len(backup.list_backups(littered.path)) == 1
    assert [path.name for path in other_copies(littered.path)] == [
        f"{littered.path.name}.damaged-20240501-101010"
    ]


def test_an_abandoned_restore_copy_in_the_diary_folder_is_swept_after_an_hour(
    diary: Diary, clock: FakeClock
) -> None:
    diary.add_entry(PainEntry(at=datetime(2024, 5, 30, 8), pain=5, note=SECRET))
    old = diary.path.parent / f".{diary.path.name}.abandoned.tmp"
    fresh = diary.path.parent / f".{diary.path.name}.inflight.tmp"
    unrelated = diary.path.parent / ".notes.txt.abc.tmp"
    for path in (old, fresh, unrelated):
        path.write_bytes(b"copy")
    hours_ago = time.time() - 2 * backup.ABANDONED_AFTER_SECONDS
    os.utime(old, (hours_ago, hours_ago))
    os.utime(unrelated, (hours_ago, hours_ago))
    backup.backup_before(diary.path, backup.DAILY, clock)
    assert not old.exists()
    assert fresh.exists()
    assert unrelated.exists()
