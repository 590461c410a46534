"""Sentences across courses and about today: typical relief, dosing runs, the Now line, cautions.

The companion of `wording` (one course's sentences). Numbers are absolute beside percentages and
never "above your average"; the dose–response caution is for the report only, never the app.
"""

from __future__ import annotations

from collections.abc import Sequence

from paindiary.analysis.i18n import _, _n
from paindiary.analysis.results import (
    CensorReason,
    CourseRelief,
    DosingRun,
    FrequencyBand,
    NowLine,
    ReliefAnalysis,
    ReliefStatus,
    TypicalRelief,
)
from paindiary.analysis.rounding import whole_percent
from paindiary.analysis.wording import (
    THRESHOLD,
    course_sentences,
    pain_value,
    relief_sentence,
)
from paindiary.analysis.wording_treatment import treatment_label
from paindiary.domain import AnalysisSettings, side_effect_label
from paindiary.formatting import format_date, format_number


def band_label(band: FrequencyBand) -> str:
    labels = {
        FrequencyBand.TWICE_WEEKLY_OR_MORE: _("Twice a week or more"),
        FrequencyBand.ABOUT_WEEKLY: _("About weekly"),
        FrequencyBand.ABOUT_FORTNIGHTLY: _("About every two weeks"),
    }
    return labels[band]


def group_label(drug_route: str, sessions_per_course: int) -> str:
    """A comparable group: "IV infusion, ketamine, single sessions" or "…, courses of 3 sessions"."""
    treatment = treatment_label(drug_route)
    if sessions_per_course == 1:
        return _("{treatment}, single sessions").format(treatment=treatment)
    return _("{treatment}, courses of {count} sessions").format(
        count=sessions_per_course, treatment=treatment
    )


def typical_relief(group: TypicalRelief) -> str:
    """ "IV infusion, ketamine, single sessions: … typically lasted 15 days (4 courses, 11–18 days)."."""
    values = {
        "group": group_label(group.drug_route, group.sessions_per_course),
        "courses": group.courses,
        "low": group.min,
        "high": group.max,
    }
    if group.typical_relief_days is None:
        return _n(
            "{group}: relief at 30 % typically lasted at least {days} day ({courses} courses, {low}–{high} "
            "days).",
            "{group}: relief at 30 % typically lasted at least {days} days ({courses} courses, {low}–{high} "
            "days).",
            group.at_least_days or 0,
        ).format(days=group.at_least_days or 0, **values)
    days = group.typical_relief_days
    if days == 0:
        return _(
            "{group}: in most courses pain did not fall by 30 % or more ({courses} courses, {low}–{high} "
            "days of relief)."
        ).format(**values)
    return _n(
        "{group}: relief at 30 % typically lasted {days} day ({courses} courses, {low}–{high} days).",
        "{group}: relief at 30 % typically lasted {days} days ({courses} courses, {low}–{high} days).",
        1 if days == 1 else 2,
    ).format(days=format_number(days, 1), **values)


def run_sentence(run: DosingRun) -> str:
    """ "Twice a week or more from … to …: pain averaged 4.1/10, 35 % below your usual 6.3/10; …"."""
    lead = _("{band} from {start} to {end} ({sessions})").format(
        band=band_label(run.band),
        start=format_date(run.start),
        end=format_date(run.end),
        sessions=_n("{count} session", "{count} sessions", run.sessions).format(count=run.sessions),
    )
    if run.mean_pain is None:
        return _("{lead}: no entries.").format(lead=lead)
    parts = [_("pain averaged {pain}/10").format(pain=pain_value(run.mean_pain))]
    if run.reference is not None and run.pct_below_reference is not None:
        percent = whole_percent(run.pct_below_reference)
        reference = pain_value(run.reference)
        if percent >= 0:
            parts[0] += ", " + _("{percent} % below your usual {usual}/10").format(
                percent=percent, usual=reference
            )
        else:
            parts[0] += ", " + _("against your usual {usual}/10").format(usual=reference)
        if run.reference_course is not None:
            # Say whose usual pain: the courses around a run may compare with a carried one.
            parts[0] += " " + _("(before course {course})").format(course=run.reference_course)
    if run.predose_mean_pain is not None:
        parts.append(_("before doses {pain}/10").format(pain=pain_value(run.predose_mean_pain)))
    return _("{lead}: {facts}.").format(lead=lead, facts="; ".join(parts))


def status_phrase(course: CourseRelief, settings: AnalysisSettings) -> str:
    """The relief status in a few words, for the Now line and the Sessions list.

    "Relief at 30 % for at least 8 days so far." Other statuses get their whole sentence.
    """
    days = course.relief_days_30
    if course.status is not ReliefStatus.OK:
        return relief_sentence(course, settings)
    if days is None or course.censor_reason_30 is CensorReason.TOO_EARLY:
        return _("Too early to tell whether pain fell by {threshold} % or more.").format(threshold=THRESHOLD)
    if days == 0:
        return _("No relief at {threshold} % by day {onset}.").format(
            threshold=THRESHOLD, onset=settings.onset_window_days
        )
    if course.censored_30 and course.censor_reason_30 is CensorReason.END_OF_DIARY:
        return _n(
            "Relief at {threshold} % for at least {days} day so far.",
            "Relief at {threshold} % for at least {days} days so far.",
            days,
        ).format(threshold=THRESHOLD, days=days)
    if course.censored_30:  # cut short by a gap, the next course or the horizon: not "so far"
        return _n(
            "Relief at {threshold} % for at least {days} day.",
            "Relief at {threshold} % for at least {days} days.",
            days,
        ).format(threshold=THRESHOLD, days=days)
    return _n(
        "Relief at {threshold} % lasted {days} day.",
        "Relief at {threshold} % lasted {days} days.",
        days,
    ).format(threshold=THRESHOLD, days=days)


def now_sentence(now: NowLine, settings: AnalysisSettings) -> str:
    """Today against the latest course: the day, recent pain beside usual pain, and the status."""
    lead = _("Day {day} after course {course}.").format(day=now.day, course=now.course)
    if now.recent_mean is not None and now.baseline is not None:
        recent = _(
            "Your pain on your last two days with entries was about {recent}/10; your usual is {usual}/10."
        ).format(recent=pain_value(now.recent_mean), usual=pain_value(now.baseline))
        return " ".join((lead, recent, status_phrase(now.relief, settings)))
    if now.status is ReliefStatus.OK and now.baseline is not None:
        missing = _(
            "Your usual pain before it was {usual}/10; there are not two recent days with entries after "
            "it to compare with."
        ).format(usual=pain_value(now.baseline))
        return " ".join((lead, missing, status_phrase(now.relief, settings)))
    return " ".join((lead, relief_sentence(now.relief, settings)))


def no_courses_yet() -> str:
    return _("No treatment sessions recorded yet, so there are no courses to describe.")


def dose_response_caution() -> str:
    return _("This can be chance, and dose changed over time together with other things.")


def immpact_caution() -> str:
    return _(
        "These levels were set for changes measured over weeks in studies. For one person, a difference "
        "of a day or two between courses is often chance."
    )


def carried_from(analysis: ReliefAnalysis, course: CourseRelief) -> CourseRelief | None:
    """The course whose usual pain `course` carries, if any."""
    if course.baseline_from_course is None:
        return None
    return next((other for other in analysis.courses if other.course == course.baseline_from_course), None)


def course_story(analysis: ReliefAnalysis, course: CourseRelief) -> list[str]:
    """A course's sentences and notes, then the typical relief of its comparable group."""
    sentences = course_sentences(course, analysis.settings, carried_from(analysis, course))
    group = analysis.typical_for(course)
    if group is not None:
        sentences.append(typical_relief(group))
    return sentences


def describe_recurring_side_effects(kinds: Sequence[str], last_n: int) -> str | None:
    """Which side effects came back after each of the last courses; None when none did."""
    if not kinds:
        return None
    names = ", ".join(side_effect_label(kind) for kind in kinds)  # labels as they read (German nouns)
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
