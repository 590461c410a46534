"""Today against the latest course whose day 0 has come (docs/relief-metrics.md, "Now").

Recent pain is given in points beside usual pain, never as a percentage, and only when the
diary's last two dates with entries both fall in that course's follow-up window.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from fractions import Fraction

from paindiary.analysis.daily_values import DiaryDays, Tally, day_date, tally_fraction, tally_mean
from paindiary.analysis.i18n import _, _n
from paindiary.analysis.results import CensorReason, CourseRelief, NowLine, ReliefStatus
from paindiary.analysis.rounding import round_computed
from paindiary.analysis.timeline import day_number
from paindiary.domain import AnalysisSettings

RECENT_DATES = 2


def now_line(
    courses: Sequence[CourseRelief], days: DiaryDays, at: datetime, settings: AnalysisSettings
) -> NowLine | None:
    """The Now line as of `at`; None before any course's day 0."""
    today = at.date()
    latest = next((course for course in reversed(courses) if course.day0 <= today), None)
    if latest is None:
        return None
    day0 = day_number(latest.day0)
    recent = days.last_dates(day_number(today), RECENT_DATES)
    tallies: list[Tally] = []
    for day in recent:
        k = day - day0
        if 0 <= k < latest.follow_up_days and latest.daily[k] is not None:
            tally = days.from_moment(latest.treatment.end) if k == 0 else days.tally(day)
            if tally is not None:
                tallies.append(tally)
    recent_mean = None
    if len(recent) == RECENT_DATES and len(tallies) == RECENT_DATES:
        recent_mean = round_computed(
            sum(tally_mean(tally) for tally in tallies) / RECENT_DATES,
            2,
            lambda: sum((tally_fraction(tally) for tally in tallies), Fraction(0)) / RECENT_DATES,
        )
    return NowLine(
        course=latest.course,
        day=(today - latest.day0).days,
        recent_days=tuple(day_date(day) for day in recent) if recent_mean is not None else (),
        recent_mean=recent_mean,
        baseline=latest.baseline,
        status=latest.status,
        text=relief_phrase(latest, settings),
        relief=latest,
    )


def relief_phrase(course: CourseRelief, settings: AnalysisSettings) -> str:
    """The course's relief at 30 % in a short phrase (the sentences around it are wording.py's)."""
    window = settings.onset_window_days
    if course.status is ReliefStatus.INSUFFICIENT_BASELINE:
        return _("not enough entries before this course to compare with")
    if course.status is ReliefStatus.NO_BASELINE_PAIN:
        return _("no pain before this course to compare with")
    if course.status is ReliefStatus.NO_FOLLOW_UP:
        return _("no entries since this course yet")
    if course.status is ReliefStatus.NO_EARLY_ENTRIES:
        return _n(
            "no entries in the first {days} day after this course",
            "no entries in the first {days} days after this course",
            window,
        ).format(days=window)
    days = course.relief_days_30
    if days is None:
        return _("too early to tell")
    if days == 0:
        return _n(
            "pain did not fall by 30 % or more in the first {days} day",
            "pain did not fall by 30 % or more in the first {days} days",
            window,
        ).format(days=window)
    reason = course.censor_reason_30
    if reason is CensorReason.END_OF_DIARY:
        text = _n(
            "relief at 30 % for at least {days} day so far",
            "relief at 30 % for at least {days} days so far",
            days,
        )
    elif reason is CensorReason.HORIZON:
        text = _n("relief at 30 % for at least {days} day", "relief at 30 % for at least {days} days", days)
    elif reason is CensorReason.GAP:
        text = _n(
            "relief at 30 % for at least {days} day, then no entries for more than {gap} days",
            "relief at 30 % for at least {days} days, then no entries for more than {gap} days",
            days,
        )
    elif reason is CensorReason.NEXT_COURSE:
        text = _n(
            "relief at 30 % for {days} day, until the next course",
            "relief at 30 % for {days} days, until the next course",
            days,
        )
    else:
        text = _n("relief at 30 % for {days} day", "relief at 30 % for {days} days", days)
    return text.format(days=days, gap=settings.max_gap_days)
