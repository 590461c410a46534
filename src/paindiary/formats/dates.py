"""Dates, times and numbers as other programs write them, read without guessing.

A date column's format is decided from the whole column: ISO (2024-04-12), day-first with
dots (12.04.2024), or slashes/dashes that are day-first or month-first. When every value
fits both day-first and month-first (03/04/2024), the column is ambiguous and the caller
must ask (the wizard) or be told (`--date-format`). Times with a UTC offset are turned
into the local wall-clock time the diary keeps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum

from paindiary.domain import ValidationError
from paindiary.formats import places
from paindiary.formats.imported import clip
from paindiary.i18n import _


class DateOrder(StrEnum):
    YMD = "ymd"
    DMY = "dmy"
    MDY = "mdy"


class AmbiguousDates(ValidationError):
    """Every date in a column reads both day-first and month-first."""

    def __init__(self, column: str, example: str) -> None:
        super().__init__(
            places.column(column),
            _("dates like {example} could be day-first or month-first").format(example=example),
        )
        self.column = column
        self.example = example


# Longer than any date or time a program writes ("Wednesday 12 September 2024, 08:30:15 PM +02:00"
# is 48): a longer cell is refused before any pattern sees it, so matching stays linear.
MAX_CELL_CHARS = 64
# Possessive quantifiers (*+, ++) never give back what they took: no backtracking over a run of spaces.
_NUMERIC_DATE = re.compile(r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:(?:T|\s++)(.+))?$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})\.?\s++([^\W\d_]{3,}+)\.?,?\s++(\d{4})(?:,?\s++(.+))?$")
_MONTH_NAME_DAY = re.compile(r"^([^\W\d_]{3,}+)\.?\s++(\d{1,2}),?\s++(\d{4})(?:,?\s++(.+))?$")
_TIME = re.compile(
    r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d++)?)?\s*+(?:([AaPp])\.?[Mm]\.?)?\s*+(Z|[+-]\d{2}:?\d{2})?$"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
ALL_ORDERS = frozenset(DateOrder)
DATE_HINT = "like 2024-04-12, 12.04.2024 or 04/12/2024"


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:  # the POSIX %y rule: 69-99 are 1900s, 00-68 are 2000s
        return value + (1900 if value >= 69 else 2000)
    return value


def _real(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_part(text: str, order: DateOrder) -> tuple[date | None, str | None]:
    """The date a text means under `order` (None if it does not), and any time text after it."""
    stripped = text.strip()
    if len(stripped) > MAX_CELL_CHARS:
        return None, None
    match = _NUMERIC_DATE.match(stripped)
    if match:
        first, separator, middle, last, rest = match.groups()
        if len(first) == 4:
            if order is not DateOrder.YMD or len(last) > 2:
                return None, rest
            return _real(int(first), int(middle), int(last)), rest
        if order is DateOrder.YMD or len(first) > 2 or len(last) not in (2, 4):
            return None, rest
        if separator == "." and order is DateOrder.MDY:
            return None, rest  # dotted dates are day-first
        day, month = (first, middle) if order is DateOrder.DMY else (middle, first)
        return _real(_year(last), int(month), int(day)), rest
    for pattern, day_group, month_group in ((_DAY_MONTH_NAME, 1, 2), (_MONTH_NAME_DAY, 2, 1)):
        named = pattern.match(stripped)
        if named:
            month = _MONTHS.get(named.group(month_group).casefold())
            if month is None:
                return None, None
            return _real(int(named.group(3)), month, int(named.group(day_group))), named.group(4)
    return None, None


def orders_for(text: str) -> frozenset[DateOrder]:
    """The orders under which `text` is a real date (all three for month names)."""
    return frozenset(order for order in DateOrder if _date_part(text, order)[0] is not None)


def decide_order(column: str, cells: Iterable[tuple[int, str]], forced: DateOrder | None = None) -> DateOrder:
    """The one date order of a whole column; AmbiguousDates when day- and month-first both fit."""
    if forced is not None:
        return forced
    candidates = ALL_ORDERS
    example = ""
    for line, text in cells:
        if not text.strip():
            continue
        fits = orders_for(text)
        if not fits:
            raise ValidationError(
                places.cell(line, column),
                _("{text!r} is not a date ({hint})").format(text=clip(text), hint=DATE_HINT),
            )
        narrowed = candidates & fits
        if not narrowed:
            raise ValidationError(
                places.cell(line, column),
                _("{text!r} is not written like the dates above it").format(text=clip(text)),
            )
        if fits == {DateOrder.DMY, DateOrder.MDY} and not example:
            example = text.strip()
        candidates = narrowed
    if candidates == {DateOrder.DMY, DateOrder.MDY}:
        raise AmbiguousDates(column, example)
    for order in (DateOrder.YMD, DateOrder.DMY, DateOrder.MDY):
        if order in candidates:
            return order
    return DateOrder.YMD


def parse_time(text: str) -> time:
    """`8:30`, `08:30:15`, `8:30 PM`; offsets are handled by `parse_moment`."""
    moment, _offset = _time_and_offset(text)
    return moment


def _time_and_offset(text: str) -> tuple[time, timezone | None]:
    stripped = text.strip()
    match = _TIME.match(stripped) if len(stripped) <= MAX_CELL_CHARS else None
    if not match:
        raise ValueError(_("{text!r} is not a time like 08:30").format(text=clip(text)))
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    meridiem = (match.group(4) or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            raise ValueError(_("{text!r} is not a time like 08:30").format(text=clip(text)))
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(_("{text!r} is not a real time").format(text=clip(text)))
    offset = _offset(match.group(5))
    return time(hour, minute, second), offset


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    if text == "Z":
        return UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        raise ValueError(_("{text!r} is not a UTC offset like +02:00").format(text=clip(text)))
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _local(moment: datetime, offset: timezone | None) -> datetime:
    if offset is None:
        return moment
    # The diary keeps local wall-clock times: convert, then drop the zone.
    try:
        return moment.replace(tzinfo=offset).astimezone().replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        # Year 1 or 9999 moved across time zones leaves the calendar Python (and the diary) knows.
        raise ValueError(
            _("{text!r} is outside the years a diary can hold").format(text=clip(moment.isoformat()))
        ) from None


def parse_day(text: str, order: DateOrder) -> date:
    """A date cell under the column's order (any time after it is ignored)."""
    day, _rest = _date_part(text, order)
    if day is None:
        raise ValueError(_("{text!r} is not a date ({hint})").format(text=clip(text), hint=DATE_HINT))
    return day


def parse_moment(text: str, order: DateOrder, *, default_time: time | None = None) -> datetime:
    """A date with an optional time in one cell; without a time, `default_time` (or an error)."""
    day, rest = _date_part(text, order)
    if day is None:
        raise ValueError(_("{text!r} is not a date ({hint})").format(text=clip(text), hint=DATE_HINT))
    if rest is None or not rest.strip():
        if default_time is None:
            raise ValueError(_("{text!r} has no time of day").format(text=clip(text)))
        return datetime.combine(day, default_time)
    clock, offset = _time_and_offset(rest)
    return _local(datetime.combine(day, clock), offset)


def combine(day: date, clock_text: str) -> datetime:
    """A date and a separate time cell, as local time."""
    clock, offset = _time_and_offset(clock_text)
    return _local(datetime.combine(day, clock), offset)


_WHOLE = re.compile(r"^[+]?(\d{1,3})(?:[.,]0+)?$")


def parse_whole(text: str) -> int | None:
    """A whole number as spreadsheets write it ("6", "6.0", "6,0"); None for anything else."""
    stripped = text.strip()
    match = _WHOLE.match(stripped) if len(stripped) <= MAX_CELL_CHARS else None
    return int(match.group(1)) if match else None
