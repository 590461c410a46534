"""Relief metrics v2 in one call: `relief_analysis(entries, sessions, settings, at)` (docs/relief-metrics.md).

The one entry point every presenter calls. The entries are summed per date once; each course's
work is then bounded by its own windows, so the cost grows linearly with the diary's length.
Sessions that start after `at` are planned and take no part; entries after `at` are not yet
in the diary as of that moment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from fractions import Fraction

from paindiary.analysis.course_groups import Course, find_courses
from paindiary.analysis.course_relief import assess_courses
from paindiary.analysis.daily_values import DiaryDays
from paindiary.analysis.dose_groups import dose_response
from paindiary.analysis.dosing_runs import dosing_runs
from paindiary.analysis.now_line import now_line
from paindiary.analysis.results import CourseRelief, ReliefAnalysis
from paindiary.analysis.typical_relief import typical_relief
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession


def relief_analysis(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    at: datetime,
) -> ReliefAnalysis:
    """Every course's relief, typical relief, dose–response, runs and the Now line as of `at`."""
    days = DiaryDays(entries, at)
    courses = find_courses(sessions, settings, at)
    reliefs, exact_baselines = assess_courses(days, courses, settings)
    return assembled(settings, courses, reliefs, exact_baselines, days=days, at=at)


def assembled(
    settings: AnalysisSettings,
    courses: Sequence[Course],
    reliefs: Sequence[CourseRelief],
    exact_baselines: Sequence[Callable[[], Fraction] | None],
    *,
    days: DiaryDays,
    at: datetime,
) -> ReliefAnalysis:
    """The analysis from its assessed courses: what follows from them (also for IncrementalRelief)."""
    done = [session for course in courses for session in course.sessions]
    return ReliefAnalysis(
        settings=settings,
        courses=tuple(reliefs),
        typical_relief=typical_relief(reliefs),
        dose_response=dose_response(reliefs),
        runs=dosing_runs(done, reliefs, exact_baselines, days),
        now=now_line(reliefs, days, at, settings),
        at=at,
    )
