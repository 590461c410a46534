"""Entries as sorted numpy arrays of seconds and pain, built once per analysis."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import numpy.typing as npt

from paindiary.domain import PainEntry

DAY_SECONDS = 86_400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def to_seconds(moment: datetime) -> int:
    """Seconds since 1970-01-01 00:00 of a naive local wall-clock time (no time-zone arithmetic)."""
    days = moment.toordinal() - _EPOCH_ORDINAL
    return days * DAY_SECONDS + moment.hour * 3600 + moment.minute * 60 + moment.second


def day_number(day: date) -> int:
    """Days since 1970-01-01."""
    return day.toordinal() - _EPOCH_ORDINAL


def day_from_number(number: int) -> date:
    return date.fromordinal(number + _EPOCH_ORDINAL)


def day_numbers(entries: Sequence[PainEntry]) -> IntArray:
    """Each entry's calendar date as days since 1970-01-01, in the entries' order."""
    ordinals = np.fromiter((entry.at.toordinal() for entry in entries), dtype=np.int64, count=len(entries))
    return ordinals - _EPOCH_ORDINAL


def pains(entries: Sequence[PainEntry]) -> IntArray:
    return np.fromiter((entry.pain for entry in entries), dtype=np.int64, count=len(entries))


@dataclass(frozen=True, slots=True)
class EntryTimeline:
    """Entry times (sorted) with a running pain total, so any time range sums in O(log n)."""

    seconds: IntArray
    cumulative_pain: IntArray  # cumulative_pain[i] = total pain of the first i entries; one longer

    @classmethod
    def from_entries(cls, entries: Iterable[PainEntry]) -> EntryTimeline:
        listed = entries if isinstance(entries, Sequence) else list(entries)
        seconds = np.fromiter((to_seconds(e.at) for e in listed), dtype=np.int64, count=len(listed))
        pain = pains(listed)
        order = np.argsort(seconds, kind="stable")
        cumulative = np.zeros(len(listed) + 1, dtype=np.int64)
        np.cumsum(pain[order], out=cumulative[1:])
        return cls(seconds[order], cumulative)

    @property
    def last_day(self) -> int | None:
        """Day number of the latest entry, or None for an empty diary."""
        if len(self.seconds) == 0:
            return None
        return int(self.seconds[-1]) // DAY_SECONDS

    def ranges(self, boundaries: IntArray) -> tuple[IntArray, IntArray]:
        """Pain totals and entry counts between consecutive boundaries along the last axis.

        Each range is [boundary[i], boundary[i + 1]); boundaries must not decrease along that axis.
        """
        index = np.searchsorted(self.seconds, boundaries, side="left")
        totals = np.diff(self.cumulative_pain[index], axis=-1)
        counts = np.diff(index, axis=-1)
        return totals, counts
