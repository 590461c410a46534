"""Usual pain before a course (docs/relief-metrics.md, rules 3–5).

Rule 3's influence windows of earlier courses decide which dates before a course may serve as
its usual pain; rule 4 takes a 20 % trimmed mean of those dates or carries an earlier course's;
rule 5's flags describe the weeks before without changing the number.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction

import numpy as np

from paindiary.analysis.daily_values import DiaryDays, Tally, tally_fraction, tally_mean
from paindiary.analysis.results import BaselineSource, ReliefStatus
from paindiary.analysis.rounding import TOLERANCE, reaches, round_computed
from paindiary.domain import AnalysisSettings

FLARE_POINTS = 1.5  # a week this much above usual pain is flagged as a flare
LOW_BASELINE = 4  # below this usual pain, percentages of small numbers mislead
WEEK_BEFORE_DATES = 7  # the first date and the 6 before it
WEEK_BEFORE_MINIMUM = 3
TREND_MINIMUM = 10
TREND_SCALE = 28  # slope per day → per 4 weeks
TRIM = Fraction(1, 5)


@dataclass(frozen=True, slots=True)
class EarlierCourse:
    """What later courses need to know of an earlier one: its influence window and its usual pain."""

    number: int
    first_day: int
    influence_end: int
    status: ReliefStatus
    source: BaselineSource | None
    short_baseline: bool
    baseline_exact: float | None
    baseline: float | None  # rounded
    baseline_fraction: Callable[[], Fraction] | None  # B as an exact fraction, computed on demand


@dataclass(frozen=True, slots=True)
class Baseline:
    """Rules 4 and 5 for one course."""

    exact: float | None  # B, unrounded; None: insufficient baseline
    rounded: float | None
    fraction: Callable[[], Fraction] | None  # B exactly, for rounding near a tie
    source: BaselineSource | None
    from_course: int | None
    influenced_by: tuple[int, ...]
    usable_dates: int  # n
    short: bool
    week_before_mean: float | None
    flare: bool
    trend_per_4_weeks: float | None
    low: bool


def influence_end(day0: int, last_relief_day: int, settings: AnalysisSettings) -> int:
    """Rule 3: the last date under the course's influence, from day 0 and its last relief day."""
    return day0 + max(last_relief_day, settings.washout_days - 1)


def course_baseline(
    days: DiaryDays,
    first_session: datetime,
    first_day: int,
    *,
    earlier: Sequence[EarlierCourse],
    longest_influence: int,
    settings: AnalysisSettings,
) -> Baseline:
    """Rules 4 and 5: usual pain before the course starting at `first_session`.

    `earlier` are the courses before it, chronologically; `longest_influence` is the most days any
    of them spans from its first date to its influence end, so the search stops where no earlier
    window can reach the candidate dates (the cost stays bounded by the window, not the diary).
    """
    window_first = first_day - settings.baseline_days
    influenced_by: list[int] = []
    blocked: list[tuple[int, int]] = []
    for course in reversed(earlier):
        if course.first_day + longest_influence < window_first:
            break
        if course.influence_end >= window_first and course.first_day <= first_day:
            influenced_by.append(course.number)
            blocked.append((course.first_day, course.influence_end))
    influenced_by.sort()

    usable: list[tuple[int, Tally]] = []
    for day in range(window_first, first_day + 1):
        if any(low <= day <= high for low, high in blocked):
            continue
        tally = days.before(first_session) if day == first_day else days.tally(day)
        if tally is not None:
            usable.append((day, tally))

    n = len(usable)
    exact: float | None = None
    rounded: float | None = None
    fraction: Callable[[], Fraction] | None = None
    source: BaselineSource | None = None
    from_course: int | None = None
    short = False
    carried = _carried_from(earlier, first_day, settings)
    if n >= settings.full_baseline_days or (carried is None and n >= settings.min_baseline_days):
        tallies = [tally for _day, tally in usable]
        exact = _trimmed_mean(tallies)

        def fraction() -> Fraction:
            return _trimmed_mean_exact(tallies)

        rounded = round_computed(exact, 2, fraction)
        source = BaselineSource.OWN
        short = n < settings.full_baseline_days
    elif carried is not None:
        exact, rounded, fraction = carried.baseline_exact, carried.baseline, carried.baseline_fraction
        source, from_course = BaselineSource.CARRIED, carried.number

    week = [tally for day, tally in usable if day > first_day - WEEK_BEFORE_DATES]
    week_mean: float | None = None
    if len(week) >= WEEK_BEFORE_MINIMUM:
        week_mean = round_computed(
            math.fsum(tally_mean(t) for t in week) / len(week),
            2,
            lambda: sum((tally_fraction(t) for t in week), Fraction(0)) / len(week),
        )
    week_exact = math.fsum(tally_mean(t) for t in week) / len(week) if week_mean is not None else None
    return Baseline(
        exact=exact,
        rounded=rounded,
        fraction=fraction,
        source=source,
        from_course=from_course,
        influenced_by=tuple(influenced_by),
        usable_dates=n,
        short=short,
        week_before_mean=week_mean,
        flare=week_exact is not None and exact is not None and reaches(week_exact, exact + FLARE_POINTS),
        trend_per_4_weeks=_trend(usable) if n >= TREND_MINIMUM else None,
        low=exact is not None and exact < LOW_BASELINE - TOLERANCE,
    )


def _carried_from(
    earlier: Sequence[EarlierCourse], first_day: int, settings: AnalysisSettings
) -> EarlierCourse | None:
    """Rule 4b: the most recent earlier course whose full own usual pain may be carried forward."""
    for course in reversed(earlier):
        if first_day - course.first_day > settings.carry_forward_days:
            return None
        if (
            course.source is BaselineSource.OWN
            and not course.short_baseline
            and course.status in (ReliefStatus.OK, ReliefStatus.NO_EARLY_ENTRIES)
        ):
            return course
    return None


def _trim_count(n: int) -> int:
    return math.floor(TRIM * n)


def _trimmed_mean(tallies: list[Tally]) -> float:
    values = sorted(tally_mean(tally) for tally in tallies)
    cut = _trim_count(len(values))
    kept = values[cut : len(values) - cut]
    return math.fsum(kept) / len(kept)


def _trimmed_mean_exact(tallies: list[Tally]) -> Fraction:
    values = sorted(tally_fraction(tally) for tally in tallies)
    cut = _trim_count(len(values))
    kept = values[cut : len(values) - cut]
    return sum(kept, Fraction(0)) / len(kept)


def _trend(usable: list[tuple[int, Tally]]) -> float:
    """Theil–Sen slope of daily value against date, per 4 weeks, to 0.1."""
    x = np.array([day for day, _tally in usable], dtype=np.float64)
    y = np.array([tally_mean(tally) for _day, tally in usable], dtype=np.float64)
    upper = np.triu_indices(len(x), k=1)
    slopes = (np.subtract.outer(y, y).T[upper]) / (np.subtract.outer(x, x).T[upper])
    value = float(np.median(slopes)) * TREND_SCALE

    def exact() -> Fraction:
        pairs = [(day, tally_fraction(tally)) for day, tally in usable]
        exact_slopes = [
            (pairs[j][1] - pairs[i][1]) / (pairs[j][0] - pairs[i][0])
            for i in range(len(pairs))
            for j in range(i + 1, len(pairs))
        ]
        return Fraction(statistics.median(exact_slopes)) * TREND_SCALE

    return round_computed(value, 1, exact)
