"""Which of the patient's notes the report may show: none unless chosen, and then only notes near a
course or marked for the clinician. A diary's notes are private; the default keeps them so."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from paindiary.analysis.results import CourseRelief
from paindiary.appointment.model import NoteLine
from paindiary.domain import PainEntry

DAYS_BEFORE = 7  # a note this many days before a course's first date …
DAYS_AFTER = 14  # … up to this many days after its day 0 is near the course


def near_a_course(day: date, courses: Sequence[CourseRelief]) -> bool:
    return any(
        course.start.date() - timedelta(days=DAYS_BEFORE) <= day <= course.day0 + timedelta(days=DAYS_AFTER)
        for course in courses
    )


def chosen_notes(
    entries: Sequence[PainEntry],
    courses: Sequence[CourseRelief],
    period: tuple[date, date],
    *,
    include: bool,
) -> tuple[NoteLine, ...]:
    """Notes in the period, near a course or marked for the clinician; nothing unless `include`."""
    if not include:
        return ()
    first, last = period
    return tuple(
        NoteLine(entry.at.date(), entry.note.strip())
        for entry in sorted(entries, key=lambda item: item.at)
        if entry.note.strip()
        and first <= entry.at.date() <= last
        and (entry.for_clinician or near_a_course(entry.at.date(), courses))
    )
