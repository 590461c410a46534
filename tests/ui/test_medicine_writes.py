"""The adapter's writes of medicines, doses and co-treatments: stored, heard by their own kind, undoable."""

from __future__ import annotations

from datetime import date, datetime

from paindiary.medicine_records import CoTreatment, CoTreatmentKind, Intake, Medicine, MedicineKind
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.medicine_writes import CO_TREATMENT, INTAKE, MEDICINE


def heard(adapter: DiaryAdapter) -> list[tuple[str, list[str]]]:
    said: list[tuple[str, list[str]]] = []
    adapter.changed.connect(lambda kind, ids: said.append((kind, ids)))
    return said


def test_deleting_a_medicine_takes_its_doses_and_undo_brings_both_back(adapter: DiaryAdapter) -> None:
    said = heard(adapter)
    rescue = adapter.add_medicine(Medicine(name="Ibuprofen", kind=MedicineKind.AS_NEEDED))
    dose = adapter.add_intake(Intake(medicine=rescue.id, at=datetime(2024, 3, 1, 22, 0), amount=1.0))

    medicine, doses = adapter.delete_medicine(rescue.id)
    assert (adapter.reader.medicines(), adapter.reader.intakes()) == ([], [])

    adapter.restore_medicine(medicine, doses)
    assert [m.id for m in adapter.reader.medicines()] == [rescue.id]
    assert [i.id for i in adapter.reader.intakes()] == [dose.id]
    assert [kind for kind, _ in said] == [MEDICINE, INTAKE, MEDICINE, INTAKE, MEDICINE, INTAKE]
    assert said[2] == (MEDICINE, [str(rescue.id)])


def test_a_co_treatment_is_added_changed_deleted_and_restored(adapter: DiaryAdapter) -> None:
    said = heard(adapter)
    physio = adapter.add_co_treatment(CoTreatment(kind=CoTreatmentKind.PHYSIOTHERAPY, start=date(2024, 3, 5)))
    adapter.update_co_treatment(
        CoTreatment(kind=physio.kind, start=physio.start, end=date(2024, 4, 5), id=physio.id)
    )
    assert adapter.reader.co_treatments()[0].end == date(2024, 4, 5)

    deleted = adapter.delete_co_treatment(physio.id)
    assert adapter.reader.co_treatments() == []
    adapter.restore_co_treatment(deleted)
    assert [item.id for item in adapter.reader.co_treatments()] == [physio.id]
    assert {kind for kind, _ in said} == {CO_TREATMENT}
