"""Across courses: typical relief (Kaplan–Meier), dose–response within a group, dosing runs."""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache
from typing import Any

import pytest

from paindiary.analysis.dose_groups import dose_response, spearman_test
from paindiary.analysis.results import CourseRelief, ReliefStatus
from paindiary.analysis.typical_relief import kaplan_meier_median, typical_relief
from paindiary.domain import Route
from tests.analysis.relief.builders import analyse, daily, days_before, session


@cache
def _template() -> CourseRelief:
    entries = days_before("2024-03-10", [7] * 28) + daily("2024-03-10", [3] * 5 + [7] * 5)
    return analyse(entries, [session("2024-03-10 08:00")]).courses[0]


def _course(number: int, days: int | None, censored: bool = False, **changes: Any) -> CourseRelief:
    """A course built by hand: presentation of the analysis is not under test here."""
    return dataclasses.replace(
        _template(), course=number, relief_days_30=days, censored_30=censored, **changes
    )


@pytest.mark.parametrize(
    ("observations", "median"),
    [
        ([(5, True), (10, True), (15, True)], 10),  # S = 2/3, 1/3
        ([(5, True), (10, True), (15, True), (20, True)], 12.5),  # S = ½ exactly on [10, 15)
        ([(5, True), (10, False)], 5),  # ½ from 5 to the end of the curve
        ([(5, False), (5, True), (8, True)], 8),  # censored at 5 still at risk at 5: S = 2/3, 0
        ([(0, True), (0, True), (4, True)], 0),  # 0-day courses are events at 0
        ([(5, True), (10, False), (12, False), (20, False)], None),  # S = 3/4 at most
    ],
)
def test_kaplan_meier_median(observations: list[tuple[int, bool]], median: float | None) -> None:
    assert kaplan_meier_median(observations) == median


def test_typical_relief_uses_ok_courses_with_known_relief_and_says_at_least_when_open() -> None:
    courses = [
        _course(1, 5),
        _course(2, 10, censored=True),
        _course(3, 12, censored=True),
        _course(4, None, censored=True),  # too early: left out
        _course(5, 30, status=ReliefStatus.NO_EARLY_ENTRIES),  # not ok: left out
        _course(6, 20, censored=True),
    ]
    # S: at 5, 1 of 4 ends → 3/4, and nothing ends later → no median; at least 20 days.
    ((group),) = [item.as_json() for item in typical_relief(courses)]
    assert group == {
        "drug_route": "ketamine iv-infusion",
        "sessions_per_course": 1,
        "courses": 4,
        "typical_relief_days": None,
        "at_least_days": 20,
        "min": 5,
        "max": 20,
    }


def test_typical_relief_needs_three_courses_and_leaves_out_at_least_when_there_is_a_median() -> None:
    assert typical_relief([_course(1, 5), _course(2, 10)]) == ()
    (group,) = typical_relief([_course(1, 15), _course(2, 11), _course(3, 18), _course(4, 12)])
    # Four events: S = 3/4 at 11, ½ at 12 until 15 → (12 + 15)/2 = 13.5.
    assert group.as_json() == {
        "drug_route": "ketamine iv-infusion",
        "sessions_per_course": 1,
        "courses": 4,
        "typical_relief_days": 13.5,
        "min": 11,
        "max": 18,
    }


def test_groups_are_split_by_drug_route_and_number_of_sessions() -> None:
    nasal = {"drug_route": "esketamine intranasal"}
    courses = [_course(1, 5), _course(2, 6), _course(3, 7, **nasal), _course(4, 8, **nasal)]
    courses += [_course(5, 9, **nasal)]
    assert [(g.drug_route, g.courses) for g in typical_relief(courses)] == [("esketamine intranasal", 3)]


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        # ρ = 1; 2 of the 4! pairings reach |ρ| = 1 → 1/12.
        ([1, 2, 3, 4], [1, 2, 3, 4], (1.0, 0.083, "exact-permutation")),
        # Σd² = 2 → ρ = 1 − 6·2/60 = 0.8; pairings with Σd² ≤ 2 or ≥ 18: 4 + 4 of 24 → 1/3.
        ([1, 2, 3, 4], [1, 2, 4, 3], (0.8, 0.333, "exact-permutation")),
        # Mid-ranks 1.5, 1.5, 3, 4: ρ = 4.5/√(4.5·5) = 0.949. Only the sorted pairing (twice, the
        # tie swapped) and the reversed one (twice) reach |ρ| ≥ 0.949 → 4/24.
        ([1, 1, 2, 3], [1, 2, 3, 4], (0.95, 0.167, "exact-permutation")),
        ([2, 2, 2, 2], [1, 2, 3, 4], (None, None, None)),
    ],
)
def test_spearman_with_an_exact_permutation_p(x: list[float], y: list[float], expected: object) -> None:
    assert spearman_test(x, y) == expected


def test_spearman_above_ten_courses_uses_the_t_approximation() -> None:
    # y swaps five pairs of neighbours: Σd² = 10 → ρ = 1 − 6·10/(12·143) = 0.965; t on 10 df
    # = 11.7 → p < 0.0005.
    y = [2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 11, 12]
    rho, p, method = spearman_test(list(range(1, 13)), y)
    assert (rho, p, method) == (0.97, 0.0, "t-approximation")


def test_t_approximation_matches_the_t_distribution() -> None:
    # Ranks 1…12 against 12 values whose ranks give ρ = 0.5 are hard to write by hand; the
    # distribution itself: t = 0.5·√(10/0.75) = 1.826 on 10 df, two-sided 10 % point 1.812 → 0.098.
    from paindiary.analysis import dose_groups

    assert dose_groups.t_approximation_p(0.5, 12) == pytest.approx(0.0978, abs=0.0005)


def test_dose_response_needs_eight_uncensored_courses_in_one_group() -> None:
    courses = [_course(n, n, dose_mg_per_kg_per_session=float(n)) for n in range(1, 8)]
    courses.append(_course(8, 8, censored=True, dose_mg_per_kg_per_session=8.0))
    assert dose_response(courses) == ()
    courses.append(_course(9, 9, dose_mg_per_kg_per_session=9.0))
    (group,) = dose_response(courses)
    # Doses and relief in the same order: ρ = 1, 2 of 8! pairings → p = 0.00005 → 0.0.
    assert group.as_json() == {
        "drug_route": "ketamine iv-infusion",
        "sessions_per_course": 1,
        "n": 8,
        "dose_measure": "dose_mg_per_kg_per_session",
        "course_numbers": [1, 2, 3, 4, 5, 6, 7, 9],
        "rho": 1.0,
        "p": 0.0,
        "p_method": "exact-permutation",
        "rho_time": 1.0,
    }


def test_dose_response_falls_back_to_total_dose_and_equal_doses_leave_rho_null() -> None:
    courses = [_course(n, n, dose_mg_per_kg_per_session=1.0, dose_mg=100.0) for n in range(1, 9)]
    courses[0] = dataclasses.replace(courses[0], dose_mg_per_kg_per_session=None)
    (group,) = dose_response(courses)
    assert (group.dose_measure, group.rho, group.p, group.p_method, group.rho_time) == (
        "dose_mg",
        None,
        None,
        None,
        1.0,
    )


def _runs(dates: list[str], last_entry: str = "2024-06-30") -> list[dict[str, object]]:
    """Sessions on `dates` (MM-DD of 2024); pain 6 on the 28 dates before, 4 daily to `last_entry`."""
    sessions = [session(f"2024-{when} 09:00", route=Route.INTRANASAL) for when in dates]
    first = f"2024-{dates[0]}"
    span = (date.fromisoformat(last_entry) - date.fromisoformat(first)).days + 1
    entries = days_before(first, [6] * 28) + daily(first, [4] * span)
    return analyse(entries, sessions).as_json()["runs"]


def test_a_run_ends_floor_of_its_median_interval_after_its_last_session() -> None:
    # Intervals 3, 4, 3, 4 → median 3.5 → ⌊3.5⌋ = 3 → 05-15 + 3 − 1 = 05-17.
    (run,) = _runs(["05-01", "05-04", "05-08", "05-11", "05-15"])
    assert (run["start"], run["end"], run["days"], run["sessions"]) == ("2024-05-01", "2024-05-17", 17, 5)


def test_an_interval_in_no_band_ends_a_run_and_short_runs_are_left_out() -> None:
    # Weekly 05-01…05-22, then 39 days (no band), then 06-30, 07-03, 07-06 (span 6 < 14: dropped).
    # Run: ⌊7⌋ → 05-22 + 6 = 05-28, before the next session (06-30).
    runs = _runs(["05-01", "05-08", "05-15", "05-22", "06-30", "07-03", "07-06"], last_entry="2024-07-10")
    assert [(run["band"], run["start"], run["end"]) for run in runs] == [
        ("about weekly", "2024-05-01", "2024-05-28")
    ]


def test_a_run_ends_with_the_diary() -> None:
    # Fortnightly 05-01…05-29: ⌊14⌋ → 06-11, but the last entry is 06-05.
    (run,) = _runs(["05-01", "05-15", "05-29"], last_entry="2024-06-05")
    assert (run["band"], run["end"], run["logged_days"]) == ("about every two weeks", "2024-06-05", 36)


def test_a_run_takes_its_reference_whatever_its_age() -> None:
    # Course 1 on 05-01 has a clean usual pain of 6; pain 4 from then on keeps it in relief until
    # the next session (06-09), so every later course is influenced. The weekly run 06-09…06-30
    # can only be compared with course 1, 39 days before its start: the spec sets no age limit,
    # so carry_forward_days (a limit for carried baselines) does not apply.
    sessions = [session(f"2024-{when} 09:00") for when in ["05-01", "06-09", "06-16", "06-23", "06-30"]]
    entries = days_before("2024-05-01", [6] * 28) + daily("2024-05-01", [4] * 70)
    for carry_forward_days in (180, 30):
        (run,) = analyse(entries, sessions, carry_forward_days=carry_forward_days).runs
        assert (run.start, run.reference_course, run.reference) == (date(2024, 6, 9), 1, 6.0)
        assert run.pct_below_reference == 33.3
