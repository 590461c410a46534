"""`paindiary summary` against a fake diary: the table, the sentences and --json."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

import pytest

from paindiary.cli import summary
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from tests.analysis.analysis_builders import daily, session, week_before
from tests.analysis.test_relief_json import SPEC_FIELDS


class FakeDiary:
    """Just the three methods the command may use."""

    def __init__(self, entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession]) -> None:
        self._entries = sorted(entries, key=lambda item: item.at)
        self._sessions = sorted(sessions, key=lambda item: item.at)

    def entries(self) -> list[PainEntry]:
        return list(self._entries)

    def sessions(self) -> list[TreatmentSession]:
        return list(self._sessions)

    def analysis_settings(self) -> AnalysisSettings:
        return AnalysisSettings()


def two_courses() -> FakeDiary:
    # Course 1: loading series 10–11 March (350 mg, 5 mg/kg); B = 10; pain 5 on 11–16 March
    # → s = 50 on days 0–5, then 10 on 17–20 March: relief 6 days at 30 and at 50.
    # Course 2: 21 March, 100 mg at 70 kg; pain 7 then 6 … only 2 days logged → too early.
    entries = (
        week_before("2024-03-10 08:00", pain=10)
        + daily("2024-03-11", [5] * 6 + [9] * 4)
        + daily("2024-03-21", [7, 6])
    )
    sessions = [
        session("2024-03-10 08:00", dose_mg=175, weight_kg=70),
        session("2024-03-11 08:00", dose_mg=175, weight_kg=70),
        session("2024-03-21 08:00", dose_mg=100, weight_kg=70),
    ]
    return FakeDiary(entries, sessions)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="paindiary")
    summary.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_register_adds_summary_with_json_option() -> None:
    args = parse(["summary", "--json"])
    assert args.handler is summary.run
    assert args.json is True
    assert parse(["summary"]).json is False


def test_table_and_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    assert summary.run(parse(["summary"]), two_courses()) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split()
    assert header[:3] == ["Course", "Dates", "Sessions"]
    assert "Category" in header
    first, second = lines[1].split(), lines[2].split()
    # Course, dates, sessions, mg, mg/kg, baseline, onset, peak %, peak day, relief 30, relief 50, category.
    assert first == [
        "1",
        "2024-03-10–2024-03-11",
        "2",
        "350.00",
        "5.00",
        "10.00",
        "0",
        "50.0",
        "0",
        "6",
        "6",
        "substantial",
    ]
    # Course 2: B = mean of 13–20 March daily means; relief at 30 is still too early ("–").
    assert second[:3] == ["2", "2024-03-21", "1"]
    assert second[-1] == "–"
    assert lines[4] == (
        "Course 1: Pain stayed at least 30 % below your average of the week before for 6 days; "
        "best on day 0, 50 % lower."
    )
    assert lines[5].startswith("Course 2: Too early to tell: 2 days of diary since this course.")


def test_censored_relief_shows_at_least(capsys: pytest.CaptureFixture[str]) -> None:
    diary = FakeDiary(
        week_before("2024-03-10 08:00", pain=10) + daily("2024-03-10", [5] * 5), [session("2024-03-10 08:00")]
    )
    summary.run(parse(["summary"]), diary)
    assert "≥ 5" in capsys.readouterr().out.splitlines()[1]


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    diary = two_courses()
    assert summary.run(parse(["summary", "--json"]), diary) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["settings", "courses"]
    assert list(document["settings"]) == [
        "baseline_days",
        "min_baseline_days",
        "full_baseline_days",
        "course_gap_days",
        "horizon_days",
        "onset_window_days",
        "max_gap_days",
        "washout_days",
        "carry_forward_days",
        "peak_window_days",
    ]
    assert [list(course) for course in document["courses"]] == [SPEC_FIELDS, SPEC_FIELDS]
    first = document["courses"][0]
    assert first["sessions"] == [str(s.id) for s in diary.sessions()[:2]]
    assert (first["start"], first["day0"], first["relief_days_30"], first["censored_30"]) == (
        "2024-03-10T08:00",
        "2024-03-11",
        6,
        False,
    )
    assert (first["dose_mg"], first["dose_mg_per_kg"]) == (350.0, 5.0)


def test_no_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    summary.run(parse(["summary"]), FakeDiary(daily("2024-03-01", [5]), []))
    assert "No treatment sessions" in capsys.readouterr().out
