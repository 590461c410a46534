"""Build the appointment content from its inputs: one function, every section in page order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from paindiary.analysis.daily import daily_pain
from paindiary.analysis.results import CourseRelief, ReliefAnalysis
from paindiary.analysis.wording_treatment import treatment_label
from paindiary.appointment import glance as glance_lines
from paindiary.appointment import records_tables
from paindiary.appointment.inputs import AppointmentInputs, Question, Section
from paindiary.appointment.model import AppointmentContent, CourseTable, Header, Line, Noticed, Table
from paindiary.appointment.notes import chosen_notes
from paindiary.charts import report_content
from paindiary.charts.report_definitions import measure_explanations, settings_line
from paindiary.clinic_records import Profile, SessionStatus
from paindiary.domain import TreatmentSession
from paindiary.formatting import format_date, format_period
from paindiary.i18n import _, _n

COURSES_ON_PAGE_1 = 6
NOTICED_DATA_QUALITY_RULE = 8  # "logging dropped" is about the record, not about health


def courses_in_period(analysis: ReliefAnalysis, period: tuple[date, date]) -> list[CourseRelief]:
    first, last = period
    return [c for c in analysis.courses if c.start.date() <= last and c.day0 >= first]


def header(inputs: AppointmentInputs) -> Header:
    first, last = inputs.period
    days_total = (last - first).days + 1
    logged = len(daily_pain([e for e in inputs.entries if first <= e.at.date() <= last]))
    return Header(
        title=_("Pain diary: appointment report"),
        patient=patient_lines(inputs.profile),
        period=format_period(first, last),
        days_logged=_n(
            "{logged} of {total} day in the period has entries",
            "{logged} of {total} days in the period have entries",
            days_total,
        ).format(logged=logged, total=days_total),
        next_session=next_session(inputs.sessions, inputs.at),
        disclaimer=_("Patient-reported, not medical advice."),
    )


def patient_lines(profile: Profile | None) -> tuple[Line, ...]:
    if profile is None:
        return ()
    lines = []
    if profile.name:
        lines.append(Line(_("Name"), profile.name))
    if profile.born is not None:
        lines.append(Line(_("Date of birth"), format_date(profile.born)))
    if profile.clinic:
        lines.append(Line(_("Clinic"), profile.clinic))
    if profile.clinician:
        lines.append(Line(_("Clinician"), profile.clinician))
    return tuple(lines)


def planned(sessions: Sequence[TreatmentSession], at: datetime) -> list[TreatmentSession]:
    """Sessions still to come: after the moment of the report, and not cancelled."""
    coming = (s for s in sessions if s.status is not SessionStatus.CANCELLED and s.at > at)
    return sorted(coming, key=lambda s: s.at)


def next_session(sessions: Sequence[TreatmentSession], at: datetime) -> str:
    coming = planned(sessions, at)
    if not coming:
        return _("none planned")
    session = coming[0]
    return _("{date}: {treatment}").format(
        date=format_date(session.at.date()), treatment=treatment_label(f"{session.drug} {session.route}")
    )


def noticed(inputs: AppointmentInputs, courses: Sequence[CourseRelief]) -> Noticed:
    """The summary's facts (bladder first); without a summary, the side effects the sessions hold."""
    if inputs.clinic is None:
        first, last = inputs.period
        report = report_content.ReportData(inputs.entries, inputs.sessions, inputs.analysis, first, last)
        # The first note retells the latest course, which "At a glance" already shows.
        facts = tuple(report_content.discussion_notes(report)[1 if courses else 0 :])
    else:
        facts = tuple(f.text for f in inputs.clinic.noticed if f.rule != NOTICED_DATA_QUALITY_RULE)
    return Noticed(
        heading=_("Noticed in your diary: you may want to mention these at your next appointment"),
        facts=facts,
        closing=_("The diary cannot tell why."),
    )


def runs_table(analysis: ReliefAnalysis, period: tuple[date, date]) -> Table:
    first, last = period
    runs = [run for run in analysis.runs if run.start <= last and run.end >= first]
    if not runs:
        return Table((), ())
    rows = tuple(row.cells for row in report_content.run_rows(runs))
    return Table(report_content.run_columns(), rows)


def course_table(courses: Sequence[CourseRelief]) -> CourseTable:
    rows = tuple(row.cells for row in report_content.course_rows(courses))
    return CourseTable(
        columns=report_content.course_columns(),
        # Newest first: when page 1 runs out of room, the latest courses are the ones still on it.
        rows=tuple(reversed(rows[-COURSES_ON_PAGE_1:])),
        appendix=rows[:-COURSES_ON_PAGE_1],
        footnotes=tuple(report_content.table_footnotes(courses)),
    )


def questions(inputs: AppointmentInputs) -> tuple[Question, ...]:
    """The questions written for planned sessions, then the patient's own list."""
    from_sessions = [
        Question(text.strip(), session=session.at.date())
        for session in planned(inputs.sessions, inputs.at)
        for text in session.questions.splitlines()
        if text.strip()
    ]
    return (*from_sessions, *inputs.questions)


def data_quality(inputs: AppointmentInputs, courses: Sequence[CourseRelief]) -> tuple[str, ...]:
    first, last = inputs.period
    days_total = (last - first).days + 1
    logged = len(daily_pain([e for e in inputs.entries if first <= e.at.date() <= last]))
    notes = [
        _n(
            "{missing} of {total} day in the period has no entry.",
            "{missing} of {total} days in the period have no entry.",
            days_total,
        ).format(missing=days_total - logged, total=days_total)
    ]
    carried = [c.course for c in courses if c.baseline_from_course is not None]
    if carried:
        notes.append(
            _("Usual pain carried from an earlier course for courses {courses}.").format(
                courses=", ".join(map(str, carried))
            )
        )
    sparse = [c.course for c in courses if c.sparse_follow_up]
    if sparse:
        notes.append(
            _("Sparse follow-up (fewer than 7 of the first 14 days logged) after courses {courses}.").format(
                courses=", ".join(map(str, sparse))
            )
        )
    not_measured = [c.course for c in courses if c.baseline is None]
    if not_measured:
        notes.append(
            _("Relief not measured for courses {courses}: too little diary before them.").format(
                courses=", ".join(map(str, not_measured))
            )
        )
    if inputs.clinic is not None:
        notes += [f.text for f in inputs.clinic.noticed if f.rule == NOTICED_DATA_QUALITY_RULE]
    return tuple(notes)


def chart_names(analysis: ReliefAnalysis) -> tuple[str, ...]:
    names = [_("Pain over time"), _("Relief after each course"), _("Relief days by dose"), _("Side effects")]
    if analysis.runs:
        names.append(_("Dosing runs"))
    return tuple(names)


def build_content(inputs: AppointmentInputs) -> AppointmentContent:
    """Every section of the appointment, in page order; sections not chosen come back empty."""
    shows = inputs.choices.shows
    courses = courses_in_period(inputs.analysis, inputs.period)
    settings = inputs.analysis.settings
    medicines = records_tables.medicines_table(inputs.medicines)
    return AppointmentContent(
        header=header(inputs),
        glance=glance_lines.glance(courses, inputs.analysis, inputs.clinic) if shows(Section.GLANCE) else (),
        noticed=noticed(inputs, courses) if shows(Section.NOTICED) else Noticed("", (), ""),
        courses=course_table(courses) if shows(Section.COURSES) else CourseTable((), (), (), ()),
        runs=runs_table(inputs.analysis, inputs.period) if shows(Section.COURSES) else Table((), ()),
        questions=questions(inputs) if shows(Section.QUESTIONS) else (),
        medicines=medicines if shows(Section.MEDICINES) else records_tables.empty_table(),
        medicine_changes=records_tables.medicine_changes(inputs.medicines, inputs.period)
        if shows(Section.MEDICINES)
        else (),
        vitals=records_tables.vitals_table(inputs.vitals, inputs.sessions, inputs.period)
        if shows(Section.VITALS)
        else records_tables.empty_table(),
        charts=chart_names(inputs.analysis) if shows(Section.CHARTS) else (),
        dose_response=tuple(report_content.dose_response_lines(inputs.analysis.dose_response))
        if shows(Section.METHOD)
        else (),
        method=tuple(measure_explanations(settings)) if shows(Section.METHOD) else (),
        settings=(Line(_("Settings"), settings_line(settings)),) if shows(Section.METHOD) else (),
        data_quality=data_quality(inputs, courses),
        notes=chosen_notes(inputs.entries, courses, inputs.period, include=inputs.choices.include_notes),
    )
