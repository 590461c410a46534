"""Page 1's "At a glance": one line per question a clinician asks first.

Every number says what it is compared with and over which days; a line with nothing recorded says
so instead of disappearing, so the reader knows it was looked for. Nothing here says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from paindiary.analysis.clinic_results import ClinicSummary, CourseFunction, CourseMedicines, Exposure
from paindiary.analysis.results import CourseRelief, ReliefAnalysis
from paindiary.analysis.wording import pain_value
from paindiary.analysis.wording_across import typical_relief
from paindiary.analysis.wording_treatment import mg_per_session, per_kg_per_session, treatment_label
from paindiary.appointment.model import Line
from paindiary.charts.report_content import relief_cell
from paindiary.clinic_records import pgic_words
from paindiary.formatting import format_date, format_fixed, format_number
from paindiary.i18n import _, _n

LAST_COURSES = 3  # usual pain before the last three courses


def not_available() -> str:
    """Said where the diary's summary of its other records could not be computed."""
    return _("not available")


def _value(number: float | None) -> str:
    return "–" if number is None else format_fixed(number, 1)


def usual_pain(courses: Sequence[CourseRelief]) -> Line:
    """Usual pain before the first course of the diary and before the last three."""
    measured = [course for course in courses if course.baseline is not None]
    if not measured:
        return Line(_("Usual pain"), _("not measured: too little diary before any course"))
    first = measured[0]
    text = _("{pain} / 10 before treatment (course {course}, {date})").format(
        pain=pain_value(first.baseline or 0.0), course=first.course, date=format_date(first.start.date())
    )
    last = [course for course in measured[-LAST_COURSES:] if course is not first]
    if last:
        text += "; " + _("before the last courses: {values}").format(
            values=", ".join(
                _("{pain} (course {course})").format(pain=pain_value(c.baseline or 0.0), course=c.course)
                for c in last
            )
        )
    return Line(_("Usual pain"), text)


def latest_course(latest: CourseRelief | None, clinic: ClinicSummary | None) -> Line:
    """The latest course in one line: when, what, how much, relief so far, PGIC when answered."""
    label = _("Latest course")
    if latest is None:
        return Line(label, _("no course in this period"))
    dose = per_kg_per_session(latest) or mg_per_session(latest) or _("dose not recorded")
    text = _(
        "course {course}, {date}: {treatment}, {dose}; relief days at 30 %: {r30}, at 50 %: {r50}"
    ).format(
        course=latest.course,
        date=format_date(latest.start.date()),
        treatment=treatment_label(latest.drug_route),
        dose=dose,
        r30=relief_cell(latest, 30),
        r50=relief_cell(latest, 50),
    )
    function = _function_for(clinic, latest.course)
    if function is not None and function.impressions:
        answer = function.impressions[-1]
        when = (
            _("day {day}").format(day=answer.day) if answer.day is not None else format_date(answer.at.date())
        )
        text += "; " + _("impression of change ({when}): {words}").format(
            when=when, words=pgic_words(answer.value)
        )
    return Line(label, text)


def typical_lines(analysis: ReliefAnalysis) -> list[Line]:
    label = _("Typical relief")
    lines = [Line(label, typical_relief(group)) for group in analysis.typical_relief]
    return lines or [Line(label, _("fewer than 3 comparable courses"))]


def _function_for(clinic: ClinicSummary | None, course: int) -> CourseFunction | None:
    if clinic is None:
        return None
    return next((item for item in clinic.function if item.course == course), None)


def function_line(latest: CourseRelief | None, clinic: ClinicSummary | None) -> Line:
    label = _("Function (PEG)")
    if clinic is None:
        return Line(label, not_available())
    function = None if latest is None else _function_for(clinic, latest.course)
    if function is None or (function.peg_before is None and function.peg_after is None):
        return Line(label, _("not recorded"))
    return Line(
        label,
        _(
            "{before} / 10 before course {course} ({days_before} days of its usual-pain window) vs "
            "{after} / 10 in days 0–13 after ({days_after} days)"
        ).format(
            before=_value(function.peg_before),
            course=function.course,
            days_before=function.peg_days_before,
            after=_value(function.peg_after),
            days_after=function.peg_days_after,
        ),
    )


def medicine_lines(latest: CourseRelief | None, clinic: ClinicSummary | None) -> list[Line]:
    """As-needed days per week and MME per day, 28 days before vs days 0–27 after the latest course."""
    as_needed = _("As-needed medicine")
    mme = _("Opioids (MME per day)")
    if clinic is None:
        return [Line(as_needed, not_available())]
    per_course: CourseMedicines | None = None
    if latest is not None:
        per_course = clinic.medicines.for_course(latest.course)
    if per_course is None or (
        per_course.as_needed_days_per_week_before is None
        and (per_course.as_needed_days_per_week_after is None)
    ):
        lines = [Line(as_needed, _("none recorded"))]
    else:
        lines = [
            Line(
                as_needed,
                _(
                    "{before} days per week in the {days_before} days before course {course} vs {after} "
                    "in the {days_after} days from its day 0"
                ).format(
                    before=_value(per_course.as_needed_days_per_week_before),
                    after=_value(per_course.as_needed_days_per_week_after),
                    days_before=per_course.days_before,
                    days_after=per_course.days_after,
                    course=per_course.course,
                ),
            )
        ]
    if clinic.medicines.has_mme and per_course is not None:
        lines.append(
            Line(
                mme,
                _(
                    "{before} in the {days_before} days before course {course} vs {after} in the "
                    "{days_after} days from its day 0 (approximate, for trend only)"
                ).format(
                    before=_value(per_course.mme_per_day_before),
                    after=_value(per_course.mme_per_day_after),
                    days_before=per_course.days_before,
                    days_after=per_course.days_after,
                    course=per_course.course,
                ),
            )
        )
    return lines


def _sessions_with_mg(count: int, mg: float | None) -> str:
    """ "1 session (84 mg)", "2 sessions (530 mg)"; mg is None when a dose was not recorded."""
    return _n("{count} session ({mg})", "{count} sessions ({mg})", count).format(count=count, mg=_mg(mg))


def exposure_lines(exposure: Exposure | None) -> list[Line]:
    label = _("Exposure")
    if exposure is None:
        return [Line(label, not_available())]
    if not exposure.per_drug_route:
        return [Line(label, _("no done sessions in the last 12 months"))]
    lines = []
    for item in exposure.per_drug_route:
        lines.append(
            Line(
                label,
                _("{treatment}: {sessions_90} in the 90 days to {date}; {sessions_12} in 12 months").format(
                    treatment=treatment_label(f"{item.drug} {item.route}"),
                    sessions_90=_sessions_with_mg(item.sessions_90_days, item.mg_90_days),
                    sessions_12=_sessions_with_mg(item.sessions_12_months, item.mg_12_months),
                    date=format_date(exposure.at),
                ),
            )
        )
    if exposure.median_days_between_courses is not None:
        lines.append(
            Line(
                label,
                _("median {days} days between courses").format(
                    days=format_number(exposure.median_days_between_courses, 1)
                ),
            )
        )
    return lines


def _mg(value: float | None) -> str:
    return _("dose not recorded for every session") if value is None else f"{format_number(value, 0)} mg"


def glance(
    courses: Sequence[CourseRelief], analysis: ReliefAnalysis, clinic: ClinicSummary | None
) -> tuple[Line, ...]:
    """The lines in page 1's order."""
    latest = courses[-1] if courses else None
    return (
        usual_pain(analysis.courses),
        latest_course(latest, clinic),
        *typical_lines(analysis),
        function_line(latest, clinic),
        *medicine_lines(latest, clinic),
        *exposure_lines(None if clinic is None else clinic.exposure),
    )
