"""When the daily reminder is due: once at the chosen time, not when today is logged, never twice."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from paindiary.reminders import format_time, next_due, parse_time, should_fire
from tests.support import FakeClock

EIGHT_PM = time(20, 0)


def walk_day(clock: FakeClock, minutes: int, logged_at: datetime | None = None) -> list[datetime]:
    """Step the clock a minute at a time, firing as the app's timer would; the moments it fired."""
    fired: list[datetime] = []
    last: datetime | None = None
    for _ in range(minutes):
        logged = logged_at is not None and logged_at.date() == clock().date() and logged_at <= clock()
        if should_fire(clock(), EIGHT_PM, last, logged):
            fired.append(clock())
            last = clock()
        clock.now += timedelta(minutes=1)
    return fired


def test_fires_once_at_the_chosen_time() -> None:
    clock = FakeClock(datetime(2024, 6, 1, 19, 0))
    assert walk_day(clock, minutes=4 * 60) == [datetime(2024, 6, 1, 20, 0)]


def test_fires_again_the_next_day_but_only_once() -> None:
    clock = FakeClock(datetime(2024, 6, 1, 19, 58))
    fired = walk_day(clock, minutes=2 * 24 * 60 + 5)
    assert fired == [datetime(2024, 6, 1, 20, 0), datetime(2024, 6, 2, 20, 0), datetime(2024, 6, 3, 20, 0)]


def test_not_when_today_is_already_logged() -> None:
    clock = FakeClock(datetime(2024, 6, 1, 8, 0))
    assert walk_day(clock, minutes=15 * 60, logged_at=datetime(2024, 6, 1, 9, 30)) == []


def test_yesterdays_entry_does_not_silence_today() -> None:
    clock = FakeClock(datetime(2024, 6, 2, 19, 0))
    fired = walk_day(clock, minutes=2 * 60, logged_at=datetime(2024, 6, 1, 21, 0))
    assert fired == [datetime(2024, 6, 2, 20, 0)]


def test_started_late_in_the_evening_reminds_at_once_but_not_after_midnight() -> None:
    assert should_fire(datetime(2024, 6, 1, 22, 15), EIGHT_PM, None, logged_today=False)
    assert not should_fire(datetime(2024, 6, 2, 0, 5), EIGHT_PM, None, logged_today=False)


def test_shown_already_today_is_not_repeated_after_a_restart() -> None:
    shown = datetime(2024, 6, 1, 20, 1)
    assert not should_fire(datetime(2024, 6, 1, 21, 0), EIGHT_PM, shown, logged_today=False)
    # a reminder shown before today's time (yesterday's, or before the time was moved) does not count
    assert should_fire(datetime(2024, 6, 1, 21, 0), EIGHT_PM, datetime(2024, 6, 1, 9, 0), logged_today=False)


def test_next_due() -> None:
    morning = datetime(2024, 6, 1, 9, 0)
    assert next_due(morning, EIGHT_PM, None, logged_today=False) == datetime(2024, 6, 1, 20, 0)
    evening = datetime(2024, 6, 1, 20, 30)
    assert next_due(evening, EIGHT_PM, None, logged_today=False) == evening
    assert next_due(evening, EIGHT_PM, None, logged_today=True) == datetime(2024, 6, 2, 20, 0)
    assert next_due(evening, EIGHT_PM, datetime(2024, 6, 1, 20, 0), False) == datetime(2024, 6, 2, 20, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20:00", time(20, 0)), ("7:05", time(7, 5)), (" 23:59 ", time(23, 59)), ("00:00", time(0, 0))],
)
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "20", "24:00", "12:60", "12:5", "ab:cd", "-1:30", "12:30:00"])
def test_parse_time_refuses_what_is_not_a_time(text: str) -> None:
    assert parse_time(text) is None


def test_format_time_round_trips() -> None:
    assert format_time(time(7, 5)) == "07:05"
    assert parse_time(format_time(time(7, 5))) == time(7, 5)
