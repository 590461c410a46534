"""Our CSV and JSON imported a part at a time: the same diary as a whole-file import, still all or nothing."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from paindiary.demo import fill_with_demo
from paindiary.domain import PainEntry, ValidationError
from paindiary.formats import csv_document, importing, registry, tabular
from paindiary.formats.imported import ImportCancelled
from paindiary.store import Diary
from tests.formats.test_csv_document import tricky_diary
from tests.support import FakeClock

START = datetime(2020, 1, 1, 8, 0)
LONG = 20_000


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> int:
    """Parts of 7 entries, so even a small file is written in many parts."""
    monkeypatch.setattr(importing, "PART_ENTRIES", 7)
    return 7


def everything(diary: Diary) -> dict[str, Any]:
    """Every kind of record a file carries, as the diary reads it back."""
    return {
        "entries": diary.entries(),
        "sessions": diary.sessions(),
        "settings": diary.analysis_settings(),
        "medicines": diary.medicines(),
        "intakes": diary.intakes(),
        "co_treatments": diary.co_treatments(),
        "vitals": diary.vitals(),
        "impressions": diary.impressions(),
        "checkins": diary.checkins(),
        "profile": diary.profile(),
    }


def whole_file_import(path: Path, target: Path) -> dict[str, Any]:
    """The diary a whole-file import (the wizard's plan) makes of `path`."""
    with Diary.open(target, clock=FakeClock(datetime(2030, 1, 1))) as copy:
        importing.apply_plan(copy, importing.load_plan(path))
        return everything(copy)


def entry_row(index: int, **cells: str) -> list[str]:
    row = csv_document.entry_row(
        PainEntry(at=START + timedelta(hours=8 * index), pain=index % 11, id=uuid.UUID(int=index + 1))
    )
    for name, value in cells.items():
        row[csv_document.COLUMNS.index(name)] = value
    return row


def long_csv(path: Path, rows: int, bad: dict[int, dict[str, str]] | None = None) -> Path:
    """`rows` entry rows in our CSV; the row at index i gets `bad[i]`'s cells. Row i is on line i + 2."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_document.COLUMNS)
    writer.writerows(entry_row(index, **(bad or {}).get(index, {})) for index in range(rows))
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


# ---------------------------------------------------------------- the same diary as before


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_the_demo_diary_read_in_parts_is_the_diary_a_whole_file_import_makes(
    diary: Diary, tmp_path: Path, small_parts: int, suffix: str
) -> None:
    fill_with_demo(diary, date(2024, 6, 1))
    exported = tmp_path / f"demo{suffix}"
    registry.export_diary(diary, exported)
    expected = whole_file_import(exported, tmp_path / "whole.sqlite3")
    with Diary.open(tmp_path / "parts.sqlite3", clock=FakeClock(datetime(2030, 1, 1))) as copy:
        done = importing.import_path(copy, exported)
        assert everything(copy) == expected == everything(diary)
    assert done.result.added_entries == len(expected["entries"]) > 50 * small_parts
    assert done.result.added_sessions == len(expected["sessions"])
    assert done.result.added_other > 0


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_tricky_text_read_in_parts_round_trips_byte_for_byte(
    diary: Diary, tmp_path: Path, small_parts: int, suffix: str
) -> None:
    tricky_diary(diary)
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    registry.export_diary(diary, first)
    with Diary.open(tmp_path / "copy.sqlite3", clock=FakeClock(datetime(2030, 1, 1))) as copy:
        importing.import_path(copy, first)
        registry.export_diary(copy, second)
        assert everything(copy) == everything(diary)
    assert first.read_bytes() == second.read_bytes()


def test_importing_our_file_twice_in_parts_skips_every_record(
    diary: Diary, tmp_path: Path, small_parts: int
) -> None:
    fill_with_demo(diary, date(2024, 6, 1))
    path = tmp_path / "again.csv"
    registry.export_diary(diary, path)
    before = everything(diary)
    again = importing.import_path(diary, path).result
    assert (again.added_entries, again.added_sessions, again.added_other) == (0, 0, 0)
    assert again.skipped_entries == len(before["entries"])
    assert everything(diary) == before


# ---------------------------------------------------------------- all or nothing


def test_a_bad_row_near_the_end_of_a_long_csv_leaves_the_diary_unchanged(
    diary: Diary, tmp_path: Path
) -> None:
    tricky_diary(diary)
    before = everything(diary)
    path = long_csv(tmp_path / "long.csv", LONG, bad={LONG - 10: {"pain": "eleven"}})
    with pytest.raises(ValidationError) as caught:
        registry.import_file(diary, path)
    assert str(caught.value) == f"{path}: line {LONG - 8}, column 'pain': 'eleven' is not a whole number"
    assert everything(diary) == before


def test_a_bad_entry_near_the_end_of_a_long_document_leaves_the_diary_unchanged(
    diary: Diary, tmp_path: Path
) -> None:
    tricky_diary(diary)
    before = everything(diary)
    entries = [
        {
            "id": str(uuid.UUID(int=index + 1)),
            "at": (START + timedelta(hours=8 * index)).isoformat(),
            "pain": 4,
        }
        for index in range(LONG)
    ]
    entries[LONG - 10]["pain"] = 11
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"format": "paindiary", "version": 2, "entries": entries}), encoding="utf-8")
    with pytest.raises(ValidationError, match=rf"long\.json: entries\[{LONG - 10}\]\.pain: 11 is outside"):
        registry.import_file(diary, path)
    assert everything(diary) == before


def test_an_entry_clashing_with_the_diary_late_in_the_file_is_named_by_its_line(
    diary: Diary, tmp_path: Path
) -> None:
    clash = entry_row(LONG - 3)
    diary.add_entry(PainEntry(at=START, pain=1, id=uuid.UUID(clash[1])))
    before = everything(diary)
    path = long_csv(tmp_path / "clash.csv", LONG)
    with pytest.raises(ValidationError) as caught:
        registry.import_file(diary, path)
    assert str(caught.value).startswith(f"{path}: line {LONG - 1}: id {clash[1]} is already in the diary")
    assert everything(diary) == before


def test_an_id_repeated_parts_apart_is_named_at_its_second_line(
    diary: Diary, tmp_path: Path, small_parts: int
) -> None:
    path = long_csv(tmp_path / "twice.csv", 40, bad={33: {"id": str(uuid.UUID(int=3))}})
    with pytest.raises(
        ValidationError, match=r"line 35\.id: 00000000-0000-0000-0000-000000000003 appears twice"
    ):
        registry.import_file(diary, path)
    assert diary.is_empty()


def test_cancelling_partway_rolls_back_the_parts_already_written(diary: Diary, tmp_path: Path) -> None:
    path = long_csv(tmp_path / "cancel.csv", LONG)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 30  # 15,000 rows read: three parts written, then Cancel

    with pytest.raises(ImportCancelled):
        importing.import_path(diary, path, progress=progress)
    assert diary.is_empty()
    assert calls[-1][0] < calls[-1][1] == path.stat().st_size


def test_the_cap_on_records_holds_for_a_file_read_row_by_row(
    diary: Diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular, "MAX_IMPORT_RECORDS", 3)
    path = long_csv(tmp_path / "four.csv", 4)
    with pytest.raises(ValidationError, match="more than 3 records"):
        registry.import_file(diary, path)
    assert diary.is_empty()


def test_our_csv_is_imported_without_reading_the_whole_file_at_once(
    diary: Diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = long_csv(tmp_path / "big.csv", 50)

    def too_large(*_args: object, **_kwargs: object) -> bytes:
        raise ValidationError(str(path), "is larger than 100 MB")

    monkeypatch.setattr(tabular, "read_bytes", too_large)
    with pytest.raises(ValidationError, match="is larger than"):
        importing.load_plan(path)
    assert registry.import_file(diary, path).added_entries == 50
