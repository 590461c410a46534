"""`paindiary import` of a German Excel spreadsheet (issue #16): Windows-1252 text and half points."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.store import Diary
from tests.support import german_excel

COLUMNS = f"date=Datum,time=Uhrzeit,pain={german_excel.PAIN_COLUMN},note=Bemerkung"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def stored(db: Path) -> list[tuple[datetime, int, str]]:
    with Diary.open(db) as diary:
        return [(entry.at, entry.pain, entry.note) for entry in diary.entries()]


def test_the_fixture_is_what_its_script_writes() -> None:
    data = german_excel.PATH.read_bytes()
    assert data == german_excel.content()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_without_a_choice_the_file_is_refused_at_the_first_half_point(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "import", str(german_excel.PATH), "--columns", COLUMNS) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert (
        f"line 3, column '{german_excel.PAIN_COLUMN}': '6,5' is a half point, "
        "and the diary keeps whole points (2 rows have one); add --half-points round" in err
    )
    assert not db.exists() or stored(db) == []


def test_half_points_rounded_up_with_the_umlauts_intact(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(db, "import", str(german_excel.PATH), "--columns", COLUMNS, "--half-points", "round")
    assert code == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Spreadsheet (chosen columns), text read as Windows-1252:"
    assert "half points rounded up" in out
    assert "Half points rounded up to the next whole point: 2" in out
    assert stored(db) == [
        (datetime(2024, 3, 1, 8, 15), 6, "Schmerz ä ö ü ß"),
        (
            datetime(2024, 3, 1, 20, 30),
            7,
            "Rücken – nach dem Spaziergang\n[Imported: pain 6,5 rounded up to 7]",
        ),
        (datetime(2024, 3, 2, 7, 45), 5, "Kopf; Nacken"),
        (datetime(2024, 3, 2, 21, 0), 8, "Übelkeit, müde\n[Imported: pain 7,5 rounded up to 8]"),
        (datetime(2024, 3, 3, 9, 10), 4, "Größtenteils ruhig – 5 € Parken"),
    ]


def test_half_points_skipped_leave_those_rows_out(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(db, "import", str(german_excel.PATH), "--columns", COLUMNS, "--half-points", "skip")
    assert code == 0
    assert "Rows with half points, left out: 2." in capsys.readouterr().out
    assert [pain for _at, pain, _note in stored(db)] == [6, 5, 4]


def test_a_dot_half_point_is_read_the_same_way(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dots.csv"
    path.write_text("Date,Pain\n2024-03-01,6.5\n2024-03-02,0.5\n", encoding="utf-8")
    assert run(db, "import", str(path), "--columns", "date=Date,pain=Pain", "--half-points", "round") == 0
    assert "text read as UTF-8" in capsys.readouterr().out
    assert [pain for _at, pain, _note in stored(db)] == [7, 1]


def test_half_points_need_named_columns(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "import", str(german_excel.PATH), "--half-points", "round") == 2
    assert "--half-points: goes with --columns" in capsys.readouterr().err
    assert not db.exists() or stored(db) == []
