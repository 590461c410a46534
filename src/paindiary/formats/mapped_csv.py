"""Any other spreadsheet, through a column mapping the patient chooses.

The mapping names the column with the moment (`at`), or a date column with an optional
time column, the pain column (0–10 whole numbers; "6,0" and "6.0" are 6) and an optional
note column. On the command line: `--columns at=COL,pain=COL[,note=COL]` or
`--columns date=COL,time=COL,pain=COL[,note=COL]`.

The diary keeps pain in whole points, so half points ("6,5", "6.5") are never read silently:
the patient chooses to round them up or to leave those rows out (`--half-points round|skip`);
without a choice the file is refused at the first such line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum

from paindiary.domain import PainEntry, ValidationError, format_moment
from paindiary.formats import places
from paindiary.formats.dates import DateOrder, combine, decide_order, parse_day, parse_moment, parse_whole
from paindiary.formats.imported import (
    ImportPlan,
    PlanBuilder,
    Progress,
    build_entry,
    clip,
    not_whole,
    report_progress,
    row_guard,
    stable_id,
)
from paindiary.formats.tabular import Row, Table, cell_error
from paindiary.i18n import _, _n

SOURCE = "mapped"
DATE_ONLY_TIME = time(12)
ROLES = ("at", "date", "time", "pain", "note")
# Header words (several languages) that suggest a role, for the wizard's first guess.
_HINTS: dict[str, tuple[str, ...]] = {
    "at": ("timestamp", "date/time", "datetime", "zeitpunkt", "when"),
    "date": ("date", "datum", "day", "tag", "fecha", "data", "jour"),
    "time": ("time", "zeit", "uhrzeit", "hora", "heure", "ora"),
    "pain": ("pain", "schmerz", "dolor", "douleur", "dolore", "nrs", "level", "score"),
    "note": ("note", "notes", "notiz", "bemerkung", "kommentar", "comment", "nota", "remarque"),
}
# "6,5", "6.5", "6.50": a half point between 0 and 10 (10,5 is out of range, not a half point).
_HALF_POINT = re.compile(r"^[+]?(\d)[.,]50*$")


class HalfPoints(StrEnum):
    """What to do with a pain score written with a half point."""

    ROUND = "round"  # half up: 6,5 → 7
    SKIP = "skip"  # leave the row out


def half_point(text: str) -> int | None:
    """The whole point below a half point ("6,5" → 6), or None when the text is not one."""
    stripped = text.strip()
    match = _HALF_POINT.match(stripped) if len(stripped) <= 16 else None
    return int(match.group(1)) if match else None


class HalfPointsFound(ValidationError):
    """The pain column holds half points and the patient has not said what to do with them."""

    def __init__(self, column: str, lines: tuple[int, ...], example: str) -> None:
        rows = _n("1 row has one", "{n} rows have one", len(lines)).format(n=len(lines))
        super().__init__(
            places.cell(lines[0], column),
            _("{text!r} is a half point, and the diary keeps whole points ({rows})").format(
                text=clip(example), rows=rows
            ),
        )
        self.column = column
        self.lines = lines
        self.example = example


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column holds what; `at` or `date` (with an optional `time`) is required."""

    pain: str
    at: str | None = None
    date: str | None = None
    time: str | None = None
    note: str | None = None
    half_points: HalfPoints | None = None  # None: refuse a file that has any

    def check(self) -> None:
        if not self.pain:
            raise ValidationError("--columns", _("pain=COLUMN is required"))
        if bool(self.at) == bool(self.date):
            raise ValidationError("--columns", _("give either at=COLUMN or date=COLUMN (with time=COLUMN)"))
        if self.time and not self.date:
            raise ValidationError("--columns", _("time=COLUMN goes with date=COLUMN"))

    def describe(self) -> list[str]:
        if self.at:
            when = _("{column} → when (date and time)").format(column=self.at)
        elif self.time:
            when = _("{date} + {time} → when").format(date=self.date, time=self.time)
        else:
            when = _("{date} → when (placed at 12:00: there is no time column)").format(date=self.date)
        pain = {
            None: _("{column} → pain (whole numbers 0–10)"),
            HalfPoints.ROUND: _("{column} → pain (whole numbers 0–10; half points rounded up)"),
            HalfPoints.SKIP: _("{column} → pain (whole numbers 0–10; rows with half points left out)"),
        }[self.half_points]
        lines = [when, pain.format(column=self.pain)]
        if self.note:
            lines.append(_("{column} → note").format(column=self.note))
        return lines


def parse_columns(text: str) -> ColumnMapping:
    """`at=Zeitpunkt,pain=Schmerz` → ColumnMapping (column names as in the header)."""
    values: dict[str, str] = {}
    for part in text.split(","):
        role, separator, column = part.partition("=")
        role = role.strip().lower()
        if not separator or not column.strip():
            raise ValidationError("--columns", _("{part!r} is not ROLE=COLUMN").format(part=part.strip()))
        if role not in ROLES:
            raise ValidationError(
                "--columns", _("{role!r} is not one of: {roles}").format(role=role, roles=", ".join(ROLES))
            )
        if role in values:
            raise ValidationError("--columns", _("{role} is given twice").format(role=role))
        values[role] = column.strip()
    mapping = ColumnMapping(
        pain=values.get("pain", ""),
        at=values.get("at"),
        date=values.get("date"),
        time=values.get("time"),
        note=values.get("note"),
    )
    mapping.check()
    return mapping


def guess_mapping(header: tuple[str, ...]) -> ColumnMapping:
    """A first guess from header words; the patient confirms or changes it."""
    found: dict[str, str] = {}
    for role, words in _HINTS.items():
        for title in header:
            lowered = title.strip().casefold()
            if title not in found.values() and any(word in lowered for word in words):
                found[role] = title
                break
    if "at" in found and "date" in found:
        del found["at"]
    if "date" not in found and "at" not in found and header:
        found["date"] = header[0]
    unused = [title for title in header if title not in found.values()]
    pain = found.get("pain") or (unused or [*header, ""])[0]
    return ColumnMapping(
        pain=pain, at=found.get("at"), date=found.get("date"), time=found.get("time"), note=found.get("note")
    )


@dataclass(frozen=True, slots=True)
class _Columns:
    when: int
    time: int | None
    pain: int
    note: int | None


def _columns(table: Table, mapping: ColumnMapping) -> _Columns:
    mapping.check()
    when = table.column(mapping.at or mapping.date or "")
    return _Columns(
        when=when,
        time=table.column(mapping.time) if mapping.time else None,
        pain=table.column(mapping.pain),
        note=table.column(mapping.note) if mapping.note else None,
    )


def date_order(table: Table, mapping: ColumnMapping, forced: DateOrder | None = None) -> DateOrder:
    """The date order of the mapped date column (AmbiguousDates when it cannot be told)."""
    index = _columns(table, mapping).when
    return decide_order(table.header[index], ((row.line, row.cells[index]) for row in table.rows), forced)


class RowReader:
    """Turns rows into entries under one mapping and date order (columns looked up once)."""

    def __init__(self, table: Table, mapping: ColumnMapping, order: DateOrder) -> None:
        self.table = table
        self.mapping = mapping
        self.order = order
        self.columns = _columns(table, mapping)

    def convert(self, row: Row) -> PainEntry | None:
        """One row as an entry (None for a row without a pain value); errors name line and column."""
        with row_guard(row.line):
            return self._convert(row)

    def _convert(self, row: Row) -> PainEntry | None:
        columns, mapping, cells = self.columns, self.mapping, row.cells
        pain_text = cells[columns.pain]
        if not pain_text.strip():
            return None
        when_name = self.table.header[columns.when]
        try:
            if mapping.at:
                at = parse_moment(cells[columns.when], self.order)
            else:
                at = datetime.combine(parse_day(cells[columns.when], self.order), DATE_ONLY_TIME)
        except ValueError as exc:
            hint = _(" (map it as date=COLUMN to place entries at 12:00)") if mapping.at else ""
            raise cell_error(row.line, when_name, str(exc) + hint) from None
        if columns.time is not None and cells[columns.time].strip():
            try:
                at = combine(at.date(), cells[columns.time])
            except ValueError as exc:
                raise cell_error(row.line, self.table.header[columns.time], str(exc)) from None
        note = cells[columns.note].strip() if columns.note is not None else ""
        pain = parse_whole(pain_text)
        if pain is None:
            below = half_point(pain_text)
            if below is None:
                raise cell_error(row.line, mapping.pain, not_whole(pain_text))
            if mapping.half_points is None:
                message = _("{text!r} is a half point: choose to round it up or to leave the row out")
                raise cell_error(row.line, mapping.pain, message.format(text=clip(pain_text)))
            if mapping.half_points is HalfPoints.SKIP:
                return None
            pain = below + 1
            rounded = _("[Imported: pain {text} rounded up to {pain}]").format(
                text=pain_text.strip(), pain=pain
            )
            note = f"{note}\n{rounded}" if note else rounded
        return build_entry(
            row.line,
            {"at": when_name, "pain": mapping.pain, "note": mapping.note or "note"},
            id=stable_id(SOURCE, *cells),
            at=at,
            pain=pain,
            note=note,
        )


def find_half_points(table: Table, mapping: ColumnMapping) -> HalfPointsFound | None:
    """The rows whose pain cell holds a half point ("6,5"), as the refusal to raise; None if none do."""
    pain = table.column(mapping.pain)
    rows = [row for row in table.rows if half_point(row.cells[pain]) is not None]
    if not rows:
        return None
    return HalfPointsFound(table.header[pain], tuple(row.line for row in rows), rows[0].cells[pain].strip())


def preview(table: Table, mapping: ColumnMapping, order: DateOrder, limit: int) -> list[tuple[str, str, str]]:
    """(when, pain, note or problem) for the first rows, for the wizard's live preview."""
    reader = RowReader(table, mapping, order)
    rows: list[tuple[str, str, str]] = []
    for row in table.rows[:limit]:
        try:
            entry = reader.convert(row)
        except ValidationError as error:
            rows.append(("", "", str(error)))
            continue
        if entry is None and row.cells[reader.columns.pain].strip():
            rows.append(("", "", _("line {n}: a half point, left out").format(n=row.line)))
        elif entry is None:
            rows.append(("", "", _("line {n}: no pain value, left out").format(n=row.line)))
        else:
            rows.append((format_moment(entry.at).replace("T", " "), str(entry.pain), entry.note))
    return rows


def read(
    table: Table,
    mapping: ColumnMapping,
    order: DateOrder | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Every row with a pain value becomes an entry; the first bad cell raises.

    Half points without a choice raise HalfPointsFound before anything else is read.
    """
    found = find_half_points(table, mapping)
    halves = found.lines if found is not None else ()
    if found is not None and mapping.half_points is None:
        raise found
    reader = RowReader(table, mapping, date_order(table, mapping, order))
    builder = PlanBuilder(SOURCE, _("Spreadsheet (chosen columns)"))
    without_pain = 0
    for count, row in enumerate(table.rows, start=1):
        entry = reader.convert(row)
        if entry is None:
            without_pain += 1
        else:
            builder.add_entry(row.line, entry)
        if progress is not None and count % 500 == 0:
            report_progress(progress, count, len(table.rows))
    without_pain -= len(halves) if mapping.half_points is HalfPoints.SKIP else 0
    notes = [_("Rows without a pain value, left out: {n}.").format(n=without_pain)] if without_pain else []
    if halves and mapping.half_points is HalfPoints.SKIP:
        notes.append(_("Rows with half points, left out: {n}.").format(n=len(halves)))
    elif halves:
        notes.append(
            _("Half points rounded up to the next whole point: {n} (each entry's note says so).").format(
                n=len(halves)
            )
        )
    return builder.build(mapping.describe(), notes)
