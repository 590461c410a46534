"""The report's text pages, laid out from the appointment content: page 1 in the order a clinician
reads it, then medicines, vitals and notes; the appendix of older courses and the method page last.

Only placement happens here; every word and number comes from paindiary.appointment.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from paindiary.appointment.inputs import Question
from paindiary.appointment.model import AppointmentContent, Line, Table
from paindiary.charts import style
from paindiary.charts.report_content import CourseRow, KeyFigure
from paindiary.charts.report_pages import LINE, MARGIN, PageFlow, line_height, wrap
from paindiary.formats.report_text import (
    COURSE_NUMERIC,
    COURSE_WIDTHS,
    NOTE_SIZE,
    RUN_NUMERIC,
    RUN_WIDTHS,
    table,
)
from paindiary.formatting import format_date
from paindiary.i18n import _, _n

MEDICINE_WIDTHS = (1.2, 1.2, 0.9, 0.9, 0.7)
VITALS_WIDTHS = (1.0, 1.9, 1.2, 1.4)


def _figures(lines: Sequence[Line]) -> list[KeyFigure]:
    """Key figures; a label repeated on the next line is printed once."""
    figures = []
    previous = None
    for line in lines:
        figures.append(KeyFigure("" if line.label == previous else line.label, line.text))
        previous = line.label
    return figures


def _rows(rows: Sequence[tuple[str, ...]]) -> list[CourseRow]:
    return [CourseRow(row) for row in rows]


def question_text(question: Question) -> str:
    mark = "☑" if question.done else "☐"
    if question.session is None:
        return f"{mark} {question.text}"
    return f"{mark} {question.text} " + _("(for {date})").format(date=format_date(question.session))


def wrapped_heading(flow: PageFlow, text: str) -> None:
    """A heading that may take two lines (the noticed heading is a sentence in every language)."""
    size = style.SIZE_TITLE
    lines = wrap(text, flow.width, size, bold=True)
    flow.ensure(len(lines) * line_height(size) + 3 * line_height(style.SIZE_TEXT) + 0.12)
    flow.space(0.08)
    flow.text(MARGIN, flow.y, "\n".join(lines), size, fontweight="bold", linespacing=LINE)
    flow.space(len(lines) * line_height(size) + 0.04)


def _simple_table(flow: PageFlow, data: Table, widths: Sequence[float], continued: str) -> None:
    table(
        flow,
        columns=data.columns,
        rows=_rows(data.rows),
        fixed_widths=widths,
        numeric=frozenset(),
        continued=continued,
    )


def first_pages(content: AppointmentContent, paper: tuple[float, float]) -> list[Figure]:
    """Page 1 (header, at a glance, noticed, courses, questions), then medicines, vitals and notes."""
    flow = PageFlow(paper)
    header = content.header
    flow.text(MARGIN, flow.y, header.title, style.SIZE_HEADING, fontweight="bold")
    flow.space(line_height(style.SIZE_HEADING) + 0.08)
    flow.key_values(
        [
            *_figures(header.patient),
            KeyFigure(_("Period"), header.period),
            KeyFigure(_("Days logged"), header.days_logged),
            KeyFigure(_("Next session"), header.next_session),
        ]
    )
    flow.paragraph(header.disclaimer, size=NOTE_SIZE)
    if content.glance:
        flow.heading(_("At a glance"))
        flow.key_values(_figures(content.glance))
    if content.noticed.heading:
        wrapped_heading(flow, content.noticed.heading)
        for fact in content.noticed.facts or (_("Nothing of the listed kinds was found."),):
            flow.paragraph(fact, bullet=True)
        flow.paragraph(content.noticed.closing, size=NOTE_SIZE)
    courses = content.courses
    if courses.columns:
        flow.heading(_("Courses"))
        if courses.rows:
            table(
                flow,
                columns=courses.columns,
                rows=_rows(courses.rows),
                fixed_widths=COURSE_WIDTHS,
                numeric=COURSE_NUMERIC,
                continued=_("Courses (continued)"),
            )
            flow.space(0.04)
            if courses.appendix:
                flow.paragraph(
                    _n(
                        "{count} earlier course of the period is in the appendix.",
                        "{count} earlier courses of the period are in the appendix.",
                        len(courses.appendix),
                    ).format(count=len(courses.appendix)),
                    size=NOTE_SIZE,
                )
            for note in courses.footnotes:
                flow.paragraph(note, size=NOTE_SIZE)
        else:
            flow.paragraph(_("No treatment sessions were recorded in this period."))
    if content.runs.rows:
        flow.heading(_("Dosing runs"))
        table(
            flow,
            columns=content.runs.columns,
            rows=_rows(content.runs.rows),
            fixed_widths=RUN_WIDTHS,
            numeric=RUN_NUMERIC,
            continued=_("Dosing runs (continued)"),
        )
    flow.heading(_("My questions"))
    for question in content.questions or ():
        flow.paragraph(question_text(question))
    if not content.questions:
        flow.paragraph(_("No questions written down."))
    if content.medicines.columns:
        flow.heading(_("Medicines"))
        if content.medicines.rows:
            _simple_table(flow, content.medicines, MEDICINE_WIDTHS, _("Medicines (continued)"))
        else:
            flow.paragraph(_("No current medicines recorded."))
        if content.medicine_changes:
            flow.paragraph(_("Changes in the period:"), size=NOTE_SIZE)
            for change in content.medicine_changes:
                flow.paragraph(change, size=NOTE_SIZE, bullet=True)
    if content.vitals.columns:
        flow.heading(_("Blood pressure and heart rate"))
        if content.vitals.rows:
            _simple_table(flow, content.vitals, VITALS_WIDTHS, _("Blood pressure and heart rate (continued)"))
        else:
            flow.paragraph(_("No readings recorded in this period."))
    if content.notes:
        flow.heading(_("Notes from the diary"))
        for line in content.notes:
            flow.paragraph(f"{format_date(line.day)}: {line.text}", size=NOTE_SIZE, bullet=True)
    return flow.pages


def last_pages(content: AppointmentContent, paper: tuple[float, float]) -> list[Figure]:
    """The appendix of older courses, how the numbers are worked out, the settings, data quality."""
    flow = PageFlow(paper)
    courses = content.courses
    if courses.appendix:
        flow.heading(_("Appendix: earlier courses"))
        table(
            flow,
            columns=courses.columns,
            rows=_rows(courses.appendix),
            fixed_widths=COURSE_WIDTHS,
            numeric=COURSE_NUMERIC,
            continued=_("Appendix: earlier courses (continued)"),
        )
    if content.dose_response:
        flow.heading(_("Dose and relief days"))
        for sentence in content.dose_response:
            flow.paragraph(sentence, bullet=True)
    if content.method:
        flow.heading(_("How the numbers are worked out"))
        for explanation in content.method:
            flow.paragraph(explanation, size=NOTE_SIZE, bullet=True)
        for line in content.settings:
            flow.paragraph(line.text, size=NOTE_SIZE)
    flow.heading(_("Data quality"))
    for note in content.data_quality:
        flow.paragraph(note, size=NOTE_SIZE, bullet=True)
    return flow.pages
