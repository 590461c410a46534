"""One damaged row is named and left out; list, export and summary still give the rest."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.domain import PainEntry, Route, Severity, SideEffect, TreatmentSession
from paindiary.store import Diary, integrity


@pytest.fixture
def damaged(db_path: Path) -> Path:
    """Three entries and two sessions; the second entry's time and one session's route are damaged."""
    with Diary.open(db_path) as diary:
        for day, note in ((1, "first"), (2, "broken"), (3, "third")):
            diary.add_entry(PainEntry(at=datetime(2024, 3, day, 9), pain=day + 2, note=note))
        effect = SideEffect(kind="nausea", severity=Severity.MILD)
        diary.add_session(TreatmentSession(at=datetime(2024, 3, 1, 10), route=Route.ORAL, note="good"))
        diary.add_session(
            TreatmentSession(
                at=datetime(2024, 3, 2, 10), route=Route.ORAL, note="bad", side_effects=(effect,)
            )
        )
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE entries SET at = '2024-02-30 25:61:00.000000' WHERE note = 'broken'")
    connection.execute("UPDATE sessions SET route = 'teleport' WHERE note = 'bad'")
    connection.commit()
    connection.close()
    return db_path


def test_reads_leave_the_damaged_rows_out_and_name_them(damaged: Path) -> None:
    with Diary.open(damaged) as diary:
        assert [entry.note for entry in diary.entries()] == ["first", "third"]
        assert [treatment.note for treatment in diary.sessions()] == ["good"]
        assert diary.date_span() == (datetime(2024, 3, 1).date(), datetime(2024, 3, 3).date())
        reasons = diary.unreadable_rows()
    assert len(reasons) == 2
    assert reasons[0].startswith("entries row 2: ")
    assert reasons[1].startswith("sessions row 2: ")
    assert "teleport" in reasons[1]


def test_check_counts_the_unreadable_rows_and_exits_1(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = integrity.check(damaged, rows=True)
    assert report.ok
    assert len(report.unreadable) == 2
    assert main(["--db", str(damaged), "check"]) == 1
    err = capsys.readouterr().err
    assert "2 record(s) cannot be read" in err
    assert "entries row 2" in err


def test_list_export_and_summary_skip_and_report_instead_of_dying(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(damaged), "list"]) == 0
    captured = capsys.readouterr()
    assert "first" in captured.out
    assert "third" in captured.out
    assert "broken" not in captured.out
    assert "2 damaged record(s) could not be read" in captured.err
    out = tmp_path / "rest.json"
    assert main(["--db", str(damaged), "export", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [entry["note"] for entry in document["entries"]] == ["first", "third"]
    assert [session["note"] for session in document["sessions"]] == ["good"]
    assert "could not be read" in capsys.readouterr().err
    assert main(["--db", str(damaged), "summary"]) == 0
    assert "could not be read" in capsys.readouterr().err


def test_a_damaged_setting_falls_back_to_the_default(db_path: Path) -> None:
    with Diary.open(db_path) as diary:
        diary.set_preference("analysis", {"baseline_days": 7})
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE settings SET value = '{not json'")
    connection.commit()
    connection.close()
    with Diary.open(db_path) as diary:
        assert diary.preference("analysis", "default") == "default"
    assert len(integrity.check(db_path, rows=True).unreadable) == 1
