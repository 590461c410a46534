"""Plain-language sentences from the numbers, shared by the app, the report and `summary`.

They report what the patient logged and never advise. Every sentence is a whole translatable
string with named placeholders.
"""

from __future__ import annotations

from collections.abc import Sequence

from paindiary.analysis.dose_response import DoseResponse
from paindiary.analysis.i18n import _, _n
from paindiary.analysis.now import NowStatus
from paindiary.analysis.relief import CourseRelief, ReliefStatus
from paindiary.analysis.rounding import whole_percent
from paindiary.domain import AnalysisSettings, side_effect_label
from paindiary.formatting import format_fixed

THRESHOLD = 30  # the relief the sentences talk about
NO_CLEAR_LINK = 0.1  # |rho| below this is described as no clear link


def baseline_period(baseline_days: int) -> str:
    """The baseline window in words: "the week before", "the 10 days before"."""
    if baseline_days == 7:
        return _("the week before")
    return _n("the day before", "the {days} days before", baseline_days).format(days=baseline_days)


def insufficient_baseline(days: int, needed: int) -> str:
    return _n(
        "Not enough diary before this course to know your usual pain ({days} day; {needed} needed).",
        "Not enough diary before this course to know your usual pain ({days} days; {needed} needed).",
        days,
    ).format(days=days, needed=needed)


def no_baseline_pain(period: str) -> str:
    return _("You logged no pain in {period} this course, so there is no pain for relief to reduce.").format(
        period=period
    )


def no_follow_up() -> str:
    return _("No diary entries in the days after this course, so relief cannot be measured.")


def too_early(follow_up_days: int) -> str:
    return _n(
        "Too early to tell: {days} day of diary since this course.",
        "Too early to tell: {days} days of diary since this course.",
        follow_up_days,
    ).format(days=follow_up_days)


def relief_lasted(days: int, period: str, best_day: int, best_percent: int) -> str:
    return _n(
        "Pain stayed at least {threshold} % below your average of {period} for {days} day; "
        "best on day {best_day}, {best} % lower.",
        "Pain stayed at least {threshold} % below your average of {period} for {days} days; "
        "best on day {best_day}, {best} % lower.",
        days,
    ).format(threshold=THRESHOLD, period=period, days=days, best_day=best_day, best=best_percent)


def relief_ongoing(days: int) -> str:
    return _n(
        "At least {days} day so far (still going).", "At least {days} days so far (still going).", days
    ).format(days=days)


def relief_ongoing_sentence(days: int, period: str, best_day: int, best_percent: int) -> str:
    return _n(
        "Pain has stayed at least {threshold} % below your average of {period} for at least {days} day "
        "so far (still going); best on day {best_day}, {best} % lower.",
        "Pain has stayed at least {threshold} % below your average of {period} for at least {days} days "
        "so far (still going); best on day {best_day}, {best} % lower.",
        days,
    ).format(threshold=THRESHOLD, period=period, days=days, best_day=best_day, best=best_percent)


def no_relief(window_days: int, period: str, best_day: int, best_percent: int) -> str:
    values = {"threshold": THRESHOLD, "period": period, "window": window_days, "best_day": best_day}
    if best_percent > 0:
        return _(
            "Pain did not drop {threshold} % below your average of {period} by day {window}; "
            "best on day {best_day}, {best} % lower."
        ).format(best=best_percent, **values)
    if best_percent == 0:
        return _(
            "Pain did not drop {threshold} % below your average of {period} by day {window}; "
            "at best it was at that average (day {best_day})."
        ).format(**values)
    return _(
        "Pain did not drop {threshold} % below your average of {period} by day {window}; "
        "even at its lowest (day {best_day}) it was {worse} % higher."
    ).format(worse=-best_percent, **values)


def relief_caption(days: int, censored: bool, period: str) -> str:
    """The short label of CLINICAL.md, e.g. "Relief: 13 days (pain at least 30 % below ...)"."""
    if censored:
        text = _n(
            "Relief: at least {days} day so far "
            "(pain at least {threshold} % below your average of {period}, 3-day median)",
            "Relief: at least {days} days so far "
            "(pain at least {threshold} % below your average of {period}, 3-day median)",
            days,
        )
    else:
        text = _n(
            "Relief: {days} day (pain at least {threshold} % below your average of {period}, 3-day median)",
            "Relief: {days} days (pain at least {threshold} % below your average of {period}, 3-day median)",
            days,
        )
    return text.format(days=days, threshold=THRESHOLD, period=period)


def describe_relief(relief: CourseRelief, settings: AnalysisSettings) -> str:
    """One sentence for a course, whatever its status."""
    period = baseline_period(settings.baseline_days)
    if relief.status is ReliefStatus.INSUFFICIENT_BASELINE:
        return insufficient_baseline(relief.baseline_days, settings.min_baseline_days)
    if relief.status is ReliefStatus.NO_BASELINE_PAIN:
        return no_baseline_pain(period)
    if relief.status is ReliefStatus.NO_FOLLOW_UP or relief.peak_day is None:
        return no_follow_up()
    if relief.relief_days_30 is None:
        return too_early(relief.follow_up_days)
    best = relief.smoothed[relief.peak_day]
    best_percent = whole_percent(best) if best is not None else 0
    if relief.onset_day_30 is None:
        return no_relief(settings.onset_window_days, period, relief.peak_day, best_percent)
    if relief.censored_30:
        return relief_ongoing_sentence(relief.relief_days_30, period, relief.peak_day, best_percent)
    return relief_lasted(relief.relief_days_30, period, relief.peak_day, best_percent)


def describe_now(now: NowStatus, settings: AnalysisSettings) -> str:
    """Today in one or two sentences, relative to the latest course."""
    values = {
        "day": now.days_since_day0,
        "course": now.course,
        "period": baseline_period(settings.baseline_days),
    }
    if now.status is not ReliefStatus.OK:
        lead = _("Day {day} after course {course}.").format(**values)
        return lead + " " + describe_relief(now.relief, settings)
    if now.reduction_today is None:
        return _("Day {day} after course {course}: no entries close enough to today to compare yet.").format(
            **values
        )
    percent = whole_percent(now.reduction_today)
    if percent > 0:
        text = _(
            "Day {day} after course {course}: pain is {percent} % below your average of {period} "
            "(3-day median)."
        )
    elif percent < 0:
        text = _(
            "Day {day} after course {course}: pain is {percent} % above your average of {period} "
            "(3-day median)."
        )
    else:
        text = _("Day {day} after course {course}: pain is at your average of {period} (3-day median).")
    return text.format(percent=abs(percent), **values)


def describe_dose_response(response: DoseResponse) -> str:
    """Spearman's rho of relief days and dose in mg, in words, or why it is not shown."""
    if response.rho is None:
        return response.reason or ""
    rho = 0.0 if round(response.rho, 2) == 0 else response.rho  # never "-0.00"
    values = {"count": response.courses, "rho": format_fixed(rho, 2)}
    if response.rho >= NO_CLEAR_LINK:
        text = _(
            "Across {count} courses with a completed relief window, relief tended to last longer "
            "after higher doses (Spearman's rho {rho})."
        )
    elif response.rho <= -NO_CLEAR_LINK:
        text = _(
            "Across {count} courses with a completed relief window, relief tended to be shorter "
            "after higher doses (Spearman's rho {rho})."
        )
    else:
        text = _(
            "Across {count} courses with a completed relief window, how long relief lasted showed "
            "no clear link with the dose (Spearman's rho {rho})."
        )
    return text.format(**values)


def describe_recurring_side_effects(kinds: Sequence[str], last_n: int) -> str | None:
    """Which side effects came back after each of the last courses; None when none did."""
    if not kinds:
        return None
    names = ", ".join(_side_effect_name(kind) for kind in kinds)
    return _n(
        "Recorded after your last course: {names}.",
        "Recorded after each of your last {count} courses: {names}.",
        last_n,
    ).format(count=last_n, names=names)


def describe_bladder_symptoms(recorded: bool) -> str | None:
    """A plain statement when bladder symptoms were ever recorded; None otherwise."""
    if not recorded:
        return None
    return _("Bladder symptoms were recorded after at least one session.")


def _side_effect_name(kind: str) -> str:
    # Kept as the label reads: lower-casing it would be wrong for German nouns.
    return side_effect_label(kind)
