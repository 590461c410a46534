"""How long relief lasted and how deep it went (docs/relief-metrics.md, rules 10–14).

All decisions use the unrounded smoothed curve s(k) with the 1e-9 tolerance of `rounding.reaches`.
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from paindiary.analysis.follow_up import Curves, FollowUp
from paindiary.analysis.results import MINIMAL_CHANGE, Category, CensorReason
from paindiary.analysis.rounding import TOLERANCE, reaches, round_computed
from paindiary.domain import AnalysisSettings

LATE_FROM_DAY = 28  # the late change is given once the window reaches this day
LATE_SPAN = 14  # …over its last 14 days
GRADED_DAYS = 3  # relief for at least this many days is moderate or substantial


class ThresholdRelief(NamedTuple):
    """Rules 10 and 11 at one threshold."""

    onset_day: int | None
    relief_days: int | None
    censored: bool | None
    reason: CensorReason | None


def relief_at(
    threshold: int, values: Sequence[float], follow: FollowUp, settings: AnalysisSettings
) -> ThresholdRelief:
    """Onset by the end of the onset window, then the walk over logged days (one odd day bridged).

    `values` are s(k) on the logged days, in the order of `follow.logged`.
    """
    window = settings.onset_window_days
    logged = follow.logged
    level = threshold - TOLERANCE  # reaching the threshold within the tolerance counts
    onset_position = next(
        (position for position, k in enumerate(logged) if k <= window and values[position] >= level),
        None,
    )
    if onset_position is None:
        if follow.last_day < window:
            return ThresholdRelief(None, None, True, CensorReason.TOO_EARLY)
        return ThresholdRelief(None, 0, False, None)
    onset = logged[onset_position]
    max_gap = settings.max_gap_days
    last = prev = onset
    for position in range(onset_position + 1, len(logged)):
        k = logged[position]
        if k - prev - 1 > max_gap:
            return ThresholdRelief(onset, last + 1, True, CensorReason.GAP)
        if values[position] >= level:
            last = k
        elif position + 1 < len(logged):
            if logged[position + 1] - k - 1 > max_gap:
                return ThresholdRelief(onset, last + 1, True, CensorReason.GAP)
            if values[position + 1] < level:
                return ThresholdRelief(onset, last + 1, False, None)
        else:
            break  # a low last day with nothing after it: relief may or may not have ended
        prev = k
    reason = CensorReason.GAP if follow.last_day - logged[-1] > max_gap else follow.window_reason
    return ThresholdRelief(onset, last + 1, True, reason)


class Peak(NamedTuple):
    """Rule 12's lowest point and late change."""

    reduction_pct: float | None  # 1 decimal
    day: int | None
    late_reduction_pct: float | None  # 1 decimal
    exact: float | None  # the unrounded peak, for rule 13


def lowest_point(
    curves: Curves, follow: FollowUp, relief_days_30: int | None, settings: AnalysisSettings
) -> Peak:
    """The largest smoothed reduction in days 0…P, and the median of the last 14 days from day 28."""
    span = settings.peak_window_days - 1
    if relief_days_30 is not None:
        span = max(span, relief_days_30 - 1)
    last = min(follow.last_day, span)
    logged, values = follow.logged, curves.on_logged
    shown = bisect.bisect_right(logged, last)  # logged days 0…P
    peak = peak_day = None
    rounded = None
    if shown:
        peak = max(values[:shown])
        peak_day = next(logged[i] for i in range(shown) if abs(values[i] - peak) <= TOLERANCE)
        day = peak_day
        rounded = round_computed(peak, 1, lambda: curves.exact_smoothed(day))
    late = None
    if follow.last_day >= LATE_FROM_DAY:
        first_late = bisect.bisect_right(logged, follow.last_day - LATE_SPAN)
        late_days = logged[first_late:]
        if late_days:
            late = round_computed(
                _median(values[first_late:]),
                1,
                lambda: Fraction(statistics.median(curves.exact_smoothed(k) for k in late_days)),
            )
    return Peak(rounded, peak_day, late, peak)


def _median(values: Sequence[float]) -> float:
    """statistics.median of floats, written out: it runs for every course."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def category(
    at_30: ThresholdRelief, at_50: ThresholdRelief, peak: float | None, settings: AnalysisSettings
) -> Category | None:
    """Rule 13; null while too little has been seen to grade."""
    days = at_30.relief_days
    if days is None or (at_30.censored and days < settings.washout_days):
        return None
    if days >= GRADED_DAYS:
        deep = at_50.relief_days is not None and at_50.relief_days >= GRADED_DAYS
        return Category.SUBSTANTIAL if deep else Category.MODERATE
    if days >= 1:
        return Category.BRIEF
    return Category.MINIMAL if peak is not None and reaches(peak, MINIMAL_CHANGE) else Category.NONE


def return_day(
    values: Sequence[float],
    follow: FollowUp,
    at_30: ThresholdRelief,
    baseline: float,
    settings: AnalysisSettings,
) -> int | None:
    """Rule 14: the first logged day from the end of relief within 1 point of usual pain, twice running."""
    if at_30.onset_day is None or at_30.relief_days is None:
        return None
    near = 100 / baseline + TOLERANCE  # within one pain point of usual pain, as a percentage
    logged = follow.logged
    for position in range(bisect.bisect_left(logged, at_30.relief_days), len(logged) - 1):
        if values[position] > near:
            continue
        if (
            logged[position + 1] - logged[position] - 1 <= settings.max_gap_days
            and values[position + 1] <= near
        ):
            return logged[position]
    return None
