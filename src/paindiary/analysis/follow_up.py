"""The days after a course (docs/relief-metrics.md, rules 6–9): window, reduction, smoothing, status."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import datetime
from fractions import Fraction
from typing import NamedTuple

from paindiary.analysis.daily_values import DiaryDays, Tally, tally_fraction, tally_mean
from paindiary.analysis.results import CensorReason, ReliefStatus
from paindiary.analysis.rounding import TOLERANCE
from paindiary.domain import AnalysisSettings


class FollowUp(NamedTuple):
    """Rule 6: days k = 0…K after day 0 and their daily values p(k)."""

    last_day: int  # K; −1 or less when nothing can be followed up
    window_reason: CensorReason  # what set K: next-course, horizon or end-of-diary
    day0: int
    on_day0: Tally | None  # the entries at or after the course end on day 0
    means: tuple[float | None, ...]  # p(k), k = 0…K
    logged: tuple[int, ...]  # the k with entries, ascending

    @property
    def days(self) -> int:
        """follow_up_days = max(0, K + 1)."""
        return max(0, self.last_day + 1)


def follow_up(
    days: DiaryDays, course_end: datetime, day0: int, next_first_day: int | None, settings: AnalysisSettings
) -> FollowUp:
    """Rule 6, with rule 2's day 0: only entries at or after the course end count on day 0."""
    # The nearest limit sets K; on a tie the first of next course, horizon, end of diary names it.
    last, reason = -1 if days.latest_day is None else days.latest_day - day0, CensorReason.END_OF_DIARY
    if settings.horizon_days - 1 <= last:
        last, reason = settings.horizon_days - 1, CensorReason.HORIZON
    if next_first_day is not None and next_first_day - day0 - 1 <= last:
        last, reason = next_first_day - day0 - 1, CensorReason.NEXT_COURSE
    on_day0 = None
    means: list[float | None] = []
    if last >= 0:
        on_day0 = days.from_moment(course_end)
        means = [None if on_day0 is None else tally_mean(on_day0), *days.means(day0 + 1, day0 + last)]
    logged = tuple([k for k, mean in enumerate(means) if mean is not None])
    return FollowUp(last, reason, day0, on_day0, tuple(means), logged)


class Curves(NamedTuple):
    """Rules 7 and 8: r(k) and s(k) on logged days (None elsewhere), with exact values on demand."""

    reduction: tuple[float | None, ...]
    smoothed: tuple[float | None, ...]
    on_logged: tuple[float, ...]  # s(k) on the logged days only, in the order of FollowUp.logged
    exact_smoothed: Callable[[int], Fraction]


def relief_curves(
    days: DiaryDays, follow: FollowUp, baseline: float, baseline_fraction: Callable[[], Fraction]
) -> Curves:
    """r(k) = 100 × (B − p(k)) / B, then the median over logged neighbours within 0…K."""
    logged = follow.logged
    r_logged = [100 * (baseline - mean) / baseline for mean in follow.means if mean is not None]
    if len(logged) == len(follow.means):  # every day logged: the common case, without a walk
        s_logged = _smoothed_run(r_logged)
        reduction: list[float | None] = list(r_logged)
        smoothed: list[float | None] = list(s_logged)
    else:
        s_logged = _smoothed_logged(logged, r_logged)
        reduction = [None] * len(follow.means)
        smoothed = [None] * len(follow.means)
        for k, r, smooth in zip(logged, r_logged, s_logged, strict=True):
            reduction[k] = r
            smoothed[k] = smooth

    def exact_smoothed(k: int) -> Fraction:
        exact_b = baseline_fraction()
        near = [follow.on_day0 if j == 0 else days.tally(follow.day0 + j) for j in (k - 1, k, k + 1)]
        exact = [
            100 * (exact_b - tally_fraction(tally)) / exact_b
            for j, tally in zip((k - 1, k, k + 1), near, strict=True)
            if 0 <= j < len(follow.means) and tally is not None
        ]
        return Fraction(statistics.median(exact))

    return Curves(tuple(reduction), tuple(smoothed), tuple(s_logged), exact_smoothed)


def _smoothed_run(r: list[float]) -> list[float]:
    """s(k) when every day 0…K is logged: two-day means at the ends, medians of three between."""
    if len(r) < 2:
        return list(r)
    # The middle of three by comparisons only: the same float statistics.median gives.
    middles = [
        b if a <= b <= c or c <= b <= a else a if b <= a <= c or c <= a <= b else c
        for a, b, c in zip(r, r[1:], r[2:], strict=False)  # the shorter lists end it
    ]
    return [(r[0] + r[1]) / 2, *middles, (r[-2] + r[-1]) / 2]


def _smoothed_logged(logged: tuple[int, ...], r_logged: list[float]) -> list[float]:
    """s(k) on the logged days: the median of the logged r(j), j = k−1…k+1."""
    s_logged: list[float] = []
    last = len(logged) - 1
    for i, k in enumerate(logged):
        here = r_logged[i]
        with_before = i > 0 and logged[i - 1] == k - 1
        with_after = i < last and logged[i + 1] == k + 1
        if with_before and with_after:
            before, after = r_logged[i - 1], r_logged[i + 1]
            if before > after:
                before, after = after, before
            s_logged.append(before if here < before else after if here > after else here)
        elif with_before:
            s_logged.append((r_logged[i - 1] + here) / 2)
        elif with_after:
            s_logged.append((here + r_logged[i + 1]) / 2)
        else:
            s_logged.append(here)
    return s_logged


def relief_status(baseline: float | None, follow: FollowUp, settings: AnalysisSettings) -> ReliefStatus:
    """Rule 9, checked in order."""
    if baseline is None:
        return ReliefStatus.INSUFFICIENT_BASELINE
    if abs(baseline) <= TOLERANCE:
        return ReliefStatus.NO_BASELINE_PAIN
    if not follow.logged:
        return ReliefStatus.NO_FOLLOW_UP
    if follow.last_day >= settings.onset_window_days and follow.logged[0] > settings.onset_window_days:
        return ReliefStatus.NO_EARLY_ENTRIES
    return ReliefStatus.OK
