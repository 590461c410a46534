"""`paindiary session add --series` and how `paindiary list` shows a series chosen by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.domain import SessionSeries
from paindiary.store import Diary


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def add(db: Path, at: str, *extra: str) -> int:
    return main(["--db", str(db), "session", "add", "--at", at, "--route", "intranasal", *extra])


def test_series_is_auto_unless_given(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert add(db, "2024-03-01T09:00") == 0
    assert add(db, "2024-03-02T09:00", "--series", "new") == 0
    assert add(db, "2024-03-20T09:00", "--series", "JOIN") == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Recorded ketamine (intranasal) on 2024-03-01 09:00.",
        "Recorded ketamine (intranasal, series: new) on 2024-03-02 09:00.",
        "Recorded ketamine (intranasal, series: join) on 2024-03-20 09:00.",
    ]
    with Diary.open(db) as diary:
        assert [session.series for session in diary.sessions()] == [
            SessionSeries.AUTO,
            SessionSeries.NEW,
            SessionSeries.JOIN,
        ]


def test_list_shows_a_series_chosen_by_hand(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add(db, "2024-03-01T09:00")
    add(db, "2024-03-02T09:00", "--series", "new")
    capsys.readouterr()
    assert main(["--db", str(db), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2024-03-01 09:00     SESSION ketamine intranasal, dose not recorded"
    assert lines[1] == "2024-03-02 09:00     SESSION ketamine intranasal, dose not recorded; series: new"


def test_an_unknown_series_is_one_line_exit_2_and_nothing_saved(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(db, "2024-03-01T09:00", "--series", "later") == 2
    captured = capsys.readouterr()
    assert captured.err == "paindiary: error: --series: 'later' is not one of: auto, join, new\n"
    with Diary.open(db) as diary:
        assert diary.session_count() == 0
