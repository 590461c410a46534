"""The sample diary's clinic records: vitals at the sessions of the last courses (rising), PGIC
answers on day 7 and 28 of recent courses, two bladder check-ins, a home reading, a profile."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from paindiary.analysis.course_groups import find_courses
from paindiary.clinic_records import Checkin, Impression, Profile, Vitals, VitalsMoment
from paindiary.domain import AnalysisSettings, TreatmentSession

# The highest reading during the sessions of the last four courses, oldest first.
HIGHEST_SYSTOLIC = (138, 144, 149, 156)
# The PGIC answers of the last three courses (day 7, day 28), oldest first.
ANSWERS = ((2, 3), (2, 3), (3, 4))


def clinic_records(
    sessions: list[TreatmentSession], settings: AnalysisSettings, today: date, now: datetime | None
) -> list[Any]:
    """The records, none later than `now` (default: the end of `today`)."""
    until = now or datetime.combine(today, time(23, 59))
    courses = find_courses(sessions, settings, until)
    records: list[Any] = []
    for course, highest in zip(courses[-4:], HIGHEST_SYSTOLIC[-len(courses[-4:]) :], strict=True):
        for index, session in enumerate(course.sessions):
            high = highest + index
            for minutes, moment, values in (
                (0, VitalsMoment.BEFORE, (high - 14, 84, 74)),
                (30, VitalsMoment.HIGHEST, (high, 94, 88)),
                (90, VitalsMoment.DISCHARGE, (high - 10, 86, 78)),
            ):
                at = session.at + timedelta(minutes=minutes)
                systolic, diastolic, rate = values
                records.append(
                    Vitals(at=at, moment=moment, session=session.id, systolic=systolic, diastolic=diastolic,
                           heart_rate=rate)
                )  # fmt: skip
    for course, answers in zip(courses[-4:-1], ANSWERS, strict=False):
        for day, value in zip((7, 28), answers, strict=True):
            at = datetime.combine(course.day0 + timedelta(days=day), time(19, 30))
            if at <= until:
                records.append(Impression(at=at, value=value, session=course.sessions[-1].id, day=day))
    for days_ago, more_often in ((75, False), (24, True)):
        at = datetime.combine(today - timedelta(days=days_ago), time(8, 15))
        if at <= until:
            records.append(Checkin(at=at, more_often=more_often, note="" if not more_often else "a few days"))
    home = datetime.combine(today - timedelta(days=5), time(18, 40))
    if home <= until:
        records.append(Vitals(at=home, moment=VitalsMoment.HOME, systolic=134, diastolic=86, heart_rate=70))
    records.append(Profile(name="Alex Sample", born=date(1978, 4, 12), conditions="CRPS, right hand",
                           clinic="Pain clinic Nord", clinician="Dr. Weber"))  # fmt: skip
    return records
