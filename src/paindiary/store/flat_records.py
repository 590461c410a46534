"""The Diary's reads and writes of medicines, intakes and co-treatments; each write is one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from paindiary.clock import Clock
from paindiary.medicine_records import CoTreatment, Intake, Medicine
from paindiary.store import plain_reads
from paindiary.store.errors import RecordNotFound
from paindiary.store.flat_tables import Record, record_from, tables, values_of

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session


class FlatRecords:
    """The Diary's reads and writes of medicines, intakes and co-treatments (mixed into Diary)."""

    _clock: Clock
    _unreadable: plain_reads.Unreadable

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Session]: ...

        def _plain(self) -> AbstractContextManager[sqlite3.Connection]: ...

    # ------------------------------------------------------------ generic

    def _add(self, record: Record) -> Record:
        from paindiary.store.flat_convert import insert_records

        now = self._clock()
        with self._write() as session:
            insert_records(session, [record], now=now)
        return replace(record, created=now, updated=now)

    def _update(self, record: Record) -> Record:
        from paindiary.store.flat_convert import row_class

        table = tables()[type(record)]
        now = self._clock()
        with self._write() as session:
            row = session.get(row_class(table), record.id)
            if row is None:
                raise RecordNotFound(table.gone)
            created = row.created  # type: ignore[attr-defined]
            for key, value in values_of(record, table, created=created, updated=now).items():
                setattr(row, key, value)
        return replace(record, created=created, updated=now)

    def _delete(self, kind: type[Record], record_id: uuid.UUID) -> Record:
        from paindiary.store.flat_convert import row_class

        table = tables()[kind]
        with self._write() as session:
            row = session.get(row_class(table), record_id)
            if row is None:
                raise RecordNotFound(table.gone)
            removed = record_from(kind, table, row)
            session.delete(row)
        return removed

    def _restore(self, records: Sequence[Any]) -> None:
        """Put back deleted records (of one or several kinds, in order) in one transaction."""
        from paindiary.store.flat_convert import insert_records

        now = self._clock()
        with self._write() as session:
            for record in records:
                insert_records(session, [record], now=now)

    def _list(self, kind: type[Record], where: str = "", params: Sequence[object] = ()) -> list[Record]:
        """Every readable record of `kind` (those `where` selects), in its table's order."""
        table = tables()[kind]
        with self._plain() as connection:
            return plain_reads.records(
                connection,
                table.name,
                lambda row: record_from(kind, table, row),
                self._unreadable,
                where=where,
                params=params,
                order=table.order,
            )

    # ------------------------------------------------------------ medicines

    def medicines(self) -> list[Medicine]:
        """Every medicine, current and past, by name."""
        return self._list(Medicine)

    def add_medicine(self, medicine: Medicine) -> Medicine:
        return self._add(medicine)

    def update_medicine(self, medicine: Medicine) -> Medicine:
        return self._update(medicine)

    def delete_medicine(self, medicine_id: uuid.UUID) -> tuple[Medicine, list[Intake]]:
        """Delete a medicine with its doses and return both, so that undo can put them back."""
        from sqlalchemy import select

        from paindiary.store.schema import IntakeRow, MedicineRow

        with self._write() as session:  # one transaction: the doses read are the doses deleted
            row = session.get(MedicineRow, medicine_id)
            if row is None:
                raise RecordNotFound(tables()[Medicine].gone)
            doses_query = select(IntakeRow).where(IntakeRow.medicine_id == medicine_id).order_by(IntakeRow.at)
            doses = [record_from(Intake, tables()[Intake], dose) for dose in session.scalars(doses_query)]
            removed = record_from(Medicine, tables()[Medicine], row)
            session.delete(row)  # its doses go with it (ON DELETE CASCADE)
        return removed, doses

    def restore_medicine(self, medicine: Medicine, intakes: Sequence[Intake] = ()) -> Medicine:
        self._restore([medicine, *intakes])
        return medicine

    # ------------------------------------------------------------ intakes

    def intakes(self) -> list[Intake]:
        """Every as-needed dose, oldest first."""
        return self._list(Intake)

    def add_intake(self, intake: Intake) -> Intake:
        from paindiary.store.flat_convert import insert_records
        from paindiary.store.schema import MedicineRow

        now = self._clock()
        with self._write() as session:
            if session.get(MedicineRow, intake.medicine) is None:
                raise RecordNotFound(tables()[Medicine].gone)
            insert_records(session, [intake], now=now)
        return replace(intake, created=now, updated=now)

    def update_intake(self, intake: Intake) -> Intake:
        return self._update(intake)

    def delete_intake(self, intake_id: uuid.UUID) -> Intake:
        return self._delete(Intake, intake_id)

    def restore_intake(self, intake: Intake) -> Intake:
        self._restore([intake])
        return intake

    # ------------------------------------------------------------ co-treatments

    def co_treatments(self) -> list[CoTreatment]:
        """Every co-treatment by start date."""
        return self._list(CoTreatment)

    def add_co_treatment(self, treatment: CoTreatment) -> CoTreatment:
        return self._add(treatment)

    def update_co_treatment(self, treatment: CoTreatment) -> CoTreatment:
        return self._update(treatment)

    def delete_co_treatment(self, treatment_id: uuid.UUID) -> CoTreatment:
        return self._delete(CoTreatment, treatment_id)

    def restore_co_treatment(self, treatment: CoTreatment) -> CoTreatment:
        self._restore([treatment])
        return treatment
