"""What page 1 of the appointment report says: key figures, the course table, notes, definitions.

Plain data and sentences from the analysis, no layout: the report pages place them. Every
sentence states what the patient logged; none advises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from paindiary.analysis import (
    CourseRelief,
    ReliefStatus,
    daily_pain,
    dose_response,
    recurring_side_effects,
    relief_summary,
    side_effect_summary,
)
from paindiary.analysis.wording import (
    describe_bladder_symptoms,
    describe_dose_response,
    describe_recurring_side_effects,
    describe_relief,
)
from paindiary.charts import style
from paindiary.charts.common import ChartData
from paindiary.domain import ROUTE_LABELS, AnalysisSettings, Severity, side_effect_label
from paindiary.i18n import _

RECENT_DAYS = 7  # "current pain" is the average of this many calendar days
RECURRING_COURSES = 3
MISSING = "–"
STATUS_TEXT = {
    ReliefStatus.INSUFFICIENT_BASELINE: "too little diary before",
    ReliefStatus.NO_BASELINE_PAIN: "no pain before",
    ReliefStatus.NO_FOLLOW_UP: "no entries after",
}


@dataclass(frozen=True, slots=True)
class KeyFigure:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class CourseRow:
    """One row of the course table, as text."""

    cells: tuple[str, ...]


def course_columns() -> tuple[str, ...]:
    return (
        _("Course"),
        _("Date"),
        _("Route"),
        _("Dose (mg)"),
        _("Dose (mg/kg)"),
        _("Onset day"),
        _("Peak %"),
        _("Relief days at 30 %"),
        _("Relief days at 50 %"),
        _("Side effects (worst)"),
    )


def report_courses(data: ChartData) -> list[CourseRelief]:
    """The period's courses as measured by v1, whose wording this page still uses.

    The charts read the v2 analysis in `data`; this page switches to it with its v2 sentences.
    """
    return [
        relief
        for relief in relief_summary(data.entries, data.sessions, data.settings)
        if (data.end is None or relief.start.date() <= data.end)
        and (data.start is None or relief.day0 >= data.start)
    ]


def report_period(data: ChartData) -> tuple[date, date]:
    """The period the report covers, with open ends filled from the records."""
    span = data.span()
    if span is None:
        today = data.end or data.start or date.today()
        return data.start or today, data.end or today
    return span


def key_figures(data: ChartData) -> list[KeyFigure]:
    """Period, days logged, usual pain before the latest course, pain lately, number of courses."""
    first, last = report_period(data)
    entries = data.entries_in_period()
    series = daily_pain(entries)
    days_total = (last - first).days + 1
    logged = len(series)
    figures = [
        KeyFigure(_("Period"), style.format_period(first, last)),
        KeyFigure(
            _("Days logged"),
            _("{logged} of {total} days ({percent} %), {entries} entries").format(
                logged=logged,
                total=days_total,
                percent=round(100 * logged / days_total),
                entries=len(entries),
            ),
        ),
    ]
    courses = report_courses(data)
    with_baseline = [relief for relief in courses if relief.baseline is not None]
    if with_baseline:
        latest = with_baseline[-1]
        figures.append(
            KeyFigure(
                _("Usual pain (baseline)"),
                _("{pain} / 10: average of the {days} days before course {course} ({date})").format(
                    pain=style.format_number(latest.baseline or 0.0, 1),
                    days=latest.baseline_days,
                    course=latest.course,
                    date=style.format_date(latest.start.date()),
                ),
            )
        )
    if logged:
        days = np.array(series.days.tolist())
        recent_start = days[-1] - timedelta(days=RECENT_DAYS - 1)
        recent = series.mean[days >= recent_start]
        figures.append(
            KeyFigure(
                _("Current pain"),
                _("{pain} / 10: average of {count} logged days, {period}").format(
                    pain=style.format_number(float(recent.mean()), 1),
                    count=len(recent),
                    period=style.format_period(recent_start, days[-1]),
                ),
            )
        )
        figures.append(
            KeyFigure(
                _("Pain over the period"),
                _("{pain} / 10 on average").format(pain=style.format_number(float(series.mean.mean()), 1)),
            )
        )
    sessions = data.sessions_in_period()
    figures.append(
        KeyFigure(
            _("Treatment"),
            _("{courses} courses, {sessions} sessions").format(courses=len(courses), sessions=len(sessions)),
        )
    )
    return figures


def relief_cell(relief: CourseRelief, threshold: int) -> str:
    if relief.status is not ReliefStatus.OK:
        return _(STATUS_TEXT[relief.status])
    _onset, days, censored = relief.at_threshold(threshold)
    if days is None:
        return _("too early")
    return f"≥ {days}" if censored else str(days)


def side_effect_cell(relief: CourseRelief) -> str:
    worst: dict[str, Severity] = {}
    order = list(Severity)
    for session in relief.treatment.sessions:
        for effect in session.side_effects:
            known = worst.get(effect.kind)
            if known is None or order.index(effect.severity) > order.index(known):
                worst[effect.kind] = effect.severity
    if not worst:
        return MISSING
    return ", ".join(f"{side_effect_label(kind)} ({_(severity.value)})" for kind, severity in worst.items())


def course_rows(courses: Sequence[CourseRelief]) -> list[CourseRow]:
    """The course table: one row per course, "≥" where relief was still going."""
    rows = []
    for relief in courses:
        sessions = relief.treatment.sessions
        date_text = style.format_date(relief.start.date())
        if len(sessions) > 1:
            date_text += "\n" + _("{count} sessions to {date}").format(
                count=len(sessions), date=style.format_date(relief.day0)
            )
        routes = ", ".join(_(ROUTE_LABELS[route]) for route in relief.routes)
        if relief.treatment.drugs != ("ketamine",):
            routes += "\n" + ", ".join(relief.treatment.drugs)
        ok = relief.status is ReliefStatus.OK
        rows.append(
            CourseRow(
                (
                    str(relief.course),
                    date_text,
                    routes,
                    MISSING if relief.dose_mg is None else style.format_number(relief.dose_mg, 2),
                    MISSING
                    if relief.dose_mg_per_kg is None
                    else style.format_fixed(relief.dose_mg_per_kg, 2),
                    str(relief.onset_day_30) if ok and relief.onset_day_30 is not None else MISSING,
                    style.format_number(relief.peak_reduction_pct, 0)
                    if ok and relief.peak_reduction_pct is not None
                    else MISSING,
                    relief_cell(relief, 30),
                    relief_cell(relief, 50),
                    side_effect_cell(relief),
                )
            )
        )
    return rows


def discussion_notes(data: ChartData) -> list[str]:
    """Facts from the diary worth raising at the appointment; never advice."""
    courses = report_courses(data)
    notes: list[str] = []
    if courses:
        latest = courses[-1]
        notes.append(
            _("Latest course ({date}): {sentence}").format(
                date=style.format_date(latest.start.date()), sentence=describe_relief(latest, data.settings)
            )
        )
    summary = side_effect_summary(
        [s for r in courses for s in r.treatment.sessions], [r.treatment for r in courses]
    )
    recurring = describe_recurring_side_effects(
        recurring_side_effects(summary, RECURRING_COURSES), RECURRING_COURSES
    )
    if recurring:
        notes.append(recurring)
    for relief in courses:
        severe = sorted(
            {
                e.kind
                for s in relief.treatment.sessions
                for e in s.side_effects
                if e.severity is Severity.SEVERE
            }
        )
        if severe:
            notes.append(
                _("Severe side effect after course {course} ({date}): {kinds}.").format(
                    course=relief.course,
                    date=style.format_date(relief.start.date()),
                    kinds=", ".join(side_effect_label(kind) for kind in severe),
                )
            )
    bladder = describe_bladder_symptoms(summary.bladder_symptoms)
    if bladder:
        notes.append(bladder)
    response = dose_response(courses)
    if response.rho is not None:
        notes.append(describe_dose_response(response))
    return notes


def measure_explanations(settings: AnalysisSettings) -> list[str]:
    """What the numbers mean, in plain words, with the settings used."""
    return [
        _(
            "Course: one session, or sessions at most {gap} days apart (a loading series). Day 0 is the day "
            "of the course's last session."
        ).format(gap=settings.course_gap_days),
        _(
            "Usual pain (baseline): the average daily pain over the {days} days before the course's first "
            "session; at least {needed} days with entries are needed."
        ).format(days=settings.baseline_days, needed=settings.min_baseline_days),
        _(
            "Relief days at 30 % and 50 %: counted from day 0, how long pain stayed at least 30 % "
            "(moderately important) or 50 % (substantial) below usual pain, on a 3-day median of daily "
            'pain. Relief must begin by day {onset}. "≥" means relief was still going when the diary or '
            "the next course began."
        ).format(onset=settings.onset_window_days),
        _(
            "Onset day: the first day with relief at 30 %. Peak %: the largest reduction of the 3-day "
            "median. Days are followed for up to {horizon} days or until the next course."
        ).format(horizon=settings.horizon_days),
    ]


def settings_line(settings: AnalysisSettings) -> str:
    return _(
        "Settings used: baseline {baseline} days (at least {needed}), course gap {gap} days, onset "
        "window {onset} days, follow-up up to {horizon} days. Thresholds 30 % and 50 % (IMMPACT, "
        "Dworkin et al. 2008)."
    ).format(
        baseline=settings.baseline_days,
        needed=settings.min_baseline_days,
        gap=settings.course_gap_days,
        onset=settings.onset_window_days,
        horizon=settings.horizon_days,
    )


def footer_text(generated: date) -> str:
    return _(
        "Patient-reported data from a personal pain diary (paindiary), generated {date}. "
        "Not medical advice: it suggests no dose, diagnosis or treatment."
    ).format(date=style.format_date(generated))
