"""The diary's entries summed per calendar date once (docs/relief-metrics.md, rule 2).

Every later rule reads daily values from here: whole dates by a dictionary look-up, and the few
dates a session splits (a course's first date and day 0) by the entries' times. Only entries at
or before the moment of the analysis take part: the summary describes the diary as it was then.
Days are numbered from 1970-01-01 (`timeline.day_number`), so date arithmetic is integer arithmetic.
"""

from __future__ import annotations

import bisect
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
    """Mean pain per date, and the entries themselves for the dates a session splits."""

    __slots__ = ("_day_list", "_entries", "_means", "_order", "latest_day")

    def __init__(self, entries: Sequence[PainEntry], at: datetime) -> None:
        days = day_numbers(entries)
        pain = pains(entries)
        today = day_number(at.date())
        keep = days <= today
        for index in np.flatnonzero(days == today).tolist():
            keep[index] = entries[index].at <= at
        kept = np.flatnonzero(keep)
        order = kept[np.argsort(days[kept], kind="stable")]
        sorted_days = days[order]
        self._entries = entries
        self._order = order
        self._day_list: list[int] = sorted_days.tolist()  # bisect on a list beats numpy per call
        # One sort serves both: each date's first position, its entry count and its pain total.
        starts = np.flatnonzero(np.diff(sorted_days, prepend=sorted_days[:1] - 1)) if len(order) else order
        totals = np.add.reduceat(pain[order], starts) if len(order) else np.zeros(0)
        counts = np.diff(np.append(starts, len(order)))
        # Means once for every date: per-course loops then only look them up.
        self._means: dict[int, float] = dict(
            zip(sorted_days[starts].tolist(), (totals / counts).tolist(), strict=True)
        )
        self.latest_day: int | None = self._day_list[-1] if self._day_list else None

    def tally(self, day: int) -> Tally | None:
        """All entries of one date, or None without entries (for exact arithmetic near a tie)."""
        mean = self._means.get(day)
        if mean is None:
            return None
        count = bisect.bisect_right(self._day_list, day) - bisect.bisect_left(self._day_list, day)
        return round(mean * count), count  # total / count was rounded once: this recovers the total

    def mean(self, day: int) -> float | None:
        """p(d): the mean pain of one whole date, or None without entries."""
        return self._means.get(day)

    def means(self, first: int, last: int) -> list[float | None]:
        """mean(day) for each day of first…last."""
        get = self._means.get
        return [get(day) for day in range(first, last + 1)]

    def has_entries(self, day: int) -> bool:
        return day in self._means

    def _between_days(self, first: int, last: int) -> list[PainEntry]:
        low = bisect.bisect_left(self._day_list, first)
        high = bisect.bisect_right(self._day_list, last, lo=low)
        entries = self._entries
        return [entries[index] for index in self._order[low:high].tolist()]

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
        return sum(map(self._means.__contains__, range(first, last + 1)))

    def last_dates(self, up_to: int, how_many: int) -> list[int]:
        """The latest `how_many` dates with entries on or before `up_to`, oldest first."""
        position = bisect.bisect_right(self._day_list, up_to)
        found: list[int] = []
        while position > 0 and len(found) < how_many:
            day = self._day_list[position - 1]
            found.append(day)
            position = bisect.bisect_left(self._day_list, day)
        return found[::-1]
