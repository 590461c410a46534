"""Every course's relief, in order (docs/relief-metrics.md, rules 2–17).

Courses are assessed chronologically: a course's influence window (rule 3) follows from its own
metrics, and later courses' baselines (rule 4) skip the dates under it. The work per course is
bounded by its windows (baseline_days before it, horizon_days after it), so the whole assessment
grows linearly with the diary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction

from paindiary.analysis.baseline import Baseline, EarlierCourse, course_baseline, influence_end
from paindiary.analysis.course_groups import Course
from paindiary.analysis.coverage import coverage
from paindiary.analysis.daily_values import DiaryDays, Tally, day_date, tally_fraction, tally_mean
from paindiary.analysis.follow_up import Curves, FollowUp, follow_up, relief_curves, relief_status
from paindiary.analysis.relief_walk import (
    Peak,
    ThresholdRelief,
    category,
    lowest_point,
    relief_at,
    return_day,
)
from paindiary.analysis.results import CensorReason, CourseRelief, ReliefStatus
from paindiary.analysis.rounding import round_computed
from paindiary.analysis.timeline import day_number
from paindiary.domain import AnalysisSettings

_UNSEEN = ThresholdRelief(None, None, None, None)
_NO_PEAK = Peak(None, None, None, None)


def assess_courses(
    days: DiaryDays, courses: Sequence[Course], settings: AnalysisSettings
) -> tuple[list[CourseRelief], list[Callable[[], Fraction] | None]]:
    """Rules 2–17 for each course, oldest first; beside them each course's B as an exact fraction.

    The exact B lets later rules (a dosing run's percentages) round at a tie as the spec asks;
    CourseRelief carries only the float.
    """
    progress = Assessed()
    for _course in courses:
        assess_next(days, courses, settings, progress)
    return progress.results, progress.exact_baselines


@dataclass(slots=True)
class Assessed:
    """The courses assessed so far, oldest first, and what the next course's baseline needs of them."""

    earlier: list[EarlierCourse] = field(default_factory=list)
    longest_influence: int = 0
    results: list[CourseRelief] = field(default_factory=list)
    exact_baselines: list[Callable[[], Fraction] | None] = field(default_factory=list)

    def copy(self) -> Assessed:
        return Assessed(
            list(self.earlier), self.longest_influence, list(self.results), list(self.exact_baselines)
        )


def assess_next(
    days: DiaryDays, courses: Sequence[Course], settings: AnalysisSettings, progress: Assessed
) -> None:
    """Assess the first course `progress` has not seen yet and add it to `progress`.

    A course other than the latest reads only dates before the next course's first date (its
    baseline before it, its follow-up cut at the next course), whether the diary reaches the day
    before that date, and the earlier courses' results: analysis/incremental.py relies on this.
    """
    index = len(progress.results)
    course = courses[index]
    first_day = day_number(course.start.date())
    course_end = course.end  # computed from every session: once
    day0 = day_number(course_end.date())
    following = courses[index + 1] if index + 1 < len(courses) else None
    next_first = day_number(following.start.date()) if following is not None else None
    base = course_baseline(
        days,
        course.start,
        first_day,
        earlier=progress.earlier,
        longest_influence=progress.longest_influence,
        settings=settings,
    )
    follow = follow_up(days, course_end, day0, next_first, settings)
    relief = _course_relief(days, course, course_end, first_day, base=base, follow=follow, settings=settings)
    progress.results.append(relief)
    progress.exact_baselines.append(base.fraction)
    end = day_number(relief.influence_end)
    progress.longest_influence = max(progress.longest_influence, end - first_day)
    progress.earlier.append(
        EarlierCourse(
            number=course.number,
            first_day=first_day,
            influence_end=end,
            status=relief.status,
            source=base.source,
            short_baseline=base.short,
            baseline_exact=base.exact,
            baseline=base.rounded,
            baseline_fraction=base.fraction,
        )
    )


def _course_relief(
    days: DiaryDays,
    course: Course,
    course_end: datetime,
    first_day: int,
    *,
    base: Baseline,
    follow: FollowUp,
    settings: AnalysisSettings,
) -> CourseRelief:
    status = relief_status(base.exact, follow, settings)
    curves: Curves | None = None
    if base.exact is not None and base.fraction is not None and status is not ReliefStatus.NO_BASELINE_PAIN:
        curves = relief_curves(days, follow, base.exact, base.fraction)
    at_30 = at_50 = _UNSEEN
    peak = _NO_PEAK
    grade = back = None
    if status is ReliefStatus.OK and curves is not None and base.exact is not None:
        at_30 = relief_at(30, curves.on_logged, follow, settings)
        # No onset at 30 % means none at 50 % either; without an onset the outcome is the same at both.
        at_50 = relief_at(50, curves.on_logged, follow, settings) if at_30.onset_day is not None else at_30
        peak = lowest_point(curves, follow, at_30.relief_days, settings)
        grade = category(at_30, at_50, peak.exact, settings)
        back = return_day(curves.on_logged, follow, at_30, base.exact, settings)
    influence = influence_end(follow.day0, _last_influenced_day(status, at_30, back, follow), settings)
    during = days.between(course.start, course_end)
    cover = coverage(days, first_day, follow)
    blank = (None,) * follow.days
    return CourseRelief(
        course=course.number,
        sessions=tuple(session.id for session in course.sessions),
        start=course.start,
        day0=course_end.date(),
        status=status,
        baseline=base.rounded,
        follow_up_days=follow.days,
        onset_day_30=at_30.onset_day,
        relief_days_30=at_30.relief_days,
        censored_30=at_30.censored,
        onset_day_50=at_50.onset_day,
        relief_days_50=at_50.relief_days,
        censored_50=at_50.censored,
        peak_reduction_pct=peak.reduction_pct,
        peak_day=peak.day,
        category=grade,
        return_to_baseline_day=back,
        dose_mg=course.dose_mg,
        dose_mg_per_kg=course.dose_mg_per_kg,
        end=course_end,
        baseline_dates=base.usable_dates,
        baseline_source=base.source,
        baseline_from_course=base.from_course,
        baseline_influenced_by=base.influenced_by,
        short_baseline=base.short,
        week_before_mean=base.week_before_mean,
        baseline_flare=base.flare,
        baseline_trend_per_4_weeks=base.trend_per_4_weeks,
        low_baseline=base.low,
        during_mean=None if during is None else _mean_to_2(during),
        censor_reason_30=at_30.reason,
        censor_reason_50=at_50.reason,
        late_reduction_pct=peak.late_reduction_pct,
        influence_end=day_date(influence),
        logged_days_first_14=cover.logged_days_first_14,
        sparse_follow_up=cover.sparse_follow_up,
        logging_ratio=cover.logging_ratio,
        logging_dropped=cover.logging_dropped,
        dose_mg_per_kg_per_session=course.dose_mg_per_kg_per_session,
        drug_route=course.drug_route,
        treatment=course,
        baseline_exact=base.exact,
        daily=follow.means,
        reduction=curves.reduction if curves is not None else blank,
        smoothed=curves.smoothed if curves is not None else blank,
    )


def _mean_to_2(tally: Tally) -> float:
    return round_computed(tally_mean(tally), 2, lambda: tally_fraction(tally))


def _last_influenced_day(
    status: ReliefStatus, at_30: ThresholdRelief, back: int | None, follow: FollowUp
) -> int:
    """Rule 3's `last`: the last day k the course may still have shaped, or −1."""
    if status is not ReliefStatus.OK:
        return -1
    if at_30.reason is CensorReason.NEXT_COURSE:
        return follow.last_day + 1  # the next course's first date: its pre-session entries
    if at_30.onset_day is not None:
        return back - 1 if back is not None else follow.last_day
    if at_30.reason is CensorReason.TOO_EARLY:
        return follow.last_day
    return -1
