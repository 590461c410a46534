"""The DiaryAdapter's writes of medicines, as-needed doses and co-treatments (mixed into it).

Each write emits `changed` with its own kind ("medicine", "intake", "co_treatment"), so views
that show none of them — and the relief analysis — do not recompute.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from paindiary.medicine_records import CoTreatment, Intake, Medicine

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from paindiary.store import Diary

MEDICINE = "medicine"
INTAKE = "intake"
CO_TREATMENT = "co_treatment"


class MedicineWrites:
    """add_/update_/delete_/restore_ for the three records; each one transaction in the Diary."""

    if TYPE_CHECKING:
        _diary: Diary
        changed: SignalInstance

    def add_medicine(self, medicine: Medicine) -> Medicine:
        saved = self._diary.add_medicine(medicine)
        self.changed.emit(MEDICINE, [str(saved.id)])
        return saved

    def update_medicine(self, medicine: Medicine) -> Medicine:
        saved = self._diary.update_medicine(medicine)
        self.changed.emit(MEDICINE, [str(saved.id)])
        return saved

    def delete_medicine(self, medicine_id: uuid.UUID) -> tuple[Medicine, list[Intake]]:
        """Delete a medicine with its doses; both come back for undo."""
        deleted = self._diary.delete_medicine(medicine_id)
        self.changed.emit(MEDICINE, [str(medicine_id)])
        if deleted[1]:
            self.changed.emit(INTAKE, [str(intake.id) for intake in deleted[1]])
        return deleted

    def restore_medicine(self, medicine: Medicine, intakes: Sequence[Intake] = ()) -> Medicine:
        restored = self._diary.restore_medicine(medicine, intakes)
        self.changed.emit(MEDICINE, [str(restored.id)])
        if intakes:
            self.changed.emit(INTAKE, [str(intake.id) for intake in intakes])
        return restored

    def add_intake(self, intake: Intake) -> Intake:
        saved = self._diary.add_intake(intake)
        self.changed.emit(INTAKE, [str(saved.id)])
        return saved

    def update_intake(self, intake: Intake) -> Intake:
        saved = self._diary.update_intake(intake)
        self.changed.emit(INTAKE, [str(saved.id)])
        return saved

    def delete_intake(self, intake_id: uuid.UUID) -> Intake:
        deleted = self._diary.delete_intake(intake_id)
        self.changed.emit(INTAKE, [str(intake_id)])
        return deleted

    def restore_intake(self, intake: Intake) -> Intake:
        restored = self._diary.restore_intake(intake)
        self.changed.emit(INTAKE, [str(restored.id)])
        return restored

    def add_co_treatment(self, treatment: CoTreatment) -> CoTreatment:
        saved = self._diary.add_co_treatment(treatment)
        self.changed.emit(CO_TREATMENT, [str(saved.id)])
        return saved

    def update_co_treatment(self, treatment: CoTreatment) -> CoTreatment:
        saved = self._diary.update_co_treatment(treatment)
        self.changed.emit(CO_TREATMENT, [str(saved.id)])
        return saved

    def delete_co_treatment(self, treatment_id: uuid.UUID) -> CoTreatment:
        deleted = self._diary.delete_co_treatment(treatment_id)
        self.changed.emit(CO_TREATMENT, [str(treatment_id)])
        return deleted

    def restore_co_treatment(self, treatment: CoTreatment) -> CoTreatment:
        restored = self._diary.restore_co_treatment(treatment)
        self.changed.emit(CO_TREATMENT, [str(restored.id)])
        return restored
