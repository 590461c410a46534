"""relief_analysis kept current across calls: a new entry today assesses the latest course again, not all.

An entry dated after the latest course's first date (and after every earlier course's day 0)
cannot change any earlier course: each earlier course reads only dates before the next
course's first date and its own dates up to its day 0, and the diary's last date only as far
as the day before the next course (analysis/course_relief.assess_next). So the earlier
courses' assessment is kept, keyed by exactly what it read — the settings, the earlier courses
themselves, every entry dated up to those days and how far the diary reaches — and only the
latest course, typical relief, dose–response, runs and the Now line are worked out again.
Any other change (an entry in the past, a session, a setting) recomputes all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from paindiary.analysis.course_groups import Course, find_courses
from paindiary.analysis.course_relief import Assessed, assess_next
from paindiary.analysis.daily_values import DiaryDays
from paindiary.analysis.relief_analysis import assembled
from paindiary.analysis.results import ReliefAnalysis
from paindiary.analysis.timeline import IntArray, day_number, day_numbers, pains
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession

MICROSECONDS_PER_DAY = 86_400 * 1_000_000
PAIN_STEPS = 11  # 0…10


@dataclass(frozen=True, slots=True)
class _EarlierCourses:
    """The courses before the latest, assessed, and exactly what their assessment read."""

    settings: AnalysisSettings
    courses: tuple[Course, ...]
    latest_first_day: int
    reach: int  # the diary's last date, up to the day before the latest course's first date
    entries_before: IntArray  # (moment in seconds, pain) of every entry before that date, sorted
    assessed: Assessed


class IncrementalRelief:
    """Gives what `relief_analysis` gives, assessing only the latest course again when that suffices."""

    def __init__(self) -> None:
        self._kept: _EarlierCourses | None = None

    def analysis(
        self,
        entries: Sequence[PainEntry],
        sessions: Sequence[TreatmentSession],
        settings: AnalysisSettings,
        at: datetime,
    ) -> ReliefAnalysis:
        """The same result as `relief_analysis(entries, sessions, settings, at)`."""
        days = DiaryDays(entries, at)
        courses = find_courses(sessions, settings, at)
        progress = self._earlier_assessed(days, entries, courses, settings).copy()
        while len(progress.results) < len(courses):
            assess_next(days, courses, settings, progress)
        return assembled(settings, courses, progress.results, progress.exact_baselines, days=days, at=at)

    def _earlier_assessed(
        self,
        days: DiaryDays,
        entries: Sequence[PainEntry],
        courses: Sequence[Course],
        settings: AnalysisSettings,
    ) -> Assessed:
        if not courses:
            return Assessed()
        earlier = tuple(courses[:-1])
        latest_first_day = day_number(courses[-1].start.date())
        reach = min(days.latest_day if days.latest_day is not None else -1, latest_first_day - 1)
        # An earlier course also reads its own dates up to its day 0 (the mean during it), which
        # can be the latest course's first date itself when both fall on one day.
        last_read = max([latest_first_day, *(day_number(course.day0) for course in earlier)])
        before = _entries_before(entries, last_read + 1)
        kept = self._kept
        if (
            kept is not None
            and kept.settings == settings
            and kept.courses == earlier
            and kept.latest_first_day == latest_first_day
            and kept.reach == reach
            and np.array_equal(kept.entries_before, before)
        ):
            return kept.assessed
        assessed = Assessed()
        for _course in earlier:
            assess_next(days, courses, settings, assessed)
        self._kept = _EarlierCourses(settings, earlier, latest_first_day, reach, before, assessed)
        return assessed


def _entries_before(entries: Sequence[PainEntry], first_day: int) -> IntArray:
    """Every entry dated before `first_day` as one number (moment, pain) each, sorted.

    Those dates are all before the analysis moment (a course has begun by then), so all count.
    """
    days = day_numbers(entries)
    microseconds = np.fromiter(
        (
            ((entry.at.hour * 60 + entry.at.minute) * 60 + entry.at.second) * 1_000_000 + entry.at.microsecond
            for entry in entries
        ),
        dtype=np.int64,
        count=len(entries),
    )
    moments = days * MICROSECONDS_PER_DAY + microseconds
    keys = (moments * PAIN_STEPS + pains(entries))[days < first_day]
    return np.sort(keys)
