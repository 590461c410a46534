"""A course's relief in plain words (docs/relief-metrics.md), shared by every view.

One function per kind of sentence, from the v2 result types only. Sentences say what was compared
with what over which days and give absolute pain beside percentages. They report what the patient
logged and never advise or credit the treatment ("helped", "worked" and "best" never appear).
Every sentence is a whole translatable string with named placeholders.
"""

from __future__ import annotations

import math

from paindiary.analysis.i18n import _, _n
from paindiary.analysis.results import (
    THRESHOLDS,
    CensorReason,
    CourseRelief,
    ReliefStatus,
)
from paindiary.analysis.rounding import TOLERANCE, whole_percent
from paindiary.domain import AnalysisSettings
from paindiary.formatting import format_number, month_abbreviation

THRESHOLD = THRESHOLDS[0]  # the relief the sentences talk about: 30 %
DAYS_PER_MONTH = 30  # carry_forward_days in months, for "the last 6 months"


# ---------------------------------------------------------------- numbers in words


def pain_value(value: float) -> str:
    """A pain on the 0–10 scale, one decimal at most, half away from zero: "6.3", "7", 0.95 → "1"."""
    tenths = math.floor(abs(value) * 10 + 0.5 + TOLERANCE)
    return format_number(math.copysign(tenths / 10, value), 1)


def month_year(course: CourseRelief) -> str:
    """ "Feb 2025": when a course began, for a carried baseline."""
    first = course.start.date()
    return f"{month_abbreviation(first.month)} {first.year}"


def _usual(course: CourseRelief) -> float:
    """B as exactly as the result holds it (only for courses that have one)."""
    if course.baseline_exact is not None:
        return course.baseline_exact
    return course.baseline or 0.0


def pain_at(course: CourseRelief, reduction_pct: float) -> float:
    """The pain that is `reduction_pct` below the course's usual pain."""
    return _usual(course) * (1 - reduction_pct / 100)


# ---------------------------------------------------------------- the relief sentence


def relief_sentence(course: CourseRelief, settings: AnalysisSettings) -> str:
    """The main sentence about a course, whatever its status."""
    if course.status is ReliefStatus.INSUFFICIENT_BASELINE:
        return insufficient_baseline(course, settings)
    if course.status is ReliefStatus.NO_BASELINE_PAIN:
        return no_baseline_pain()
    if course.status is ReliefStatus.NO_FOLLOW_UP:
        return no_follow_up()
    if course.status is ReliefStatus.NO_EARLY_ENTRIES:
        return no_early_entries(settings.onset_window_days)
    if course.too_early or course.relief_days_30 is None:
        return too_early(course.follow_up_days, settings.onset_window_days)
    days = course.relief_days_30
    if days == 0:
        return no_relief(course, settings)
    if (course.onset_day_30 or 0) > 0:
        return relief_from_onset(course, days, settings)
    if course.censored_30:
        return relief_so_far(course, days, settings)
    if days <= 2:
        return brief(days)
    return relief_lasted(course, days)


def relief_from_onset(course: CourseRelief, days: int, settings: AnalysisSettings) -> str:
    """Relief that began after day 0: the days it was seen, then the count, which starts at day 0.

    "Day 0 to day 7" would say pain was 30 % lower on day 0 too, which the numbers deny.
    """
    onset = course.onset_day_30 or 0
    values = {
        "days": days,
        "onset": onset,
        "last": days - 1,
        "threshold": THRESHOLD,
        "usual": pain_value(_usual(course)),
        "gap": settings.max_gap_days,
        "horizon": settings.horizon_days,
    }
    if onset == days - 1 and course.censored_30:
        seen = _(
            "Your pain was at least {threshold} % below your usual pain ({usual}/10) on day {onset} after "
            "this course."
        )
    elif onset == days - 1:
        seen = _(
            "Your pain was at least {threshold} % below your usual pain ({usual}/10) only on day {onset} "
            "after this course."
        )
    else:
        seen = _(
            "Your pain was at least {threshold} % below your usual pain ({usual}/10) from day {onset} to "
            "day {last} after this course."
        )
    parts = [seen]
    if course.censored_30:
        stopped: dict[CensorReason | None, str] = {
            CensorReason.NEXT_COURSE: _("It had not ended when the next course began."),
            CensorReason.GAP: _("Then there were no entries for more than {gap} days."),
            CensorReason.HORIZON: _("Relief is followed for {horizon} days at most."),
        }
        parts.append(stopped.get(course.censor_reason_30, _("It had not ended on your last entry.")))
        parts.append(
            _n(
                "That is at least {days} day of relief, counted from day 0.",
                "That is at least {days} days of relief, counted from day 0.",
                days,
            )
        )
    else:
        parts.append(
            _n(
                "That is {days} day of relief, counted from day 0.",
                "That is {days} days of relief, counted from day 0.",
                days,
            )
        )
    return " ".join(part.format(**values) for part in parts)


def relief_lasted(course: CourseRelief, days: int) -> str:
    return _n(
        "For {days} day after this course (day 0) your pain was at least {threshold} % below "
        "your usual pain ({usual}/10).",
        "For {days} days after this course (day 0 to day {last}) your pain was at least {threshold} % "
        "below your usual pain ({usual}/10).",
        days,
    ).format(days=days, last=days - 1, threshold=THRESHOLD, usual=pain_value(_usual(course)))


def relief_so_far(course: CourseRelief, days: int, settings: AnalysisSettings) -> str:
    """Relief still going when the diary stopped showing it, with the reason why it stopped."""
    values = {
        "days": days,
        "last": days - 1,
        "threshold": THRESHOLD,
        "usual": pain_value(_usual(course)),
        "gap": settings.max_gap_days,
        "horizon": settings.horizon_days,
    }
    reason = course.censor_reason_30
    if reason is CensorReason.NEXT_COURSE:
        text = _n(
            "For at least {days} day after this course (day 0) your pain was at least {threshold} % "
            "below your usual pain ({usual}/10); it had not ended when the next course began.",
            "For at least {days} days after this course (day 0 to day {last}) your pain was at least "
            "{threshold} % below your usual pain ({usual}/10); it had not ended when the next course began.",
            days,
        )
    elif reason is CensorReason.GAP:
        text = _n(
            "For at least {days} day after this course (day 0) your pain was at least {threshold} % "
            "below your usual pain ({usual}/10); then there were no entries for more than {gap} days.",
            "For at least {days} days after this course (day 0 to day {last}) your pain was at least "
            "{threshold} % below your usual pain ({usual}/10); then there were no entries for more "
            "than {gap} days.",
            days,
        )
    elif reason is CensorReason.HORIZON:
        text = _n(
            "For at least {days} day after this course (day 0) your pain was at least {threshold} % "
            "below your usual pain ({usual}/10); relief is followed for {horizon} days at most.",
            "For at least {days} days after this course (day 0 to day {last}) your pain was at least "
            "{threshold} % below your usual pain ({usual}/10); relief is followed for {horizon} days "
            "at most.",
            days,
        )
    else:
        text = _n(
            "For at least {days} day so far after this course (day 0) your pain was at least "
            "{threshold} % below your usual pain ({usual}/10); it had not ended on your last entry.",
            "For at least {days} days so far after this course (day 0 to day {last}) your pain was at "
            "least {threshold} % below your usual pain ({usual}/10); it had not ended on your last entry.",
            days,
        )
    return text.format(**values)


def brief(days: int) -> str:
    if days == 1:
        return _("Pain was lower only on the day of the session.")
    return _("Pain was lower only on the day of the session and the next day.")


def no_relief(course: CourseRelief, settings: AnalysisSettings) -> str:
    """No relief at 30 % by the end of the onset window, and the largest fall of the first weeks."""
    lead = _(
        "Your pain did not fall by {threshold} % or more below your usual pain ({usual}/10) by day "
        "{onset} after this course."
    ).format(threshold=THRESHOLD, usual=pain_value(_usual(course)), onset=settings.onset_window_days)
    largest = largest_early_fall(course, settings.peak_window_days)
    if largest is None:
        return lead
    day, fall = largest
    values = {
        "days": settings.peak_window_days,
        "day": day,
        "percent": whole_percent(fall),
        "pain": pain_value(pain_at(course, fall)),
    }
    if course.low_baseline:
        return lead + " " + points_change(course, day, fall)
    if whole_percent(fall) <= 0:
        return lead + " " + _("In the first {days} days it was not lower than usual.").format(**values)
    if day > settings.onset_window_days and fall >= THRESHOLD:
        return (
            lead
            + " "
            + _(
                "Its largest fall in the first {days} days came on day {day} ({pain}/10, {percent} % below "
                "usual): too late to count for this course."
            ).format(**values)
        )
    return (
        lead
        + " "
        + _(
            "Its largest fall in the first {days} days: {percent} % below usual on day {day} ({pain}/10)."
        ).format(**values)
    )


def largest_early_fall(course: CourseRelief, window_days: int) -> tuple[int, float] | None:
    """(day, s) of the largest 3-day-median fall in days 0…window − 1; None with no logged day."""
    best: tuple[int, float] | None = None
    for day, value in enumerate(course.smoothed[:window_days]):
        if value is not None and (best is None or value > best[1] + 1e-9):
            best = (day, value)
    return best


def too_early(follow_up_days: int, onset_days: int) -> str:
    return _n(
        "Too early to tell: {days} day of diary since this course; relief has until day {onset} to begin.",
        "Too early to tell: {days} days of diary since this course; relief has until day {onset} to begin.",
        follow_up_days,
    ).format(days=follow_up_days, onset=onset_days)


def no_early_entries(onset_days: int) -> str:
    return _(
        "No entries in the first days after this course (day 0 to day {onset}), so the diary cannot "
        "show how your pain changed after it."
    ).format(onset=onset_days)


def insufficient_baseline(course: CourseRelief, settings: AnalysisSettings) -> str:
    if course.baseline_influenced_by:
        months = max(1, round(settings.carry_forward_days / DAYS_PER_MONTH))
        return _n(
            "There is no usual pain to compare with: the weeks before this course were still affected "
            "by earlier sessions, and there were no treatment-free weeks in the last month to compare with.",
            "There is no usual pain to compare with: the weeks before this course were still affected "
            "by earlier sessions, and there were no treatment-free weeks in the last {months} months to "
            "compare with.",
            months,
        ).format(months=months)
    return _n(
        "Not enough entries before this course to know your usual pain ({days} day with entries; "
        "{needed} needed).",
        "Not enough entries before this course to know your usual pain ({days} days with entries; "
        "{needed} needed).",
        course.baseline_dates,
    ).format(days=course.baseline_dates, needed=settings.min_baseline_days)


def no_baseline_pain() -> str:
    return _("Your usual pain before this course was 0/10, so there was no pain for relief to reduce.")


def no_follow_up() -> str:
    return _("No entries in the days after this course, so relief cannot be measured.")


# ---------------------------------------------------------------- the lowest point


def lowest(course: CourseRelief) -> str | None:
    """ "Lowest on day 2: 2.4/10, 62 % below usual." for a course with relief; None otherwise."""
    if (
        course.status is not ReliefStatus.OK
        or course.peak_day is None
        or course.peak_reduction_pct is None
        or not course.relief_days_30
    ):
        return None
    fall = course.peak_reduction_pct
    if course.low_baseline:
        return points_change(course, course.peak_day, fall)
    return _("Lowest on day {day}: {pain}/10, {percent} % below usual.").format(
        day=course.peak_day, pain=pain_value(pain_at(course, fall)), percent=whole_percent(fall)
    )


def points_change(course: CourseRelief, day: int, fall_pct: float) -> str:
    """With a low usual pain, the change in points ("about 1 point lower") instead of a percentage."""
    usual = _usual(course)
    points = round(usual * fall_pct / 100)
    values = {"day": day, "pain": pain_value(pain_at(course, fall_pct)), "points": abs(points)}
    if points == 0:
        return _("Your usual pain was low; on day {day} your pain was about the same ({pain}/10).").format(
            **values
        )
    if points > 0:
        text = _n(
            "Your usual pain was low; in points, on day {day} your pain was about {points} point lower "
            "({pain}/10).",
            "Your usual pain was low; in points, on day {day} your pain was about {points} points lower "
            "({pain}/10).",
            points,
        )
    else:
        text = _n(
            "Your usual pain was low; in points, on day {day} your pain was about {points} point higher "
            "({pain}/10).",
            "Your usual pain was low; in points, on day {day} your pain was about {points} points higher "
            "({pain}/10).",
            -points,
        )
    return text.format(**values)


# ---------------------------------------------------------------- notes on how far to trust it


def carried(course: CourseRelief, source: CourseRelief | None) -> str | None:
    """Which earlier course's usual pain this course is compared with, and why."""
    if course.baseline_from_course is None or course.baseline is None:
        return None
    values = {
        "course": course.baseline_from_course,
        "usual": pain_value(course.baseline),
        "when": month_year(source) if source is not None else "",
    }
    if course.baseline_influenced_by:
        text = _(
            "Compared with your usual pain before course {course} ({usual}/10, {when}), because the "
            "weeks before this course were still affected by earlier sessions."
        )
    else:
        text = _(
            "Compared with your usual pain before course {course} ({usual}/10, {when}), because there "
            "were too few entries in the weeks before this course."
        )
    return text.format(**values)


def short_baseline(course: CourseRelief) -> str | None:
    if not course.short_baseline:
        return None
    return _n(
        "Your usual pain rests on only {days} day with entries before this course.",
        "Your usual pain rests on only {days} days with entries before this course.",
        course.baseline_dates,
    ).format(days=course.baseline_dates)


def flare_before(course: CourseRelief) -> str | None:
    if not course.baseline_flare or course.week_before_mean is None or course.baseline is None:
        return None
    return _(
        "In the week before this course your pain was higher than usual ({week}/10 against {usual}/10), "
        "so part of a fall afterwards may be that flare passing."
    ).format(week=pain_value(course.week_before_mean), usual=pain_value(course.baseline))


def coverage(course: CourseRelief) -> str | None:
    """Sparse logging after the course, and logging that dropped against before it."""
    parts = []
    if course.sparse_follow_up:
        window = min(14, course.follow_up_days)
        parts.append(
            _n(
                "Based on {logged} day with entries in the first {days} days.",
                "Based on {logged} days with entries in the first {days} days.",
                course.logged_days_first_14,
            ).format(logged=course.logged_days_first_14, days=window)
        )
    if course.logging_dropped:
        parts.append(_("You logged less than half as often as before this course."))
    return " ".join(parts) or None


def late_change(course: CourseRelief) -> str | None:
    """A fall late in the follow-up after relief had ended: shown, never credited to the course."""
    ended = course.relief_days_30 is not None and course.censored_30 is False
    if course.late_reduction_pct is None or course.late_reduction_pct < THRESHOLD - 1e-9 or not ended:
        return None
    return _(
        "Your pain was also lower late in this period (from about day {day}). The diary cannot link "
        "that to this course."
    ).format(day=max(0, course.follow_up_days - 14))


def notes(course: CourseRelief, source: CourseRelief | None) -> list[str]:
    """The notes that qualify a course's sentence, in the order a reader needs them."""
    found = (
        carried(course, source),
        short_baseline(course),
        flare_before(course),
        coverage(course),
        late_change(course),
    )
    return [text for text in found if text]


def course_sentences(
    course: CourseRelief, settings: AnalysisSettings, source: CourseRelief | None = None
) -> list[str]:
    """Everything said about one course: the relief sentence, the lowest point, then the notes.

    `source` is the course whose usual pain was carried to this one (for its month), if any.
    """
    sentences = [relief_sentence(course, settings)]
    point = lowest(course)
    if point is not None:
        sentences.append(point)
    return sentences + notes(course, source)
