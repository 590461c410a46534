"""dose_response: points, Spearman's rho with average ranks, and why rho is missing."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from paindiary.analysis import CourseRelief, ReliefStatus, dose_response
from paindiary.analysis.dose_response import average_ranks, spearman
from tests.analysis.analysis_builders import relief_of

TEMPLATE = relief_of([5, 5, 5, 5, 10, 10])  # an ok course: relief 4 days, not censored


def course(number: int, mg: float | None, days: int | None, censored: bool = False) -> CourseRelief:
    """An ok course with the given dose (mg/kg = mg / 100) and relief days at 30 %."""
    per_kg = None if mg is None else mg / 100
    return replace(
        TEMPLATE, course=number, dose_mg=mg, dose_mg_per_kg=per_kg, relief_days_30=days, censored_30=censored
    )


def test_average_ranks_share_ties() -> None:
    # 10 → 1; the two 20s take ranks 2 and 3 → 2.5 each; 30 → 4.
    assert average_ranks([20, 10, 30, 20]).tolist() == [2.5, 1.0, 4.0, 2.5]


def test_spearman_by_hand() -> None:
    # x ranks 1..5 (dx = −2 −1 0 1 2); y = 5 6 7 8 7 → ranks 1 2 3.5 5 3.5 (dy = −2 −1 .5 2 .5).
    # Σ dx·dy = 4 + 1 + 0 + 2 + 1 = 8; Σ dx² = 10; Σ dy² = 4 + 1 + .25 + 4 + .25 = 9.5.
    # rho = 8 / √95.
    assert spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) == pytest.approx(8 / math.sqrt(95))
    assert spearman([1, 2, 3], [30, 20, 10]) == pytest.approx(-1.0)
    assert spearman([1, 1, 1], [1, 2, 3]) is None


def test_points_flag_censored_courses_and_skip_unjudged_ones() -> None:
    reliefs = [
        course(1, 100, 5),
        course(2, 200, 9, censored=True),
        course(3, 150, None, censored=True),  # too early to tell: no point
        course(4, None, 3),
        replace(TEMPLATE, course=5, status=ReliefStatus.INSUFFICIENT_BASELINE, relief_days_30=None),
    ]
    response = dose_response(reliefs)
    assert [(p.course, p.dose_mg, p.relief_days, p.censored) for p in response.points] == [
        (1, 100, 5, False),
        (2, 200, 9, True),
        (4, None, 3, False),
    ]


def test_rho_needs_five_completed_courses_with_a_dose() -> None:
    # Courses 1–3 count; 4 is censored and 5 has no dose: 3 of the 5 needed.
    reliefs = [
        course(1, 100, 2),
        course(2, 150, 4),
        course(3, 200, 6),
        course(4, 250, 8, True),
        course(5, None, 9),
    ]
    response = dose_response(reliefs)
    assert response.rho is None
    assert response.courses == 3
    assert response.reason == (
        "Needs at least 5 courses with a known dose and a completed relief window; you have 3."
    )


def test_rho_with_enough_courses() -> None:
    # Doses 100 200 300 400 500 against relief days 5 6 7 8 7 → rho = 8 / √95 (see above).
    reliefs = [course(n, 100.0 * n, days) for n, days in zip(range(1, 6), [5, 6, 7, 8, 7], strict=True)]
    response = dose_response(reliefs)
    assert response.rho == pytest.approx(8 / math.sqrt(95))
    assert response.rho_per_kg == pytest.approx(8 / math.sqrt(95))
    assert response.reason is None
    assert response.courses == response.courses_per_kg == 5


def test_rho_is_not_shown_for_one_dose_or_one_duration() -> None:
    same_dose = dose_response([course(n, 100, n) for n in range(1, 6)])
    assert same_dose.rho is None
    assert same_dose.reason is not None
    assert "same dose" in same_dose.reason
    same_days = dose_response([course(n, 100 * n, 4) for n in range(1, 6)])
    assert same_days.rho is None
    assert same_days.reason is not None
    assert "equally long" in same_days.reason
