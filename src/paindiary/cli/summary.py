"""`paindiary summary`: how long relief lasted after each treatment course."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from paindiary.i18n import _

if TYPE_CHECKING:
    from paindiary.analysis.relief import CourseRelief

# The analysis (and numpy) is imported when the command runs, so that building the
# parser for any other command, or starting the app, does not pay for it.

MISSING = "–"


class DiaryReader(Protocol):
    """The part of the Diary facade this command reads."""

    def entries(self) -> Sequence[PainEntry]: ...

    def sessions(self) -> Sequence[TreatmentSession]: ...

    def analysis_settings(self) -> AnalysisSettings: ...


def register(subparsers: Any) -> None:
    """Add the `summary` subcommand."""
    parser = subparsers.add_parser(
        "summary",
        help="show how long relief lasted after each treatment course",
        description=(
            "Show, for every treatment course, how long pain stayed at least 30 % and 50 % below your "
            "usual pain. Sessions a few days apart (a loading series) form one course. Usual pain "
            "(the baseline) is your average over the days before the course; relief is counted on a "
            "3-day median of your daily pain, from the day of the course's last session. '≥' means relief "
            "was still going when the diary ended or the next course began: at least that long."
        ),
        epilog=(
            "Columns: course number, dates of the first and last session, number of sessions, total "
            "dose (mg and mg/kg), baseline (0–10), first day of relief, best day's reduction and its day, "
            "relief days at 30 % and 50 %, and the category (substantial, moderate, minimal, none). "
            "The settings (baseline days, course gap, horizon...) are the diary's analysis settings. "
            "This reports what you logged; it is not medical advice."
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the settings and one object per course as JSON (the 'Relief metrics v1' fields)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, diary: DiaryReader) -> int:
    """Print the relief table and one sentence per course, or the JSON document with --json."""
    settings = diary.analysis_settings()
    if args.json:
        from paindiary.analysis.relief import summary_document

        print(json.dumps(summary_document(diary.entries(), diary.sessions(), settings), indent=2))
        return 0
    from paindiary.analysis.relief import relief_summary
    from paindiary.analysis.wording import describe_relief

    reliefs = relief_summary(diary.entries(), diary.sessions(), settings)
    if not reliefs:
        print(_("No treatment sessions recorded yet, so there are no courses to summarise."))
        return 0
    print(format_table(reliefs))
    print()
    for relief in reliefs:
        print(
            _("Course {number}: {sentence}").format(
                number=relief.course, sentence=describe_relief(relief, settings)
            )
        )
    return 0


def format_table(reliefs: Sequence[CourseRelief]) -> str:
    """The courses as an aligned text table, one row per course."""
    header = (
        _("Course"),
        _("Dates"),
        _("Sessions"),
        _("Dose mg"),
        _("mg/kg"),
        _("Baseline"),
        _("Onset"),
        _("Peak %"),
        _("Peak day"),
        _("Relief 30 %"),
        _("Relief 50 %"),
        _("Category"),
    )
    rows = [header, *(_row(relief) for relief in reliefs)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    left_aligned = {1, len(header) - 1}  # dates and category read better flush left
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if column in left_aligned else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _row(relief: CourseRelief) -> tuple[str, ...]:
    from paindiary.analysis.relief import ReliefStatus

    first, last = relief.start.date(), relief.day0
    dates = first.isoformat() if first == last else f"{first.isoformat()}–{last.isoformat()}"
    ok = relief.status is ReliefStatus.OK
    category = (
        relief.category.value if relief.category is not None else (relief.status.value if not ok else "")
    )
    return (
        str(relief.course),
        dates,
        str(len(relief.sessions)),
        _number(relief.dose_mg, 2),
        _number(relief.dose_mg_per_kg, 2),
        _number(relief.baseline, 2),
        _day(relief.onset_day_30),
        _number(relief.peak_reduction_pct, 1),
        _day(relief.peak_day),
        _relief_days(relief.relief_days_30, relief.censored_30),
        _relief_days(relief.relief_days_50, relief.censored_50),
        category or MISSING,
    )


def _number(value: float | None, places: int) -> str:
    return MISSING if value is None else f"{value:.{places}f}"


def _day(value: int | None) -> str:
    return MISSING if value is None else str(value)


def _relief_days(days: int | None, censored: bool | None) -> str:
    if days is None:
        return MISSING
    return f"≥ {days}" if censored else str(days)
