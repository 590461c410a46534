"""Per-course baseline and follow-up day tables, for all courses at once (rules 2 and 3).

Every course's windows become rows of boundaries (a moment or a midnight); counting the entries
before each boundary with searchsorted gives each date's pain total and entry count without
scanning the diary once per course.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from paindiary.analysis.courses import Course
from paindiary.analysis.timeline import BoolArray, EntryTimeline, FloatArray, IntArray, day_number
from paindiary.domain import AnalysisSettings


@dataclass(frozen=True, slots=True)
class BaselineTable:
    """Rows = courses, columns = the baseline_days + 1 dates a baseline window can touch."""

    totals: IntArray
    counts: IntArray
    days_used: IntArray  # distinct dates with entries
    value: FloatArray  # mean of the daily means; NaN without any date


@dataclass(frozen=True, slots=True)
class FollowUpTable:
    """Rows = courses, column k = day k after day 0; nothing is counted after a row's day K."""

    totals: IntArray
    counts: IntArray
    last_day: IntArray  # K per course; negative when the window is empty
    inside: BoolArray  # column k lies within 0…K of its row


def baseline_table(
    timeline: EntryTimeline, courses: Sequence[Course], settings: AnalysisSettings
) -> BaselineTable:
    """Pain per date in each course's window start − baseline_days × 24 h ≤ at < start."""
    span = settings.baseline_days
    starts = [course.start for course in courses]
    lows = [start - timedelta(days=span) for start in starts]
    # The window touches span + 1 dates: a partial first date, full dates, a partial start date.
    first_days = np.array([day_number(low.date()) for low in lows], dtype=np.int64)
    midnights = first_days[:, None] + np.arange(1, span + 1, dtype=np.int64)
    counts, totals = _between(
        timeline.before_moments(lows), timeline.before_midnights(midnights), timeline.before_moments(starts)
    )
    logged = counts > 0
    means = np.divide(totals, counts, out=np.zeros(totals.shape), where=logged)
    days_used = np.count_nonzero(logged, axis=1).astype(np.int64)
    value = np.divide(means.sum(axis=1), days_used, out=np.full(len(courses), np.nan), where=days_used > 0)
    return BaselineTable(totals, counts, days_used, value)


def follow_up_table(
    timeline: EntryTimeline,
    courses: Sequence[Course],
    next_days: Sequence[int | None],
    settings: AnalysisSettings,
) -> FollowUpTable:
    """Pain per follow-up day k = 0…K; `next_days` holds each next course's first day number."""
    day0 = np.array([day_number(course.day0) for course in courses], dtype=np.int64)
    last_day = np.full(len(courses), settings.horizon_days - 1, dtype=np.int64)
    has_next = np.array([day is not None for day in next_days], dtype=np.bool_)
    following = np.array([0 if day is None else day for day in next_days], dtype=np.int64)
    last_day[has_next] = np.minimum(last_day[has_next], following[has_next] - day0[has_next] - 1)
    last_logged = timeline.last_day
    if last_logged is None:
        last_day[:] = -1
    else:
        last_day = np.minimum(last_day, last_logged - day0)
    width = max(0, int(last_day.max(initial=-1)) + 1)
    # Day 0 counts from the last session's start; later days from midnight.
    midnights = day0[:, None] + np.arange(1, width + 1, dtype=np.int64)
    counts, totals = _between(
        timeline.before_moments([course.last_start for course in courses]),
        timeline.before_midnights(midnights),
    )
    inside = np.arange(width)[None, :] <= last_day[:, None]
    totals[~inside] = 0
    counts[~inside] = 0
    return FollowUpTable(totals, counts, last_day, inside)


def _between(*columns: tuple[IntArray, IntArray]) -> tuple[IntArray, IntArray]:
    """Entry counts and pain totals between consecutive boundary columns (each: entries before it)."""
    before = np.column_stack([column[0] for column in columns])
    pain_before = np.column_stack([column[1] for column in columns])
    return np.diff(before, axis=1), np.diff(pain_before, axis=1)
