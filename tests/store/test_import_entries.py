"""An import's entries written a batch at a time: counted, compared and named over the whole file."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session

from paindiary.domain import PainEntry, ValidationError
from paindiary.store import Diary, convert, import_entries
from paindiary.store.import_parts import ImportPart
from paindiary.store.schema import EntryRow
from tests.support import FakeClock

START = datetime(2024, 3, 1, 8, 0)


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_entries, "BATCH", 3)


def entries(first: int, count: int, pain: int = 4) -> list[PainEntry]:
    return [
        PainEntry(at=START + timedelta(hours=index), pain=pain, id=uuid.UUID(int=index + 1))
        for index in range(first, first + count)
    ]


def test_parts_add_what_is_new_and_skip_what_is_already_there(diary: Diary) -> None:
    for entry in entries(2, 4):
        diary.add_entry(entry)
    parts = [ImportPart(entries(0, 5)), ImportPart(entries(5, 5)), ImportPart()]
    result = diary.import_parts(parts)
    assert (result.added_entries, result.skipped_entries) == (6, 4)
    assert [entry.id for entry in diary.entries()] == [entry.id for entry in entries(0, 10)]


def test_a_clash_is_named_by_its_index_over_all_parts_and_nothing_is_written(diary: Diary) -> None:
    diary.add_entry(entries(8, 1, pain=9)[0])
    with pytest.raises(ValidationError) as caught:
        diary.import_parts([ImportPart(entries(0, 5)), ImportPart(entries(5, 5))])
    assert caught.value.field == "entries[8]"
    assert "is already in the diary with other values" in caught.value.message
    assert diary.entry_count() == 1


def test_an_id_repeated_in_a_later_part_is_named_at_its_second_place(diary: Diary) -> None:
    repeated = entries(1, 1)[0]
    with pytest.raises(ValidationError) as caught:
        diary.import_parts([ImportPart(entries(0, 5)), ImportPart([*entries(5, 2), repeated])])
    assert caught.value.field == "entries[7].id"
    assert diary.is_empty()


def test_a_reader_failing_between_parts_rolls_back_the_parts_before(diary: Diary) -> None:
    def parts() -> Iterator[ImportPart]:
        yield ImportPart(entries(0, 5))
        raise ValidationError("line 9", "is not valid CSV")

    with pytest.raises(ValidationError, match="not valid CSV"):
        diary.import_parts(parts())
    assert diary.is_empty()


def test_imported_entries_are_stored_exactly_as_the_typed_insert_stores_them(tmp_path: Path) -> None:
    stamp = datetime(2024, 3, 2, 9, 15, 42)
    sample = [
        PainEntry(
            at=START,
            pain=3,
            worst=8,
            enjoyment=0,
            activity=10,
            locations=("neck", "left; knee"),
            note="Ärger, 痛み 🙂",
            sleep_interference=5,
            mood=2,
            for_clinician=True,
            created=stamp,
            updated=stamp + timedelta(days=1),
        ),
        *entries(1, 2),
    ]
    with Diary.open(tmp_path / "parts.sqlite3", clock=FakeClock(stamp)) as imported:
        imported.import_parts([ImportPart(sample)])
    with Diary.open(tmp_path / "typed.sqlite3") as typed, Session(typed.engine) as session, session.begin():
        values = [
            convert.entry_values(e, created=e.created or stamp, updated=e.updated or stamp) for e in sample
        ]
        session.execute(insert(EntryRow), values)
    rows = {
        name: sqlite3.connect(tmp_path / f"{name}.sqlite3")
        .execute("SELECT * FROM entries ORDER BY id")
        .fetchall()
        for name in ("parts", "typed")
    }
    assert rows["parts"] == rows["typed"]
    assert len(rows["parts"]) == 3
