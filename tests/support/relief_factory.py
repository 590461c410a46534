"""Relief metrics v2 results built by hand, so presenters are tested apart from the analysis.

Each test states only the numbers it is about. Two starting points: `course()` is an `ok` course
with relief for words to describe (relief at 30 % for 13 days), `course_relief()` an `ok` course
whose curves are the given ones and whose other relief fields are empty, for charts. Pass any
`CourseRelief` field by name to change it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from paindiary.analysis.course_groups import Course
from paindiary.analysis.results import (
    BaselineSource,
    Category,
    CourseRelief,
    DosingRun,
    FrequencyBand,
    NowLine,
    ReliefAnalysis,
    ReliefStatus,
    TypicalRelief,
)
from paindiary.domain import AnalysisSettings, Route, TreatmentSession

START = datetime(2025, 3, 3, 9, 0)
SESSION_HOUR = time(9)
NULL_UNLESS_OK = (
    "onset_day_30",
    "relief_days_30",
    "censored_30",
    "onset_day_50",
    "relief_days_50",
    "censored_50",
    "peak_reduction_pct",
    "peak_day",
    "category",
    "return_to_baseline_day",
    "censor_reason_30",
    "censor_reason_50",
    "late_reduction_pct",
)


def treatment(
    number: int = 1,
    *,
    start: datetime = START,
    sessions: int = 1,
    route: Route = Route.IV_INFUSION,
    drug: str = "ketamine",
    dose_mg: float | None = 150.0,
    weight_kg: float | None = 60.0,
) -> Course:
    """A course of `sessions` daily sessions from `start`, 60 minutes each."""
    return Course(
        number,
        tuple(
            TreatmentSession(
                at=start + timedelta(days=day),
                route=route,
                drug=drug,
                dose_mg=dose_mg,
                weight_kg=weight_kg,
                minutes=60,
            )
            for day in range(sessions)
        ),
    )


def course(course_: Course | None = None, **changes: Any) -> CourseRelief:
    """An `ok` course with B = 6.3: relief at 30 % for 13 days (ended), lowest on day 2, 62 % below.

    The curves are flat at the peak so tests about words need not build a curve; pass `smoothed`
    (and `follow_up_days`) to shape one.
    """
    built = course_ or treatment()
    smoothed: tuple[float | None, ...] = tuple([40.0, 50.0, 62.0] + [45.0] * 10 + [0.0] * 7)
    base = CourseRelief(
        course=built.number,
        sessions=tuple(session.id for session in built.sessions),
        start=built.start,
        day0=built.day0,
        status=ReliefStatus.OK,
        baseline=6.3,
        follow_up_days=len(smoothed),
        onset_day_30=0,
        relief_days_30=13,
        censored_30=False,
        onset_day_50=1,
        relief_days_50=3,
        censored_50=False,
        peak_reduction_pct=62.0,
        peak_day=2,
        category=Category.SUBSTANTIAL,
        return_to_baseline_day=13,
        dose_mg=built.dose_mg,
        dose_mg_per_kg=built.dose_mg_per_kg,
        end=built.end,
        baseline_dates=20,
        baseline_source=BaselineSource.OWN,
        baseline_from_course=None,
        baseline_influenced_by=(),
        short_baseline=False,
        week_before_mean=6.0,
        baseline_flare=False,
        baseline_trend_per_4_weeks=None,
        low_baseline=False,
        during_mean=None,
        censor_reason_30=None,
        censor_reason_50=None,
        late_reduction_pct=None,
        influence_end=built.day0 + timedelta(days=12),
        logged_days_first_14=14,
        sparse_follow_up=False,
        logging_ratio=1.0,
        logging_dropped=False,
        dose_mg_per_kg_per_session=built.dose_mg_per_kg_per_session,
        drug_route=built.drug_route,
        treatment=built,
        baseline_exact=6.3,
        daily=tuple(None if s is None else 6.3 * (1 - s / 100) for s in smoothed),
        reduction=smoothed,
        smoothed=smoothed,
    )
    if "baseline" in changes and "baseline_exact" not in changes:
        changes["baseline_exact"] = changes["baseline"]
    if "smoothed" in changes and "follow_up_days" not in changes:
        changes["follow_up_days"] = len(changes["smoothed"])
    return replace(base, **changes)


def not_ok(status: ReliefStatus, course_: Course | None = None, **changes: Any) -> CourseRelief:
    """A course of another status: every relief field null, as rule 17 says."""
    nulls: dict[str, Any] = dict.fromkeys(NULL_UNLESS_OK)
    return course(course_, status=status, **{**nulls, **changes})


def typical(
    drug_route: str = "ketamine iv-infusion",
    sessions_per_course: int = 1,
    *,
    days: float | None = 15.0,
    courses: int = 4,
    low: int = 11,
    high: int = 18,
) -> TypicalRelief:
    return TypicalRelief(
        drug_route=drug_route,
        sessions_per_course=sessions_per_course,
        courses=courses,
        typical_relief_days=days,
        at_least_days=None if days is not None else high,
        min=low,
        max=high,
        course_numbers=tuple(range(1, courses + 1)),
    )


def run(
    band: FrequencyBand = FrequencyBand.TWICE_WEEKLY_OR_MORE,
    *,
    start: date = date(2025, 3, 3),
    end: date = date(2025, 3, 30),
    sessions: int = 8,
    mean_pain: float | None = 4.1,
    reference: float | None = 6.3,
    pct_below: float | None = 34.9,
    predose: float | None = 4.8,
) -> DosingRun:
    return DosingRun(
        band=band,
        start=start,
        end=end,
        sessions=sessions,
        logged_days=20,
        days=(end - start).days + 1,
        mean_pain=mean_pain,
        reference=reference,
        pct_below_reference=pct_below,
        pct_logged_days_30_below=50.0,
        predose_mean_pain=predose,
        predose_pct_below_reference=None,
        session_dates=(start,),
        reference_course=1 if reference is not None else None,
        daily=(),
    )


def now_line(relief: CourseRelief, day: int = 5, recent_mean: float | None = 3.0) -> NowLine:
    return NowLine(
        course=relief.course,
        day=day,
        recent_days=(relief.day0 + timedelta(days=day - 1), relief.day0 + timedelta(days=day))
        if recent_mean is not None
        else (),
        recent_mean=recent_mean,
        baseline=relief.baseline,
        status=relief.status,
        text="",
        relief=relief,
    )


def analysis(
    *courses: CourseRelief,
    typical_relief: tuple[TypicalRelief, ...] = (),
    runs: tuple[DosingRun, ...] = (),
    now: NowLine | None = None,
    settings: AnalysisSettings | None = None,
    at: datetime = START + timedelta(days=60),
) -> ReliefAnalysis:
    """A whole analysis around hand-made results (no dose–response)."""
    return ReliefAnalysis(
        settings=settings or AnalysisSettings(),
        courses=courses,
        typical_relief=typical_relief,
        dose_response=(),
        runs=runs,
        now=now,
        at=at,
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
    built = treatment(
        number,
        start=datetime.combine(first, SESSION_HOUR),
        sessions=sessions,
        drug=drug,
        route=route,
        dose_mg=dose_mg,
        weight_kg=weight_kg,
    )
    curve = tuple(smoothed)
    relief = course(
        built,
        baseline=baseline,
        smoothed=curve,
        reduction=curve,
        daily=tuple(None if value is None else baseline * (1 - value / 100) for value in curve),
        onset_day_30=None,
        relief_days_30=0,
        onset_day_50=None,
        relief_days_50=0,
        peak_reduction_pct=None,
        peak_day=None,
        category=None,
        return_to_baseline_day=None,
        baseline_dates=7,
        week_before_mean=baseline,
        low_baseline=baseline < 4,
        influence_end=built.day0 + timedelta(days=6),
        logged_days_first_14=sum(1 for value in curve[:14] if value is not None),
        logging_ratio=None,
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
    """analysis() for a list of courses, at a moment after every hand-made date (no Now line)."""
    return analysis(*courses, typical_relief=tuple(typical), runs=tuple(runs), settings=settings, at=at)
