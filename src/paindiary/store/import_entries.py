"""An import's entries, checked and inserted a batch at a time inside the import's one transaction.

A file may hold a million entries. Each batch is checked against the entries before it (an id
twice in the file) and against the diary (the same id with other values), inserted with one
executemany on the session's connection (values already in their stored form) and let go, so
memory does not grow with the file: only the ids seen so far are kept, as integers (a third
of the size of UUID objects).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Boolean, DateTime, Table, Uuid, select
from sqlalchemy.orm import Session

from paindiary.domain import PainEntry, ValidationError
from paindiary.i18n import _
from paindiary.store import convert
from paindiary.store.schema import EntryRow

# Entries checked and inserted together: large enough for executemany to pay, small enough to let go.
BATCH = 5_000
_ENTRIES = cast(Table, EntryRow.__table__)
_COLUMNS = tuple(column.name for column in _ENTRIES.columns)
# One executemany of plain values: SQLAlchemy's per-value type processing was half the insert.
_INSERT = f"INSERT INTO {_ENTRIES.name} ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
# SQLite limits the number of bound parameters; ids are looked up in slices.
ID_SLICE = 500


def _moment_text(value: datetime | None) -> str | None:
    # The domain's moments are naive and within 1900-2999: isoformat writes SQLAlchemy's text.
    return None if value is None else value.isoformat(" ", "microseconds")


def _uuid_text(value: uuid.UUID | None) -> str | None:
    return None if value is None else value.hex


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _stored_form(column_type: Any) -> Callable[[Any], Any] | None:
    """How a value of the schema's type is stored in SQLite, when not as it is."""
    for kind, stored in ((DateTime, _moment_text), (Uuid, _uuid_text), (Boolean, _flag)):
        if isinstance(column_type, kind):
            return stored
    return None


# Only these columns' values change on the way in; the others go as they are.
_CONVERTED = tuple(
    (index, stored)
    for index, column in enumerate(_ENTRIES.columns)
    if (stored := _stored_form(column.type)) is not None
)
_VALUES_IN_ORDER = itemgetter(*_COLUMNS)


def stored_row(values: dict[str, Any]) -> tuple[Any, ...]:
    """An entry's values (convert.entry_values) as the row SQLite stores, in the table's column order."""
    row = list(_VALUES_IN_ORDER(values))
    for index, stored in _CONVERTED:
        row[index] = stored(row[index])
    return tuple(row)


def existing_rows(session: Session, row_class: Any, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The stored rows among `ids`, by id."""
    found: dict[uuid.UUID, Any] = {}
    for offset in range(0, len(ids), ID_SLICE):
        chunk = ids[offset : offset + ID_SLICE]
        for row in session.scalars(select(row_class).where(row_class.id.in_(chunk))):
            found[row.id] = row
    return found


def repeated_id(kind: str, index: int, record_id: uuid.UUID) -> ValidationError:
    return ValidationError(f"{kind}[{index}].id", _("{id} appears twice in the file").format(id=record_id))


class EntryWriter:
    """Writes one import's entries batch by batch; errors name `entries[i]` counted over the whole file."""

    def __init__(self, session: Session, now: datetime) -> None:
        self._session = session
        self._now = now
        self._seen: set[int] = set()
        # A diary without entries (a new one, the usual target of a large import) needs no lookups.
        self._diary_has_entries = session.scalar(select(EntryRow.id).limit(1)) is not None
        self.handed = 0
        self.added = 0
        self.skipped = 0

    def write(self, entries: Sequence[PainEntry]) -> None:
        """Check `entries`, the next ones of the file, then insert those not yet in the diary."""
        for start in range(0, len(entries), BATCH):
            self._write_batch(entries[start : start + BATCH])

    def _write_batch(self, entries: Sequence[PainEntry]) -> None:
        first = self.handed
        self.handed += len(entries)
        for offset, entry in enumerate(entries):
            key = entry.id.int
            if key in self._seen:
                raise repeated_id("entries", first + offset, entry.id)
            self._seen.add(key)
        present = (
            existing_rows(self._session, EntryRow, [entry.id for entry in entries])
            if self._diary_has_entries
            else {}
        )
        new: list[tuple[Any, ...]] = []
        for offset, entry in enumerate(entries):
            row = present.get(entry.id)
            if row is None:
                created = entry.created or self._now
                values = convert.entry_values(entry, created=created, updated=entry.updated or created)
                new.append(stored_row(values))
            elif convert.entry_from_row(row).same_content(entry):
                self.skipped += 1
            else:
                raise ValidationError(
                    f"entries[{first + offset}]",
                    _("id {id} is already in the diary with other values").format(id=entry.id),
                )
        if new:
            self._session.connection().exec_driver_sql(_INSERT, new)
            self.added += len(new)
