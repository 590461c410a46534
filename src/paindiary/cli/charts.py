"""`paindiary chart` and `paindiary report`: charts as images and the appointment report as a PDF.

matplotlib is imported inside the handlers, so the other commands never load it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from paindiary.charts import CHART_KINDS
from paindiary.domain import ValidationError, parse_date
from paindiary.i18n import _
from paindiary.store import Diary

CHART_HELP = {
    "timeline": "daily pain, its 7-day median, sessions with their dose, relief windows, regular dosing, "
    "side effects",
    "relief": "the courses of one kind (the highlighted course's) from day 0: % below usual pain day by "
    "day, 30 % and 50 % lines, the median and typical relief",
    "durations": "relief days at 30 % per course, and for one kind of course relief days against the dose "
    "per session",
    "side-effects": "side effects by course, marked by the worst severity",
}


def register(subparsers: Any) -> None:
    """Add the `chart` subcommand."""
    chart = subparsers.add_parser(
        "chart",
        help="save a chart as PNG, SVG or PDF",
        description="Save one chart of the diary. The format follows the file name: .png (200 dpi), .svg or "
        ".pdf (text stays text). Charts: "
        + "; ".join(f"{kind} = {text}" for kind, text in CHART_HELP.items())
        + ".",
    )
    chart.add_argument("kind", choices=CHART_KINDS, help="which chart")
    chart.add_argument("--out", required=True, metavar="FILE", help="file to write (.png, .svg or .pdf)")
    add_period(chart, default="the whole diary")
    chart.add_argument(
        "--course",
        metavar="N",
        help="course number to highlight; its kind of course is the one compared (default: the latest in "
        "the period)",
    )
    chart.set_defaults(handler=run_chart)


def add_period(parser: argparse.ArgumentParser, default: str) -> None:
    parser.add_argument(
        "--from", dest="start", metavar="DATE", help=f"first day, YYYY-MM-DD (default: {default})"
    )
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD")


def period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """--from and --to as dates, checked."""
    start = parse_date("--from", args.start) if args.start else None
    end = parse_date("--to", args.end) if args.end else None
    if start is not None and end is not None and start > end:
        raise ValidationError("--from", _("{start} is after --to {end}").format(start=start, end=end))
    return start, end


def run_chart(args: argparse.Namespace, diary: Diary) -> int:
    """Save one chart in the format its file name asks for."""
    from paindiary.charts.common import prepare
    from paindiary.charts.export import build_chart, format_for, render
    from paindiary.formats.atomic import write_private_bytes

    path = Path(args.out)
    image_format = format_for(path)
    start, end = period(args)
    data = prepare(
        diary.entries(),
        diary.sessions(),
        diary.analysis_settings(),
        start=start,
        end=end,
        vitals=diary.vitals(),
        checkins=diary.checkins(),
        intakes=diary.intakes(),
        co_treatments=diary.co_treatments(),
    )
    if args.course is not None:
        numbers = [relief.course for relief in data.reliefs]
        if not args.course.strip().isdigit() or int(args.course) not in numbers:
            raise ValidationError(
                "--course",
                _("{value!r} is not a course number of this diary (1 to {last})").format(
                    value=args.course, last=len(numbers)
                )
                if numbers
                else _("the diary has no treatment courses yet"),
            )
        data = prepare(
            data.entries,
            data.sessions,
            data.settings,
            start=start,
            end=end,
            highlight=int(args.course),
            vitals=data.vitals,
            checkins=data.checkins,
            intakes=data.intakes,
            co_treatments=data.co_treatments,
        )
    image = render(build_chart(args.kind, data), image_format)
    try:
        write_private_bytes(path, image)
    except OSError as error:
        raise ValidationError(
            str(path), _("cannot be written ({reason})").format(reason=error.strerror)
        ) from None
    print(_("Saved the {kind} chart to {path}.").format(kind=args.kind, path=path))
    return 0
