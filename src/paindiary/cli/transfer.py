"""`paindiary export FILE` and `paindiary import FILE`: the diary in and out of files."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from paindiary.domain import ValidationError
from paindiary.formats import registry
from paindiary.formats.dates import AmbiguousDates, DateOrder
from paindiary.formats.imported import ImportPlan
from paindiary.formats.importing import (
    SourceFormat,
    UnknownColumns,
    check_plan,
    describe_plan,
    import_path,
    open_file,
    plan_from,
)
from paindiary.formats.mapped_csv import ColumnMapping, HalfPoints, HalfPointsFound, parse_columns
from paindiary.store import Diary


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="write the whole diary to a file",
        description="Write the whole diary to a file; the format follows the extension: "
        + registry.describe_exports(),
    )
    export.add_argument(
        "file", metavar="FILE", type=Path, help="file to write (replaced atomically, mode 0600)"
    )
    export.set_defaults(handler=run_export)

    importer = subparsers.add_parser(
        "import",
        help="add records from a file",
        description="Add the records of a file to the diary, all or nothing. Records already in the "
        "diary with the same content are skipped, so importing a file twice is harmless. Formats: "
        + registry.describe_imports(),
        epilog="Scores on other scales (Bearable 1-4, Flaredown 0-4) are converted to 0-10 as value x 2.5, "
        "halves rounded up, and each imported entry's note says so.",
    )
    importer.add_argument("file", metavar="FILE", type=Path, help="file to read")
    importer.add_argument(
        "--format",
        dest="source",
        choices=[fmt.value for fmt in SourceFormat],
        default=SourceFormat.AUTO.value,
        help="the file's format (default: auto, recognised from the extension and the columns)",
    )
    importer.add_argument(
        "--columns",
        metavar="MAPPING",
        help="for any other spreadsheet: which column is what, e.g. at=Timestamp,pain=Pain,note=Comment "
        "or date=Datum,time=Uhrzeit,pain=Schmerz (column names as in the header)",
    )
    importer.add_argument(
        "--date-format",
        choices=[order.value for order in DateOrder],
        help="how dates are written when the file cannot tell: dmy (31/12/2024), mdy (12/31/2024), "
        "ymd (2024-12-31)",
    )
    importer.add_argument(
        "--half-points",
        choices=[choice.value for choice in HalfPoints],
        help="with --columns, for pain scores like 6,5 or 6.5 (the diary keeps whole points): "
        "round (half up, 6,5 becomes 7) or skip (leave those rows out); without it such a file is refused",
    )
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help="read and check the file, say what would be imported, write nothing",
    )
    importer.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, diary: Diary) -> int:
    summary = registry.export_diary(diary, args.file)
    print(f"Wrote {summary} to {args.file}.")
    return 0


def _mapping(args: argparse.Namespace) -> ColumnMapping | None:
    if not args.columns:
        if args.half_points:
            raise ValidationError(
                "--half-points", "goes with --columns (spreadsheets whose columns you name)"
            )
        return None
    columns = parse_columns(args.columns)
    return replace(columns, half_points=HalfPoints(args.half_points)) if args.half_points else columns


def run_import(args: argparse.Namespace, diary: Diary) -> int:
    columns = _mapping(args)
    order = DateOrder(args.date_format) if args.date_format else None
    source = SourceFormat(args.source)
    try:
        if args.dry_run:
            opened = open_file(args.file)
            plan = plan_from(opened, source, columns=columns, date_order=order)
            _print_reading(plan, opened.table.encoding if opened.table is not None else None)
            print(f"Would import {describe_plan(plan, check_plan(diary, plan))}; nothing was written.")
            return 0
        # Our own CSV and JSON are read and written a part at a time, whatever their length.
        done = import_path(diary, args.file, source, columns=columns, date_order=order)
    except AmbiguousDates as error:
        hint = "; add --date-format dmy or --date-format mdy"
        raise ValidationError(error.field, error.message + hint) from None
    except UnknownColumns as error:
        hint = " with --columns at=COLUMN,pain=COLUMN[,note=COLUMN] (or date=COLUMN,time=COLUMN,...)"
        raise ValidationError(error.field, error.message + hint) from None
    except HalfPointsFound as error:
        hint = "; add --half-points round (6,5 becomes 7) or --half-points skip (those rows are left out)"
        raise ValidationError(error.field, error.message + hint) from None
    _print_reading(done.plan, done.encoding)
    print(registry.describe_result(done.result))
    return 0


def _print_reading(plan: ImportPlan, encoding: str | None) -> None:
    """How the file was read: its format, its text encoding (which matters when a spreadsheet's
    umlauts look wrong afterwards) and how its columns became diary fields."""
    read_as = f", text read as {encoding}" if encoding is not None else ""
    print(f"{plan.label}{read_as}:")
    for line in (*plan.mapping, *plan.notes):
        print(f"  {line}")
