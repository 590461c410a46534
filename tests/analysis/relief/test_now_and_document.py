"""The Now line, and the summary document's structure: keys and their order exactly as the spec."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any

import pytest

from paindiary.analysis.now_line import relief_phrase
from paindiary.analysis.results import CensorReason, ReliefAnalysis, ReliefStatus
from tests.analysis.relief.builders import V2, analyse, daily, days_before, entry, session

# Copied from the spec's text: the v1 fields that remain, then v2's, in that order.
SPEC_COURSE_KEYS = [
    "course",
    "sessions",
    "start",
    "day0",
    "status",
    "baseline",
    "follow_up_days",
    "onset_day_30",
    "relief_days_30",
    "censored_30",
    "onset_day_50",
    "relief_days_50",
    "censored_50",
    "peak_reduction_pct",
    "peak_day",
    "category",
    "return_to_baseline_day",
    "dose_mg",
    "dose_mg_per_kg",
    "end",
    "baseline_dates",
    "baseline_source",
    "baseline_from_course",
    "baseline_influenced_by",
    "short_baseline",
    "week_before_mean",
    "baseline_flare",
    "baseline_trend_per_4_weeks",
    "low_baseline",
    "during_mean",
    "censor_reason_30",
    "censor_reason_50",
    "late_reduction_pct",
    "influence_end",
    "logged_days_first_14",
    "sparse_follow_up",
    "logging_ratio",
    "logging_dropped",
    "dose_mg_per_kg_per_session",
    "drug_route",
]
SPEC_RUN_KEYS = [
    "band",
    "start",
    "end",
    "sessions",
    "logged_days",
    "days",
    "mean_pain",
    "reference",
    "pct_below_reference",
    "pct_logged_days_30_below",
    "predose_mean_pain",
    "predose_pct_below_reference",
]


def _relief(until: str, when: datetime) -> ReliefAnalysis:
    entries = days_before("2024-03-10", [7] * 28) + daily("2024-03-10", [3] * 6 + [7] * 5)
    entries = [item for item in entries if item.at.date() <= datetime.fromisoformat(until).date()]
    return analyse(entries, [session("2024-03-10 08:00")], when=when)


def test_now_is_null_before_any_course_has_reached_day_0() -> None:
    # A 100-hour infusion still running: day 0 (03-14) is after today (03-12).
    entries = days_before("2024-03-10", [7] * 5)
    sessions = [session("2024-03-10 08:00", minutes=6000)]
    analysis = analyse(entries, sessions, when=datetime(2024, 3, 12, 9))
    assert analysis.now is None
    assert analysis.as_json()["now"] is None


def test_now_gives_recent_pain_in_points_beside_usual_pain() -> None:
    # Day 5 (03-15): the last two dates with entries, 03-14 and 03-15, are logged days 4 and 5.
    now = _relief("2024-03-15", datetime(2024, 3, 15, 20)).as_json()["now"]
    assert now == {
        "course": 1,
        "day": 5,
        "recent_days": ["2024-03-14", "2024-03-15"],
        "recent_mean": 3.0,
        "baseline": 7.0,
        "status": "ok",
        "text": "relief at 30 % for at least 6 days so far",
    }


def test_now_leaves_recent_pain_out_when_a_recent_date_is_before_day_0() -> None:
    # 03-10 20:00: the last two dates are 03-09 (before the course) and day 0.
    now = _relief("2024-03-10", datetime(2024, 3, 10, 20)).as_json()["now"]
    assert (now["day"], now["recent_days"], now["recent_mean"]) == (0, [], None)
    assert now["text"] == "relief at 30 % for at least 1 day so far"


def test_now_text_after_relief_ended_and_without_follow_up() -> None:
    # Pain 3 on days 0…5, 7 from day 6: s(6) = s(7) = 0 → relief ended after 6 days.
    assert _relief("2024-03-25", datetime(2024, 3, 25, 20)).now.text == "relief at 30 % for 6 days"  # type: ignore[union-attr]
    entries = days_before("2024-03-10", [7] * 28)
    alone = analyse(entries, [session("2024-03-10 08:00")], when=datetime(2024, 3, 11, 9))
    assert alone.now is not None
    assert alone.now.text == "no entries since this course yet"


def test_the_document_has_exactly_the_spec_keys_in_the_spec_order() -> None:
    analysis = _relief("2024-03-25", datetime(2024, 3, 25, 20))
    document = analysis.as_json()
    assert list(document) == ["settings", "courses", "typical_relief", "dose_response", "runs", "now"]
    assert list(document["courses"][0]) == SPEC_COURSE_KEYS
    assert list(document["now"]) == [
        "course",
        "day",
        "recent_days",
        "recent_mean",
        "baseline",
        "status",
        "text",
    ]
    assert list(document["settings"]) == [
        *["baseline_days", "min_baseline_days", "full_baseline_days", "course_gap_days", "horizon_days"],
        *["onset_window_days", "max_gap_days", "washout_days", "carry_forward_days", "peak_window_days"],
    ]


def test_runs_have_the_spec_keys_and_numbers_are_json_numbers() -> None:
    entries = days_before("2024-03-04", [6] * 28) + daily("2024-03-04", [4] * 40)
    sessions = [session(f"2024-03-{day:02d} 09:00") for day in (4, 8, 12, 16, 20)]
    document = analyse(entries, sessions).as_json()
    assert [list(run) for run in document["runs"]] == [SPEC_RUN_KEYS]
    course = json.loads(json.dumps(document))["courses"][0]
    assert isinstance(course["baseline"], float)
    assert isinstance(course["follow_up_days"], int)
    assert isinstance(course["dose_mg_per_kg"], float)
    assert all(isinstance(course[key], bool) for key in ("short_baseline", "baseline_flare", "low_baseline"))


def test_an_entry_at_the_moment_of_the_summary_counts() -> None:
    entries = [*days_before("2024-03-10", [7] * 5), entry("2024-03-10 20:00", 3)]
    analysis = analyse(entries, [session("2024-03-10 08:00")], when=datetime(2024, 3, 10, 20))
    assert analysis.courses[0].follow_up_days == 1


@pytest.mark.parametrize(
    ("changes", "text"),
    [
        (
            {"censor_reason_30": CensorReason.GAP},
            "relief at 30 % for at least 6 days, then no entries for more than 3 days",
        ),
        ({"censor_reason_30": CensorReason.NEXT_COURSE}, "relief at 30 % for 6 days, until the next course"),
        ({"censor_reason_30": CensorReason.HORIZON}, "relief at 30 % for at least 6 days"),
        ({"relief_days_30": 1, "censor_reason_30": None}, "relief at 30 % for 1 day"),
        (
            {"relief_days_30": 0, "censor_reason_30": None},
            "pain did not fall by 30 % or more in the first 3 days",
        ),
        ({"status": ReliefStatus.NO_EARLY_ENTRIES}, "no entries in the first 3 days after this course"),
        (
            {"status": ReliefStatus.INSUFFICIENT_BASELINE},
            "not enough entries before this course to compare with",
        ),
        ({"status": ReliefStatus.NO_BASELINE_PAIN}, "no pain before this course to compare with"),
    ],
)
def test_the_now_phrase_for_each_state(changes: dict[str, Any], text: str) -> None:
    # A course with relief for 6 days so far, changed by hand into each state the phrase names.
    ongoing = _relief("2024-03-15", datetime(2024, 3, 15, 20)).courses[0]
    assert relief_phrase(dataclasses.replace(ongoing, **changes), V2) == text
