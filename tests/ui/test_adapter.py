"""The adapter's lifecycle writes: restore, erase, import and the default weight, each heard by `changed`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.formats.imported import ImportPlan
from paindiary.store import DiaryError, backup
from paindiary.ui.adapter import ALL, SETTINGS, DiaryAdapter


def heard(adapter: DiaryAdapter) -> list[tuple[str, list[str]]]:
    said: list[tuple[str, list[str]]] = []
    adapter.changed.connect(lambda kind, ids: said.append((kind, ids)))
    return said


def test_restoring_a_backup_swaps_the_diary_and_says_so(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    adapter.add_entry(PainEntry(at=datetime(2024, 5, 1, 9, 0), pain=3))
    made = backup.backup_before(adapter.path, backup.MANUAL)
    assert made is not None
    adapter.add_entry(PainEntry(at=datetime(2024, 5, 2, 9, 0), pain=7))
    before = adapter.reader
    said = heard(adapter)
    with qtbot.waitSignal(adapter.replaced, timeout=1000):
        result = adapter.restore_backup(made)
    assert adapter.reader is not before
    assert adapter.reader.entry_count() == 1
    assert result.previous is not None
    assert result.previous.exists()
    assert said == [(ALL, [])]
    adapter.close()


def test_a_restore_that_fails_keeps_the_diary_in_use(adapter: DiaryAdapter, tmp_path: Path) -> None:
    adapter.add_entry(PainEntry(at=datetime(2024, 5, 1, 9, 0), pain=3))
    before = adapter.reader
    said = heard(adapter)
    junk = tmp_path / "not-a-backup.sqlite3"
    junk.write_bytes(b"not a diary at all" * 100)
    with pytest.raises((DiaryError, OSError)):
        adapter.restore_backup(junk)
    assert adapter.reader is before
    assert adapter.reader.entry_count() == 1
    assert said == []


def test_erasing_empties_the_diary_keeps_a_backup_and_says_so(adapter: DiaryAdapter) -> None:
    adapter.add_entry(PainEntry(at=datetime(2024, 5, 1, 9, 0), pain=3))
    said = heard(adapter)
    copies = adapter.erase_all(with_backups=False)
    assert adapter.reader.is_empty()
    assert [found.reason for found in backup.list_backups(adapter.path)] == [backup.ERASE]
    assert copies.removed == ()
    assert copies.left == (backup.list_backups(adapter.path)[0].path,)  # the backup just made is named
    assert said == [(ALL, [])]


def test_an_import_plan_is_written_once_and_heard(adapter: DiaryAdapter) -> None:
    entry = PainEntry(at=datetime(2024, 5, 1, 9, 0), pain=3)
    plan = ImportPlan(source="test", label="test", entries=(entry,))
    assert adapter.check_import(plan).new_entries == 1
    said = heard(adapter)
    result = adapter.import_plan(plan)
    assert result.added_entries == 1
    assert adapter.reader.get_entry(entry.id) is not None
    assert said == [(ALL, [])]
    assert adapter.check_import(plan).new_entries == 0


def test_the_default_weight_is_typed(adapter: DiaryAdapter) -> None:
    assert adapter.default_weight_kg() is None
    said = heard(adapter)
    adapter.set_default_weight_kg(71)
    assert adapter.default_weight_kg() == 71.0
    adapter.set_default_weight_kg(None)
    assert adapter.default_weight_kg() is None
    assert said == [(SETTINGS, ["default_weight_kg"])] * 2
