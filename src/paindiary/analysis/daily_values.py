"""The diary's entries summed per calendar date once (docs/relief-metrics.md, rule 2).

Every later rule reads daily values from here: whole dates by a dictionary look-up, and the few
dates a session splits (a course's first date and day 0) by the entries' times. Only entries at
or before the moment of the analysis take part: the summary describes the diary as it was then.
Days are numbered from 1970-01-01 (`timeline.day_number`), so date arithmetic is integer arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence
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


class DiaryDays:
    """Pain totals and counts per date, and the entries themselves for the dates a session splits."""

    __slots__ = ("_days", "_entries", "_means", "_order", "_tallies", "latest_day")

    def __init__(self, entries: Sequence[PainEntry], at: datetime) -> None:
        days = day_numbers(entries)
        pain = pains(entries)
        keep = days <= day_number(at.date())
        for index in np.flatnonzero(days == day_number(at.date())).tolist():
            keep[index] = entries[index].at <= at
        kept = np.flatnonzero(keep)
        kept_days = days[kept]
        order = np.argsort(kept_days, kind="stable")
        self._days = kept_days[order]
        self._order = kept[order]
        self._entries = entries
        unique, where = np.unique(kept_days, return_inverse=True)
        totals = np.bincount(where, weights=pain[kept], minlength=len(unique)).astype(np.int64)
        counts = np.bincount(where, minlength=len(unique))
        self._tallies: dict[int, Tally] = dict(
            zip(unique.tolist(), zip(totals.tolist(), counts.tolist(), strict=True), strict=True)
        )
        # Means once for every date: per-course loops then only look them up.
        self._means: dict[int, float] = dict(zip(unique.tolist(), (totals / counts).tolist(), strict=True))
        self.latest_day: int | None = int(unique[-1]) if len(unique) else None

    def tally(self, day: int) -> Tally | None:
        """All entries of one date, or None without entries."""
        return self._tallies.get(day)

    def mean(self, day: int) -> float | None:
        """p(d): the mean pain of one whole date, or None without entries."""
        return self._means.get(day)

    def means(self, first: int, last: int) -> list[float | None]:
        """mean(day) for each day of first…last."""
        get = self._means.get
        return [get(day) for day in range(first, last + 1)]

    def tallies(self, first: int, last: int) -> list[Tally | None]:
        """tally(day) for each day of first…last."""
        get = self._tallies.get
        return [get(day) for day in range(first, last + 1)]

    def has_entries(self, day: int) -> bool:
        return day in self._tallies

    def _on_date(self, day: int) -> list[PainEntry]:
        low, high = np.searchsorted(self._days, [day, day + 1]).tolist()
        return [self._entries[index] for index in self._order[low:high].tolist()]

    def before(self, moment: datetime) -> Tally | None:
        """The entries on the moment's date strictly before it."""
        chosen = [entry.pain for entry in self._on_date(day_number(moment.date())) if entry.at < moment]
        return (sum(chosen), len(chosen)) if chosen else None

    def from_moment(self, moment: datetime) -> Tally | None:
        """The entries on the moment's date at or after it."""
        chosen = [entry.pain for entry in self._on_date(day_number(moment.date())) if entry.at >= moment]
        return (sum(chosen), len(chosen)) if chosen else None

    def between(self, start: datetime, end: datetime) -> Tally | None:
        """The entries with start ≤ time < end (a course's own hours: no window's)."""
        low, high = np.searchsorted(
            self._days, [day_number(start.date()), day_number(end.date()) + 1]
        ).tolist()
        chosen = [
            entry.pain
            for index in self._order[low:high].tolist()
            for entry in [self._entries[index]]
            if start <= entry.at < end
        ]
        return (sum(chosen), len(chosen)) if chosen else None

    def all_between(self, start: datetime, end: datetime) -> list[PainEntry]:
        """The entries with start ≤ time < end themselves (pre-dose windows)."""
        low, high = np.searchsorted(
            self._days, [day_number(start.date()), day_number(end.date()) + 1]
        ).tolist()
        return [
            entry
            for index in self._order[low:high].tolist()
            for entry in [self._entries[index]]
            if start <= entry.at < end
        ]

    def count_dates(self, first: int, last: int) -> int:
        """How many dates in first…last (inclusive) have any entry."""
        tallies = self._tallies
        return sum(1 for day in range(first, last + 1) if day in tallies)

    def last_dates(self, up_to: int, how_many: int) -> list[int]:
        """The latest `how_many` dates with entries on or before `up_to`, oldest first."""
        position = int(np.searchsorted(self._days, up_to, side="right"))
        found: list[int] = []
        while position > 0 and len(found) < how_many:
            day = int(self._days[position - 1])
            found.append(day)
            position = int(np.searchsorted(self._days, day, side="left"))
        return found[::-1]
