"""The appointment's content, section by section: plain text and numbers, no layout, no Qt.

Each section holds what it shows in the report's language; an empty tuple means "nothing to show",
and the renderers say so in words rather than leave a gap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from paindiary.appointment.inputs import Question


@dataclass(frozen=True, slots=True)
class Line:
    """A labelled line: "Usual pain" – "6.2 / 10 before course 4 (3 Mar 2026) …"."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Header:
    title: str
    patient: tuple[Line, ...]  # name, date of birth, clinic, clinician: only those the profile has
    period: str
    days_logged: str
    next_session: str  # "none planned" when there is none
    disclaimer: str


@dataclass(frozen=True, slots=True)
class Noticed:
    heading: str
    facts: tuple[str, ...]
    closing: str


@dataclass(frozen=True, slots=True)
class CourseTable:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the last six courses of the period
    appendix: tuple[tuple[str, ...], ...]  # older courses of the period
    footnotes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class NoteLine:
    day: date
    text: str


@dataclass(frozen=True, slots=True)
class AppointmentContent:
    """Everything the report and the Appointment page show, in page order."""

    header: Header
    glance: tuple[Line, ...]
    noticed: Noticed
    courses: CourseTable
    runs: Table  # dosing runs of a maintenance schedule in the period
    questions: tuple[Question, ...]
    medicines: Table
    medicine_changes: tuple[str, ...]
    vitals: Table
    charts: tuple[str, ...]  # chart names, in order
    dose_response: tuple[str, ...]  # dose against relief days, with its caution
    method: tuple[str, ...]  # how the numbers are worked out
    settings: tuple[Line, ...]
    data_quality: tuple[str, ...]
    notes: tuple[NoteLine, ...]  # empty unless the patient chose to include notes
