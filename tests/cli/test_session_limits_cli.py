"""`paindiary session add` refuses and questions a session's amounts with the dialog's limits and words."""

from __future__ import annotations

from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.session_limits import unusual_values
from paindiary.store import Diary

ADD = ["session", "add", "--at", "2024-03-01T09:00", "--route", "iv-infusion"]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def run(db: Path, *arguments: str) -> int:
    return main(["--db", str(db), *arguments])


def stored(db: Path) -> int:
    with Diary.open(db) as diary:
        return diary.session_count()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--dose-mg", "0"],
            "--dose-mg: 0 mg is not possible: it must be more than 0 (leave it out when it was not recorded)",
        ),
        (
            ["--weight-kg", "0"],
            "--weight-kg: 0 kg is not possible: it must be more than 0 "
            "(leave it out when it was not recorded)",
        ),
        (["--minutes", "0"], "--minutes: 0 min is not possible"),
        (["--dose-mg", "50000"], "--dose-mg: 50000 mg is above the highest possible value (10000 mg)"),
        (["--rate", "0,0"], "--rate: 0 mg/kg/h is not possible"),
        (["--minutes", "1.5"], "--minutes: '1.5' is not a whole number (write it like 90, 4 h, 5 d)"),
        (
            ["--dose-mg", "1050", "--weight-kg", "70"],
            "--dose-mg: 15.00 mg/kg in one session is more than 10 mg/kg. Is this right? "
            "If it is, add --yes.",
        ),
        (
            ["--minutes", "11520"],
            "--minutes: A session of 8 d is longer than 7 days. Is this right? If it is, add --yes.",
        ),
    ],
)
def test_implausible_amounts_exit_2_with_one_line_and_save_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert run(db, *ADD, *arguments) == 2
    err = capsys.readouterr().err
    assert err.startswith("paindiary: error: ")
    assert message in err
    assert err.count("\n") == 1
    assert stored(db) == 0


@pytest.mark.parametrize(
    ("arguments", "field", "value"),
    [
        (["--dose-mg", "1050", "--weight-kg", "70"], "dose_mg", 1050),
        (["--minutes", "11520"], "minutes", 11520),
    ],
)
def test_yes_saves_an_unusual_value_that_was_checked(
    db: Path, arguments: list[str], field: str, value: float
) -> None:
    assert run(db, *ADD, *arguments, "--yes") == 0
    with Diary.open(db) as diary:
        [session] = diary.sessions()
    assert getattr(session, field) == value


def test_the_refusal_is_the_sentence_the_dialog_asks_with(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [unusual] = unusual_values(1050, 70, None)
    run(db, *ADD, "--dose-mg", "1050,0", "--weight-kg", "70")
    assert f"{unusual.sentence} Is this right?" in capsys.readouterr().err


def test_a_decimal_comma_and_a_unit_are_read_and_no_rate_is_stored_unless_given(db: Path) -> None:
    assert run(db, *ADD, "--dose-mg", "140 mg", "--weight-kg", "72,5", "--minutes", "240") == 0
    with Diary.open(db) as diary:
        [session] = diary.sessions()
    assert (session.dose_mg, session.weight_kg, session.rate_mg_per_kg_h) == (140, 72.5, None)
    assert session.worked_out_rate == pytest.approx(140 / 72.5 / 4)


def test_a_dose_that_reads_two_ways_is_refused_and_nothing_is_stored(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, *ADD, "--dose-mg", "1,500", "--weight-kg", "70") == 2
    assert "'1,500' could mean 1.5 or 1500" in capsys.readouterr().err
    with Diary.open(db) as diary:
        assert diary.sessions() == []


def test_a_duration_may_be_given_in_hours_or_days(db: Path) -> None:
    assert run(db, *ADD, "--minutes", "5 d") == 0
    assert (
        run(db, "session", "add", "--at", "2024-03-08T09:00", "--route", "iv-infusion", "--minutes", "4h")
        == 0
    )
    with Diary.open(db) as diary:
        assert [session.minutes for session in diary.sessions()] == [7200, 240]


def test_help_names_the_yes_flag_and_the_limits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["session", "add", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--yes" in out
    assert "above 10 mg/kg or a session longer than 7 days" in out
