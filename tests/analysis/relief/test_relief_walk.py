"""Rules 6–15 on one course: statuses, onset, the walk and its censor reasons, peak, late change,
category, return to usual pain and coverage. Usual pain 7 (28 dates) unless said otherwise, so
pain 3 is r = 57.14 %, pain 4 is 42.86 %, pain 7 is 0 %."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.relief.builders import analyse, course_json, daily, days_before, entry, picked, session

WALK = ("onset_day_30", "relief_days_30", "censored_30", "censor_reason_30", "category")
NULL_UNLESS_OK = (
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
    "censor_reason_30",
    "censor_reason_50",
    "late_reduction_pct",
)


def _course(follow_up: list[int | None], usual: int = 7, **changes: int) -> dict[str, Any]:
    entries = days_before("2024-03-10", [usual] * 28) + daily("2024-03-10", follow_up)
    return course_json(analyse(entries, [session("2024-03-10 08:00")], **changes))


@pytest.mark.parametrize(
    ("usual", "follow_up", "status", "follow_up_days"),
    [
        (0, [0, 0, 0], "no-baseline-pain", 3),
        (7, [], "no-follow-up", 0),
        (7, [None] * 5 + [3] * 6, "no-early-entries", 11),  # K = 10 ≥ 3, nothing on days 0…3
    ],
)
def test_statuses_other_than_ok_null_every_relief_field(
    usual: int, follow_up: list[int | None], status: str, follow_up_days: int
) -> None:
    course = _course(follow_up, usual)
    assert (course["status"], course["follow_up_days"]) == (status, follow_up_days)
    assert all(course[key] is None for key in NULL_UNLESS_OK)
    assert course["baseline"] == float(usual)


def test_onset_on_day_2_counts_relief_from_day_0() -> None:
    # r = 0, 0, 57, 57, 57, 0, 0, 0 → s(1) = 0, s(2) = 57 … s(4) = median(57, 57, 0) = 57,
    # s(5) = s(6) = 0 → last = 4 → 5 days; 57 ≥ 50 on the same days → substantial.
    assert picked(_course([7, 7, 3, 3, 3, 7, 7, 7]), *WALK) == {
        "onset_day_30": 2,
        "relief_days_30": 5,
        "censored_30": False,
        "censor_reason_30": None,
        "category": "substantial",
    }


def test_one_odd_logged_day_does_not_end_relief() -> None:
    # Day 3 is 7, day 4 unlogged: s(3) = median(r2, r3) = 28.6 < 30 but s(5) = median(r5, r6) = 57
    # → go on; s(9) = 57, s(10) = s(11) = 0 → 10 days. Without the rule relief would end at 3.
    course = _course([3, 3, 3, 7, None, 3, 3, 3, 3, 3] + [7] * 10)
    assert (course["relief_days_30"], course["censored_30"]) == (10, False)


def test_a_gap_longer_than_max_gap_days_censors_relief() -> None:
    # Days 3…6 unlogged: 7 − 2 − 1 = 4 > 3 → 3 days, censored by the gap; 3 < washout 7 → no category.
    assert picked(_course([3, 3, 3, None, None, None, None, 3, 3]), *WALK) == {
        "onset_day_30": 0,
        "relief_days_30": 3,
        "censored_30": True,
        "censor_reason_30": "gap",
        "category": None,
    }


def test_relief_still_going_at_the_diary_end_is_censored_and_graded_from_washout_days() -> None:
    # 10 days at 57 % (≥ 50): censored, end-of-diary; 10 ≥ 7 → graded: substantial.
    assert picked(_course([3] * 10), *WALK, "censor_reason_50") == {
        "onset_day_30": 0,
        "relief_days_30": 10,
        "censored_30": True,
        "censor_reason_30": "end-of-diary",
        "category": "substantial",
        "censor_reason_50": "end-of-diary",
    }


def test_relief_reaching_the_horizon_is_censored_by_it() -> None:
    course = _course([3] * 20, horizon_days=10)  # K = 9
    assert (course["relief_days_30"], course["censor_reason_30"]) == (10, "horizon")


def test_unlogged_days_before_the_next_course_censor_by_gap() -> None:
    # Next course on day 10 → K = 9; the last logged day is 4 and 9 − 4 = 5 > 3 → gap.
    entries = days_before("2024-03-10", [7] * 28) + daily("2024-03-10", [3] * 5)
    entries += daily("2024-03-20", [3])
    analysis = analyse(entries, [session("2024-03-10 08:00"), session("2024-03-20 08:00")])
    course = course_json(analysis)
    assert (course["relief_days_30"], course["censor_reason_30"]) == (5, "gap")


def test_too_early_to_tell_before_the_onset_window_ends() -> None:
    course = _course([7, 7])  # K = 1 < 3, no onset
    assert picked(course, *WALK, "onset_day_50", "relief_days_50", "censor_reason_50") == {
        "onset_day_30": None,
        "relief_days_30": None,
        "censored_30": True,
        "censor_reason_30": "too-early",
        "category": None,
        "onset_day_50": None,
        "relief_days_50": None,
        "censor_reason_50": "too-early",
    }


def test_no_onset_once_the_window_is_over_is_zero_days() -> None:
    course = _course([7, 7, 7, 7])  # K = 3
    assert picked(course, *WALK, "peak_reduction_pct") == {
        "onset_day_30": None,
        "relief_days_30": 0,
        "censored_30": False,
        "censor_reason_30": None,
        "category": "none",
        "peak_reduction_pct": 0.0,
    }


@pytest.mark.parametrize(
    ("follow_up", "category"),
    [
        ([3, 3, 7, 7, 7], "brief"),  # s(1) = median(57, 57, 0) = 57, s(2) = s(3) = 0 → 2 days
        ([6, 6, 6, 6, 6], "minimal"),  # r = 14.3: 0 days, peak ≥ 10
        ([4, 4, 4, 7, 7], "moderate"),  # 42.9 %: 3 days at 30, none at 50
        ([3, 3, 3, 7, 7], "substantial"),  # 3 days at 50
    ],
)
def test_categories(follow_up: list[int], category: str) -> None:
    assert _course(follow_up)["category"] == category


def test_the_lowest_point_is_sought_over_the_whole_relief_when_it_lasts_longer() -> None:
    # 4 on days 0…14, 1 on days 15…17 (r = 85.7), 4 on 18, 19, then 7: relief 20 days →
    # P = max(13, 19) = 19 → s(15) = median(42.9, 85.7, 85.7) = 85.7 on day 15.
    course = _course([4] * 15 + [1] * 3 + [4] * 2 + [7] * 5)
    assert picked(course, "relief_days_30", "peak_reduction_pct", "peak_day") == {
        "relief_days_30": 20,
        "peak_reduction_pct": 85.7,
        "peak_day": 15,
    }


def test_late_change_needs_k_of_28() -> None:
    assert _course([7] * 28)["late_reduction_pct"] is None  # K = 27
    assert _course([7] * 15 + [4] * 14)["late_reduction_pct"] == 42.9  # K = 28: days 15…28


def test_return_needs_two_logged_days_near_usual_pain_within_max_gap() -> None:
    # Relief ends on day 5 (s(5) = s(6) = 0 from pain 7); day 5 and day 6 are within a point.
    assert _course([3] * 5 + [7, 7, 7])["return_to_baseline_day"] == 5
    # Pain 6 afterwards is within 1 point (14.3 ≤ 14.29 + tolerance is true: 100/7 exactly).
    assert _course([3] * 5 + [6, 6, 6, 6])["return_to_baseline_day"] == 5
    # Pain 5 (28.6 %) is not: relief ends (< 30) but no return.
    assert _course([3] * 5 + [5, 5, 5, 5])["return_to_baseline_day"] is None


def test_coverage_of_a_sparsely_logged_follow_up() -> None:
    # Logged days 0, 5, 10, 20 (K = 20): 3 in days 0…13 < 14/2 → sparse. Ratio: (4 ÷ min(28, 21))
    # ÷ (28/28) = 0.19 < 0.5 with a before-rate of 1 and a window of 21 ≥ 14 → dropped.
    follow_up: list[int | None] = [None] * 21
    for k in (0, 5, 10, 20):
        follow_up[k] = 7
    course = _course(follow_up)
    assert picked(course, "logged_days_first_14", "sparse_follow_up", "logging_ratio", "logging_dropped") == {
        "logged_days_first_14": 3,
        "sparse_follow_up": True,
        "logging_ratio": 0.19,
        "logging_dropped": True,
    }


def test_a_short_window_is_never_sparse_nor_dropped() -> None:
    # K = 5: min(14, 6) = 6 < 7 → not sparse; min(28, 6) < 14 → not dropped; ratio (2/6) ÷ 1 = 0.33.
    course = _course([7, None, None, None, None, 7])
    assert picked(course, "sparse_follow_up", "logging_ratio", "logging_dropped") == {
        "sparse_follow_up": False,
        "logging_ratio": 0.33,
        "logging_dropped": False,
    }


def test_a_tied_peak_is_rounded_half_away_from_zero() -> None:
    # B = 8; day 0 holds 7 and 8 → 7.5 → r = 6.25 with day 1 unlogged, so s(0) = 6.25 → 6.3
    # (Python's round(6.25, 1) gives 6.2); days 2…10 at 8 are 0 %.
    entries = [
        *days_before("2024-03-10", [8] * 28),
        entry("2024-03-10 12:00", 7),
        entry("2024-03-10 13:00", 8),
    ]
    entries += daily("2024-03-12", [8] * 9)
    course = course_json(analyse(entries, [session("2024-03-10 08:00")]))
    assert (course["peak_reduction_pct"], course["peak_day"], course["category"]) == (6.3, 0, "none")
