"""PEG, sleep and mood before and after each course, its PGIC answers and its top session blood pressure.

*Before* is the course's own baseline window (docs/relief-metrics.md, rules 2–4): the
`baseline_days` dates before its first date, and the first date itself up to the first session,
less the dates under an earlier course's influence window. A course whose usual pain was carried
from an earlier one still uses its own window here: the carried number describes weeks long
past, and PEG before should describe the weeks just before this course (docs/clinic-summary.md).
*After* is days 0–13: day 0 from the course end, and nothing from the next course's first
session on. A date's value is the mean of its entries; a window's value is the mean of its dates.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from fractions import Fraction

from paindiary.analysis.clinic_results import BloodPressureReading, CourseFunction, ImpressionAnswer
from paindiary.analysis.results import CourseRelief, ReliefAnalysis
from paindiary.analysis.rounding import round_exact
from paindiary.clinic_records import Impression, Vitals
from paindiary.domain import PainEntry

AFTER_DAYS = 14  # days 0–13
PLACES = 1

Item = Callable[[PainEntry], Fraction | None]


def peg_item(entry: PainEntry) -> Fraction | None:
    """The PEG mean as an exact fraction, when pain, enjoyment and activity were all answered."""
    if entry.enjoyment is None or entry.activity is None:
        return None
    return Fraction(entry.pain + entry.enjoyment + entry.activity, 3)


def sleep_item(entry: PainEntry) -> Fraction | None:
    return None if entry.sleep_interference is None else Fraction(entry.sleep_interference)


def mood_item(entry: PainEntry) -> Fraction | None:
    return None if entry.mood is None else Fraction(entry.mood)


def function_summary(
    analysis: ReliefAnalysis,
    *,
    entries: Sequence[PainEntry],
    vitals: Sequence[Vitals],
    impressions: Sequence[Impression],
) -> tuple[CourseFunction, ...]:
    """One CourseFunction per course of the analysis, in course order."""
    known = [entry for entry in entries if entry.at <= analysis.at]
    courses = analysis.courses
    result = []
    for index, course in enumerate(courses):
        before = baseline_window_entries(course, courses[:index], known, analysis.settings.baseline_days)
        following = courses[index + 1].start if index + 1 < len(courses) else None
        after = after_window_entries(course, known, following)
        peg_before, peg_days_before = window_mean(before, peg_item)
        peg_after, peg_days_after = window_mean(after, peg_item)
        ids = {session.id for session in course.treatment.sessions}
        result.append(
            CourseFunction(
                course=course.course,
                peg_before=peg_before,
                peg_after=peg_after,
                peg_days_before=peg_days_before,
                peg_days_after=peg_days_after,
                sleep_before=window_mean(before, sleep_item)[0],
                sleep_after=window_mean(after, sleep_item)[0],
                mood_before=window_mean(before, mood_item)[0],
                mood_after=window_mean(after, mood_item)[0],
                impressions=course_impressions(impressions, ids, analysis.at),
                highest_blood_pressure=top_session_reading(vitals, ids, analysis.at),
            )
        )
    return tuple(result)


def baseline_window_entries(
    course: CourseRelief, earlier: Sequence[CourseRelief], entries: Iterable[PainEntry], baseline_days: int
) -> list[PainEntry]:
    """The entries on the course's own usual-pain dates (rule 4's candidates less rule 3's windows)."""
    first = course.start.date()
    window_first = first - timedelta(days=baseline_days)
    blocked = [(other.start.date(), other.influence_end) for other in earlier]

    def usable(day: date) -> bool:
        return not any(low <= day <= high for low, high in blocked)

    return [
        entry
        for entry in entries
        if window_first <= entry.at.date() <= first
        and (entry.at.date() < first or entry.at < course.start)
        and usable(entry.at.date())
    ]


def after_window_entries(
    course: CourseRelief, entries: Iterable[PainEntry], following: datetime | None
) -> list[PainEntry]:
    """The entries of days 0–13: from the course end, and before the next course's first session."""
    last = course.day0 + timedelta(days=AFTER_DAYS - 1)
    return [
        entry
        for entry in entries
        if course.end <= entry.at and entry.at.date() <= last and (following is None or entry.at < following)
    ]


def window_mean(entries: Iterable[PainEntry], item: Item) -> tuple[float | None, int]:
    """The mean of the daily means of `item` (1 decimal) and how many dates have it."""
    by_date: dict[date, list[Fraction]] = {}
    for entry in entries:
        value = item(entry)
        if value is not None:
            by_date.setdefault(entry.at.date(), []).append(value)
    if not by_date:
        return None, 0
    daily = [sum(values, Fraction(0)) / len(values) for values in by_date.values()]
    return round_exact(sum(daily, Fraction(0)) / len(daily), PLACES), len(daily)


def course_impressions(
    impressions: Iterable[Impression], sessions: set[uuid.UUID], at: datetime
) -> tuple[ImpressionAnswer, ...]:
    """The PGIC answers given for one of the course's sessions, oldest first."""
    given = sorted(
        (answer for answer in impressions if answer.session in sessions and answer.at <= at),
        key=lambda answer: answer.at,
    )
    return tuple(ImpressionAnswer(day=answer.day, value=answer.value, at=answer.at) for answer in given)


def top_session_reading(
    vitals: Iterable[Vitals], sessions: set[uuid.UUID], at: datetime
) -> BloodPressureReading | None:
    """The reading with the top systolic, then diastolic, at the given sessions; the latest of equals."""
    readings = [
        reading
        for reading in vitals
        if reading.session in sessions and reading.systolic is not None and reading.at <= at
    ]
    if not readings:
        return None
    top = max(readings, key=lambda reading: (reading.systolic, reading.diastolic, reading.at))
    assert top.systolic is not None, "chosen among readings with a blood pressure"
    assert top.diastolic is not None, "both numbers are set together"
    return BloodPressureReading(
        systolic=top.systolic, diastolic=top.diastolic, at=top.at, session=top.session
    )
