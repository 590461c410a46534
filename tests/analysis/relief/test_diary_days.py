"""DiaryDays against a straightforward reading of the same entries, inside and beyond the diary."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from paindiary.analysis.daily_values import DiaryDays
from paindiary.analysis.timeline import day_number
from paindiary.domain import PainEntry

ORIGIN = datetime(2024, 1, 1)
SPAN_DAYS = 40
AT = ORIGIN + timedelta(days=30, hours=12)  # entries after it are not yet in the diary

entries_strategy = st.lists(
    st.builds(
        PainEntry,
        at=st.integers(0, SPAN_DAYS * 24).map(lambda hour: ORIGIN + timedelta(hours=hour)),
        pain=st.integers(0, 10),
    ),
    max_size=60,
)


def _plain(entries: list[PainEntry]) -> dict[int, list[int]]:
    by_day: dict[int, list[int]] = defaultdict(list)
    for entry in entries:
        if entry.at <= AT:
            by_day[day_number(entry.at.date())].append(entry.pain)
    return by_day


@settings(max_examples=80, deadline=None)
@given(entries=entries_strategy, first=st.integers(-10, SPAN_DAYS + 10), length=st.integers(-2, 60))
def test_windows_inside_and_beyond_the_diary(entries: list[PainEntry], first: int, length: int) -> None:
    days = DiaryDays(entries, AT)
    plain = _plain(entries)
    start = day_number(date(2024, 1, 1)) + first
    last = start + length - 1
    expected = [sum(plain[day]) / len(plain[day]) if day in plain else None for day in range(start, last + 1)]
    assert days.means(start, last) == expected
    assert days.count_dates(start, last) == sum(1 for day in range(start, last + 1) if day in plain)
    for day in range(start, last + 1):
        assert days.mean(day) == (sum(plain[day]) / len(plain[day]) if day in plain else None)
        assert days.tally(day) == ((sum(plain[day]), len(plain[day])) if day in plain else None)
    logged = sorted(day for day in plain if day <= last)
    assert days.last_dates(last, 2) == logged[-2:]
    assert days.latest_day == (max(plain) if plain else None)


@settings(max_examples=60, deadline=None)
@given(entries=entries_strategy, hour=st.integers(0, SPAN_DAYS * 24), hours=st.integers(0, 80))
def test_entries_around_a_moment(entries: list[PainEntry], hour: int, hours: int) -> None:
    days = DiaryDays(entries, AT)
    start = ORIGIN + timedelta(hours=hour)
    end = start + timedelta(hours=hours)
    known = [entry for entry in entries if entry.at <= AT]
    inside = [entry.pain for entry in known if start <= entry.at < end]
    assert days.between(start, end) == ((sum(inside), len(inside)) if inside else None)
    same_day = [entry for entry in known if entry.at.date() == start.date()]
    before = [entry.pain for entry in same_day if entry.at < start]
    after = [entry.pain for entry in same_day if entry.at >= start]
    assert days.before(start) == ((sum(before), len(before)) if before else None)
    assert days.from_moment(start) == ((sum(after), len(after)) if after else None)
