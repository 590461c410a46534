"""Relief metrics v2 results built by hand, so presenters are tested apart from the analysis.

Every builder fills the fields a test does not name with plain, consistent values (an `ok`
course with an own baseline of 6, no flags); pass any `CourseRelief` field by name to change it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from paindiary.analysis.course_groups import Course
from paindiary.analysis.results import (
    BaselineSource,
    CourseRelief,
    DosingRun,
    FrequencyBand,
    ReliefAnalysis,
    ReliefStatus,
    TypicalRelief,
)
from paindiary.domain import AnalysisSettings, Route, TreatmentSession

SESSION_HOUR = time(9)


def treatment(
    number: int,
    first: date,
    *,
    sessions: int = 1,
    drug: str = "ketamine",
    route: Route = Route.IV_INFUSION,
    dose_mg: float | None = 100.0,
    weight_kg: float | None = 50.0,
) -> Course:
    """A course of `sessions` sessions on consecutive days from `first`."""
    return Course(
        number,
        tuple(
            TreatmentSession(
                at=datetime.combine(first + timedelta(days=day), SESSION_HOUR),
                route=route,
                drug=drug,
                dose_mg=dose_mg,
                weight_kg=weight_kg,
            )
            for day in range(sessions)
        ),
    )


def course_relief(
    number: int,
    first: date,
    smoothed: Sequence[float | None] = (),
    *,
    sessions: int = 1,
    drug: str = "ketamine",
    route: Route = Route.IV_INFUSION,
    dose_mg: float | None = 100.0,
    weight_kg: float | None = 50.0,
    baseline: float = 6.0,
    **fields: Any,
) -> CourseRelief:
    """An `ok` course whose curves are `smoothed` (s(k) = r(k); p(k) from the baseline)."""
    course = treatment(
        number, first, sessions=sessions, drug=drug, route=route, dose_mg=dose_mg, weight_kg=weight_kg
    )
    curve = tuple(smoothed)
    daily = tuple(None if value is None else baseline * (1 - value / 100) for value in curve)
    relief = CourseRelief(
        course=number,
        sessions=tuple(session.id for session in course.sessions),
        start=course.start,
        day0=course.day0,
        status=ReliefStatus.OK,
        baseline=baseline,
        follow_up_days=len(curve),
        onset_day_30=None,
        relief_days_30=0,
        censored_30=False,
        onset_day_50=None,
        relief_days_50=0,
        censored_50=False,
        peak_reduction_pct=None,
        peak_day=None,
        category=None,
        return_to_baseline_day=None,
        dose_mg=course.dose_mg,
        dose_mg_per_kg=course.dose_mg_per_kg,
        end=course.end,
        baseline_dates=7,
        baseline_source=BaselineSource.OWN,
        baseline_from_course=None,
        baseline_influenced_by=(),
        short_baseline=False,
        week_before_mean=baseline,
        baseline_flare=False,
        baseline_trend_per_4_weeks=None,
        low_baseline=baseline < 4,
        during_mean=None,
        censor_reason_30=None,
        censor_reason_50=None,
        late_reduction_pct=None,
        influence_end=course.day0 + timedelta(days=6),
        logged_days_first_14=sum(1 for value in curve[:14] if value is not None),
        sparse_follow_up=False,
        logging_ratio=None,
        logging_dropped=False,
        dose_mg_per_kg_per_session=course.dose_mg_per_kg_per_session,
        drug_route=course.drug_route,
        treatment=course,
        baseline_exact=baseline,
        daily=daily,
        reduction=curve,
        smoothed=curve,
    )
    return replace(relief, **fields)


def typical_relief(
    courses: Sequence[CourseRelief], days: float | None, *, at_least: int | None = None
) -> TypicalRelief:
    """The typical relief of these courses (one comparable group), as given."""
    relief_days = [course.relief_days_30 or 0 for course in courses]
    return TypicalRelief(
        drug_route=courses[0].drug_route,
        sessions_per_course=courses[0].sessions_per_course,
        courses=len(courses),
        typical_relief_days=days,
        at_least_days=at_least if days is None else None,
        min=min(relief_days),
        max=max(relief_days),
        course_numbers=tuple(course.course for course in courses),
    )


def dosing_run(
    session_dates: Sequence[date],
    *,
    band: FrequencyBand = FrequencyBand.TWICE_WEEKLY_OR_MORE,
    end: date | None = None,
    mean_pain: float | None = 4.0,
    predose_mean_pain: float | None = 5.0,
    reference: float | None = 7.0,
    reference_course: int | None = 1,
    daily: Sequence[tuple[date, float]] = (),
) -> DosingRun:
    """A run over these dosing dates; percentages follow from the pains given."""
    start = session_dates[0]
    last = end if end is not None else session_dates[-1]

    def below(value: float | None) -> float | None:
        if value is None or reference is None:
            return None
        return round(100 * (reference - value) / reference, 1)

    return DosingRun(
        band=band,
        start=start,
        end=last,
        sessions=len(session_dates),
        logged_days=len(daily),
        days=(last - start).days + 1,
        mean_pain=mean_pain,
        reference=reference,
        pct_below_reference=below(mean_pain),
        pct_logged_days_30_below=None,
        predose_mean_pain=predose_mean_pain,
        predose_pct_below_reference=below(predose_mean_pain),
        session_dates=tuple(session_dates),
        reference_course=reference_course,
        daily=tuple(daily),
    )


def analysis_of(
    courses: Sequence[CourseRelief],
    *,
    typical: Sequence[TypicalRelief] = (),
    runs: Sequence[DosingRun] = (),
    settings: AnalysisSettings | None = None,
    at: datetime = datetime(2030, 1, 1),
) -> ReliefAnalysis:
    """A whole analysis around hand-made courses (no dose–response, no Now line)."""
    return ReliefAnalysis(
        settings=settings or AnalysisSettings(),
        courses=tuple(courses),
        typical_relief=tuple(typical),
        dose_response=(),
        runs=tuple(runs),
        now=None,
        at=at,
    )
