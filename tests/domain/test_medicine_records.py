"""Medicines, intakes and co-treatments refuse impossible values, naming the field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from paindiary.domain import ValidationError, new_id
from paindiary.medicine_records import (
    CoTreatment,
    CoTreatmentKind,
    Intake,
    Medicine,
    MedicineKind,
    MedicineUnit,
    suggested_mme_factor,
)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"unit": "bucket"}, "unit"),
        ({"mg_per_unit": 0}, "mg_per_unit"),
        ({"kind": "sometimes"}, "kind"),
        ({"kind": "as-needed", "regular_daily_amount": 2}, "regular_daily_amount"),
        ({"regular_daily_amount": 50_000}, "regular_daily_amount"),
        ({"mme_factor": 1.5}, "mme_factor"),  # not marked as an opioid
        ({"opioid": "yes"}, "opioid"),
        ({"start": date(2024, 2, 1), "stop": date(2024, 1, 1)}, "stop"),
        ({"start": "2024-01-01"}, "start"),
    ],
)
def test_a_medicine_names_the_field_it_refuses(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Medicine(**{"name": "Ibuprofen", **changes})
    assert raised.value.field == field


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amount": 0}, "amount"),
        ({"amount": None}, "amount"),
        ({"helped": 5}, "helped"),
        ({"pain_before": 11}, "pain_before"),
    ],
)
def test_an_intake_names_the_field_it_refuses(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Intake(**{"medicine": new_id(), "at": datetime(2024, 1, 1, 8), "amount": 1, **changes})
    assert raised.value.field == field


def test_a_co_treatment_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError) as raised:
        CoTreatment(kind=CoTreatmentKind.PHYSIOTHERAPY, start=date(2024, 2, 1), end=date(2024, 1, 1))
    assert raised.value.field == "end"


@pytest.mark.parametrize(
    ("name", "unit", "factor"),
    [
        ("Oxycodone", MedicineUnit.MG, 1.5),
        ("tramadol retard", MedicineUnit.TABLET, 0.2),
        ("Fentanyl patch", MedicineUnit.MICROGRAM_PER_HOUR, 2.4),
        ("Fentanyl nasal spray", MedicineUnit.MICROGRAM, None),  # no factor for other fentanyl forms
        ("Buprenorphine", MedicineUnit.MICROGRAM_PER_HOUR, None),
        ("Ibuprofen", MedicineUnit.MG, None),
    ],
)
def test_the_mme_factor_comes_from_the_cdc_table(name: str, unit: MedicineUnit, factor: float | None) -> None:
    assert suggested_mme_factor(name, unit) == factor


def test_a_regular_medicine_is_taken_between_its_start_and_stop() -> None:
    medicine = Medicine(
        name="Pregabalin",
        kind=MedicineKind.REGULAR,
        regular_daily_amount=2,
        start=date(2024, 1, 5),
        stop=date(2024, 1, 9),
    )
    assert [medicine.taken_on(date(2024, 1, day)) for day in (4, 5, 9, 10)] == [False, True, True, False]
