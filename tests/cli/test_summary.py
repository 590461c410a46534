"""`paindiary summary` against a fake diary: the plain words and the --json document's keys."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import pytest

from paindiary.cli import summary
from paindiary.clinic_records import Checkin, Impression, Vitals
from paindiary.domain import AnalysisSettings, PainEntry, Route, TreatmentSession
from paindiary.medicine_records import CoTreatment, Intake, Medicine, MedicineKind
from tests.support import FakeClock

NOW = FakeClock(datetime(2024, 4, 10, 20, 0))

# The spec's keys, in its order (CLINICAL.md, "Relief metrics v2"), written out by hand.
SUMMARY_KEYS = [
    "settings", "courses", "typical_relief", "dose_response", "runs", "now",
    "medicines", "function", "exposure", "noticed",
]  # fmt: skip
SETTINGS_KEYS = [
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
COURSE_KEYS = [
    "course", "sessions", "start", "day0", "status", "baseline", "follow_up_days",
    "onset_day_30", "relief_days_30", "censored_30", "onset_day_50", "relief_days_50", "censored_50",
    "peak_reduction_pct", "peak_day", "category", "return_to_baseline_day", "dose_mg", "dose_mg_per_kg",
    "end", "baseline_dates", "baseline_source", "baseline_from_course", "baseline_influenced_by",
    "short_baseline", "week_before_mean", "baseline_flare", "baseline_trend_per_4_weeks", "low_baseline",
    "during_mean", "censor_reason_30", "censor_reason_50", "late_reduction_pct", "influence_end",
    "logged_days_first_14", "sparse_follow_up", "logging_ratio", "logging_dropped",
    "dose_mg_per_kg_per_session", "drug_route",
]  # fmt: skip
NOW_KEYS = ["course", "day", "recent_days", "recent_mean", "baseline", "status", "text"]


class FakeDiary:
    """Just the methods the command may use; vitals, impressions and check-ins are empty."""

    def __init__(
        self,
        entries: Sequence[PainEntry],
        sessions: Sequence[TreatmentSession],
        medicines: Sequence[Medicine] = (),
        intakes: Sequence[Intake] = (),
    ) -> None:
        self._entries = list(entries)
        self._sessions = list(sessions)
        self._medicines = list(medicines)
        self._intakes = list(intakes)

    def medicines(self) -> list[Medicine]:
        return list(self._medicines)

    def intakes(self) -> list[Intake]:
        return list(self._intakes)

    def co_treatments(self) -> list[CoTreatment]:
        return []

    def entries(self) -> list[PainEntry]:
        return list(self._entries)

    def sessions(self) -> list[TreatmentSession]:
        return list(self._sessions)

    def analysis_settings(self) -> AnalysisSettings:
        return AnalysisSettings()

    def vitals(self) -> list[Vitals]:
        return []

    def impressions(self) -> list[Impression]:
        return []

    def checkins(self) -> list[Checkin]:
        return []


def daily(first: date, pains: Sequence[int]) -> list[PainEntry]:
    return [PainEntry(at=datetime.combine(first + timedelta(days=i), datetime.min.time()).replace(hour=12),
                      pain=pain) for i, pain in enumerate(pains)]  # fmt: skip


def session(day: date, dose_mg: float = 175.0, route: Route = Route.IV_INFUSION) -> TreatmentSession:
    return TreatmentSession(
        at=datetime.combine(day, datetime.min.time()).replace(hour=8),
        route=route,
        dose_mg=dose_mg,
        weight_kg=70.0,
    )


def two_courses() -> FakeDiary:
    """A loading series on 10–11 March (2 × 2.5 mg/kg), a single session on 21 March, one planned."""
    entries = (
        daily(date(2024, 3, 3), [8] * 7)
        + daily(date(2024, 3, 10), [4] * 8 + [8] * 3)
        + daily(date(2024, 3, 21), [7, 6])
    )
    sessions = [
        session(date(2024, 3, 10)),
        session(date(2024, 3, 11)),
        session(date(2024, 3, 21), dose_mg=140.0),
        session(date(2024, 5, 1)),  # after NOW: planned, in no course
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


def test_json_prints_exactly_the_spec_keys_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert summary.run(parse(["summary", "--json"]), two_courses(), clock=NOW) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document) == SUMMARY_KEYS
    assert list(document["settings"]) == SETTINGS_KEYS
    assert [list(course) for course in document["courses"]] == [COURSE_KEYS, COURSE_KEYS]
    assert list(document["now"]) == NOW_KEYS
    first = document["courses"][0]
    # Two sessions of 175 mg at 70 kg: 2.5 mg/kg each, 5 in all; the planned session is in no course.
    assert (first["start"], first["day0"], first["dose_mg_per_kg"], first["dose_mg_per_kg_per_session"]) == (
        "2024-03-10T08:00",
        "2024-03-11",
        5.0,
        2.5,
    )
    assert first["drug_route"] == "ketamine iv-infusion"
    assert document["now"]["course"] == 2
    assert document["now"]["day"] == 20  # 21 March → 10 April


def test_plain_words_per_course_then_today(capsys: pytest.CaptureFixture[str]) -> None:
    assert summary.run(parse(["summary"]), two_courses(), clock=NOW) == 0
    out = capsys.readouterr().out
    blocks = out.strip().split("\n\n")
    assert (
        blocks[0].splitlines()[0]
        == "Course 1: 10 Mar 2024 – 11 Mar 2024 · IV infusion, ketamine · 2 × 2.50 mg/kg"
    )
    assert blocks[1].splitlines()[0] == "Course 2: 21 Mar 2024 · IV infusion, ketamine · 1 × 2.00 mg/kg"
    assert all(line.startswith("  ") for line in blocks[0].splitlines()[1:])
    assert blocks[-1].startswith("Today\n  Day 20 after course 2.")
    for word in ("helped", "worked", "best", "above your average", "1 courses", "1 sessions"):
        assert word not in out


def test_no_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    summary.run(parse(["summary"]), FakeDiary(daily(date(2024, 3, 1), [5]), []), clock=NOW)
    assert capsys.readouterr().out.strip() == (
        "No treatment sessions recorded yet, so there are no courses to describe."
    )


def test_plain_words_list_typical_relief_and_runs() -> None:
    """The across-course blocks, on a hand-built analysis (their numbers are the analysis' own tests)."""
    from tests.support.relief_factory import analysis, course, now_line, run, typical

    built = analysis(course(), typical_relief=(typical(),), runs=(run(),), now=now_line(course()))
    blocks = summary.plain_words(built).split("\n\n")
    assert blocks[0].splitlines()[0] == "Course 1: 3 Mar 2025 · IV infusion, ketamine · 1 × 2.50 mg/kg"
    assert blocks[1:3] == [
        "Typical relief\n  IV infusion, ketamine, single sessions: relief at 30 % typically lasted 15 days "
        "(4 courses, 11–18 days).",
        "Dosing runs\n  Twice a week or more from 3 Mar 2025 to 30 Mar 2025 (8 sessions): pain averaged "
        "4.1/10, 35 % below your usual 6.3/10 (before course 1); before doses 4.8/10.",
    ]
    assert blocks[3].startswith("Today\n  Day 5 after course 1. Your pain on your last two days")


def test_medicines_key_and_words_count_as_needed_doses_in_each_courses_windows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = two_courses()
    ibuprofen = Medicine(name="Ibuprofen", kind=MedicineKind.AS_NEEDED)
    doses = [Intake(medicine=ibuprofen.id, at=datetime(2024, 3, day, 9), amount=1.0) for day in (1, 12, 22)]
    diary = FakeDiary(base.entries(), base.sessions(), [ibuprofen], doses)

    assert summary.run(parse(["summary", "--json"]), diary, clock=NOW) == 0
    per_course = json.loads(capsys.readouterr().out)["medicines"]["per_course"]
    # Course 1 (day 0 = 11 March): after = days 0–9, cut by course 2 on 21 March; course 2's
    # after ends on 22 March, the last record before now (the planned session is later).
    assert [(c["days_after"], c["as_needed_days_per_week_before"], c["as_needed_days_per_week_after"])
            for c in per_course] == [(10, 0.3, 0.7), (2, 0.5, 3.5)]  # fmt: skip
    assert per_course[0]["mme_per_day_after"] is None

    assert summary.run(parse(["summary"]), diary, clock=NOW) == 0
    assert "As-needed medicine on 0.3 days a week in the 4 weeks before, 0.7 in the 10 days after." in (
        capsys.readouterr().out
    )
