"""Per-course baseline and follow-up day tables, for all courses at once (rules 2 and 3).

Every course's windows become rows of boundary times; one searchsorted over the sorted entry
times then gives each calendar date's pain total and entry count without scanning the diary
once per course.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from paindiary.analysis.courses import Course
from paindiary.analysis.timeline import (
    DAY_SECONDS,
    BoolArray,
    EntryTimeline,
    FloatArray,
    IntArray,
    day_number,
    to_seconds,
)
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
    starts = np.array([to_seconds(course.start) for course in courses], dtype=np.int64)
    low = starts - span * DAY_SECONDS
    # The window touches span + 1 dates: a partial first date, full dates, a partial start date.
    midnights = (low // DAY_SECONDS)[:, None] + np.arange(1, span + 1, dtype=np.int64)
    boundaries = np.column_stack([low, midnights * DAY_SECONDS, starts])
    totals, counts = timeline.ranges(boundaries)
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
    last_starts = np.array([to_seconds(course.last_start) for course in courses], dtype=np.int64)
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
    boundaries = np.column_stack([last_starts, midnights * DAY_SECONDS])
    totals, counts = timeline.ranges(boundaries)
    inside = np.arange(width)[None, :] <= last_day[:, None]
    totals[~inside] = 0
    counts[~inside] = 0
    return FollowUpTable(totals, counts, last_day, inside)
