"""Planned sessions: left out of the analysis until `session done` confirms them; sleep and mood on `log`."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.domain import ChecklistItem, RideHome, SessionStatus
from paindiary.store import Diary


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def run(db: Path, *arguments: str) -> int:
    return main(["--db", str(db), *arguments])


def course_count(db: Path, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert run(db, "summary", "--json") == 0
    return len(json.loads(capsys.readouterr().out)["courses"])


def test_a_planned_session_counts_only_once_confirmed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    start = date.today() - timedelta(days=40)
    for day in range(30):
        run(db, "log", "7", "--at", f"{start + timedelta(days=day)}T08:00")
    at = f"{start + timedelta(days=30)}T09:00"
    arguments = ["session", "add", "--at", at, "--route", "iv-infusion", "--planned", "--ride-home", "yes"]
    assert run(db, *arguments, "--check", "No food after 6:00", "--questions", "Interval?") == 0
    assert "When it has happened: paindiary session done" in capsys.readouterr().out
    assert course_count(db, capsys) == 0
    with Diary.open(db) as diary:
        (planned,) = diary.sessions()
    assert (planned.status, planned.ride_home, planned.checklist, planned.questions) == (
        SessionStatus.PLANNED, RideHome.YES, (ChecklistItem("No food after 6:00"),), "Interval?",
    )  # fmt: skip
    real_start = f"{start + timedelta(days=30)}T10:30"
    assert run(db, "session", "done", str(planned.id), "--at", real_start) == 0
    assert course_count(db, capsys) == 1
    with Diary.open(db) as diary:
        (done,) = diary.sessions()
    assert (done.status, done.at) == (SessionStatus.DONE, datetime.fromisoformat(real_start))


def test_a_future_session_is_planned_and_cannot_be_confirmed_yet(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    soon = (datetime.now() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    assert run(db, "session", "add", "--at", soon, "--route", "intranasal", "--drug", "esketamine") == 0
    with Diary.open(db) as diary:
        (session,) = diary.sessions()
    assert session.status is SessionStatus.PLANNED
    capsys.readouterr()
    assert run(db, "session", "done", str(session.id)) == 2
    assert "is still to come" in capsys.readouterr().err
    assert run(db, "session", "cancel", str(session.id)) == 0
    with Diary.open(db) as diary:
        assert diary.sessions()[0].status is SessionStatus.CANCELLED
    assert run(db, "session", "cancel", str(session.id)) == 2  # no longer planned


def test_log_records_sleep_mood_and_a_note_for_the_clinician(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "log", "6", "--sleep", "8", "--mood", "3", "--note", "woke at 3", "--for-clinician") == 0
    with Diary.open(db) as diary:
        (entry,) = diary.entries()
    assert (entry.sleep_interference, entry.mood, entry.for_clinician) == (8, 3, True)
    capsys.readouterr()
    assert run(db, "log", "6", "--mood", "11") == 2
    assert "--mood: 11 is outside 0–10" in capsys.readouterr().err


def test_an_unknown_id_is_named(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "session", "done", "not-an-id") == 2
    assert "ID: 'not-an-id' is not a session in this diary" in capsys.readouterr().err
