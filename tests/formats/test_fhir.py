"""The FHIR R4 bundle: valid structure (fhir.resources R4B) plus our own checks of codes and values."""

from __future__ import annotations

import json
import re
import stat
import time
import uuid
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.R4B.bundle import Bundle

from paindiary.demo import fill_with_demo
from paindiary.domain import PainEntry, Route, SessionStatus, Severity, SideEffect, TreatmentSession
from paindiary.formats import fhir, registry
from paindiary.store import Diary

BERLIN = ZoneInfo("Europe/Berlin")
OFFSET_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [item["resource"] for item in bundle["entry"] if item["resource"]["resourceType"] == kind]


def codes(resource: dict[str, Any]) -> list[tuple[str, str]]:
    return [(coding["system"], coding["code"]) for coding in resource["code"].get("coding", [])]


@pytest.fixture
def demo_bundle(diary: Diary) -> tuple[Diary, dict[str, Any]]:
    fill_with_demo(diary, date(2024, 6, 1))
    bundle = fhir.build_bundle(
        diary.entries(), diary.sessions(), zone=BERLIN, generated_at=datetime(2024, 6, 1)
    )
    return diary, bundle


def test_the_demo_bundle_validates_as_r4(demo_bundle: tuple[Diary, dict[str, Any]]) -> None:
    _diary, bundle = demo_bundle
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection"
    assert len(parsed.entry) == len(bundle["entry"])


def test_every_resource_is_referenced_by_its_full_url_and_references_resolve(
    demo_bundle: tuple[Diary, dict[str, Any]],
) -> None:
    _diary, bundle = demo_bundle
    urls = [item["fullUrl"] for item in bundle["entry"]]
    assert len(urls) == len(set(urls))
    for item in bundle["entry"]:
        assert item["fullUrl"] == f"urn:uuid:{item['resource']['id']}"
    references = re.findall(r'"reference": "([^"]+)"', json.dumps(bundle))
    assert references
    assert set(references) <= set(urls)


def test_pain_observations_carry_the_nrs_code_and_the_patients_values(
    demo_bundle: tuple[Diary, dict[str, Any]],
) -> None:
    diary, bundle = demo_bundle
    by_id = {resource["id"]: resource for resource in resources(bundle, "Observation")}
    for entry in diary.entries():
        observation = by_id[str(entry.id)]
        assert codes(observation) == [(fhir.LOINC, "72514-3")]
        assert observation["category"][0]["coding"][0]["code"] == "survey"
        assert observation["valueInteger"] == entry.pain
        assert 0 <= observation["valueInteger"] <= 10
        assert observation["effectiveDateTime"] == entry.at.replace(tzinfo=BERLIN).isoformat(
            timespec="seconds"
        )
    counts = Counter(code for resource in by_id.values() for _system, code in codes(resource))
    peg_entries = sum(1 for entry in diary.entries() if entry.peg is not None)
    assert peg_entries > 0
    for code in ("91145-3", "91146-1", "91147-9", "91148-7"):
        assert counts[code] == peg_entries


def test_peg_items_mean_and_panel() -> None:
    entry = PainEntry(at=datetime(2024, 1, 10, 9, 0), pain=6, enjoyment=4, activity=5, worst=8)
    bundle = fhir.build_bundle([entry], [], zone=BERLIN)
    observations = {codes(o)[0][1]: o for o in resources(bundle, "Observation")}
    assert observations["72514-3"]["component"][0]["valueInteger"] == 8
    assert observations["91145-3"]["valueInteger"] == 4
    assert observations["91146-1"]["valueInteger"] == 5
    assert observations["91147-9"]["valueQuantity"]["value"] == 5.0
    assert len(observations["91148-7"]["hasMember"]) == 4
    assert observations["72514-3"]["effectiveDateTime"] == "2024-01-10T09:00:00+01:00"


def test_sessions_and_side_effects(demo_bundle: tuple[Diary, dict[str, Any]]) -> None:
    diary, bundle = demo_bundle
    given = {resource["id"]: resource for resource in resources(bundle, "MedicationAdministration")}
    events = {resource["id"]: resource for resource in resources(bundle, "AdverseEvent")}
    for treatment in diary.sessions():
        if treatment.status is SessionStatus.PLANNED:
            assert str(treatment.id) not in given  # it has not been given
            continue
        administration = given[str(treatment.id)]
        expected = "not-done" if treatment.status is SessionStatus.CANCELLED else "completed"
        assert administration["status"] == expected
        dosage = administration["dosage"]
        if treatment.route in fhir.ROUTE_CODES:
            assert dosage["route"]["coding"][0]["system"] == fhir.SNOMED
            assert dosage["route"]["coding"][0]["code"] == fhir.ROUTE_CODES[treatment.route][0]
        assert dosage["dose"] == {"value": treatment.dose_mg, "unit": "mg", "system": fhir.UCUM, "code": "mg"}
        if treatment.rate_mg_per_kg_h is not None:
            assert dosage["rateQuantity"]["code"] == "mg/kg/h"
            assert dosage["rateQuantity"]["value"] == treatment.rate_mg_per_kg_h
        if treatment.minutes:
            period = administration["effectivePeriod"]
            start = datetime.fromisoformat(period["start"])
            end = datetime.fromisoformat(period["end"])
            assert (end - start).total_seconds() == treatment.minutes * 60
        for effect in treatment.side_effects:
            event = events[str(effect.id)]
            assert event["actuality"] == "actual"
            assert event["severity"]["coding"][0]["system"] == fhir.ADVERSE_EVENT_SEVERITY
            assert event["severity"]["coding"][0]["code"] in {"mild", "moderate", "severe"}
            assert event["suspectEntity"][0]["instance"]["reference"] == f"urn:uuid:{treatment.id}"


def test_routes_without_a_code_stay_text_and_weights_become_observations() -> None:
    treatment = TreatmentSession(
        at=datetime(2024, 7, 1, 9, 30),
        route=Route.LOCAL_INJECTION,
        dose_mg=20,
        weight_kg=70,
        side_effects=(SideEffect("dizziness", Severity.SEVERE, note="could not stand"),),
    )
    bundle = fhir.build_bundle([], [treatment], zone=BERLIN)
    Bundle.model_validate(bundle)
    [administration] = resources(bundle, "MedicationAdministration")
    assert administration["dosage"]["route"] == {"text": "local-injection"}
    assert administration["effectiveDateTime"] == "2024-07-01T09:30:00+02:00"
    [weight] = [o for o in resources(bundle, "Observation") if codes(o) == [(fhir.LOINC, "29463-7")]]
    assert weight["valueQuantity"]["value"] == 70
    assert administration["supportingInformation"] == [{"reference": f"urn:uuid:{weight['id']}"}]
    [event] = resources(bundle, "AdverseEvent")
    assert event["event"]["text"] == "Dizziness: could not stand"


def test_every_time_has_the_offset_valid_at_that_moment(demo_bundle: tuple[Diary, dict[str, Any]]) -> None:
    _diary, bundle = demo_bundle
    moments = re.findall(
        r'"(?:effectiveDateTime|start|end|date|issued|recordedDate|timestamp)": "([^"]+)"', json.dumps(bundle)
    )
    assert moments
    offsets = set()
    for text in moments:
        assert OFFSET_TIME.match(text), text
        offsets.add(text[-6:])
    assert offsets == {"+01:00", "+02:00"}  # winter and summer time both occur in two years


def test_the_computers_time_zone_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert fhir.with_offset(datetime(2024, 1, 15, 8, 0)) == "2024-01-15T08:00:00-05:00"
        assert fhir.with_offset(datetime(2024, 7, 15, 8, 0)) == "2024-07-15T08:00:00-04:00"
        # Clock-change hours keep their wall-clock reading and take the offset before the change.
        assert fhir.with_offset(datetime(2024, 3, 10, 2, 30)) == "2024-03-10T02:30:00-05:00"
        assert fhir.with_offset(datetime(2024, 11, 3, 1, 30)) == "2024-11-03T01:30:00-04:00"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_export_file_is_private_and_ids_are_stable(diary: Diary, tmp_path: Path) -> None:
    diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 8), pain=4, id=uuid.UUID(int=7)))
    path = tmp_path / "clinic.fhir.json"
    assert registry.export_diary(diary, path) == "1 entry and 0 sessions"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    bundle = json.loads(path.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    assert [o["id"] for o in resources(bundle, "Observation")] == [str(uuid.UUID(int=7))]
