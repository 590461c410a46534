"""Mean pain per calendar date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from paindiary.analysis.timeline import FloatArray, IntArray, day_numbers, pains
from paindiary.domain import PainEntry


@dataclass(frozen=True, slots=True)
class DailySeries:
    """One row per calendar date with entries, in date order."""

    days: npt.NDArray[np.datetime64]  # datetime64[D]
    mean: FloatArray
    count: IntArray

    def __len__(self) -> int:
        return len(self.days)


def daily_pain(entries: Sequence[PainEntry]) -> DailySeries:
    """Mean pain of each calendar date that has entries."""
    days, where, count = np.unique(day_numbers(entries), return_inverse=True, return_counts=True)
    totals = np.bincount(where, weights=pains(entries), minlength=len(days))
    return DailySeries(days.astype("datetime64[D]"), totals / count, count.astype(np.int64))
