"""Usual pain before a course (docs/relief-metrics.md, rules 3–5).

Rule 3's influence windows of earlier courses decide which dates before a course may serve as
its usual pain; rule 4 takes a 20 % trimmed mean of those dates or carries an earlier course's;
rule 5's flags describe the weeks before without changing the number.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from datetime import datetime
from fractions import Fraction
from functools import cache
from typing import NamedTuple, cast

import numpy as np
import numpy.typing as npt

from paindiary.analysis.daily_values import DiaryDays, Tally, exact_sum, tally_fraction, tally_mean
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


class EarlierCourse(NamedTuple):
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


class Baseline(NamedTuple):
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

    values = days.means(window_first, first_day - 1)
    first_clean = True
    for low, high in blocked:  # dates under an earlier course take no part
        start, stop = max(low, window_first) - window_first, min(high, first_day - 1) + 1 - window_first
        if stop > start:
            values[start:stop] = [None] * (stop - start)
        first_clean = first_clean and not low <= first_day <= high
    # The usable dates and their values side by side, oldest first.
    if None in values:
        dates = [window_first + offset for offset, mean in enumerate(values) if mean is not None]
        means = [mean for mean in values if mean is not None]
    else:  # every date usable, the common case
        dates, means = list(range(window_first, first_day)), cast("list[float]", values)  # no None
    on_first = days.before(first_session) if first_clean else None
    if on_first is not None:
        dates.append(first_day)
        means.append(tally_mean(on_first))

    def tally_at(index: int) -> Tally:
        """A usable date's entries, for exact arithmetic near a rounding tie."""
        day = dates[index]
        found = on_first if day == first_day else days.tally(day)
        assert found is not None, "a usable date has entries"
        return found

    def tallies() -> list[Tally]:
        return [tally_at(index) for index in range(len(dates))]

    n = len(dates)
    exact: float | None = None
    rounded: float | None = None
    fraction: Callable[[], Fraction] | None = None
    source: BaselineSource | None = None
    from_course: int | None = None
    short = False
    carried = _carried_from(earlier, first_day, settings) if n < settings.full_baseline_days else None
    if n >= settings.full_baseline_days or (carried is None and n >= settings.min_baseline_days):
        exact = _trimmed_mean(means)

        def fraction() -> Fraction:
            return _trimmed_mean_exact(tallies())

        rounded = round_computed(exact, 2, fraction)
        source = BaselineSource.OWN
        short = n < settings.full_baseline_days
    elif carried is not None:
        exact, rounded, fraction = carried.baseline_exact, carried.baseline, carried.baseline_fraction
        source, from_course = BaselineSource.CARRIED, carried.number

    week = means[bisect.bisect_right(dates, first_day - WEEK_BEFORE_DATES) :]
    week_mean = week_exact = None
    if len(week) >= WEEK_BEFORE_MINIMUM:
        week_exact = math.fsum(week) / len(week)
        week_mean = round_computed(
            week_exact,
            2,
            lambda: exact_sum(tallies()[-len(week) :]) / len(week),
        )
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
        trend_per_4_weeks=_trend(dates, means, tally_at) if n >= TREND_MINIMUM else None,
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
    return n * TRIM.numerator // TRIM.denominator  # ⌊n/5⌋ in integers: no Fraction per course


def _trimmed_mean(means: list[float]) -> float:
    values = sorted(means)
    cut = _trim_count(len(values))
    kept = values[cut : len(values) - cut]
    return math.fsum(kept) / len(kept)


def _trimmed_mean_exact(tallies: list[Tally]) -> Fraction:
    # Daily means of whole numbers with few entries: floats order them exactly as fractions do.
    values = sorted(tallies, key=tally_mean)
    cut = _trim_count(len(values))
    kept = values[cut : len(values) - cut]
    return exact_sum(kept) / len(kept)


@cache
def _pairs(n: int) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    first, second = np.triu_indices(n, k=1)
    return first, second


@cache
def _steps(n: int) -> npt.NDArray[np.float64]:
    """second − first of each pair of n consecutive dates, as floats."""
    first, second = _pairs(n)
    steps: npt.NDArray[np.float64] = (second - first).astype(np.float64)
    return steps


def _trend(dates: list[int], means: list[float], tally_at: Callable[[int], Tally]) -> float:
    """Theil–Sen slope of daily value against date, per 4 weeks, to 0.1."""
    first, second = _pairs(len(dates))
    if dates[-1] - dates[0] == len(dates) - 1:  # every date logged: the date steps are known
        y = np.array(means, dtype=np.float64)
        slopes = (y.take(second) - y.take(first)) / _steps(len(dates))
    else:
        points = np.array((dates, means), dtype=np.float64)  # day numbers are exact as floats
        rises = points.take(second, axis=1) - points.take(first, axis=1)  # both rows in one step
        slopes = rises[1] / rises[0]
    count = len(slopes)
    low, high = (count - 1) // 2, count // 2
    slopes.partition((low, high))  # the method, in place: the function's wrapper costs more here
    value = float(slopes[low] + slopes[high]) / 2 * TREND_SCALE

    def exact() -> Fraction:
        # Slopes of daily means of whole numbers are small-denominator fractions: floats equal
        # exactly when the fractions are, so the middle pair(s) found in floats are the exact ones.
        # Only near a rounding tie: the slopes are computed again, in the order of the pairs.
        dx = np.array(dates, dtype=np.float64)
        y = np.array(means, dtype=np.float64)
        again = (y.take(second) - y.take(first)) / (dx.take(second) - dx.take(first))
        order = np.argsort(again, kind="stable")
        picked = [
            (tally_fraction(tally_at(int(second[i]))) - tally_fraction(tally_at(int(first[i]))))
            / (dates[int(second[i])] - dates[int(first[i])])
            for i in (int(order[low]), int(order[high]))
        ]
        return sum(picked, Fraction(0)) / 2 * TREND_SCALE

    return round_computed(value, 1, exact)
