"""Entries as numpy arrays of day numbers and running pain totals, built once per analysis."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import numpy.typing as npt

from paindiary.domain import PainEntry

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def day_number(day: date) -> int:
    """Days since 1970-01-01."""
    return day.toordinal() - _EPOCH_ORDINAL


def day_numbers(entries: Sequence[PainEntry]) -> IntArray:
    """Each entry's calendar date as days since 1970-01-01, in the entries' order."""
    ordinals = np.fromiter((entry.at.toordinal() for entry in entries), dtype=np.int64, count=len(entries))
    return ordinals - _EPOCH_ORDINAL


def pains(entries: Sequence[PainEntry]) -> IntArray:
    return np.fromiter((entry.pain for entry in entries), dtype=np.int64, count=len(entries))


@dataclass(frozen=True, slots=True)
class EntryTimeline:
    """Entries in date order with a running pain total, so counting up to any moment is O(log n).

    Reading every entry's time of day costs more than the whole daily aggregation, so only the
    entries on a date where a window starts or ends inside the day are compared by time.
    """

    days: IntArray  # each entry's day number, ascending
    cumulative_pain: IntArray  # total pain of the first i entries in that order; one longer
    entries: Sequence[PainEntry]
    order: list[int]  # entries[order[i]] is the i-th entry in date order

    @classmethod
    def from_entries(cls, entries: Iterable[PainEntry]) -> EntryTimeline:
        listed = entries if isinstance(entries, Sequence) else list(entries)
        days = day_numbers(listed)
        order = np.argsort(days, kind="stable")
        cumulative = np.zeros(len(listed) + 1, dtype=np.int64)
        np.cumsum(pains(listed)[order], out=cumulative[1:])
        return cls(days[order], cumulative, listed, order.tolist())

    @property
    def last_day(self) -> int | None:
        """Day number of the latest entry, or None for an empty diary."""
        if len(self.days) == 0:
            return None
        return int(self.days[-1])

    def before_midnights(self, days: IntArray) -> tuple[IntArray, IntArray]:
        """Number and pain total of the entries before 00:00 of each day number (any shape)."""
        index = np.searchsorted(self.days, days, side="left")
        return index.astype(np.int64), self.cumulative_pain[index]

    def before_moments(self, moments: Sequence[datetime]) -> tuple[IntArray, IntArray]:
        """Number and pain total of the entries strictly before each moment."""
        days = np.fromiter(
            (day_number(moment.date()) for moment in moments), dtype=np.int64, count=len(moments)
        )
        first = np.searchsorted(self.days, days, side="left")
        last = np.searchsorted(self.days, days, side="right")
        counts: list[int] = []
        totals: list[int] = []
        for low, high, moment in zip(first.tolist(), last.tolist(), moments, strict=True):
            count = total = 0
            for position in range(low, high):  # the moment's own date: a few entries at most
                entry = self.entries[self.order[position]]
                if entry.at < moment:
                    count += 1
                    total += entry.pain
            counts.append(count)
            totals.append(total)
        extra_count = np.array(counts, dtype=np.int64)
        extra_pain = np.array(totals, dtype=np.int64)
        return first.astype(np.int64) + extra_count, self.cumulative_pain[first] + extra_pain
