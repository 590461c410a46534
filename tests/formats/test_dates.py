"""Dates, times and numbers from other programs: decided per column, never guessed."""

from __future__ import annotations

import os
import time as time_module
from collections.abc import Iterator
from datetime import date, datetime, time

import pytest

from paindiary.domain import ValidationError
from paindiary.formats.dates import (
    AmbiguousDates,
    DateOrder,
    combine,
    decide_order,
    orders_for,
    parse_day,
    parse_moment,
    parse_time,
    parse_whole,
)


def cells(*texts: str) -> list[tuple[int, str]]:
    return [(line, text) for line, text in enumerate(texts, start=2)]


@pytest.mark.parametrize(
    ("texts", "order"),
    [
        (("2024-04-12", "2024-04-13"), DateOrder.YMD),
        (("12.04.2024", "03.04.2024"), DateOrder.DMY),
        (("03/04/2024", "13/04/2024"), DateOrder.DMY),
        (("03/04/2024", "04/13/2024"), DateOrder.MDY),
        (("1.2.24", "31.12.24"), DateOrder.DMY),
        (("12 Apr 2024", "Apr 13, 2024"), DateOrder.YMD),
        (("2024-04-12T08:30:00.000Z",), DateOrder.YMD),
    ],
)
def test_the_whole_column_decides_the_order(texts: tuple[str, ...], order: DateOrder) -> None:
    assert decide_order("Date", cells(*texts)) == order


def test_a_column_that_fits_both_orders_is_ambiguous() -> None:
    with pytest.raises(AmbiguousDates) as caught:
        decide_order("Datum", cells("03/04/2024", "05/06/2024", ""))
    assert caught.value.example == "03/04/2024"
    assert caught.value.column == "Datum"
    assert decide_order("Datum", cells("03/04/2024"), DateOrder.MDY) == DateOrder.MDY


def test_a_value_that_fits_no_order_or_breaks_the_pattern_names_its_line() -> None:
    with pytest.raises(ValidationError, match=r"line 3, column 'Date': 'tomorrow' is not a date"):
        decide_order("Date", cells("2024-04-12", "tomorrow"))
    with pytest.raises(ValidationError, match=r"line 4, column 'Date': '2024-04-14' is not written like"):
        decide_order("Date", cells("13/04/2024", "14/04/2024", "2024-04-14"))


def test_dotted_dates_are_day_first_only() -> None:
    assert orders_for("03.04.2024") == {DateOrder.DMY}
    assert orders_for("31.02.2024") == frozenset()


def test_parsing_under_an_order() -> None:
    assert parse_day("03/04/2024", DateOrder.DMY) == date(2024, 4, 3)
    assert parse_day("03/04/2024", DateOrder.MDY) == date(2024, 3, 4)
    assert orders_for("12. März 2024") == frozenset()  # month names are read in English only
    with pytest.raises(ValueError, match="is not a date"):
        parse_day("2024-04-12", DateOrder.DMY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8:30", time(8, 30)),
        ("08:30:15", time(8, 30, 15)),
        ("8:30 PM", time(20, 30)),
        ("12:05 am", time(0, 5)),
    ],
)
def test_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "8h30", "13:00 PM", ""])
def test_bad_times(text: str) -> None:
    with pytest.raises(ValueError, match="time"):
        parse_time(text)


@pytest.fixture
def berlin() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time_module.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time_module.tzset()


@pytest.mark.usefixtures("berlin")
def test_times_with_an_offset_become_local_wall_clock_times() -> None:
    assert parse_moment("2024-07-01T06:30:00Z", DateOrder.YMD) == datetime(2024, 7, 1, 8, 30)
    assert parse_moment("2024-01-01T06:30:00Z", DateOrder.YMD) == datetime(2024, 1, 1, 7, 30)
    assert combine(date(2024, 1, 1), "12:00+05:00") == datetime(2024, 1, 1, 8, 0)


def test_moments_without_a_time_need_a_default() -> None:
    assert parse_moment("12.04.2024 21:15", DateOrder.DMY) == datetime(2024, 4, 12, 21, 15)
    assert parse_moment("12.04.2024", DateOrder.DMY, default_time=time(12)) == datetime(2024, 4, 12, 12)
    with pytest.raises(ValueError, match="has no time of day"):
        parse_moment("12.04.2024", DateOrder.DMY)


@pytest.mark.parametrize(
    ("text", "value"),
    [("6", 6), (" 7,0 ", 7), ("8.00", 8), ("+3", 3), ("6,5", None), ("six", None), ("", None)],
)
def test_whole_numbers_as_spreadsheets_write_them(text: str, value: int | None) -> None:
    assert parse_whole(text) == value
