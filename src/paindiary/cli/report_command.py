"""`paindiary report`: the appointment report as a PDF or as one PNG per page, in a chosen language."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from paindiary.appointment.inputs import ALL_SECTIONS, ReportChoices, Section
from paindiary.cli.charts import add_period, period
from paindiary.domain import ValidationError
from paindiary.formats.report import PAPERS, default_paper
from paindiary.i18n import _, _n
from paindiary.resources import LANGUAGES
from paindiary.store import Diary


def register(subparsers: Any) -> None:
    """Add the `report` subcommand."""
    report = subparsers.add_parser(
        "report",
        help="write the appointment report (PDF or PNG images)",
        description="Write the report to show at an appointment: page 1 holds your name (when your profile "
        "has it), the period, the next planned session, at a glance (usual pain, the latest course, typical "
        "relief, function, as-needed medicine, exposure), what was noticed in your diary, the last six "
        "courses and your questions; then medicines, blood pressure, the charts, and how the numbers are "
        "worked out. It reports what you logged and is not medical advice.",
    )
    report.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf|FILE.png",
        help="PDF file to write, or a .png name: one image per page (FILE-1.png, FILE-2.png, …)",
    )
    add_period(report, default="the 12 months up to your latest entry")
    report.add_argument(
        "--paper",
        choices=PAPERS,
        default=None,
        help=f"paper size (default: from your locale, here {default_paper()})",
    )
    report.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated parts to include (default: all): " + ", ".join(ALL_SECTIONS),
    )
    report.add_argument(
        "--include-notes",
        action="store_true",
        help="include your notes: only those within 7 days before or 14 days after a course, or marked "
        '"for my clinician" (left out by default: notes are private)',
    )
    report.add_argument(
        "--language", choices=LANGUAGES, default=None, help="language of the report (default: English)"
    )
    report.set_defaults(handler=run_report)


def sections(value: str | None) -> tuple[Section, ...]:
    if not value:
        return ALL_SECTIONS
    chosen = []
    for name in (part.strip() for part in value.split(",")):
        try:
            chosen.append(Section(name))
        except ValueError:
            raise ValidationError(
                "--sections",
                _("{value!r} is not one of: {names}").format(value=name, names=", ".join(ALL_SECTIONS)),
            ) from None
    return tuple(chosen)


def run_report(args: argparse.Namespace, diary: Diary) -> int:
    """Write the appointment report as the file name asks (.pdf, or .png: one file per page)."""
    from paindiary.appointment.source import gather
    from paindiary.charts.style import format_period
    from paindiary.formats.report import default_period
    from paindiary.formats.report_files import write_appointment_report

    if args.language:
        from paindiary.ui.language import use_catalogue_without_app

        use_catalogue_without_app(args.language)
    choices = ReportChoices(sections(args.sections), args.include_notes, args.language or "")
    start, end = period(args)
    today = date.today()
    records = diary
    first_last = default_period(list(records.entries()), list(records.sessions()), start, end, today)
    at = datetime.combine(today, datetime.max.time()).replace(second=0, microsecond=0)
    inputs = gather(records, at, choices, first_last)
    result, files = write_appointment_report(
        Path(args.out), inputs, today=today, paper=args.paper or default_paper()
    )
    courses = _n("{count} course", "{count} courses", result.courses).format(count=result.courses)
    where = str(files[0]) if len(files) == 1 else f"{files[0]} … {files[-1].name}"
    print(
        _("Saved a {pages}-page report ({period}, {courses}) to {path}.").format(
            pages=result.pages, period=format_period(result.start, result.end), courses=courses, path=where
        )
    )
    return 0
