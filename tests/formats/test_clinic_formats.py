"""Vitals, PGIC answers, bladder check-ins and the profile through the JSON document, our CSV and FHIR."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from paindiary.clinic_records import Checkin, Impression, Profile, Vitals, VitalsMoment
from paindiary.domain import Route, TreatmentSession, ValidationError
from paindiary.formats import fhir, registry
from paindiary.store import Diary


def fill(diary: Diary) -> list[Any]:
    session = diary.add_session(
        TreatmentSession(at=datetime(2024, 3, 1, 10), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70)
    )
    records = [
        diary.add_vitals(
            Vitals(
                at=datetime(2024, 3, 1, 9, 50),
                moment=VitalsMoment.BEFORE,
                session=session.id,
                systolic=150,
                diastolic=95,
                heart_rate=88,
            )
        ),
        diary.add_vitals(
            Vitals(at=datetime(2024, 3, 4, 19), moment=VitalsMoment.HOME, heart_rate=64, note="=1+1")
        ),
        diary.add_impression(Impression(at=datetime(2024, 3, 8, 9), value=2, session=session.id, day=7)),
        diary.add_checkin(Checkin(at=datetime(2024, 3, 9, 8), more_often=True, blood=True, note="Nacht")),
    ]
    diary.set_profile(Profile(name="Ana Ruiz", born=date(1971, 5, 31), conditions="CRPS, left foot"))
    return records


def by_id(records: list[Any]) -> list[Any]:
    return sorted(records, key=lambda record: str(record.id))


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_every_record_makes_the_round_trip_exactly(diary: Diary, tmp_path: Path, suffix: str) -> None:
    records = fill(diary)
    path = tmp_path / f"diary{suffix}"
    registry.export_diary(diary, path)
    with Diary.open(tmp_path / "copy.sqlite3") as copy:
        result = registry.import_file(copy, path)
        assert result.added_other == 5  # four records and the profile
        assert by_id([*copy.vitals(), *copy.impressions(), *copy.checkins()]) == by_id(records)
        assert copy.profile() == diary.profile()
        again = registry.import_file(copy, path)
        assert (again.added_other, again.skipped_other) == (0, 4)


def test_the_json_document_uses_the_documented_names(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    path = tmp_path / "diary.json"
    registry.export_diary(diary, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2
    assert list(document["vitals"][0]) == [
        "id", "at", "moment", "session", "systolic", "diastolic", "heart_rate", "note", "created", "updated",
    ]  # fmt: skip
    assert list(document["impressions"][0]) == [
        "id", "at", "value", "session", "day", "note", "created", "updated",
    ]  # fmt: skip
    assert list(document["checkins"][0]) == [
        "id", "at", "more_often", "urgency", "pain", "blood", "note", "created", "updated",
    ]  # fmt: skip
    assert document["profile"] == {
        "name": "Ana Ruiz", "born": "1971-05-31", "conditions": "CRPS, left foot",
        "clinic": "", "clinician": "",
    }  # fmt: skip


def test_a_document_without_the_new_arrays_imports_them_as_empty(diary: Diary, tmp_path: Path) -> None:
    path = tmp_path / "older.json"
    path.write_text(json.dumps({"format": "paindiary", "version": 2, "entries": [], "sessions": []}))
    registry.import_file(diary, path)
    assert diary.vitals() == []
    assert diary.profile() == Profile()


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"id": "4d1f7b62-3e8c-4a5f-8b49-6f2a00000001", "at": "2024-03-01T08:00", "moment": "home",
          "systolic": 300, "diastolic": 20}, "vitals[0].systolic"),
        ({"id": "4d1f7b62-3e8c-4a5f-8b49-6f2a00000001", "at": "2024-03-01T08:00", "moment": "home",
          "systolic": 90, "diastolic": 95}, "vitals[0].systolic"),
    ],
)  # fmt: skip
def test_an_impossible_reading_names_its_field_and_imports_nothing(
    diary: Diary, tmp_path: Path, record: dict[str, Any], field: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "paindiary", "version": 2, "entries": [], "sessions": [],
                                "checkins": [{"id": "4d1f7b62-3e8c-4a5f-8b49-6f2a00000002",
                                              "at": "2024-03-01T08:00"}], "vitals": [record]}))  # fmt: skip
    with pytest.raises(ValidationError) as raised:
        registry.import_file(diary, path)
    assert raised.value.field.endswith(field)
    assert diary.checkins() == []


def test_a_pgic_of_8_in_the_csv_names_its_line_and_column(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    path = tmp_path / "diary.csv"
    registry.export_diary(diary, path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    number = next(index for index, line in enumerate(lines) if line.startswith("impression,"))
    cells = lines[number].split(",")
    header = lines[0].split(",")
    cells[header.index("value")] = "8"
    lines[number] = ",".join(cells)
    path.write_text("\r\n".join(lines), encoding="utf-8-sig")
    with Diary.open(tmp_path / "copy.sqlite3") as copy, pytest.raises(ValidationError) as raised:
        registry.import_file(copy, path)
    assert raised.value.field.endswith(f"line {number + 1}, column 'value'")


def test_the_csv_guards_formulas_in_notes(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    path = tmp_path / "diary.csv"
    registry.export_diary(diary, path)
    assert ",'=1+1," in path.read_text(encoding="utf-8-sig")


def test_fhir_blood_pressure_panel_heart_rate_pgic_checkin_and_patient(diary: Diary) -> None:
    reading, _home, answer, checkin = fill(diary)
    others = registry.clinic_records(diary)
    bundle = fhir.build_bundle(
        diary.entries(), diary.sessions(), generated_at=datetime(2024, 3, 10), others=others
    )
    Bundle.model_validate(bundle)
    resources = [item["resource"] for item in bundle["entry"]]
    found = {resource["id"]: resource for resource in resources}
    panel = found[str(reading.id)]
    assert panel["code"]["coding"][0]["code"] == "85354-9"
    assert panel["category"][0]["coding"][0]["code"] == "vital-signs"
    assert [(c["code"]["coding"][0]["code"], c["valueQuantity"]["value"], c["valueQuantity"]["code"])
            for c in panel["component"]] == [("8480-6", 150, "mm[Hg]"), ("8462-4", 95, "mm[Hg]")]  # fmt: skip
    assert panel["partOf"] == [{"reference": f"urn:uuid:{reading.session}"}]
    rates = [r for r in resources if r.get("code", {}).get("coding", [{}])[0].get("code") == "8867-4"]
    assert sorted(r["valueQuantity"]["value"] for r in rates) == [64, 88]
    assert {r["valueQuantity"]["unit"] for r in rates} == {"/min"}
    pgic = found[str(answer.id)]
    assert "coding" not in pgic["code"]  # no LOINC code is claimed
    assert pgic["valueCodeableConcept"] == {"text": "2 Much improved"}
    bladder = found[str(checkin.id)]
    assert [c["valueBoolean"] for c in bladder["component"]] == [True, False, False, True]
    (patient,) = [r for r in resources if r["resourceType"] == "Patient"]
    assert patient["name"] == [{"text": "Ana Ruiz"}]
    assert patient["birthDate"] == "1971-05-31"
    assert "CRPS" not in json.dumps(bundle)
