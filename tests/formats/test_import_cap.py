"""A file with more records than one import takes is refused before the rest of it is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paindiary.domain import ValidationError
from paindiary.formats import json_document, tabular
from paindiary.formats.importing import load_plan

CAP = 3


@pytest.fixture(autouse=True)
def small_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_IMPORT_RECORDS", CAP)
    monkeypatch.setattr(json_document, "MAX_IMPORT_RECORDS", CAP)


def test_a_spreadsheet_over_the_cap_is_refused_with_the_reason(tmp_path: Path) -> None:
    sheet = tmp_path / "many.csv"
    sheet.write_text("date,pain\n" + "".join(f"2024-03-0{day} 08:00,5\n" for day in range(1, 6)))
    with pytest.raises(ValidationError) as refused:
        load_plan(sheet)
    assert "more than 3 records" in str(refused.value)
    assert "many.csv" in str(refused.value)


def test_a_spreadsheet_at_the_cap_is_read(tmp_path: Path) -> None:
    sheet = tmp_path / "three.csv"
    sheet.write_text("record,at,pain\n" + "".join(f"entry,2024-03-0{day} 08:00,5\n" for day in range(1, 4)))
    from paindiary.formats.tabular import read_table

    assert len(read_table(sheet).rows) == CAP


def test_a_document_over_the_cap_is_refused_counting_every_kind_of_record(tmp_path: Path) -> None:
    entries = [{"at": f"2024-03-0{day}T08:00:00", "pain": 5} for day in range(1, 4)]
    sessions = [{"at": "2024-03-05T09:00:00", "route": "iv-infusion"}]
    document = tmp_path / "many.json"
    document.write_text(
        json.dumps({"format": "paindiary", "version": 2, "entries": entries, "sessions": sessions})
    )
    with pytest.raises(ValidationError) as refused:
        load_plan(document)
    assert "more than 3 records" in str(refused.value)
