"""Bearable CSV exports: one row per tracked item.

Columns used: `date formatted`, `time of day`, `category`, `rating/amount`, `detail`;
every other column is ignored. Only rows whose category is a symptom are read: the
detail is `Name (Mild|Moderate|Severe|Unbearable)` and the rating 1–4.

The symptoms logged at one date and time of day become one entry. Its pain is the
highest of their ratings converted to 0–10 (rating × 2.5, halves up: Mild 1 → 3,
Moderate 2 → 5, Severe 3 → 8, Unbearable 4 → 10), and the note records every
conversion so nobody mistakes it for the patient's own 0–10 rating.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time

from paindiary.formats.dates import DateOrder, decide_order, parse_day, parse_time, parse_whole
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
    to_ten,
)
from paindiary.formats.tabular import Row, Table, cell_error
from paindiary.i18n import _

SOURCE = "bearable"
LABEL = "Bearable"
REQUIRED = ("date formatted", "time of day", "category", "rating/amount", "detail")
SEVERITIES = {"mild": 1, "moderate": 2, "severe": 3, "unbearable": 4}
SYMPTOM_CATEGORIES = {"symptom", "symptoms"}
# Bearable logs parts of the day, not clock times; each is placed at a fixed time.
TIME_OF_DAY = {
    "am": time(8),
    "morning": time(8),
    "mid": time(13),
    "midday": time(13),
    "afternoon": time(13),
    "pm": time(19),
    "evening": time(19),
    "night": time(22),
    "pre": time(22),
    "bedtime": time(22),
    "": time(12),
    "all day": time(12),
    "day": time(12),
}


@dataclass(frozen=True, slots=True)
class Symptom:
    line: int
    name: str
    word: str
    rating: int
    cells: tuple[str, ...]


def matches(table: Table) -> bool:
    return all(table.has_column(name) for name in REQUIRED)


def mapping() -> list[str]:
    return [
        _("Rows whose category is Symptom are read; other categories are left out."),
        _("date formatted + time of day → when (am 08:00, mid 13:00, pm 19:00, night 22:00, else 12:00)"),
        _(
            "Symptoms logged together become one entry; pain = the highest rating, converted from "
            "1–4 to 0–10 (Mild 3, Moderate 5, Severe 8, Unbearable 10), each conversion written in the note"
        ),
    ]


def _clock(text: str) -> tuple[time, bool]:
    """The time a `time of day` cell stands for, and whether it was a guess."""
    key = text.strip().casefold()
    if key in TIME_OF_DAY:
        return TIME_OF_DAY[key], False
    try:
        return parse_time(text), False
    except ValueError:
        return time(12), True


def split_detail(detail: str) -> tuple[str, str]:
    """`Back pain (Severe)` → ("Back pain", "severe"); without a severity in brackets, (detail, "").

    Read from the end with rfind, not a regular expression: a lazy `.*?` next to a run of
    optional spaces takes quadratic time on a cell of 20,000 spaces.
    """
    text = detail.strip()
    opening = text.rfind("(")
    if not text.endswith(")") or opening < 0:
        return text, ""
    word = text[opening + 1 : -1].strip().lower()
    if word not in SEVERITIES:
        return text, ""
    return text[:opening].strip() or text, word


def _symptom(row: Row, columns: dict[str, int]) -> Symptom:
    detail = row.cells[columns["detail"]].strip()
    name, word = split_detail(detail)
    amount_text = row.cells[columns["rating/amount"]]
    amount = parse_whole(amount_text) if amount_text.strip() else None
    if amount is not None and not 1 <= amount <= 4:
        raise cell_error(row.line, "rating/amount", not_whole(amount_text, 1, 4))
    if amount is None and amount_text.strip():
        raise cell_error(row.line, "rating/amount", not_whole(amount_text, 1, 4))
    if amount is not None and word and SEVERITIES[word] != amount:
        raise cell_error(
            row.line,
            "rating/amount",
            _("{n} does not match the severity {word!r} in the detail").format(n=amount, word=clip(word)),
        )
    rating = amount if amount is not None else SEVERITIES.get(word)
    if rating is None:
        raise cell_error(
            row.line,
            "detail",
            _("{text!r} has no severity (Mild, Moderate, Severe or Unbearable)").format(text=clip(detail)),
        )
    if not name:
        raise cell_error(row.line, "detail", _("names no symptom"))
    return Symptom(row.line, name, word or "", rating, row.cells)


def _note(symptoms: list[Symptom], time_text: str, guessed: bool) -> str:
    parts = []
    for symptom in symptoms:
        label = f"{symptom.name} ({symptom.word.capitalize()})" if symptom.word else symptom.name
        parts.append(
            _("{label}: 1–4 scale value {value} converted to 0–10 as {converted}").format(
                label=label, value=symptom.rating, converted=to_ten(symptom.rating, 4)
            )
        )
    text = _("[Imported from Bearable: {parts}; pain is the highest of these").format(parts="; ".join(parts))
    if guessed:
        text += _("; time of day {text!r} placed at 12:00").format(text=clip(time_text))
    return text + "]"


def read(table: Table, order: DateOrder | None = None, progress: Progress | None = None) -> ImportPlan:
    columns = {name: table.column(name) for name in REQUIRED}
    symptom_rows = [
        row for row in table.rows if row.cells[columns["category"]].strip().casefold() in SYMPTOM_CATEGORIES
    ]
    other = Counter(
        row.cells[columns["category"]].strip() or "-"
        for row in table.rows
        if row.cells[columns["category"]].strip().casefold() not in SYMPTOM_CATEGORIES
    )
    chosen = decide_order(
        "date formatted", ((row.line, row.cells[columns["date formatted"]]) for row in symptom_rows), order
    )
    groups: dict[tuple[date, str], list[Symptom]] = {}
    seen: set[tuple[str, ...]] = set()  # a row repeated exactly counts once (a set: linear, not n²)
    for count, row in enumerate(symptom_rows, start=1):
        with row_guard(row.line):
            try:
                day = parse_day(row.cells[columns["date formatted"]], chosen)
            except ValueError as exc:
                raise cell_error(row.line, "date formatted", str(exc)) from None
            key = (day, row.cells[columns["time of day"]].strip())
            symptom = _symptom(row, columns)
        if row.cells not in seen:
            seen.add(row.cells)
            groups.setdefault(key, []).append(symptom)
        if progress is not None and count % 500 == 0:
            report_progress(progress, count, len(symptom_rows))
    builder = PlanBuilder(SOURCE, LABEL)
    for (day, time_text), symptoms in groups.items():
        clock, guessed = _clock(time_text)
        first = symptoms[0].line
        entry = build_entry(
            first,
            {"at": "date formatted", "pain": "rating/amount", "note": "detail"},
            id=stable_id(SOURCE, day.isoformat(), time_text, *sorted("\x1e".join(s.cells) for s in symptoms)),
            at=datetime.combine(day, clock),
            pain=max(to_ten(symptom.rating, 4) for symptom in symptoms),
            note=_note(symptoms, time_text, guessed),
        )
        builder.add_entry(first, entry)
    notes = []
    if other:
        listed = ", ".join(f"{name} ({count})" for name, count in sorted(other.items()))
        notes.append(_("Rows of other categories were left out: {listed}.").format(listed=listed))
    return builder.build(mapping(), notes)
