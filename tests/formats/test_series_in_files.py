"""Relief metrics v2 in the files: each session's series and v1 settings, in JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from paindiary.domain import AnalysisSettings, Route, SessionSeries, TreatmentSession, ValidationError
from paindiary.formats import csv_document, registry
from paindiary.formats.importing import load_plan
from paindiary.store import Diary
from tests.support import V1_SETTINGS

SESSION_IDS = (
    "9b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c01",
    "9b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c02",
    "9b2f3f1e-4a53-4a11-9d3c-2d3a1f0b8c03",
)
NOTE = (
    "The file's analysis settings are from before relief was measured with the updated rules; "
    "the new default settings are used instead."
)


def three_sessions(diary: Diary) -> None:
    for day, series in ((1, SessionSeries.AUTO), (2, SessionSeries.NEW), (20, SessionSeries.JOIN)):
        diary.add_session(
            TreatmentSession(at=datetime(2024, 3, day, 9, 30), route=Route.IV_INFUSION, series=series)
        )


def a_session(index: int = 0, **fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": SESSION_IDS[index],
        "at": f"2024-03-0{index + 1}T09:30",
        "route": "oral",
    }
    record.update(fields)
    return record


def document(version: int, *sessions: dict[str, object], **parts: object) -> dict[str, object]:
    return {"format": "paindiary", "version": version, "entries": [], "sessions": list(sessions), **parts}


def write_json(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def series_of(diary: Diary) -> list[str]:
    return [session.series.value for session in diary.sessions()]


# ---------------------------------------------------------------- JSON


def test_the_json_document_is_version_2_and_carries_each_series_exactly(diary: Diary, tmp_path: Path) -> None:
    three_sessions(diary)
    first = tmp_path / "a.json"
    registry.export_diary(diary, first)
    written = json.loads(first.read_text(encoding="utf-8"))
    assert written["version"] == 2
    assert [session["series"] for session in written["sessions"]] == ["auto", "new", "join"]
    with Diary.open(tmp_path / "copy.sqlite3") as copy:
        registry.import_file(copy, first)
        assert series_of(copy) == ["auto", "new", "join"]
        assert copy.sessions() == diary.sessions()
        second = tmp_path / "b.json"
        registry.export_diary(copy, second)
    assert second.read_bytes() == first.read_bytes()


@pytest.mark.parametrize("version", [1, 2])
def test_a_session_without_series_reads_as_auto(diary: Diary, tmp_path: Path, version: int) -> None:
    registry.import_file(diary, write_json(tmp_path, document(version, a_session())))
    assert series_of(diary) == ["auto"]


def test_an_unknown_series_is_refused_naming_the_session_and_nothing_is_written(
    diary: Diary, tmp_path: Path
) -> None:
    path = write_json(tmp_path, document(2, a_session(0), a_session(1, series="maybe")))
    with pytest.raises(
        ValidationError, match=r"sessions\[1\]\.series: 'maybe' is not one of: auto, join, new"
    ):
        registry.import_file(diary, path)
    assert diary.is_empty()


def test_a_version_1_document_cannot_hold_a_series(diary: Diary, tmp_path: Path) -> None:
    path = write_json(tmp_path, document(1, a_session(series="join")))
    with pytest.raises(ValidationError, match=r"sessions\[0\]\.series: is not a known field"):
        registry.import_file(diary, path)
    assert diary.is_empty()


def test_v1_settings_in_a_document_give_way_to_the_v2_defaults_and_say_so(
    diary: Diary, tmp_path: Path
) -> None:
    diary.set_analysis_settings(AnalysisSettings(washout_days=9))
    path = write_json(tmp_path, document(1, settings=V1_SETTINGS))
    plan = load_plan(path)
    assert plan.settings == AnalysisSettings()
    assert NOTE in plan.notes
    assert registry.import_file(diary, path).settings_changed
    assert diary.analysis_settings() == AnalysisSettings()


def test_settings_naming_a_v2_setting_are_imported_as_written(diary: Diary, tmp_path: Path) -> None:
    path = write_json(tmp_path, document(2, settings={**V1_SETTINGS, "peak_window_days": 21}))
    plan = load_plan(path)
    assert plan.settings == AnalysisSettings(**V1_SETTINGS, peak_window_days=21)
    assert plan.notes == ()


# ---------------------------------------------------------------- CSV


def csv_file(
    tmp_path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] = csv_document.COLUMNS
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([row.get(column, "") for column in columns] for row in rows)
    path = tmp_path / "in.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def session_row(index: int = 0, **cells: str) -> dict[str, str]:
    row = {
        "record": "session",
        "id": SESSION_IDS[index],
        "at": f"2024-03-0{index + 1} 09:30",
        "route": "oral",
    }
    row.update(cells)
    return row


def test_the_csv_has_a_series_column_that_reads_back_exactly(diary: Diary, tmp_path: Path) -> None:
    three_sessions(diary)
    first = tmp_path / "a.csv"
    registry.export_diary(diary, first)
    rows = list(csv.DictReader(io.StringIO(first.read_text(encoding="utf-8-sig"))))
    assert [row["series"] for row in rows if row["record"] == "session"] == ["auto", "new", "join"]
    with Diary.open(tmp_path / "copy.sqlite3") as copy:
        registry.import_file(copy, first)
        assert copy.sessions() == diary.sessions()
        second = tmp_path / "b.csv"
        registry.export_diary(copy, second)
    assert second.read_bytes() == first.read_bytes()


def test_a_csv_without_the_series_column_or_with_an_empty_cell_reads_as_auto(
    diary: Diary, tmp_path: Path
) -> None:
    older = tuple(column for column in csv_document.COLUMNS if column != "series")
    registry.import_file(diary, csv_file(tmp_path, [session_row(0)], older))
    registry.import_file(diary, csv_file(tmp_path, [session_row(1, series="")]))
    assert series_of(diary) == ["auto", "auto"]


def test_an_unknown_series_in_the_csv_names_line_and_column(diary: Diary, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [session_row(0, series="new"), session_row(1, series="Join")])
    with pytest.raises(
        ValidationError, match="line 3, column 'series': 'Join' is not one of: auto, join, new"
    ):
        registry.import_file(diary, path)
    assert diary.is_empty()


def test_v1_settings_rows_in_the_csv_give_way_to_the_v2_defaults(diary: Diary, tmp_path: Path) -> None:
    rows = [
        {"record": "setting", "setting": name, "value": str(value)} for name, value in V1_SETTINGS.items()
    ]
    plan = load_plan(csv_file(tmp_path, rows))
    assert plan.settings == AnalysisSettings()
    assert plan.notes == (NOTE,)
    kept = load_plan(
        csv_file(tmp_path, [*rows, {"record": "setting", "setting": "max_gap_days", "value": "5"}])
    )
    assert kept.settings == AnalysisSettings(**V1_SETTINGS, max_gap_days=5)
    assert kept.notes == ()
