"""Relief days at 30 % against each course's dose, with Spearman's rank correlation."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from paindiary.analysis.i18n import _
from paindiary.analysis.relief import CourseRelief, ReliefStatus
from paindiary.analysis.timeline import FloatArray

MIN_COURSES = 5  # fewer pairs make a rank correlation meaningless


@dataclass(frozen=True, slots=True)
class DosePoint:
    """One course on the dose-response chart."""

    course: int
    dose_mg: float | None
    dose_mg_per_kg: float | None
    relief_days: int  # at 30 %
    censored: bool  # relief was still going when the window closed ("at least")


@dataclass(frozen=True, slots=True)
class DoseResponse:
    """The chart's points and, when there are enough courses, Spearman's rho for each dose measure."""

    points: tuple[DosePoint, ...]
    rho: float | None  # relief days vs dose in mg
    reason: str | None  # why rho is None
    courses: int  # uncensored courses with a known dose in mg
    rho_per_kg: float | None  # relief days vs dose in mg/kg
    reason_per_kg: str | None
    courses_per_kg: int


def dose_response(reliefs: Iterable[CourseRelief]) -> DoseResponse:
    """Relief days at 30 % vs dose for every course with a judged relief window."""
    points = tuple(
        DosePoint(
            relief.course,
            relief.dose_mg,
            relief.dose_mg_per_kg,
            relief.relief_days_30,
            bool(relief.censored_30),
        )
        for relief in reliefs
        if relief.status is ReliefStatus.OK and relief.relief_days_30 is not None
    )
    # Censored relief days are only a lower bound, so they stay out of the correlation.
    completed = [point for point in points if not point.censored]
    by_mg = [(point.dose_mg, point.relief_days) for point in completed if point.dose_mg is not None]
    by_kg = [
        (point.dose_mg_per_kg, point.relief_days) for point in completed if point.dose_mg_per_kg is not None
    ]
    rho, reason = _correlation(by_mg)
    rho_per_kg, reason_per_kg = _correlation(by_kg)
    return DoseResponse(points, rho, reason, len(by_mg), rho_per_kg, reason_per_kg, len(by_kg))


def average_ranks(values: Sequence[float]) -> FloatArray:
    """1-based ranks; tied values share the mean of the ranks they span."""
    _distinct, where, counts = np.unique(
        np.asarray(values, dtype=np.float64), return_inverse=True, return_counts=True
    )
    last = np.cumsum(counts)
    first = last - counts + 1
    ranks: FloatArray = ((first + last) / 2.0)[where]
    return ranks


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's rho (Pearson's r of the average ranks); None when either side is constant."""
    rank_x = average_ranks(x)
    rank_y = average_ranks(y)
    dx = rank_x - rank_x.mean()
    dy = rank_y - rank_y.mean()
    spread = math.sqrt(float(np.dot(dx, dx)) * float(np.dot(dy, dy)))
    if spread == 0:
        return None
    return float(np.dot(dx, dy)) / spread


def _correlation(pairs: Sequence[tuple[float, int]]) -> tuple[float | None, str | None]:
    if len(pairs) < MIN_COURSES:
        return None, _(
            "Needs at least {needed} courses with a known dose and a completed relief window; "
            "you have {count}."
        ).format(needed=MIN_COURSES, count=len(pairs))
    doses = [dose for dose, _days in pairs]
    days = [float(days) for _dose, days in pairs]
    if len(set(doses)) == 1:
        return None, _("Every one of these courses had the same dose, so there is no trend to measure.")
    if len(set(days)) == 1:
        return None, _(
            "Relief lasted equally long after each of these courses, so there is no trend to measure."
        )
    return spearman(doses, days), None
