"""`paindiary vitals add`, `impression`, `checkin` and `profile`: what they store, and one-line
refusals that name the field, exit 2 and save nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.clinic_records import VitalsMoment
from paindiary.domain import Route, TreatmentSession
from paindiary.store import Diary


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def run(db: Path, *arguments: str) -> int:
    return main(["--db", str(db), *arguments])


def two_courses(db: Path) -> list[TreatmentSession]:
    with Diary.open(db) as diary:
        return [
            diary.add_session(
                TreatmentSession(
                    at=datetime(2024, 3, day, 10), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70
                )
            )
            for day in (1, 2, 28)  # the first two make course 1, the third course 2
        ]


def test_vitals_add_at_a_session_and_at_home(db: Path) -> None:
    sessions = two_courses(db)
    session = str(sessions[0].id)
    assert (
        run(db, "vitals", "add", "--session", session, "--moment", "highest", "--bp", "150/95", "--hr", "88")
        == 0
    )
    assert run(db, "vitals", "add", "--home", "--hr", "64", "--at", "2024-03-04T19:00") == 0
    with Diary.open(db) as diary:
        first, home = diary.vitals()
    assert (first.session, first.moment, first.systolic, first.diastolic, first.heart_rate) == (
        sessions[0].id, VitalsMoment.HIGHEST, 150, 95, 88,
    )  # fmt: skip
    assert first.at == sessions[0].at  # a session's reading defaults to the session's time
    assert (home.session, home.moment, home.heart_rate, home.at) == (
        None,
        VitalsMoment.HOME,
        64,
        datetime(2024, 3, 4, 19),
    )


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--bp", "300/20"], "--bp: 300 is outside 60–260 mmHg"),
        (["--bp", "90/95"], "--bp: 90/95: the first number must be higher than the second"),
        (["--bp", "150-95"], "--bp: '150-95' is not a blood pressure like 150/95"),
        (["--hr", "300"], "--hr: 300 is outside 25–250 /min"),
        ([], "--bp: enter a blood pressure, a heart rate or both"),
        (
            ["--moment", "before", "--hr", "80"],
            "--moment: is 'home' exactly when the reading belongs to no session",
        ),
        (["--moment", "lunch", "--hr", "80"], "--moment:"),
    ],
)
def test_an_impossible_reading_is_one_line_exit_2_and_nothing_saved(
    db: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], expected: str
) -> None:
    assert run(db, "vitals", "add", *arguments) == 2
    error = capsys.readouterr().err
    assert expected in error
    assert error.count("\n") == 1
    with Diary.open(db) as diary:
        assert diary.vitals() == []


def test_impression_goes_to_the_courses_last_session(db: Path) -> None:
    sessions = two_courses(db)
    assert run(db, "impression", "1", "2", "--day", "7", "--at", "2024-03-09T09:00") == 0
    assert run(db, "impression", "2", "5") == 0
    with Diary.open(db) as diary:
        first, second = diary.impressions()
    assert (first.session, first.value, first.day) == (sessions[1].id, 2, 7)
    assert (second.session, second.value, second.day) == (sessions[2].id, 5, None)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["1", "8"], "VALUE: 8 is outside 1–7"),
        (["1", "0"], "VALUE: 0 is outside 1–7"),
        (["3", "2"], "COURSE: '3' is not a course number (courses: 1–2)"),
        (["1", "2", "--day", "14"], "--day: 14 is not 7 or 28"),
    ],
)
def test_an_impossible_impression_is_refused(
    db: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], expected: str
) -> None:
    two_courses(db)
    assert run(db, "impression", *arguments) == 2
    assert expected in capsys.readouterr().err
    with Diary.open(db) as diary:
        assert diary.impressions() == []


def test_checkin_stores_the_four_answers_and_the_note(db: Path) -> None:
    assert run(db, "checkin", "--urgency", "--blood", "--note", "since Tuesday") == 0
    assert run(db, "checkin") == 0
    with Diary.open(db) as diary:
        first, second = diary.checkins()
    assert (first.more_often, first.urgency, first.pain, first.blood, first.note) == (
        False, True, False, True, "since Tuesday",
    )  # fmt: skip
    assert not second.any_symptom


def test_profile_sets_parts_and_shows_them(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "profile", "--name", "Ana Ruiz", "--born", "1971-05-31") == 0
    assert run(db, "profile", "--clinic", "Klinik Nord") == 0
    with Diary.open(db) as diary:
        profile = diary.profile()
    assert (profile.name, profile.born, profile.clinic) == ("Ana Ruiz", date(1971, 5, 31), "Klinik Nord")
    assert run(db, "profile", "--born", "1850-01-01") == 2
    assert "--born: 1850-01-01 is before 1900" in capsys.readouterr().err
    with Diary.open(db) as diary:
        assert diary.profile() == profile
