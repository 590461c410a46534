"""Pain Tracker (paintracker.ca) CSV exports.

Header: Date,Time,Pain Level,Locations,Symptoms,Limited Activities,Sleep Quality,
Mood Impact,Missed Work Days,Notes — ISO date, HH:MM, pain 0–10, lists joined by "; ".
A shorter variant has Date,Time,Pain Level,Symptoms,Medication Log. Some versions joined
rows with the two characters `\\n`; tabular.unescape_literal_newlines handles that.
The pain level is already a 0–10 rating, so it is taken as it is.
"""

from __future__ import annotations

from paindiary.formats.dates import DateOrder, combine, decide_order, parse_day, parse_whole
from paindiary.formats.imported import (
    ImportPlan,
    PlanBuilder,
    Progress,
    build_entry,
    not_whole,
    report_progress,
    row_guard,
    stable_id,
)
from paindiary.formats.tabular import Table, cell_error
from paindiary.i18n import _

SOURCE = "paintracker"
LABEL = "Pain Tracker (paintracker.ca)"
REQUIRED = ("Date", "Time", "Pain Level")
# Columns kept in the note, with the words used there.
NOTE_COLUMNS = (
    ("Symptoms", "Symptoms"),
    ("Limited Activities", "Limited activities"),
    ("Sleep Quality", "Sleep quality"),
    ("Mood Impact", "Mood impact"),
    ("Missed Work Days", "Missed work days"),
    ("Medication Log", "Medication log"),
)


def matches(table: Table) -> bool:
    return all(table.has_column(name) for name in REQUIRED) and not table.has_column("record")


def split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


def mapping(table: Table) -> list[str]:
    lines = [
        _("Date + Time → when (local time, as written)"),
        _("Pain Level → pain (already 0–10, taken as it is)"),
    ]
    if table.has_column("Locations"):
        lines.append(_("Locations → where it hurts (split at ';')"))
    kept = [name for name, _words in NOTE_COLUMNS if table.has_column(name)]
    if table.has_column("Notes") or kept:
        lines.append(_("Notes, {columns} → note").format(columns=", ".join(kept) or "-"))
    return lines


def read(table: Table, order: DateOrder | None = None, progress: Progress | None = None) -> ImportPlan:
    """Every row becomes one entry; the first bad cell raises, naming its line and column."""
    date_col, time_col, pain_col = (table.column(name) for name in REQUIRED)
    chosen = decide_order("Date", ((row.line, row.cells[date_col]) for row in table.rows), order)
    extras = [(table.column(name), words) for name, words in NOTE_COLUMNS if table.has_column(name)]
    notes_col = table.column("Notes") if table.has_column("Notes") else None
    places_col = table.column("Locations") if table.has_column("Locations") else None
    builder = PlanBuilder(SOURCE, LABEL)
    for count, row in enumerate(table.rows, start=1):
        with row_guard(row.line):
            cells = row.cells
            try:
                day = parse_day(cells[date_col], chosen)
            except ValueError as exc:
                raise cell_error(row.line, "Date", str(exc)) from None
            try:
                at = combine(day, cells[time_col])
            except ValueError as exc:
                raise cell_error(row.line, "Time", str(exc)) from None
            pain = parse_whole(cells[pain_col])
            if pain is None:
                raise cell_error(row.line, "Pain Level", not_whole(cells[pain_col]))
            parts = [cells[notes_col].strip()] if notes_col is not None and cells[notes_col].strip() else []
            parts += [f"{words}: {cells[index].strip()}" for index, words in extras if cells[index].strip()]
            entry = build_entry(
                row.line,
                {"at": "Date", "pain": "Pain Level", "locations": "Locations", "note": "Notes"},
                id=stable_id(SOURCE, *cells),
                at=at,
                pain=pain,
                locations=split_list(cells[places_col]) if places_col is not None else (),
                note="\n".join(parts),
            )
            builder.add_entry(row.line, entry)
        if progress is not None and count % 500 == 0:
            report_progress(progress, count, len(table.rows))
    return builder.build(mapping(table), [])
