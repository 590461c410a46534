"""Reading the paindiary CSV (csv_document describes the format) into a checked ImportPlan.

Every row is checked as it is read; the first problem raises, naming line and column.
Side effects may come before or after their session; the formula guard is undone exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from paindiary.domain import (
    AnalysisSettings,
    PainEntry,
    SessionSeries,
    SideEffect,
    TreatmentSession,
    ValidationError,
    parse_moment,
    parse_uuid,
)
from paindiary.formats import csv_clinic, csv_medicines, places
from paindiary.formats.csv_document import (
    COLUMNS,
    RECORD_COLUMNS,
    SOURCE,
    TEXT_COLUMNS,
    split_locations,
    unguard_formula,
)
from paindiary.formats.fuller_fields import checklist_from_cell, flag_from_cell
from paindiary.formats.imported import (
    ImportPlan,
    Progress,
    clip,
    report_progress,
    row_guard,
    v1_settings_note,
)
from paindiary.formats.tabular import Row, Table, cell_error, read_table
from paindiary.i18n import _

_T = TypeVar("_T")
# More digits than any amount, score or setting has: refused before int() or float() sees them.
MAX_DIGITS = 32


@dataclass
class _Reader:
    table: Table
    entries: list[PainEntry] = field(default_factory=list)
    entry_lines: list[int] = field(default_factory=list)
    sessions: list[TreatmentSession] = field(default_factory=list)
    session_lines: list[int] = field(default_factory=list)
    effects: list[tuple[int, str, SideEffect]] = field(default_factory=list)
    settings: dict[str, int] = field(default_factory=dict)
    setting_lines: dict[str, int] = field(default_factory=dict)
    others: list[Any] = field(default_factory=list)  # medicines, intakes, co-treatments

    def __post_init__(self) -> None:
        self.index: dict[str, int] = {}
        for position, title in enumerate(self.table.header):
            name = title.strip().lower()
            if name not in COLUMNS:
                raise ValidationError(
                    places.column(title), _("is not a paindiary CSV column (see docs/formats.md)")
                )
            if name in self.index:
                raise ValidationError(places.column(title), _("appears twice in the header"))
            self.index[name] = position

    def cell(self, cells: tuple[str, ...], name: str) -> str:
        position = self.index.get(name)
        value = cells[position] if position is not None else ""
        return unguard_formula(value) if name in TEXT_COLUMNS else value

    def read_row(self, line: int, cells: tuple[str, ...]) -> None:
        record = self.cell(cells, "record").strip()
        allowed = RECORD_COLUMNS.get(record)
        if allowed is None:
            raise cell_error(
                line,
                "record",
                _("{value!r} is not one of: {kinds}").format(
                    value=clip(record), kinds=", ".join(RECORD_COLUMNS)
                ),
            )
        for name in self.index:
            if name != "record" and name not in allowed and cells[self.index[name]].strip():
                raise cell_error(
                    line, name, _("must be empty when record is {record!r}").format(record=record)
                )
        values: dict[str, str] = {name: self.cell(cells, name) for name in allowed}
        if record in csv_medicines.RECORD_KINDS:
            self.others.append(_build(line, lambda: csv_medicines.record_from_cells(record, values)))
            return
        if record in csv_clinic.RECORD_KINDS:
            self.others.append(_build(line, lambda: csv_clinic.record_from_cells(record, values)))
            return
        builder: dict[str, Callable[[int, dict[str, str]], None]] = {
            "entry": self._entry,
            "session": self._session,
            "side-effect": self._side_effect,
            "setting": self._setting,
        }
        builder[record](line, values)

    def _entry(self, line: int, values: dict[str, str]) -> None:
        entry = _build(
            line,
            lambda: PainEntry(
                id=parse_uuid("id", values["id"]),
                at=_required_moment(values["at"]),
                pain=_whole("pain", values["pain"]),  # type: ignore[arg-type]
                worst=_whole("worst", values["worst"]),
                enjoyment=_whole("enjoyment", values["enjoyment"]),
                activity=_whole("activity", values["activity"]),
                locations=split_locations(values["locations"]),
                note=values["note"],
                sleep_interference=_whole("sleep_interference", values["sleep_interference"]),
                mood=_whole("mood", values["mood"]),
                for_clinician=flag_from_cell("for_clinician", values["for_clinician"]),
                created=_optional_moment("created", values["created"]),
                updated=_optional_moment("updated", values["updated"]),
            ),
        )
        self.entries.append(entry)
        self.entry_lines.append(line)

    def _session(self, line: int, values: dict[str, str]) -> None:
        treatment = _build(
            line,
            lambda: TreatmentSession(
                id=parse_uuid("id", values["id"]),
                at=_required_moment(values["at"]),
                route=values["route"].strip(),  # type: ignore[arg-type]
                drug=values["drug"] or "ketamine",
                dose_mg=_amount("dose_mg", values["dose_mg"]),
                weight_kg=_amount("weight_kg", values["weight_kg"]),
                minutes=_whole("minutes", values["minutes"]),
                rate_mg_per_kg_h=_amount("rate_mg_per_kg_h", values["rate_mg_per_kg_h"]),
                clinic=values["clinic"],
                note=values["note"],
                # An empty cell, or a file from before the column existed, means auto.
                series=values["series"].strip() or SessionSeries.AUTO,  # type: ignore[arg-type]
                status=values["status"].strip() or "done",  # type: ignore[arg-type]
                ride_home=values["ride_home"].strip() or "unknown",  # type: ignore[arg-type]
                new_medicines=values["new_medicines"],
                checklist=checklist_from_cell(values["checklist"]),
                questions=values["questions"],
                created=_optional_moment("created", values["created"]),
                updated=_optional_moment("updated", values["updated"]),
            ),
        )
        self.sessions.append(treatment)
        self.session_lines.append(line)

    def _side_effect(self, line: int, values: dict[str, str]) -> None:
        effect = _build(
            line,
            lambda: SideEffect(
                id=parse_uuid("id", values["id"]),
                kind=values["kind"],
                severity=(values["severity"].strip() or "mild"),  # type: ignore[arg-type]
                note=values["note"],
                onset=values["onset"].strip() or None,  # type: ignore[arg-type]
                lasted_hours=_amount("lasted_hours", values["lasted_hours"]),
                created=_optional_moment("created", values["created"]),
            ),
        )
        session_id = _build(line, lambda: parse_uuid("session_id", values["session_id"].strip()))
        self.effects.append((line, str(session_id), effect))

    def _setting(self, line: int, values: dict[str, str]) -> None:
        name = values["setting"].strip()
        if name not in AnalysisSettings.LIMITS:
            raise cell_error(
                line,
                "setting",
                _("{name!r} is not a setting (known: {known})").format(
                    name=clip(name), known=", ".join(AnalysisSettings.LIMITS)
                ),
            )
        number = _build(line, lambda: _whole("value", values["value"]))
        if number is None:
            raise cell_error(line, "value", _("is required"))
        self.settings[name] = number
        self.setting_lines[name] = line

    def finish(self) -> ImportPlan:
        by_id = {str(treatment.id): index for index, treatment in enumerate(self.sessions)}
        attached: dict[int, list[SideEffect]] = {}
        for line, session_id, effect in self.effects:
            if session_id not in by_id:
                raise cell_error(
                    line, "session_id", _("{id} is not a session in this file").format(id=session_id)
                )
            attached.setdefault(by_id[session_id], []).append(effect)
        sessions = [
            replace(treatment, side_effects=tuple(attached.get(index, ())))
            for index, treatment in enumerate(self.sessions)
        ]
        settings = None
        notes: tuple[str, ...] = ()
        if self.settings:
            try:
                settings = AnalysisSettings.from_dict({**AnalysisSettings().as_dict(), **self.settings})
            except ValidationError as error:
                line = self.setting_lines.get(error.field, 0)
                raise cell_error(line, "value", f"{error.field}: {error.message}") from None
            if AnalysisSettings.written_under_v1(self.settings):
                settings, notes = AnalysisSettings(), (v1_settings_note(),)
        return ImportPlan(
            source=SOURCE,
            label=_("paindiary CSV"),
            entries=tuple(self.entries),
            sessions=tuple(sessions),
            settings=settings,
            mapping=(_("Every column is read as written (ids, times and values are kept exactly)."),),
            notes=notes,
            entry_lines=tuple(self.entry_lines),
            session_lines=tuple(self.session_lines),
            others=tuple(self.others),
        )


def _build(line: int, make: Callable[[], _T]) -> _T:
    try:
        return make()
    except ValidationError as error:
        column = error.field.split(".")[0].split("[")[0]
        raise cell_error(line, column, error.message) from None


def _required_moment(text: str) -> datetime:
    return parse_moment("at", text)


def _optional_moment(name: str, text: str) -> datetime | None:
    return parse_moment(name, text) if text.strip() else None


def _whole(name: str, text: str) -> int | None:
    stripped = text.strip()
    if not stripped:
        return None
    if not stripped.isdigit() or not stripped.isascii() or len(stripped) > MAX_DIGITS:
        raise ValidationError(name, _("{text!r} is not a whole number").format(text=clip(text)))
    return int(stripped)


def _amount(name: str, text: str) -> float | None:
    stripped = text.strip()
    if not stripped:
        return None
    if "," in stripped and "." not in stripped:
        stripped = stripped.replace(",", ".")  # a spreadsheet saved with decimal commas
    if len(stripped) > MAX_DIGITS or not re.fullmatch(r"\d++(\.\d++)?([eE][+-]?\d++)?", stripped):
        raise ValidationError(name, _("{text!r} is not a number").format(text=clip(text)))
    return float(stripped)


def plan_from_table(table: Table, progress: Progress | None = None) -> ImportPlan:
    """Read our CSV's rows into complete records; the first problem raises, naming line and column."""
    reader = _Reader(table)
    total = len(table.rows)
    for count, row in enumerate(table.rows, start=1):
        with row_guard(row.line):
            reader.read_row(row.line, row.cells)
        if progress is not None and count % 500 == 0:
            report_progress(progress, count, total)
    return reader.finish()


def read_csv(path: Path, progress: Progress | None = None) -> ImportPlan:
    """Read a paindiary CSV file completely (nothing is written)."""
    table = read_table(path, progress=progress)
    try:
        return plan_from_table(table, progress)
    except ValidationError as error:
        raise error.in_file(path) from None


def plan_in_parts(table: Table, rows: Iterable[Row], part_entries: int = 5_000) -> Iterator[ImportPlan]:
    """`plan_from_table` for rows read one by one, as plans of at most `part_entries` entries.

    The last plan holds the rest too (sessions with their side effects, other records, settings),
    which refer to each other across the file; each earlier one can be written and let go.
    `table` gives the header; its own rows are not read.
    """
    reader = _Reader(table)
    for row in rows:
        with row_guard(row.line):
            reader.read_row(row.line, row.cells)
        if len(reader.entries) >= part_entries:
            label = _("paindiary CSV")
            yield ImportPlan(SOURCE, label, tuple(reader.entries), entry_lines=tuple(reader.entry_lines))
            reader.entries.clear()
            reader.entry_lines.clear()
    yield reader.finish()
