"""What every importer produces: a checked plan of records, shown to the patient before any write.

A plan holds complete, validated domain records plus, in words, how the file's columns
became diary fields. Nothing is written until the caller hands the plan to
`Diary.import_records` in one transaction.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession, ValidationError
from paindiary.formats import places
from paindiary.i18n import _

# (done, total) -> keep going? Readers call it now and then; False cancels the import.
Progress = Callable[[int, int], bool]

# Ids of imported records are uuid5(this namespace, source + row content): the same row of the
# same file always gets the same id, so importing a file twice adds nothing the second time.
IMPORT_NAMESPACE = uuid.UUID("6f0f4a52-8d0e-4c31-9a0c-0b6f1f6a7e21")


# Every way the standard library refuses input it was handed (ValidationError is a ValueError):
# a 5,000-digit number, a lone surrogate, a year 1 moved across time zones, a file nested too
# deep or too large for memory. An importer turns each into one line naming where it happened.
REFUSALS = (ValueError, OverflowError, UnicodeError, RecursionError, MemoryError)
# How much of a file's own text a message quotes (a broken cell can be 65,536 characters).
QUOTE_LIMIT = 200


def quoted(text: object, limit: int = QUOTE_LIMIT) -> str:
    """Text from a file, safe in a one-line message: repr (escapes, no line breaks), cut to `limit`."""
    shown = repr(text)
    return shown if len(shown) <= limit else shown[: limit - 4] + "...'"


def clip(text: str, limit: int = QUOTE_LIMIT) -> str:
    """A file's text cut to `limit` characters, for a message that shows it with {text!r}."""
    return text if len(text) <= limit else text[:limit] + "…"


def one_line(text: str, limit: int = 4 * QUOTE_LIMIT) -> str:
    """A message on one line: line breaks and control characters escaped, cut to `limit`."""
    printable = "".join(char if char.isprintable() else repr(char)[1:-1] for char in text[: limit + 1])
    return printable if len(printable) <= limit else printable[: limit - 3] + "..."


def refusal(error: BaseException) -> str:
    """Why the standard library refused a value, in words (never a traceback)."""
    if isinstance(error, MemoryError):
        return _("is too large to read in the memory available")
    if isinstance(error, RecursionError):
        return _("is nested too deeply to be read")
    detail = one_line(str(error), QUOTE_LIMIT) or type(error).__name__
    return _("could not be read ({detail})").format(detail=detail)


@contextmanager
def row_guard(line: int) -> Iterator[None]:
    """Any refusal of the standard library while one row is read becomes a ValidationError at its line."""
    try:
        yield
    except ValidationError:
        raise
    except REFUSALS as error:
        raise ValidationError(places.line(line), refusal(error)) from None


class ImportCancelled(Exception):
    """The patient pressed Cancel while the file was being read; nothing was written."""


def report_progress(progress: Progress, done: int, total: int) -> None:
    if not progress(done, total):
        raise ImportCancelled


def stable_id(source: str, *parts: str) -> uuid.UUID:
    """The deterministic id of an imported record (uuid5 of the source and the row's content)."""
    return uuid.uuid5(IMPORT_NAMESPACE, "\x1f".join((source, *parts)))


def v1_settings_note() -> str:
    """Said of a file whose analysis settings were written under Relief metrics v1."""
    return _(
        "The file's analysis settings are from before relief was measured with the updated rules; "
        "the new default settings are used instead."
    )


def not_whole(text: str, low: int = 0, high: int = 10) -> str:
    """The message for a cell that should hold a whole number in low–high."""
    return _("{text!r} is not a whole number from {low} to {high}").format(
        text=clip(text), low=low, high=high
    )


def to_ten(value: int, top: int) -> int:
    """A 0–`top` (or 1–`top`) rating on the 0–10 scale: value × 10 / top, halves rounded up."""
    return (20 * value + top) // (2 * top)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Records read from a file, with how they were read, ready for one transaction."""

    source: str
    label: str
    entries: tuple[PainEntry, ...]
    sessions: tuple[TreatmentSession, ...] = ()
    settings: AnalysisSettings | None = None
    mapping: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    entry_lines: tuple[int, ...] = ()
    session_lines: tuple[int, ...] = ()
    others: tuple[Any, ...] = ()  # medicines, intakes and co-treatments (parents first)

    def locate(self, error: ValidationError) -> ValidationError:
        """Say `entries[3]` (as the store does) as the line of the file it came from."""
        match = re.match(r"^(entries|sessions)\[(\d+)\](.*)$", error.field)
        if not match:
            return error
        lines = self.entry_lines if match.group(1) == "entries" else self.session_lines
        index = int(match.group(2))
        if index >= len(lines):
            return error
        return ValidationError(f"{places.line(lines[index])}{match.group(3)}", error.message)


@dataclass
class PlanBuilder:
    """Collects records row by row; a row that repeats an earlier one exactly is counted once."""

    source: str
    label: str
    entries: list[PainEntry] = field(default_factory=list)
    entry_lines: list[int] = field(default_factory=list)
    repeated_rows: int = 0
    _seen: set[uuid.UUID] = field(default_factory=set)

    def add_entry(self, line: int, entry: PainEntry) -> None:
        if entry.id in self._seen:
            self.repeated_rows += 1
            return
        self._seen.add(entry.id)
        self.entries.append(entry)
        self.entry_lines.append(line)

    def build(self, mapping: list[str], notes: list[str]) -> ImportPlan:
        if self.repeated_rows:
            notes = [
                *notes,
                _("Rows that repeat an earlier row exactly, counted once: {n}.").format(n=self.repeated_rows),
            ]
        return ImportPlan(
            source=self.source,
            label=self.label,
            entries=tuple(self.entries),
            mapping=tuple(mapping),
            notes=tuple(notes),
            entry_lines=tuple(self.entry_lines),
        )


def build_entry(line: int, columns: dict[str, str], **values: object) -> PainEntry:
    """A PainEntry from one row; a refused value is reported at its line and source column."""
    try:
        return PainEntry(**values)  # type: ignore[arg-type]
    except ValidationError as error:
        base = error.field.split(".")[0].split("[")[0]
        column = columns.get(base, base)
        raise ValidationError(places.cell(line, column), error.message) from None
