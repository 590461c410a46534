"""The sample diaries: the maintenance scenario's schedule, relative to today, and its command."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.demo import build_maintenance_demo, fill_with_demo
from paindiary.domain import Route
from paindiary.store import Diary

TODAY = date(2025, 6, 30)


def test_the_maintenance_sample_is_one_session_then_twice_weekly_then_weekly() -> None:
    entries, sessions = build_maintenance_demo(TODAY)
    days = [session.at.date() for session in sessions]
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(days)]
    # One session on its own (four weeks before the next), four weeks of Mondays and Thursdays,
    # then Mondays only.
    assert gaps[0] == 28
    assert gaps[1:9] == [3, 4, 3, 4, 3, 4, 3, 4]
    assert set(gaps[9:]) == {7}
    assert {(session.route, session.drug) for session in sessions} == {(Route.INTRANASAL, "esketamine")}
    # Relative to today: half a year of entries up to today, and one session still to come.
    assert min(entry.at.date() for entry in entries) == TODAY - timedelta(days=181)
    assert max(entry.at.date() for entry in entries) <= TODAY
    assert [day for day in days if day > TODAY] == [days[-1]]
    # Six weeks of logging before the first session give it an own usual pain.
    assert (days[0] - min(entry.at.date() for entry in entries)).days == 42


def test_demo_maintenance_fills_a_new_diary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sample.sqlite3"
    assert main(["--db", str(path), "demo", "--maintenance"]) == 0
    assert "Added sample data" in capsys.readouterr().out
    with Diary.open(path) as diary:
        assert {session.drug for session in diary.sessions()} == {"esketamine"}


def test_the_standard_sample_is_unchanged_by_default(tmp_path: Path) -> None:
    with Diary.open(tmp_path / "sample.sqlite3") as diary:
        fill_with_demo(diary, TODAY, now=datetime(2025, 6, 30, 23, 0))
        assert "ketamine" in {session.drug for session in diary.sessions()}


def test_the_sample_notes_quote_no_blood_pressure_the_vitals_do_not_show(tmp_path: Path) -> None:
    """A reading written into a side-effect note would have to agree with the vitals records;
    the sample keeps its readings in the vitals only."""
    with Diary.open(tmp_path / "sample.sqlite3") as diary:
        fill_with_demo(diary, TODAY, now=datetime(2025, 6, 30, 23, 0))
        notes = [effect.note for session in diary.sessions() for effect in session.side_effects]
    assert any(notes)
    assert not [note for note in notes if re.search(r"\d{2,3}\s*/\s*\d{2,3}", note)]
