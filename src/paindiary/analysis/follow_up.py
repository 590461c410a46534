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
    limits: list[tuple[int, CensorReason]] = []
    if next_first_day is not None:
        limits.append((next_first_day - day0 - 1, CensorReason.NEXT_COURSE))
    limits.append((settings.horizon_days - 1, CensorReason.HORIZON))
    diary_end = -1 if days.latest_day is None else days.latest_day - day0
    limits.append((diary_end, CensorReason.END_OF_DIARY))
    last = min(limit for limit, _reason in limits)
    reason = next(reason for limit, reason in limits if limit == last)
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
    # statistics.median of the logged r(j), j = k−1…k+1, written out: it runs on every logged day.
    s_logged: list[float] = []
    count = len(logged)
    for i, k in enumerate(logged):
        here = r_logged[i]
        with_before = i > 0 and logged[i - 1] == k - 1
        with_after = i + 1 < count and logged[i + 1] == k + 1
        if with_before and with_after:
            s_logged.append(sorted((r_logged[i - 1], here, r_logged[i + 1]))[1])
        elif with_before:
            s_logged.append((r_logged[i - 1] + here) / 2)
        elif with_after:
            s_logged.append((here + r_logged[i + 1]) / 2)
        else:
            s_logged.append(here)
    reduction: list[float | None] = [None] * len(follow.means)
    smoothed: list[float | None] = [None] * len(follow.means)
    for i, k in enumerate(logged):
        reduction[k] = r_logged[i]
        smoothed[k] = s_logged[i]

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
