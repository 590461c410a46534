"""What the appointment report says: key figures, the course and runs tables, notes, definitions.

Plain data and sentences from the v2 relief analysis, no layout: formats/report_text places them.
Every sentence states what the patient logged; none advises. Jargon (trimmed mean, Kaplan–Meier,
Spearman) appears only in the definitions on the last page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from paindiary.analysis.results import (
    Category,
    CensorReason,
    CourseRelief,
    DoseResponseGroup,
    DosingRun,
    ReliefAnalysis,
    ReliefStatus,
)
from paindiary.analysis.rounding import whole_percent
from paindiary.analysis.side_effects import recurring_side_effects, side_effect_summary
from paindiary.analysis.wording import pain_value
from paindiary.analysis.wording_across import (
    band_label,
    course_story,
    describe_bladder_symptoms,
    describe_recurring_side_effects,
    dose_response_caution,
    group_label,
    typical_relief,
)
from paindiary.analysis.wording_treatment import mg_per_session, per_kg_per_session, treatment_label
from paindiary.domain import AnalysisSettings, PainEntry, Severity, TreatmentSession, side_effect_label
from paindiary.formatting import format_date, format_fixed
from paindiary.i18n import _

RECURRING_COURSES = 3
MISSING = "–"
CARRIED_MARK = "†"
SPARSE_MARK = "‡"
STATUS_TEXT = {
    ReliefStatus.INSUFFICIENT_BASELINE: "too little diary before",
    ReliefStatus.NO_BASELINE_PAIN: "no pain before",
    ReliefStatus.NO_FOLLOW_UP: "no entries after",
    ReliefStatus.NO_EARLY_ENTRIES: "no early entries",
}


@dataclass(frozen=True, slots=True)
class KeyFigure:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class CourseRow:
    """One row of a table, as text."""

    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReportData:
    """The records, their relief analysis (on the whole diary: baselines reach back) and the period."""

    entries: Sequence[PainEntry]
    sessions: Sequence[TreatmentSession]
    analysis: ReliefAnalysis
    first: date
    last: date

    @property
    def settings(self) -> AnalysisSettings:
        return self.analysis.settings

    def courses(self) -> list[CourseRelief]:
        """Courses that overlap the period (first session to day 0)."""
        return [c for c in self.analysis.courses if c.start.date() <= self.last and c.day0 >= self.first]

    def runs(self) -> list[DosingRun]:
        return [run for run in self.analysis.runs if run.start <= self.last and run.end >= self.first]

    def entries_in_period(self) -> list[PainEntry]:
        return [entry for entry in self.entries if self.first <= entry.at.date() <= self.last]

    def sessions_in_period(self) -> list[TreatmentSession]:
        """The done sessions of the period: a planned or cancelled one is no treatment given."""
        return [
            session
            for session in self.sessions
            if session.done and self.first <= session.at.date() <= self.last
        ]


# ---------------------------------------------------------------- the course table


def course_columns() -> tuple[str, ...]:
    return (
        _("Course"),
        _("Date"),
        _("Treatment"),
        _("Dose per session"),
        _("Usual pain"),
        _("Relief days at 30 %"),
        _("Relief days at 50 %"),
        _("Lowest (% below usual, day)"),
        _("Side effects (worst)"),
    )


def relief_cell(course: CourseRelief, threshold: int) -> str:
    if course.status is not ReliefStatus.OK:
        return _(STATUS_TEXT[course.status])
    days = course.relief_days(threshold)
    if days is None or course.censor_reason(threshold) is CensorReason.TOO_EARLY:
        return _("too early")
    return f"≥ {days}" if course.censored(threshold) else str(days)


def lowest_cell(course: CourseRelief) -> str:
    """The lowest point, and below it the course's category (docs/relief-metrics.md, rule 13)."""
    if course.status is not ReliefStatus.OK or course.peak_reduction_pct is None or course.peak_day is None:
        return MISSING
    percent = whole_percent(course.peak_reduction_pct)
    # Pain above usual gets a true minus sign, as numbers in print do.
    text = str(percent) if percent >= 0 else f"−{-percent}"
    lowest = _("{percent} %, day {day}").format(percent=text, day=course.peak_day)
    return lowest if course.category is None else lowest + "\n" + category_text(course.category)


def category_text(category: Category) -> str:
    """Rule 13's category in words: how long pain stayed down, never a judgement of the treatment."""
    words = {
        Category.SUBSTANTIAL: _("≥ 50 % for ≥ 3 days"),
        Category.MODERATE: _("≥ 30 % for ≥ 3 days"),
        Category.BRIEF: _("≥ 30 % for 1–2 days"),
        Category.MINIMAL: _("10–30 % at most"),
        Category.NONE: _("under 10 % at most"),
    }
    return words[category]


def side_effect_cell(course: CourseRelief) -> str:
    worst: dict[str, Severity] = {}
    order = list(Severity)
    for session in course.treatment.sessions:
        for effect in session.side_effects:
            known = worst.get(effect.kind)
            if known is None or order.index(effect.severity) > order.index(known):
                worst[effect.kind] = effect.severity
    if not worst:
        return MISSING
    return ", ".join(f"{side_effect_label(kind)} ({_(severity.value)})" for kind, severity in worst.items())


def course_rows(courses: Sequence[CourseRelief]) -> list[CourseRow]:
    """One row per course: "≥" where relief was still going, marks on carried and sparse courses."""
    rows = []
    for course in courses:
        date_text = format_date(course.start.date())
        if course.sessions_per_course > 1:
            date_text += "\n" + _("to {date}").format(
                date=format_date(course.treatment.sessions[-1].at.date())
            )
        # Coverage (rule 15): how many of days 0–13 have an entry.
        date_text += "\n" + _("{logged} of days 0–13 logged").format(logged=course.logged_days_first_14)
        dose = per_kg_per_session(course) or mg_per_session(course) or MISSING
        usual = MISSING if course.baseline is None else pain_value(course.baseline)
        if course.baseline_from_course is not None:
            usual += " " + CARRIED_MARK
        relief_30 = relief_cell(course, 30)
        if course.sparse_follow_up:
            relief_30 += " " + SPARSE_MARK
        rows.append(
            CourseRow(
                (
                    str(course.course),
                    date_text,
                    treatment_label(course.drug_route),
                    dose,
                    usual,
                    relief_30,
                    relief_cell(course, 50),
                    lowest_cell(course),
                    side_effect_cell(course),
                )
            )
        )
    return rows


def table_footnotes(courses: Sequence[CourseRelief]) -> list[str]:
    """What the marks in the course table mean, for the marks that appear."""
    notes = []
    if any(course.baseline_from_course is not None for course in courses):
        notes.append(
            _(
                "{mark} Usual pain carried from an earlier course: the weeks before this course had too "
                "few usable entries (affected by earlier sessions, or little logged)."
            ).format(mark=CARRIED_MARK)
        )
    if any(course.sparse_follow_up for course in courses):
        notes.append(
            _(
                "{mark} Sparse follow-up: fewer than half of the first 14 days after the course have entries."
            ).format(mark=SPARSE_MARK)
        )
    return notes


# ---------------------------------------------------------------- across courses


def typical_relief_lines(analysis: ReliefAnalysis) -> list[str]:
    return [typical_relief(group) for group in analysis.typical_relief]


def run_columns() -> tuple[str, ...]:
    return (
        _("Dosing"),
        _("From"),
        _("To"),
        _("Sessions"),
        _("Days logged"),
        _("Mean pain"),
        _("Below usual"),
        _("Before doses"),
    )


def run_rows(runs: Sequence[DosingRun]) -> list[CourseRow]:
    rows = []
    for run in runs:
        below = MISSING
        if run.pct_below_reference is not None and run.reference is not None:
            below = _("{percent} % (usual {usual})").format(
                percent=whole_percent(run.pct_below_reference), usual=pain_value(run.reference)
            )
        rows.append(
            CourseRow(
                (
                    band_label(run.band),
                    format_date(run.start),
                    format_date(run.end),
                    str(run.sessions),
                    _("{logged} of {days}").format(logged=run.logged_days, days=run.days),
                    MISSING if run.mean_pain is None else pain_value(run.mean_pain),
                    below,
                    MISSING if run.predose_mean_pain is None else pain_value(run.predose_mean_pain),
                )
            )
        )
    return rows


def dose_response_lines(groups: Sequence[DoseResponseGroup]) -> list[str]:
    """Each group's rank correlation, then the caution; nothing without groups."""
    lines = []
    for group in groups:
        values = {
            "group": group_label(group.drug_route, group.sessions_per_course),
            "count": group.n,
            "measure": _("mg/kg per session")
            if group.dose_measure == "dose_mg_per_kg_per_session"
            else _("mg"),
            "time": MISSING if group.rho_time is None else format_fixed(group.rho_time, 2),
        }
        if group.rho is None or group.p is None:
            text = _(
                "{group}: {count} courses; dose ({measure}) or relief days were all equal, so they cannot be "
                "ranked. Course order against relief days: rho {time}."
            )
        else:
            text = _(
                "{group}: {count} courses; dose ({measure}) against relief days at 30 %: Spearman's rho "
                "{rho} (p = {p}). Course order against relief days: rho {time}."
            )
            values |= {"rho": format_fixed(group.rho, 2), "p": format_fixed(group.p, 3)}
        lines.append(text.format(**values))
    if lines:
        lines.append(dose_response_caution())
    return lines


# ---------------------------------------------------------------- notes


def discussion_notes(report: ReportData) -> list[str]:
    """Facts from the diary worth raising at the appointment; never advice."""
    courses = report.courses()
    notes: list[str] = []
    if courses:
        latest = courses[-1]
        notes.append(
            _("Latest course ({date}): {sentence}").format(
                date=format_date(latest.start.date()),
                sentence=" ".join(course_story(report.analysis, latest)),
            )
        )
    # side_effect_summary reads each course's number and sessions, which v2 courses have too.
    summary = side_effect_summary(
        [s for c in courses for s in c.treatment.sessions], cast("Any", [c.treatment for c in courses])
    )
    recurring = describe_recurring_side_effects(
        recurring_side_effects(summary, RECURRING_COURSES), RECURRING_COURSES
    )
    if recurring:
        notes.append(recurring)
    for course in courses:
        severe = sorted(
            {
                e.kind
                for s in course.treatment.sessions
                for e in s.side_effects
                if e.severity is Severity.SEVERE
            }
        )
        if severe:
            notes.append(
                _("Severe side effect after course {course} ({date}): {kinds}.").format(
                    course=course.course,
                    date=format_date(course.start.date()),
                    kinds=", ".join(side_effect_label(kind) for kind in severe),
                )
            )
    bladder = describe_bladder_symptoms(summary.bladder_symptoms)
    if bladder:
        notes.append(bladder)
    return notes


def footer_text(generated: date) -> str:
    return _(
        "Patient-reported data from a personal pain diary (paindiary), generated {date}. "
        "Not medical advice: it suggests no dose, diagnosis or treatment."
    ).format(date=format_date(generated))
