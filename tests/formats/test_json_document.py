"""The JSON document: exact round trips, all-or-nothing imports, errors that name the record."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from paindiary.demo import fill_with_demo
from paindiary.domain import ValidationError
from paindiary.formats import json_document, registry
from paindiary.store import Diary


def document_of(diary: Diary) -> dict[str, Any]:
    return json_document.build_document(diary.entries(), diary.sessions(), diary.analysis_settings())


def normalised(document: dict[str, Any]) -> dict[str, Any]:
    """Order aside: records sorted by id, side effects too."""
    copy = json.loads(json.dumps(document))
    copy["entries"].sort(key=lambda record: record["id"])
    copy["sessions"].sort(key=lambda record: record["id"])
    for session in copy["sessions"]:
        session["side_effects"].sort(key=lambda record: record["id"])
    return copy


def test_demo_diary_round_trips_exactly(diary: Diary, tmp_path: Path) -> None:
    fill_with_demo(diary, date(2024, 6, 1))
    first = tmp_path / "a.json"
    registry.export_diary(diary, first)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    with Diary.open(tmp_path / "copy.sqlite3") as copy:
        registry.import_file(copy, first)
        second = tmp_path / "b.json"
        registry.export_diary(copy, second)
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert normalised(a) == normalised(b)
    assert a["format"] == "paindiary"
    assert a["version"] == 2
    assert len(a["entries"]) > 500
    assert any(session["side_effects"] for session in a["sessions"])


def test_field_names_are_exactly_the_documented_ones(diary: Diary) -> None:
    fill_with_demo(diary, date(2024, 6, 1))
    document = document_of(diary)
    assert list(document) == [
        "format",
        "version",
        "entries",
        "sessions",
        "medicines",
        "intakes",
        "co_treatments",
        "vitals",
        "impressions",
        "checkins",
        "profile",
        "settings",
    ]
    assert tuple(document["entries"][0]) == json_document.ENTRY_FIELDS
    assert tuple(document["sessions"][0]) == json_document.SESSION_FIELDS
    assert tuple(document["sessions"][0]["side_effects"][0]) == json_document.SIDE_EFFECT_FIELDS
    assert document["entries"][0]["at"].count(":") == 1  # minutes, no seconds
    assert document["sessions"][0]["route"] == "iv-infusion"


def test_importing_the_same_file_twice_is_harmless(diary: Diary, tmp_path: Path) -> None:
    fill_with_demo(diary, date(2024, 6, 1))
    path = tmp_path / "a.json"
    registry.export_diary(diary, path)
    before = diary.entry_count()
    result = registry.import_file(diary, path)
    assert result.added_entries == 0
    assert result.skipped_entries == before
    assert diary.entry_count() == before


def write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document))
    return path


def minimal(**parts: object) -> dict[str, object]:
    document: dict[str, object] = {"format": "paindiary", "version": 1, "entries": [], "sessions": []}
    document.update(parts)
    return document


def entry(**fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": "9b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c11",
        "at": "2024-03-01T08:30",
        "pain": 5,
    }
    record.update(fields)
    return record


@pytest.mark.parametrize(
    ("bad_document", "message"),
    [
        (
            minimal(entries=[entry(), entry(id="1b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c11", pain=11)]),
            "entries[1].pain: 11 is outside 0–10",
        ),
        (
            minimal(entries=[entry(at="2024-02-30T08:00")]),
            "entries[0].at: '2024-02-30T08:00' is not a real date",
        ),
        (minimal(entries=[entry(pain="5")]), "entries[0].pain: '5' is not a whole number"),
        (minimal(entries=[entry(mood=3)]), "entries[0].mood: is not a known field"),
        (
            minimal(entries=[{"id": "9b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c11", "pain": 3}]),
            "entries[0].at: is missing",
        ),
        (
            minimal(
                sessions=[
                    {"id": "9b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c12", "at": "2024-03-01T09:00", "route": "iv"}
                ]
            ),
            "sessions[0].route: 'iv' is not one of: iv-infusion",
        ),
        (
            minimal(
                sessions=[
                    {
                        "id": "9b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c12",
                        "at": "2024-03-01T09:00",
                        "route": "oral",
                        "side_effects": [
                            {
                                "id": "9b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c13",
                                "kind": "nausea",
                                "severity": "awful",
                            }
                        ],
                    }
                ]
            ),
            "sessions[0].side_effects[0].severity: 'awful' is not one of: mild, moderate, severe",
        ),
        (minimal(version=3), "version: 3 is newer than this paindiary reads (1, 2); please update"),
        (minimal(version=True), "version: True is not a known document version (1, 2)"),
        (minimal(version="2"), "version: '2' is not a known document version (1, 2)"),
        ({"entries": []}, "format: this is not a paindiary document"),
        (minimal(settings={"horizon_days": 0}), "settings.horizon_days: 0 is outside 1–730"),
    ],
)
def test_bad_documents_name_the_record_and_import_nothing(
    diary: Diary, tmp_path: Path, bad_document: object, message: str
) -> None:
    path = write(tmp_path, bad_document)
    with pytest.raises(ValidationError) as caught:
        registry.import_file(diary, path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert diary.is_empty()


def test_broken_json_names_line_and_column(diary: Diary, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "paindiary",\n "version": 1,\n "entries": [,]}')
    with pytest.raises(ValidationError, match="line 3, column"):
        registry.import_file(diary, path)


def test_unknown_extension_is_refused(diary: Diary, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="unknown file type"):
        registry.export_diary(diary, tmp_path / "diary.docx")
