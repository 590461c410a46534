"""Imported medicines, intakes and co-treatments: what is new, what is already there, what clashes.

Part of one import transaction (store/import_batch.py); raises ValidationError naming the
record (`intakes[3]`) before anything is written.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from paindiary.clinic_records import Checkin, Impression, Vitals
from paindiary.domain import ValidationError
from paindiary.i18n import _
from paindiary.medicine_records import CoTreatment, Intake, Medicine
from paindiary.store.flat_convert import row_class
from paindiary.store.flat_tables import record_from, tables
from paindiary.store.schema import MedicineRow, SessionRow

# Parents before children: an intake's medicine must be in before the intake.
KINDS: tuple[tuple[type[Any], str], ...] = (
    (Medicine, "medicines"),
    (CoTreatment, "co_treatments"),
    (Intake, "intakes"),
    (Vitals, "vitals"),
    (Impression, "impressions"),
    (Checkin, "checkins"),
)


def _plain(record: Any) -> Any:
    return replace(record, created=None, updated=None)


def new_flat_records(
    session: Session, records: Sequence[Any], sessions_in_file: Collection[Any] = ()
) -> tuple[list[Any], int]:
    """The records of `records` not yet in the diary, parents first, and how many were already there."""
    new: list[Any] = []
    skipped = 0
    for kind, name in KINDS:
        batch = [record for record in records if type(record) is kind]
        seen: set[Any] = set()
        table = tables()[kind]
        for index, record in enumerate(batch):
            if record.id in seen:
                raise ValidationError(
                    f"{name}[{index}].id", _("{id} appears twice in the file").format(id=record.id)
                )
            seen.add(record.id)
        present: dict[Any, Any] = {}
        ids = [record.id for record in batch]
        for offset in range(0, len(ids), 500):
            row_type = row_class(table)
            id_column = row_type.__table__.c.id
            for row in session.scalars(select(row_type).where(id_column.in_(ids[offset : offset + 500]))):
                present[row.id] = record_from(kind, table, row)  # type: ignore[attr-defined]
        for index, record in enumerate(batch):
            there = present.get(record.id)
            if there is None:
                new.append(record)
            elif _plain(there) == _plain(record):
                skipped += 1
            else:
                message = _("id {id} is already in the diary with other values").format(id=record.id)
                raise ValidationError(f"{name}[{index}]", message)
    _check_medicines_known(session, records)
    _check_sessions_known(session, records, sessions_in_file)
    return new, skipped


def _check_medicines_known(session: Session, records: Sequence[Any]) -> None:
    """Every intake's medicine is in the file or already in the diary."""
    in_file = {record.id for record in records if isinstance(record, Medicine)}
    intakes = [record for record in records if isinstance(record, Intake)]
    wanted = {intake.medicine for intake in intakes} - in_file
    known: set[Any] = set()
    listed = list(wanted)
    for offset in range(0, len(listed), 500):
        known.update(
            session.scalars(select(MedicineRow.id).where(MedicineRow.id.in_(listed[offset : offset + 500])))
        )
    for index, intake in enumerate(intakes):
        if intake.medicine not in in_file and intake.medicine not in known:
            message = _("medicine {id} is neither in the file nor in the diary").format(id=intake.medicine)
            raise ValidationError(f"intakes[{index}].medicine", message)


def _check_sessions_known(session: Session, records: Sequence[Any], in_file: Collection[Any]) -> None:
    """Every reading's or answer's session is in the file or already in the diary."""
    linked = [record for record in records if isinstance(record, Vitals | Impression) and record.session]
    wanted = list({record.session for record in linked} - set(in_file))
    known: set[Any] = set()
    for offset in range(0, len(wanted), 500):
        chunk = wanted[offset : offset + 500]
        known.update(session.scalars(select(SessionRow.id).where(SessionRow.id.in_(chunk))))
    for record in linked:
        if record.session not in known and record.session not in in_file:
            name = "vitals" if isinstance(record, Vitals) else "impressions"
            index = [item for item in records if type(item) is type(record)].index(record)
            message = _("session {id} is neither in the file nor in the diary").format(id=record.session)
            raise ValidationError(f"{name}[{index}].session", message)
