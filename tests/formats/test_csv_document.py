"""The paindiary CSV: exact round trips, the formula guard, errors that name line and column."""

from __future__ import annotations

import csv
import io
import stat
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest

from paindiary.demo import fill_with_demo
from paindiary.domain import AnalysisSettings, PainEntry, Route, Severity, SideEffect, TreatmentSession
from paindiary.formats import csv_document, registry
from paindiary.formats.csv_document import guard_formula, join_locations, split_locations, unguard_formula
from paindiary.store import Diary
from tests.support import FakeClock

AT = datetime(2024, 3, 1, 8, 30)
TRICKY_NOTES = (
    'comma, "quote" and\nnewline',
    "Windows\r\nline end",
    "Ärger über Ämter — 痛み, ñ, emoji 🙂",
    '=HYPERLINK("http://x")',
    "+1 worse",
    "-2 better",
    "@SUM(A1)",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "'=already quoted",
    "''+two apostrophes",
    "'plain apostrophe",
    "",
)


def tricky_diary(diary: Diary) -> None:
    for index, note in enumerate(TRICKY_NOTES):
        diary.add_entry(
            PainEntry(
                at=AT.replace(day=1 + index),
                pain=index % 11,
                worst=10 if index % 2 else None,
                enjoyment=3,
                activity=None if index % 3 else 7,
                locations=("left foot; really", "back\\slash", "=knee") if index == 0 else ("neck",),
                note=note,
            )
        )
    diary.add_session(
        TreatmentSession(
            at=datetime(2024, 3, 20, 9, 30, 15),
            route=Route.LOCAL_INJECTION,
            drug="-ketamine",
            dose_mg=0.1 + 0.2,
            weight_kg=71.5,
            minutes=45,
            rate_mg_per_kg_h=1 / 3,
            clinic='Klinik "Süd", Raum 3',
            note="@home\nnext day",
            side_effects=(
                SideEffect("nausea", Severity.SEVERE, note="+ vomiting"),
                SideEffect("Metallic taste", Severity.MILD),
            ),
        )
    )
    diary.set_analysis_settings(AnalysisSettings(baseline_days=10, horizon_days=60))


def export_import_export(diary: Diary, tmp_path: Path, suffix: str = ".csv") -> tuple[bytes, bytes, Diary]:
    first = tmp_path / f"a{suffix}"
    registry.export_diary(diary, first)
    copy = Diary.open(tmp_path / "copy.sqlite3", clock=FakeClock(datetime(2030, 1, 1)))
    registry.import_file(copy, first)
    second = tmp_path / f"b{suffix}"
    registry.export_diary(copy, second)
    return first.read_bytes(), second.read_bytes(), copy


def test_demo_diary_round_trips_byte_for_byte(diary: Diary, tmp_path: Path) -> None:
    fill_with_demo(diary, date(2024, 6, 1))
    first, second, copy = export_import_export(diary, tmp_path)
    with copy:
        assert first == second
        assert copy.entries() == diary.entries()
        assert copy.sessions() == diary.sessions()
        assert copy.analysis_settings() == diary.analysis_settings()
    assert first.startswith(b"\xef\xbb\xbfrecord,id,")
    assert b"\r\n" in first


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_tricky_text_round_trips_exactly(diary: Diary, tmp_path: Path, suffix: str) -> None:
    tricky_diary(diary)
    first, second, copy = export_import_export(diary, tmp_path, suffix)
    with copy:
        assert first == second
        assert copy.entries() == diary.entries()
        assert copy.sessions() == diary.sessions()
        assert copy.analysis_settings() == AnalysisSettings(baseline_days=10, horizon_days=60)
        assert copy.entries()[0].locations == ("left foot; really", "back\\slash", "=knee")


def test_formula_like_cells_are_neutralised_for_spreadsheets(diary: Diary, tmp_path: Path) -> None:
    tricky_diary(diary)
    path = tmp_path / "out.csv"
    registry.export_diary(diary, path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows:
        for column in csv_document.TEXT_COLUMNS:
            assert not row[column].startswith(("=", "+", "-", "@", "\t", "\r")), (column, row[column])
    notes = [row["note"] for row in rows if row["record"] == "entry"]
    assert '\'=HYPERLINK("http://x")' in notes
    assert "''=already quoted" in notes
    assert "'plain apostrophe" in notes  # not formula-like: left alone


@pytest.mark.parametrize("text", [*TRICKY_NOTES, "'", "''", "'''=x", "=", "x=1"])
def test_guard_and_unguard_are_inverse(text: str) -> None:
    assert unguard_formula(guard_formula(text)) == text


def test_locations_join_and_split_are_inverse() -> None:
    names = ("left; foot", "a\\b", "plain", "trailing\\")
    assert split_locations(join_locations(names)) == names
    assert split_locations("") == ()


def test_export_is_private(diary: Diary, tmp_path: Path) -> None:
    path = tmp_path / "private.csv"
    registry.export_diary(diary, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().count(b"\r\n") == 1 + len(AnalysisSettings.LIMITS)


def write_rows(path: Path, rows: list[list[str]], header: tuple[str, ...] = csv_document.COLUMNS) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def cells_named(**values: str) -> list[str]:
    """A row with the given cells by column name, the others empty."""
    return [values.get(column, "") for column in csv_document.COLUMNS]


def entry_cells(**values: str) -> list[str]:
    base = {"record": "entry", "id": str(uuid.uuid4()), "at": "2024-03-01 08:30", "pain": "5"}
    base.update(values)
    return cells_named(**base)


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (entry_cells(pain="eleven"), "line 3, column 'pain': 'eleven' is not a whole number"),
        (entry_cells(pain="11"), "line 3, column 'pain': 11 is outside 0–10"),
        (entry_cells(at="2024-02-30 08:00"), "line 3, column 'at': '2024-02-30 08:00' is not a real date"),
        (entry_cells(id="nope"), "line 3, column 'id': 'nope' is not an id"),
        (entry_cells(record="mood"), "line 3, column 'record': 'mood' is not one of"),
        (entry_cells(route="oral"), "line 3, column 'route': must be empty when record is 'entry'"),
        (
            cells_named(
                record="side-effect",
                id=str(uuid.uuid4()),
                session_id=str(uuid.uuid4()),
                kind="nausea",
                severity="mild",
            ),
            "line 3, column 'session_id': ",
        ),
    ],
)
def test_a_bad_cell_is_named_and_nothing_is_written(
    diary: Diary, tmp_path: Path, cells: list[str], message: str
) -> None:
    path = write_rows(tmp_path / "bad.csv", [entry_cells(), cells])
    with pytest.raises(registry.ValidationError) as caught:
        registry.import_file(diary, path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert diary.entry_count() == 0


def test_unknown_columns_are_refused(diary: Diary, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "x.csv", [], header=(*csv_document.COLUMNS, "weather"))
    with pytest.raises(registry.ValidationError, match="column 'weather': is not a paindiary CSV column"):
        registry.import_file(diary, path)


def test_a_file_resaved_with_semicolons_and_decimal_commas_still_reads(diary: Diary, tmp_path: Path) -> None:
    session_id = str(uuid.uuid4())
    values = {
        "record": "session",
        "id": session_id,
        "at": "2024-03-01 09:30",
        "route": "oral",
        "dose_mg": "12,5",
    }
    header = ";".join(csv_document.COLUMNS)
    row = ";".join(values.get(column, "") for column in csv_document.COLUMNS)
    path = tmp_path / "semi.csv"
    path.write_bytes(("\ufeff" + header + "\r\n" + row + "\r\n").encode())
    result = registry.import_file(diary, path)
    assert result.added_sessions == 1
    assert diary.sessions()[0].dose_mg == 12.5


def test_importing_the_same_csv_twice_adds_nothing(diary: Diary, tmp_path: Path) -> None:
    tricky_diary(diary)
    path = tmp_path / "a.csv"
    registry.export_diary(diary, path)
    again = registry.import_file(diary, path)
    assert (again.added_entries, again.added_sessions) == (0, 0)
    assert again.skipped_entries == len(TRICKY_NOTES)
