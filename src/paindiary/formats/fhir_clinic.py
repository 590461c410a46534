"""Vitals, PGIC answers, bladder check-ins and the profile in the FHIR R4 Bundle.

- Blood pressure: the vital-signs panel LOINC 85354-9 with components 8480-6 (systolic) and
  8462-4 (diastolic) in UCUM mm[Hg]; heart rate: LOINC 8867-4 in /min. A session's reading is
  `partOf` its session's MedicationAdministration; the moment (before, highest, discharge,
  home) is said in a note.
- PGIC and the bladder check-in: survey Observations with a text code and the patient's
  wording; no LOINC code is claimed for them.
- The profile: the export's one Patient gets the name and date of birth; conditions, clinic
  and clinician stay out of the Bundle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from paindiary.clinic_records import Checkin, Impression, Profile, Vitals

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
BLOOD_PRESSURE_PANEL = "85354-9"
SYSTOLIC = "8480-6"
DIASTOLIC = "8462-4"
HEART_RATE = "8867-4"
PGIC_TEXT = (
    "Patient Global Impression of Change (PGIC): Since this course began, "
    "how would you describe the change in your pain condition?"
)
# The answers' wording in the file is always English, whatever the app's language.
PGIC_ANSWERS = {
    1: "Very much improved",
    2: "Much improved",
    3: "Minimally improved",
    4: "No change",
    5: "Minimally worse",
    6: "Much worse",
    7: "Very much worse",
}
CHECKIN_QUESTIONS = {
    "more_often": "Going more often than usual",
    "urgency": "Urgency",
    "pain": "Pain passing urine or in the lower belly",
    "blood": "Blood in urine",
}
_NAMESPACE = uuid.UUID("5d7a0f4e-2b3c-4e6f-9a1d-8c0b7e6f5a4d")

Resource = tuple[uuid.UUID, dict[str, Any]]


def _loinc(code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": LOINC, "code": code, "display": display}], "text": display}


def _category(code: str, display: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": CATEGORY, "code": code, "display": display}]}]


def _quantity(value: int, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": unit}


def patient_details(profile: Profile | None) -> dict[str, Any]:
    """The Patient's name and date of birth from the profile (nothing else leaves the diary)."""
    details: dict[str, Any] = {}
    if profile is not None and profile.name:
        details["name"] = [{"text": profile.name}]
    if profile is not None and profile.born is not None:
        details["birthDate"] = profile.born.isoformat()
    return details


def resources(
    records: Sequence[Any], subject: dict[str, str], time: Callable[[datetime], str]
) -> Iterator[Resource]:
    """The Observations of every reading, answer and check-in among `records`."""
    for record in records:
        base: dict[str, Any] = {"resourceType": "Observation", "status": "final", "subject": subject}
        if isinstance(record, Vitals):
            yield from _vitals(record, {**base, "effectiveDateTime": time(record.at)})
        elif isinstance(record, Impression):
            yield record.id, _impression(record, {**base, "effectiveDateTime": time(record.at)})
        elif isinstance(record, Checkin):
            yield record.id, _checkin(record, {**base, "effectiveDateTime": time(record.at)})


def _vitals(reading: Vitals, base: dict[str, Any]) -> Iterator[Resource]:
    base["category"] = _category("vital-signs", "Vital Signs")
    if reading.session is not None:
        base["partOf"] = [{"reference": f"urn:uuid:{reading.session}"}]
    note = f"Moment: {reading.moment.value}" + (f". {reading.note}" if reading.note else "")
    base["note"] = [{"text": note}]
    heart_id = reading.id
    if reading.systolic is not None and reading.diastolic is not None:
        yield reading.id, {
            **base,
            "code": _loinc(BLOOD_PRESSURE_PANEL, "Blood pressure panel with all children optional"),
            "component": [
                {"code": _loinc(SYSTOLIC, "Systolic blood pressure"),
                 "valueQuantity": _quantity(reading.systolic, "mm[Hg]")},
                {"code": _loinc(DIASTOLIC, "Diastolic blood pressure"),
                 "valueQuantity": _quantity(reading.diastolic, "mm[Hg]")},
            ],
        }  # fmt: skip
        heart_id = uuid.uuid5(_NAMESPACE, f"{reading.id}/heart-rate")
    if reading.heart_rate is not None:
        yield (
            heart_id,
            {
                **base,
                "code": _loinc(HEART_RATE, "Heart rate"),
                "valueQuantity": _quantity(reading.heart_rate, "/min"),
            },
        )


def _impression(answer: Impression, base: dict[str, Any]) -> dict[str, Any]:
    resource: dict[str, Any] = {
        **base,
        "category": _category("survey", "Survey"),
        "code": {"text": PGIC_TEXT},
        "valueCodeableConcept": {"text": f"{answer.value} {PGIC_ANSWERS[answer.value]}"},
    }
    notes = [f"Asked on day {answer.day} after the course"] if answer.day else []
    notes += [answer.note] if answer.note else []
    if notes:
        resource["note"] = [{"text": ". ".join(notes)}]
    if answer.session is not None:
        resource["partOf"] = [{"reference": f"urn:uuid:{answer.session}"}]
    return resource


def _checkin(checkin: Checkin, base: dict[str, Any]) -> dict[str, Any]:
    resource: dict[str, Any] = {
        **base,
        "category": _category("survey", "Survey"),
        "code": {"text": "Bladder check-in"},
        "component": [
            {"code": {"text": question}, "valueBoolean": getattr(checkin, name)}
            for name, question in CHECKIN_QUESTIONS.items()
        ],
    }
    if checkin.note:
        resource["note"] = [{"text": checkin.note}]
    return resource
