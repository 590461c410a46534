"""Flaredown CSV exports: one row per daily check-in.

Columns: `Date`, then one column per condition or symptom (rated 0–4) and one per
treatment (a dose or a mark), then `Tags`, `Foods` and weather columns. A column between
`Date` and `Tags` whose values are all whole numbers 0–4 is a rating; any other is a
treatment. The wizard and the command line show which is which before anything is written.

Each check-in with at least one rating becomes one entry at 12:00 (check-ins have no time).
Its pain is the highest rating converted to 0–10 (value × 2.5, halves up: 1 → 3, 2 → 5,
3 → 8, 4 → 10); the note records each conversion, the treatments and the tags. Treatments
do not become sessions: a route and a dose would have to be invented.
"""

from __future__ import annotations

from datetime import datetime, time

from paindiary.formats.dates import DateOrder, decide_order, parse_day, parse_whole
from paindiary.formats.imported import (
    ImportPlan,
    PlanBuilder,
    Progress,
    build_entry,
    report_progress,
    row_guard,
    stable_id,
    to_ten,
)
from paindiary.formats.tabular import Table, cell_error
from paindiary.i18n import _

SOURCE = "flaredown"
LABEL = "Flaredown"
CHECK_IN_TIME = time(12)


def matches(table: Table) -> bool:
    return (
        bool(table.header)
        and table.header[0].strip().casefold() == "date"
        and table.has_column("Tags")
        and table.has_column("Foods")
    )


def item_columns(table: Table) -> tuple[list[int], list[int]]:
    """(rated columns, treatment columns) among those between Date and Tags."""
    rated: list[int] = []
    treatments: list[int] = []
    for index in range(1, table.column("Tags")):
        values = [row.cells[index].strip() for row in table.rows if row.cells[index].strip()]
        numbers = [parse_whole(value) for value in values]
        if values and all(number is not None and number <= 4 for number in numbers):
            rated.append(index)
        else:
            treatments.append(index)
    return rated, treatments


def mapping(table: Table) -> list[str]:
    rated, treatments = item_columns(table)
    names = [table.header[index] for index in rated]
    lines = [
        _("Date → when (placed at 12:00: check-ins have no time)"),
        _(
            "Rated 0–4 (conditions and symptoms): {names}; pain = the highest, converted to 0–10 "
            "(1 → 3, 2 → 5, 3 → 8, 4 → 10), each conversion written in the note"
        ).format(names=", ".join(names) or "-"),
    ]
    if treatments:
        lines.append(
            _("Treatments, kept in the note: {names}").format(
                names=", ".join(table.header[index] for index in treatments)
            )
        )
    lines.append(_("Tags → note; Foods and weather are left out"))
    return lines


def read(table: Table, order: DateOrder | None = None, progress: Progress | None = None) -> ImportPlan:
    rated, treatments = item_columns(table)
    tags = table.column("Tags")
    chosen = decide_order("Date", ((row.line, row.cells[0]) for row in table.rows), order)
    builder = PlanBuilder(SOURCE, LABEL)
    unrated = 0
    for count, row in enumerate(table.rows, start=1):
        with row_guard(row.line):
            cells = row.cells
            try:
                day = parse_day(cells[0], chosen)
            except ValueError as exc:
                raise cell_error(row.line, table.header[0], str(exc)) from None
            ratings = [(table.header[i], parse_whole(cells[i])) for i in rated if cells[i].strip()]
            if not ratings:
                unrated += 1
                continue
            converted = [(name, value, to_ten(value, 4)) for name, value in ratings if value is not None]
            parts = [
                _("{name}: 0–4 scale value {value} converted to 0–10 as {converted}").format(
                    name=name, value=value, converted=ten
                )
                for name, value, ten in converted
            ]
            note = _("[Imported from Flaredown: {parts}; pain is the highest of these]").format(
                parts="; ".join(parts)
            )
            taken = [f"{table.header[i]} ({cells[i].strip()})" for i in treatments if cells[i].strip()]
            if taken:
                note += "\n" + _("Treatments: {list}").format(list=", ".join(taken))
            if cells[tags].strip():
                note += "\n" + _("Tags: {list}").format(list=cells[tags].strip())
            entry = build_entry(
                row.line,
                {"at": table.header[0], "note": "Tags"},
                id=stable_id(SOURCE, *cells),
                at=datetime.combine(day, CHECK_IN_TIME),
                pain=max(ten for _name, _value, ten in converted),
                note=note,
            )
            builder.add_entry(row.line, entry)
        if progress is not None and count % 500 == 0:
            report_progress(progress, count, len(table.rows))
    notes = []
    if unrated:
        notes.append(_("Check-ins without any rating, left out: {n}.").format(n=unrated))
    return builder.build(mapping(table), notes)
