"""Medicines, as-needed doses and co-treatments through the JSON document, our CSV and FHIR."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from paindiary.domain import PainEntry, ValidationError
from paindiary.formats import csv_document, fhir, registry
from paindiary.medicine_records import (
    CoTreatment,
    CoTreatmentKind,
    Intake,
    Medicine,
    MedicineKind,
    MedicineUnit,
)
from paindiary.store import Diary


def fill(diary: Diary) -> list[Any]:
    diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 8), pain=6))
    patch = diary.add_medicine(
        Medicine(
            name="Fentanyl patch",
            strength="12 µg/h",
            unit=MedicineUnit.MICROGRAM_PER_HOUR,
            kind=MedicineKind.REGULAR,
            regular_daily_amount=12,
            for_pain=True,
            opioid=True,
            mme_factor=2.4,
            start=date(2024, 1, 1),
            stop=date(2024, 2, 28),
            note='=cmd|" /C calc"!A0',  # a formula a spreadsheet must not run
        )
    )
    rescue = diary.add_medicine(
        Medicine(
            name="Oxycodone",
            strength="5 mg",
            unit=MedicineUnit.TABLET,
            mg_per_unit=5,
            kind=MedicineKind.AS_NEEDED,
            opioid=True,
            mme_factor=1.5,
        )
    )
    dose = diary.add_intake(
        Intake(
            medicine=rescue.id,
            at=datetime(2024, 3, 1, 22, 30),
            amount=1.5,
            pain_before=8,
            helped=3,
            note="Nacht",
        )
    )
    physio = diary.add_co_treatment(
        CoTreatment(kind=CoTreatmentKind.PHYSIOTHERAPY, start=date(2024, 3, 5), note="2× a week")
    )
    return [patch, rescue, dose, physio]


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_every_record_makes_the_round_trip_exactly(diary: Diary, tmp_path: Path, suffix: str) -> None:
    records = fill(diary)
    path = tmp_path / f"diary{suffix}"
    registry.export_diary(diary, path)
    with Diary.open(tmp_path / "copy.sqlite3") as copy:
        result = registry.import_file(copy, path)
        assert result.added_other == 4
        copied: list[Any] = [*copy.medicines(), *copy.intakes(), *copy.co_treatments()]
        assert sorted(copied, key=lambda r: str(r.id)) == sorted(records, key=lambda r: str(r.id))
        again = registry.import_file(copy, path)
        assert (again.added_other, again.skipped_other) == (0, 4)


def test_the_json_arrays_use_the_documented_field_names(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    path = tmp_path / "diary.json"
    registry.export_diary(diary, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert list(document["medicines"][0]) == [
        "id", "name", "strength", "unit", "mg_per_unit", "kind", "regular_daily_amount", "for_pain",
        "opioid", "mme_factor", "start", "stop", "note", "created", "updated",
    ]  # fmt: skip
    assert list(document["intakes"][0]) == [
        "id", "medicine", "at", "amount", "pain_before", "helped", "note", "created", "updated",
    ]  # fmt: skip
    assert list(document["co_treatments"][0]) == ["id", "kind", "start", "end", "note", "created", "updated"]
    assert document["medicines"][0]["unit"] == "µg/h"
    assert document["intakes"][0]["at"] == "2024-03-01T22:30"


def test_a_version_1_document_cannot_hold_medicines(diary: Diary, tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(
        json.dumps({"format": "paindiary", "version": 1, "entries": [], "sessions": [], "medicines": []})
    )
    with pytest.raises(ValidationError) as raised:
        registry.import_file(diary, path)
    assert raised.value.field.endswith(": medicines")


def test_a_dose_of_an_unknown_medicine_is_refused_naming_it(diary: Diary, tmp_path: Path) -> None:
    path = tmp_path / "doses.json"
    dose = {"id": "3c0e6a51-2d7b-4f4e-9a38-5e1f00000009", "medicine": "3c0e6a51-2d7b-4f4e-9a38-5e1f00000001",
            "at": "2024-03-01T08:00", "amount": 1}  # fmt: skip
    path.write_text(
        json.dumps({"format": "paindiary", "version": 2, "entries": [], "sessions": [], "intakes": [dose]})
    )
    with pytest.raises(ValidationError) as raised:
        registry.import_file(diary, path)
    assert raised.value.field.endswith("intakes[0].medicine")
    assert diary.intakes() == []


def test_an_impossible_amount_in_the_csv_names_its_line(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    path = tmp_path / "diary.csv"
    registry.export_diary(diary, path)
    text = path.read_text(encoding="utf-8-sig").replace(",1.5,8,3,", ",-2,8,3,")
    path.write_text(text, encoding="utf-8-sig")
    with Diary.open(tmp_path / "copy.sqlite3") as copy, pytest.raises(ValidationError) as raised:
        registry.import_file(copy, path)
    assert raised.value.field.endswith("line 6, column 'amount'")


def test_the_csv_guards_formulas_in_medicine_notes(diary: Diary) -> None:
    fill(diary)
    others = [*diary.medicines(), *diary.co_treatments(), *diary.intakes()]
    text = csv_document.render(diary.entries(), diary.sessions(), diary.analysis_settings(), others).decode(
        "utf-8-sig"
    )
    assert "'=cmd" in text


def test_fhir_has_a_statement_per_medicine_an_administration_per_dose_and_a_procedure(diary: Diary) -> None:
    patch, rescue, dose, physio = fill(diary)
    others = [*diary.medicines(), *diary.co_treatments(), *diary.intakes()]
    bundle = fhir.build_bundle(
        diary.entries(), diary.sessions(), generated_at=datetime(2024, 3, 10), others=others
    )
    Bundle.model_validate(bundle)
    by_id = {item["resource"]["id"]: item["resource"] for item in bundle["entry"]}
    statement = by_id[str(patch.id)]
    assert statement["resourceType"] == "MedicationStatement"
    assert statement["status"] == "completed"  # stopped before the export
    assert statement["effectivePeriod"] == {"start": "2024-01-01", "end": "2024-02-28"}
    assert by_id[str(rescue.id)]["dosage"] == [{"asNeededBoolean": True}]
    administration = by_id[str(dose.id)]
    assert administration["resourceType"] == "MedicationAdministration"
    # A tablet has no UCUM code: the count is text only, no code is claimed for it.
    assert administration["dosage"]["dose"] == {"value": 1.5, "unit": "tablet"}
    assert administration["supportingInformation"] == [{"reference": f"urn:uuid:{rescue.id}"}]
    procedure = by_id[str(physio.id)]
    assert (procedure["resourceType"], procedure["status"], procedure["code"]) == (
        "Procedure",
        "in-progress",
        {"text": "physiotherapy"},
    )


def test_a_dose_in_micrograms_per_hour_carries_its_ucum_code() -> None:
    assert fhir._dose(12.0, "µg/h") == {"value": 12.0, "unit": "µg/h", "system": fhir.UCUM, "code": "ug/h"}
