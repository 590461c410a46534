"""Dates, times and numbers in the user's locale (QLocale), for every view."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_datetime(value: QDateTime) -> datetime:
    return datetime(
        value.date().year(),
        value.date().month(),
        value.date().day(),
        value.time().hour(),
        value.time().minute(),
    )


def date_format() -> str:
    """The locale's short date format with a four-digit year (ISO in the C locale)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # The C locale's short format ("21 11 2026") reads badly; ISO is unambiguous.
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # "11/21/26" leaves the century to guess
    return pattern


def short_date(day: date) -> str:
    return QLocale().toString(qdate(day), date_format())


def long_date(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)
