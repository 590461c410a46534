"""The appointment report: one PDF a clinician reads in a minute, then the charts.

Page 1 holds the period, days logged, usual and current pain, a table of courses, typical relief,
dosing runs and notes to discuss; the chart pages follow, and the last page says what the measures
mean. A4 or Letter follows the locale. Building is pure computation on records already read; the
file is written atomically and privately. Importing this module loads no matplotlib.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from paindiary.appointment.inputs import AppointmentInputs, ReportChoices
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession, ValidationError
from paindiary.formats.atomic import write_private_bytes
from paindiary.i18n import _

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PAPERS = ("a4", "letter")
DEFAULT_DAYS = 365  # without --from: the year up to the end of the period
# Territories whose locales print on US Letter (glibc's LC_PAPER data); everywhere else A4.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "NI", "DO"}
)

# progress(done, total) -> False to cancel
Progress = Callable[[int, int], bool]


class ReportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What went into the report, for the message after saving it."""

    pages: int
    start: date
    end: date
    courses: int


def default_paper(environ: Mapping[str, str] | None = None) -> str:
    """ "letter" where the locale's territory prints on Letter, else "a4" (LC_ALL > LC_PAPER > LANG)."""
    values = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        name = values.get(variable, "")
        if name:
            territory = name.split(".")[0].split("@")[0].partition("_")[2].upper()
            return "letter" if territory in LETTER_TERRITORIES else "a4"
    return "a4"


def default_period(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    start: date | None,
    end: date | None,
    today: date,
) -> tuple[date, date]:
    """The period to report: up to the last record (or `end`), from a year earlier (or `start`)."""
    # A session planned after today does not stretch the period.
    days = [entry.at.date() for entry in entries]
    days += [session.at.date() for session in sessions if session.at.date() <= today]
    last = end or (max(days) if days else today)
    first = start
    if first is None:
        first = last - timedelta(days=DEFAULT_DAYS - 1)
        earliest = [day for day in days if day >= first]
        first = min(earliest) if earliest else first
    if first > last:
        raise ValidationError("--from", _("{start} is after {end}").format(start=first, end=last))
    return first, last


def build_report(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    *,
    today: date,
    start: date | None = None,
    end: date | None = None,
    paper: str = "a4",
    progress: Progress | None = None,
    at: datetime | None = None,
    choices: ReportChoices | None = None,
) -> tuple[bytes, ReportResult]:
    """The report of pain entries and sessions alone as PDF bytes (see build_appointment_report).

    Sessions after `at` (default: the end of `today`) count as planned and are in no course.
    """
    from paindiary.appointment.source import inputs_without_records

    first, last = default_period(entries, sessions, start, end, today)
    moment = at if at is not None else datetime.combine(today, time(23, 59))
    inputs = inputs_without_records(
        entries, sessions, settings, at=moment, choices=choices or ReportChoices(), period=(first, last)
    )
    return build_appointment_report(inputs, today=today, paper=paper, progress=progress)


def report_figures(inputs: AppointmentInputs, *, today: date, paper: str = "a4") -> list[Figure]:
    """Every page of the report as a figure: page 1 and what follows, the charts, the last page."""
    from paindiary.appointment.build import build_content
    from paindiary.appointment.inputs import Section
    from paindiary.charts import report_pages, style
    from paindiary.charts.common import ChartData
    from paindiary.charts.report_content import footer_text
    from paindiary.formats import appointment_pages

    if paper not in PAPERS:
        raise ValidationError("--paper", _("{paper!r} is not one of: a4, letter").format(paper=paper))
    size = style.A4 if paper == "a4" else style.LETTER
    first, last = inputs.period
    content = build_content(inputs)
    # One analysis serves the text and the charts, so they cannot disagree.
    settings = inputs.analysis.settings
    data = ChartData(
        inputs.entries,
        inputs.sessions,
        settings,
        inputs.analysis,
        first,
        last,
        vitals=inputs.vitals,
        checkins=inputs.checkins,
        intakes=inputs.intakes,
        co_treatments=inputs.co_treatments,
    )
    with style.chart_settings():
        charts: list[Figure] = []
        if inputs.choices.shows(Section.CHARTS):
            runs = report_pages.runs_page(data, size)
            charts = report_pages.chart_pages(data, size) + ([runs] if runs is not None else [])
        pages = (
            appointment_pages.first_pages(content, size)
            + charts
            + appointment_pages.last_pages(content, size)
        )
        report_pages.add_footers(pages, footer_text(today))
    return pages


def build_appointment_report(
    inputs: AppointmentInputs,
    *,
    today: date,
    paper: str = "a4",
    progress: Progress | None = None,
) -> tuple[bytes, ReportResult]:
    """The appointment report as PDF bytes; `progress` may cancel between pages (ReportCancelled)."""
    from paindiary.appointment.build import courses_in_period
    from paindiary.charts import report_pages
    from paindiary.charts.style import format_period

    done = 0
    total = 2  # analysis and layout, then one step per page

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, total):
            raise ReportCancelled

    if progress is not None and not progress(0, total):
        raise ReportCancelled
    step()
    pages = report_figures(inputs, today=today, paper=paper)
    total += len(pages)
    step()
    first, last = inputs.period
    metadata: dict[str, str | None] = {
        "Title": _("Pain diary: appointment report"),
        "Subject": format_period(first, last),
        "Creator": "paindiary",
        "CreationDate": None,  # the same diary gives the same file
    }
    pdf = report_pages.render_pdf(pages, metadata, step)
    courses = len(courses_in_period(inputs.analysis, inputs.period))
    return pdf, ReportResult(len(pages), first, last, courses)


def write_report(
    path: Path,
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    **options: object,
) -> ReportResult:
    """Build the report and write it to `path` (atomically, mode 0600)."""
    if path.suffix.lower() != ".pdf":
        raise ValidationError("--out", _("{name} must end in .pdf").format(name=path.name))
    pdf, result = build_report(entries, sessions, settings, **options)  # type: ignore[arg-type]
    try:
        write_private_bytes(path, pdf)
    except OSError as error:
        raise ValidationError(
            str(path), _("cannot be written ({reason})").format(reason=error.strerror)
        ) from None
    return result
