"""`paindiary export` and `paindiary import` from a terminal: formats, options, and exit codes."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.store import Diary

DATA = Path(__file__).parents[1] / "data"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def count(db: Path) -> int:
    with Diary.open(db) as diary:
        return diary.entry_count()


def fail_once(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("paindiary: error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("name", ["all.csv", "all.json", "all.fhir.json"])
def test_export_every_format_privately(db: Path, tmp_path: Path, name: str) -> None:
    assert run(db, "log", "5", "--at", "2024-03-01T08:00", "--note", "=1+1") == 0
    target = tmp_path / name
    assert run(db, "export", str(target)) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    if name.endswith(".fhir.json"):
        assert json.loads(target.read_text())["resourceType"] == "Bundle"


def test_csv_export_imports_into_a_new_diary(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "demo") == 0
    target = tmp_path / "all.csv"
    assert run(db, "export", str(target)) == 0
    other = tmp_path / "other.sqlite3"
    capsys.readouterr()
    assert run(other, "import", str(target)) == 0
    out = capsys.readouterr().out
    assert out.startswith("paindiary CSV, text read as UTF-8:\n")
    assert f"Imported {count(db)} entries" in out
    assert count(other) == count(db)


def test_other_apps_are_recognised_and_the_mapping_is_shown(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "import", str(DATA / "flaredown_export.csv")) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Flaredown, text read as UTF-8:"
    assert "converted to 0–10" in out
    assert "Imported 3 entries and 0 sessions." in out


def test_a_broken_file_exits_2_naming_the_line_and_imports_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (DATA / "paintracker_export.csv").read_text(encoding="utf-8").split("\n")
    lines.insert(3, "2024-03-02,07:00,eleven,,,,,,,")
    broken = tmp_path / "broken.csv"
    broken.write_text("\n".join(lines), encoding="utf-8")
    assert run(db, "import", str(broken)) == 2
    err = fail_once(capsys)
    assert f"{broken}: line 4, column 'Pain Level': 'eleven' is not a whole number from 0 to 10" in err
    assert count(db) == 0


def test_undecodable_bytes_exit_2_naming_line_and_character(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.csv"
    # 0xc4 is not UTF-8 here, and 0x81 is no Windows-1252 character.
    broken.write_bytes("Datum;Schmerz;Notiz\n12.04.2024;5;Ärger\x81\n".encode("latin-1"))
    assert run(db, "import", str(broken), "--columns", "date=Datum,pain=Schmerz,note=Notiz") == 2
    assert "line 2, character 14: byte 0xc4 is not UTF-8 text" in fail_once(capsys)
    assert count(db) == 0


def test_an_unknown_spreadsheet_needs_columns(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    german = str(DATA / "german_spreadsheet.csv")
    assert run(db, "import", german) == 2
    assert "--columns at=COLUMN,pain=COLUMN" in fail_once(capsys)
    mapping = "date=Datum,time=Uhrzeit,pain=Schmerz (0-10),note=Bemerkung"
    assert run(db, "import", german, "--columns", mapping) == 0
    assert count(db) == 4


def test_ambiguous_dates_ask_for_date_format(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "slashes.csv"
    path.write_text("Day;Pain\n03/04/2024;5\n05/06/2024;6\n", encoding="utf-8")
    assert run(db, "import", str(path), "--columns", "date=Day,pain=Pain") == 2
    err = fail_once(capsys)
    assert "column 'Day': dates like 03/04/2024 could be day-first or month-first" in err
    assert "--date-format dmy or --date-format mdy" in err
    assert run(db, "import", str(path), "--columns", "date=Day,pain=Pain", "--date-format", "dmy") == 0
    with Diary.open(db) as diary:
        assert [entry.at.month for entry in diary.entries()] == [4, 6]


def test_dry_run_writes_nothing(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "import", str(DATA / "bearable_export.csv"), "--dry-run") == 0
    assert "Would import 4 entries, 0 sessions; nothing was written." in capsys.readouterr().out
    assert count(db) == 0


def test_format_can_be_forced(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "import", str(DATA / "bearable_export.csv"), "--format", "flaredown") == 2
    assert "not those of a Flaredown export" in fail_once(capsys)


def test_unknown_export_type_exits_2(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "export", str(tmp_path / "diary.xlsx")) == 2
    assert "unknown file type '.xlsx'; use one of: .fhir.json, .json, .csv" in fail_once(capsys)
