"""Relief metrics v2 in one call: `relief_analysis(entries, sessions, settings, at)`.

STAND-IN while the v2 analysis is being written: it maps the v1 results onto the v2 types so the
presenters (command line, app, charts, report) can be built against the final contract. It is
replaced whole by the v2 implementation and never ships.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import datetime, timedelta

from paindiary.analysis import relief as v1
from paindiary.analysis.course_groups import find_courses
from paindiary.analysis.results import (
    BaselineSource,
    Category,
    CensorReason,
    CourseRelief,
    NowLine,
    ReliefAnalysis,
    ReliefStatus,
    TypicalRelief,
)
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession


def relief_analysis(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    at: datetime,
) -> ReliefAnalysis:
    """Every course's relief, typical relief, dose–response, runs and the Now line as of `at`."""
    courses = find_courses(sessions, settings, at)
    done = [session for course in courses for session in course.sessions]
    old = {relief.sessions[0]: relief for relief in v1.relief_summary(entries, done, settings)}
    results: list[CourseRelief] = []
    for course in courses:
        relief = old.get(course.sessions[0].id)
        if relief is None:
            continue
        status = ReliefStatus(relief.status.value)
        category = Category(relief.category.value) if relief.category is not None else None
        results.append(
            CourseRelief(
                course=course.number,
                sessions=tuple(session.id for session in course.sessions),
                start=course.start,
                day0=course.day0,
                status=status,
                baseline=relief.baseline,
                follow_up_days=relief.follow_up_days,
                onset_day_30=relief.onset_day_30,
                relief_days_30=relief.relief_days_30,
                censored_30=relief.censored_30,
                onset_day_50=relief.onset_day_50,
                relief_days_50=relief.relief_days_50,
                censored_50=relief.censored_50,
                peak_reduction_pct=relief.peak_reduction_pct,
                peak_day=relief.peak_day,
                category=category,
                return_to_baseline_day=relief.return_to_baseline_day,
                dose_mg=course.dose_mg,
                dose_mg_per_kg=course.dose_mg_per_kg,
                end=course.end,
                baseline_dates=relief.baseline_days,
                baseline_source=BaselineSource.OWN if relief.baseline is not None else None,
                baseline_from_course=None,
                baseline_influenced_by=(),
                short_baseline=relief.baseline_days < settings.full_baseline_days,
                week_before_mean=relief.baseline,
                baseline_flare=False,
                baseline_trend_per_4_weeks=None,
                low_baseline=relief.baseline is not None and relief.baseline < 4,
                during_mean=None,
                censor_reason_30=_reason(relief.censored_30, relief.relief_days_30),
                censor_reason_50=_reason(relief.censored_50, relief.relief_days_50),
                late_reduction_pct=None,
                influence_end=course.day0 + timedelta(days=settings.washout_days - 1),
                logged_days_first_14=sum(1 for value in relief.reduction[:14] if value is not None),
                sparse_follow_up=False,
                logging_ratio=None,
                logging_dropped=False,
                dose_mg_per_kg_per_session=course.dose_mg_per_kg_per_session,
                drug_route=course.drug_route,
                treatment=course,
                baseline_exact=relief.baseline_exact,
                daily=tuple(
                    None
                    if r is None or relief.baseline_exact is None
                    else relief.baseline_exact * (1 - r / 100)
                    for r in relief.reduction
                ),
                reduction=relief.reduction,
                smoothed=relief.smoothed,
            )
        )
    return ReliefAnalysis(
        settings=settings,
        courses=tuple(results),
        typical_relief=_typical(results),
        dose_response=(),
        runs=(),
        now=_now(results, at),
        at=at,
    )


def _reason(censored: bool | None, days: int | None) -> CensorReason | None:
    if not censored:
        return None
    return CensorReason.TOO_EARLY if days is None else CensorReason.END_OF_DIARY


def _typical(results: list[CourseRelief]) -> tuple[TypicalRelief, ...]:
    groups: dict[tuple[str, int], list[CourseRelief]] = {}
    for course in results:
        if course.status is ReliefStatus.OK and course.relief_days_30 is not None:
            groups.setdefault((course.drug_route, course.sessions_per_course), []).append(course)
    typical: list[TypicalRelief] = []
    for (drug_route, size), members in groups.items():
        if len(members) < 3:
            continue
        days = [course.relief_days_30 or 0 for course in members]
        typical.append(
            TypicalRelief(
                drug_route=drug_route,
                sessions_per_course=size,
                courses=len(members),
                typical_relief_days=float(statistics.median(days)),
                at_least_days=None,
                min=min(days),
                max=max(days),
                course_numbers=tuple(course.course for course in members),
            )
        )
    return tuple(typical)


def _now(results: list[CourseRelief], at: datetime) -> NowLine | None:
    started = [course for course in results if course.day0 <= at.date()]
    if not started:
        return None
    latest = started[-1]
    return NowLine(
        course=latest.course,
        day=(at.date() - latest.day0).days,
        recent_days=(),
        recent_mean=None,
        baseline=latest.baseline,
        status=latest.status,
        text="",
        relief=latest,
    )
