"""The diary's entries summed per calendar date once (docs/relief-metrics.md, rule 2).

Every later rule reads daily values from here: whole dates by a dictionary look-up, and the few
dates a session splits (a course's first date and day 0) by the entries' times. Only entries at
or before the moment of the analysis take part: the summary describes the diary as it was then.
Days are numbered from 1970-01-01 (`timeline.day_number`), so date arithmetic is integer arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from fractions import Fraction

import numpy as np

from paindiary.analysis.timeline import day_number, day_numbers, pains
from paindiary.domain import PainEntry

EPOCH = date(1970, 1, 1)

# (total pain, number of entries) of one date or window; a mean is total / count.
Tally = tuple[int, int]


def day_date(day: int) -> date:
    """The calendar date of a day number."""
    return EPOCH + timedelta(days=day)


def tally_mean(tally: Tally) -> float:
    return tally[0] / tally[1]


def tally_fraction(tally: Tally) -> Fraction:
    return Fraction(tally[0], tally[1])


def exact_sum(tallies: Iterable[Tally]) -> Fraction:
    """Σ total/count exactly, with one fraction per distinct count (Fractions are slow)."""
    by_count: dict[int, int] = {}
    for total, count in tallies:
        by_count[count] = by_count.get(count, 0) + total
    return sum((Fraction(total, count) for count, total in by_count.items()), Fraction(0))


class DiaryDays:
    """Mean pain per date, and the entries themselves for the dates a session splits.

    Dates are held densely, one slot per calendar date from the first entry to the last, so a
    window of dates is one list slice rather than a look-up per date.
    """

    __slots__ = ("_entries", "_first", "_means", "_order", "_starts", "latest_day")

    def __init__(self, entries: Sequence[PainEntry], at: datetime) -> None:
        days = day_numbers(entries)
        pain = pains(entries)
        today = day_number(at.date())
        keep = days <= today
        for index in np.flatnonzero(days == today).tolist():
            keep[index] = entries[index].at <= at
        kept = np.flatnonzero(keep)
        kept_days = days[kept]
        # Entries usually come in date order already; a stable sort would then change nothing.
        in_order = bool(np.all(kept_days[1:] >= kept_days[:-1]))
        order = kept if in_order else kept[np.argsort(kept_days, kind="stable")]
        self._entries = entries
        self._order: list[int] = order.tolist()  # a list: slicing one date's entries is then cheap
        if not len(order):
            self._first = 0
            self._means: list[float | None] = []
            self._starts: list[int] = [0]
            self.latest_day: int | None = None
            return
        sorted_days = days[order]
        first = int(sorted_days[0])
        slots = sorted_days - first
        span = int(slots[-1]) + 1
        counts = np.bincount(slots, minlength=span)
        totals = np.bincount(slots, weights=pain[order], minlength=span)  # whole numbers: exact
        logged = np.flatnonzero(counts)
        dense = np.full(span, None, dtype=object)
        dense[logged] = (totals[logged] / counts[logged]).tolist()
        self._first = first
        self._means = dense.tolist()  # p(d) of date first + i, None without entries
        starts = np.zeros(span + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        self._starts = starts.tolist()  # the date's entries are order[starts[i]:starts[i + 1]]
        self.latest_day = first + span - 1

    def tally(self, day: int) -> Tally | None:
        """All entries of one date, or None without entries (for exact arithmetic near a tie)."""
        mean = self.mean(day)
        if mean is None:
            return None
        slot = day - self._first
        count = self._starts[slot + 1] - self._starts[slot]
        return round(mean * count), count  # total / count was rounded once: this recovers the total

    def mean(self, day: int) -> float | None:
        """p(d): the mean pain of one whole date, or None without entries."""
        slot = day - self._first
        return self._means[slot] if 0 <= slot < len(self._means) else None

    def means(self, first: int, last: int) -> list[float | None]:
        """mean(day) for each day of first…last."""
        low, high = first - self._first, last - self._first + 1
        if high <= low:
            return []
        if low >= 0 and high <= len(self._means):
            return self._means[low:high]
        inside = self._means[max(low, 0) : max(min(high, len(self._means)), 0)]
        before = [None] * min(max(-low, 0), high - low)
        return [*before, *inside, *[None] * (high - low - len(before) - len(inside))]

    def _between_days(self, first: int, last: int) -> list[PainEntry]:
        low = min(max(first - self._first, 0), len(self._means))
        high = min(max(last - self._first + 1, low), len(self._means))
        entries = self._entries
        return [entries[index] for index in self._order[self._starts[low] : self._starts[high]]]

    def before(self, moment: datetime) -> Tally | None:
        """The entries on the moment's date strictly before it."""
        day = day_number(moment.date())
        chosen = [entry.pain for entry in self._between_days(day, day) if entry.at < moment]
        return (sum(chosen), len(chosen)) if chosen else None

    def from_moment(self, moment: datetime) -> Tally | None:
        """The entries on the moment's date at or after it."""
        day = day_number(moment.date())
        chosen = [entry.pain for entry in self._between_days(day, day) if entry.at >= moment]
        return (sum(chosen), len(chosen)) if chosen else None

    def between(self, start: datetime, end: datetime) -> Tally | None:
        """The entries with start ≤ time < end (a course's own hours: no window's)."""
        chosen = [entry.pain for entry in self.all_between(start, end)]
        return (sum(chosen), len(chosen)) if chosen else None

    def all_between(self, start: datetime, end: datetime) -> list[PainEntry]:
        """The entries with start ≤ time < end themselves (pre-dose windows)."""
        candidates = self._between_days(day_number(start.date()), day_number(end.date()))
        return [entry for entry in candidates if start <= entry.at < end]

    def count_dates(self, first: int, last: int) -> int:
        """How many dates in first…last (inclusive) have any entry."""
        window = self.means(first, last)
        return len(window) - window.count(None)

    def last_dates(self, up_to: int, how_many: int) -> list[int]:
        """The latest `how_many` dates with entries on or before `up_to`, oldest first."""
        found: list[int] = []
        slot = min(up_to - self._first, len(self._means) - 1)
        while slot >= 0 and len(found) < how_many:
            if self._means[slot] is not None:
                found.append(self._first + slot)
            slot -= 1
        return found[::-1]
