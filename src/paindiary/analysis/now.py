"""Where the patient stands today relative to the latest course."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from paindiary.analysis.courses import find_courses
from paindiary.analysis.relief import CourseRelief, ReliefStatus, assess_courses
from paindiary.analysis.rounding import reaches
from paindiary.analysis.timeline import EntryTimeline
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession

RELIEF_THRESHOLD = 30


@dataclass(frozen=True, slots=True)
class NowStatus:
    """Today against the latest course's baseline."""

    course: int
    day0: date
    days_since_day0: int
    baseline: float | None  # rounded as in the summary
    reduction_today: float | None  # today's smoothed reduction s(k) in %, unrounded
    relief_holds: bool | None  # s(k) ≥ 30 %; None when today's s(k) cannot be computed
    status: ReliefStatus
    relief: CourseRelief  # the latest course's metrics as of today


def now_status(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    today: date,
) -> NowStatus | None:
    """The latest course up to `today` and today's smoothed reduction; None before any session."""
    # Records dated after today are ignored, so the answer is the one the patient saw that day.
    courses = find_courses([session for session in sessions if session.at.date() <= today], settings)
    if not courses:
        return None
    timeline = EntryTimeline.from_entries([entry for entry in entries if entry.at.date() <= today])
    relief = assess_courses(timeline, courses, settings, first=len(courses) - 1)[0]
    day = (today - relief.day0).days
    reduction = relief.smoothed[day] if 0 <= day < len(relief.smoothed) else None
    return NowStatus(
        course=relief.course,
        day0=relief.day0,
        days_since_day0=day,
        baseline=relief.baseline,
        reduction_today=reduction,
        relief_holds=None if reduction is None else reaches(reduction, RELIEF_THRESHOLD),
        status=relief.status,
        relief=relief,
    )
