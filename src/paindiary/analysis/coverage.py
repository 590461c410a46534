"""How densely the days after a course were logged (docs/relief-metrics.md, rule 15).

These flags never change a number; they tell the reader how much the numbers rest on.
"""

from __future__ import annotations

import bisect
from fractions import Fraction
from typing import NamedTuple

from paindiary.analysis.daily_values import DiaryDays
from paindiary.analysis.follow_up import FollowUp
from paindiary.analysis.rounding import TOLERANCE, reaches, round_computed

FIRST_DAYS = 14  # the first two weeks after day 0
SPARSE_FROM = 7  # a window shorter than this is too short to call sparse
COMPARED_DAYS = 28  # logging rate after day 0 against the 28 dates before the course
DROPPED_RATIO = 0.5
BEFORE_RATE_MINIMUM = 0.3


class Coverage(NamedTuple):
    logged_days_first_14: int
    sparse_follow_up: bool
    logging_ratio: float | None  # 2 decimals
    logging_dropped: bool


def coverage(days: DiaryDays, first_day: int, follow: FollowUp) -> Coverage:
    """Logged days in the first two weeks, and the logging rate after against before the course."""
    last = follow.last_day
    first_14 = bisect.bisect_right(follow.logged, min(FIRST_DAYS - 1, last))
    shown = min(FIRST_DAYS, last + 1)
    sparse = shown >= SPARSE_FROM and first_14 < shown / 2
    after_days = min(COMPARED_DAYS, follow.days)
    after_logged = bisect.bisect_right(follow.logged, min(COMPARED_DAYS - 1, last))
    before_logged = days.count_dates(first_day - COMPARED_DAYS, first_day - 1)
    ratio = rounded = None
    if after_days > 0 and before_logged > 0:
        ratio = after_logged * COMPARED_DAYS / (after_days * before_logged)
        rounded = round_computed(
            ratio, 2, lambda: Fraction(after_logged * COMPARED_DAYS, after_days * before_logged)
        )
    dropped = (
        ratio is not None
        and ratio < DROPPED_RATIO - TOLERANCE
        and reaches(before_logged / COMPARED_DAYS, BEFORE_RATE_MINIMUM)
        and min(COMPARED_DAYS, last + 1) >= FIRST_DAYS
    )
    return Coverage(first_14, sparse, rounded, dropped)
