"""The Diary's reads and writes of medicines, intakes and co-treatments; each write is one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from paindiary.clock import Clock
from paindiary.medicine_records import CoTreatment, Intake, Medicine
from paindiary.store import readable
from paindiary.store.database import RecordNotFound
from paindiary.store.flat_convert import Record, insert_records, record_from, tables, values_of
from paindiary.store.schema import IntakeRow, MedicineRow


class FlatRecords:
    """The Diary's reads and writes of medicines, intakes and co-treatments (mixed into Diary)."""

    _clock: Clock

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Session]: ...

        def _read(self) -> AbstractContextManager[Session]: ...

        def _without_unreadable(
            self, session: Session, query: Select[Any], row_class: Any
        ) -> Select[Any]: ...

    # ------------------------------------------------------------ generic

    def _add(self, record: Record) -> Record:
        now = self._clock()
        with self._write() as session:
            insert_records(session, [record], now=now)
        return replace(record, created=now, updated=now)

    def _update(self, record: Record) -> Record:
        table = tables()[type(record)]
        now = self._clock()
        with self._write() as session:
            row = session.get(table.row, record.id)
            if row is None:
                raise RecordNotFound(table.gone)
            created = row.created  # type: ignore[attr-defined]
            for key, value in values_of(record, table, created=created, updated=now).items():
                setattr(row, key, value)
        return replace(record, created=created, updated=now)

    def _delete(self, kind: type[Record], record_id: uuid.UUID) -> Record:
        table = tables()[kind]
        with self._write() as session:
            row = session.get(table.row, record_id)
            if row is None:
                raise RecordNotFound(table.gone)
            removed = record_from(kind, table, row)
            session.delete(row)
        return removed

    def _restore(self, records: Sequence[Any]) -> None:
        """Put back deleted records (of one or several kinds, in order) in one transaction."""
        now = self._clock()
        with self._write() as session:
            for record in records:
                insert_records(session, [record], now=now)

    def _list(self, kind: type[Record], where: Callable[[Any], Any] | None = None) -> list[Record]:
        table = tables()[kind]
        columns = table.row.__table__.c
        query = select(table.row.__table__).order_by(*(columns[name] for name in table.order))
        if where is not None:
            query = query.where(where(columns))
        with self._read() as session:
            try:
                return [record_from(kind, table, row) for row in session.execute(query)]
            except readable.UNREADABLE_ERRORS:
                query = self._without_unreadable(session, query, table.row)
            return [record_from(kind, table, row) for row in session.execute(query)]

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
