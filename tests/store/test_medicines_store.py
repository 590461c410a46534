"""Medicines, as-needed intakes and co-treatments in the store: one transaction each, undo by restore."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from paindiary.medicine_records import (
    CoTreatment,
    CoTreatmentKind,
    Intake,
    Medicine,
    MedicineKind,
    MedicineUnit,
)
from paindiary.store import Diary, RecordNotFound


def oxycodone() -> Medicine:
    return Medicine(
        name="Oxycodone",
        strength="5 mg",
        unit=MedicineUnit.TABLET,
        mg_per_unit=5,
        kind=MedicineKind.AS_NEEDED,
        for_pain=True,
        opioid=True,
        mme_factor=1.5,
        start=date(2024, 1, 1),
    )


def test_records_read_back_exactly(diary: Diary) -> None:
    medicine = diary.add_medicine(oxycodone())
    intake = diary.add_intake(
        Intake(medicine=medicine.id, at=datetime(2024, 2, 1, 22, 30), amount=1.5, pain_before=7)
    )
    treatment = diary.add_co_treatment(
        CoTreatment(kind=CoTreatmentKind.PHYSIOTHERAPY, start=date(2024, 2, 3))
    )
    assert diary.medicines() == [medicine]
    assert diary.intakes() == [intake]
    assert diary.co_treatments() == [treatment]
    assert medicine.created is not None


def test_an_update_keeps_created_and_changes_the_rest(diary: Diary) -> None:
    medicine = diary.add_medicine(oxycodone())
    stopped = diary.update_medicine(replace(medicine, stop=date(2024, 3, 1)))
    (stored,) = diary.medicines()
    assert stored.stop == date(2024, 3, 1)
    assert stored.created == medicine.created
    assert stored == stopped


def test_deleting_a_medicine_takes_its_doses_and_undo_brings_both_back(diary: Diary) -> None:
    medicine = diary.add_medicine(oxycodone())
    doses = [
        diary.add_intake(Intake(medicine=medicine.id, at=datetime(2024, 2, day, 8), amount=1))
        for day in (1, 2)
    ]
    removed, removed_doses = diary.delete_medicine(medicine.id)
    assert diary.medicines() == []
    assert diary.intakes() == []
    diary.restore_medicine(removed, removed_doses)
    assert diary.medicines() == [medicine]
    assert diary.intakes() == doses


def test_a_dose_of_a_medicine_no_longer_there_is_refused(diary: Diary) -> None:
    medicine = diary.add_medicine(oxycodone())
    diary.delete_medicine(medicine.id)
    with pytest.raises(RecordNotFound):
        diary.add_intake(Intake(medicine=medicine.id, at=datetime(2024, 2, 1, 8), amount=1))
    assert diary.intakes() == []


def test_deleting_what_is_gone_says_so(diary: Diary) -> None:
    treatment = diary.add_co_treatment(CoTreatment(kind=CoTreatmentKind.EXERCISE, start=date(2024, 1, 1)))
    diary.delete_co_treatment(treatment.id)
    with pytest.raises(RecordNotFound, match="no longer in the diary"):
        diary.delete_co_treatment(treatment.id)
    diary.restore_co_treatment(treatment)
    assert diary.co_treatments() == [treatment]
