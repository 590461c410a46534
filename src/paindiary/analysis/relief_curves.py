"""The relief curve of every course at once: r(k), s(k), onset, duration, peak (rules 4–9).

Rows are courses and columns follow-up days; NaN marks a day without a value. Comparisons
use the tolerance of rounding.TOLERANCE so values exactly on a threshold reach it.
"""

from __future__ import annotations

import numpy as np

from paindiary.analysis.rounding import TOLERANCE
from paindiary.analysis.timeline import BoolArray, FloatArray, IntArray

NONE = -1  # "not found" in the integer results below


def reductions(baseline: FloatArray, totals: IntArray, counts: IntArray) -> FloatArray:
    """r(k) = 100 × (B − p(k)) / B on days with entries; NaN elsewhere and on rows without B > 0."""
    usable = np.isfinite(baseline) & (baseline > 0)
    safe = np.where(usable, baseline, 1.0)[:, None]
    mean = np.divide(totals, counts, out=np.full(totals.shape, np.nan), where=counts > 0)
    reduction: FloatArray = 100.0 * (safe - mean) / safe
    reduction[~usable] = np.nan
    return reduction


def smooth(reduction: FloatArray, inside: BoolArray) -> FloatArray:
    """s(k) = median of the available r(k−1), r(k), r(k+1); the median of two is their mean."""
    rows, width = reduction.shape
    padded = np.full((rows, width + 2), np.nan)
    padded[:, 1:-1] = reduction
    left, middle, right = padded[:, :-2], padded[:, 1:-1], padded[:, 2:]
    missing = np.isnan(padded)
    available = 3 - (missing[:, :-2].astype(np.int8) + missing[:, 1:-1] + missing[:, 2:])
    total = np.where(missing[:, :-2], 0.0, left) + np.where(missing[:, 1:-1], 0.0, middle)
    total += np.where(missing[:, 2:], 0.0, right)
    # The median of three without sorting; exact, since it picks one of the values.
    median = np.maximum(np.minimum(left, middle), np.minimum(np.maximum(left, middle), right))
    smoothed: FloatArray = np.select(
        [available == 3, available == 2, available == 1], [median, total / 2, total], np.nan
    )
    smoothed[~inside] = np.nan  # a logged day K must not define s(K + 1)
    return smoothed


def onsets(smoothed: FloatArray, threshold: float, window_days: int) -> IntArray:
    """First k ≤ window_days with s(k) ≥ threshold, or NONE."""
    head = smoothed[:, : window_days + 1] >= threshold - TOLERANCE
    first = np.argmax(head, axis=1) if head.shape[1] else np.zeros(len(head), dtype=np.int64)
    return np.where(head.any(axis=1), first, NONE).astype(np.int64)


def relief_spans(smoothed: FloatArray, threshold: float, onset: IntArray) -> tuple[IntArray, BoolArray]:
    """Relief days (1 + last day at or above the threshold before a confirmed end) and censoring.

    Relief ends at the first defined day below the threshold whose next defined day is below too;
    without such a day the span is censored. Rows without an onset get 0 days.
    """
    rows, width = smoothed.shape
    if width == 0:
        return np.zeros(rows, dtype=np.int64), np.ones(rows, dtype=np.bool_)
    columns = np.arange(width)
    defined = ~np.isnan(smoothed)
    reaching = smoothed >= threshold - TOLERANCE
    below = defined & ~reaching
    after_onset = (columns[None, :] >= onset[:, None]) & (onset[:, None] != NONE)
    # For every day, the next defined day after it (width when there is none).
    defined_at = np.where(defined, columns[None, :], width)
    next_from = np.minimum.accumulate(defined_at[:, ::-1], axis=1)[:, ::-1]
    next_after = np.column_stack([next_from[:, 1:], np.full(rows, width)]).astype(np.int64)
    below_or_none = np.column_stack([below, np.zeros(rows, dtype=np.bool_)])
    next_below = np.take_along_axis(below_or_none, next_after, axis=1)
    ends = below & after_onset & next_below
    ended = ends.any(axis=1)
    end = np.where(ended, np.argmax(ends, axis=1), width)
    in_relief = reaching & after_onset & (columns[None, :] < end[:, None])
    has_relief = in_relief.any(axis=1)
    last = width - 1 - np.argmax(in_relief[:, ::-1], axis=1)
    days = np.where(has_relief, last + 1, 0).astype(np.int64)
    return days, ~ended


def peaks(smoothed: FloatArray) -> tuple[FloatArray, IntArray]:
    """Max s(k) per row (NaN without any s) and the first day within the tolerance of it."""
    rows, width = smoothed.shape
    if width == 0:
        return np.full(rows, np.nan), np.full(rows, NONE, dtype=np.int64)
    defined = ~np.isnan(smoothed)
    filled = np.where(defined, smoothed, -np.inf)
    peak = filled.max(axis=1)
    day = np.argmax(defined & (filled >= peak[:, None] - TOLERANCE), axis=1).astype(np.int64)
    found = defined.any(axis=1)
    return np.where(found, peak, np.nan), np.where(found, day, NONE).astype(np.int64)


def return_days(smoothed: FloatArray, baseline: FloatArray, peak_day: IntArray) -> IntArray:
    """First k after the peak day with s(k) ≤ 100 / B (within one pain point of baseline), or NONE."""
    rows, width = smoothed.shape
    usable = np.isfinite(baseline) & (baseline > 0)
    limit = 100.0 / np.where(usable, baseline, 1.0)
    columns = np.arange(width)
    back = (smoothed <= limit[:, None] + TOLERANCE) & (columns[None, :] > peak_day[:, None]) & usable[:, None]
    first = np.argmax(back, axis=1) if width else np.zeros(rows, dtype=np.int64)
    return np.where(back.any(axis=1), first, NONE).astype(np.int64)
