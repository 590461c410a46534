"""The diary as a FHIR R4 Bundle (type `collection`) that a clinic's system can read.

- Each pain entry: an Observation (category survey) with LOINC 72514-3 and `valueInteger`;
  the worst pain of the day as a component (text only: no code is claimed for it).
  With both PEG interference items: Observations 91145-3 (enjoyment of life) and
  91146-1 (general activity), the PEG mean 91147-9 and a PEG panel 91148-7 linking them.
- Each session: a MedicationAdministration (route as a SNOMED CT route code where one fits,
  dose in mg, `rateQuantity` in mg/kg/h, `effectivePeriod` from start and minutes) and,
  with a weight, a body-weight Observation (LOINC 29463-7) it points to.
- Each side effect: an AdverseEvent with its severity from the HL7 adverse-event-severity
  code system, pointing at its session.
- One Patient that every resource names as its subject: anonymous unless the profile has a
  name or date of birth.
- Vitals, PGIC answers and bladder check-ins: see formats/fhir_clinic.py.

The diary keeps local wall-clock times; FHIR needs an offset with every time, so each
moment gets the offset of the local time zone valid at that moment (summer or winter time).
Resource ids are the diary's ids, so exporting twice gives the same ids.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

from paindiary.clinic_records import Profile
from paindiary.domain import PainEntry, Route, SessionStatus, SideEffect, TreatmentSession, side_effect_label
from paindiary.formats import fhir_clinic
from paindiary.formats.atomic import write_private_text
from paindiary.medicine_records import CoTreatment, Intake, Medicine

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
ADVERSE_EVENT_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"

PAIN_NRS = "72514-3"
PEG_ENJOYMENT = "91145-3"
PEG_ACTIVITY = "91146-1"
PEG_MEAN = "91147-9"
PEG_PANEL = "91148-7"
BODY_WEIGHT = "29463-7"
# SNOMED CT route codes (FHIR value set route-codes); routes without a fitting code stay text.
ROUTE_CODES: dict[Route, tuple[str, str]] = {
    Route.IV_INFUSION: ("47625008", "Intravenous route"),
    Route.IM_INJECTION: ("78421000", "Intramuscular route"),
    Route.SUBCUTANEOUS: ("34206005", "Subcutaneous route"),
    Route.INTRANASAL: ("46713006", "Nasal route"),
    Route.ORAL: ("26643006", "Oral route"),
}
_NAMESPACE = uuid.UUID("0b8f5f0e-4d1c-4a8e-9a55-4f0d8f5c2e7b")


def with_offset(moment: datetime, zone: tzinfo | None = None) -> str:
    """A local wall-clock time as a FHIR dateTime with the offset valid at that moment."""
    if zone is None:
        # The computer's zone: take its offset at that moment but keep the wall-clock reading
        # (astimezone alone would move a time in the skipped spring hour).
        offset = moment.astimezone().utcoffset()
        zone = timezone(offset) if offset is not None else UTC
    return moment.replace(tzinfo=zone).isoformat(timespec="seconds")


def _ref(resource_id: uuid.UUID) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource_id}"}


def _derived(base: uuid.UUID, part: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{base}/{part}")


def _loinc(code: str, text: str, display: str | None = None) -> dict[str, Any]:
    coding: dict[str, str] = {"system": LOINC, "code": code}
    if display:
        coding["display"] = display
    return {"coding": [coding], "text": text}


def _category(code: str, display: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBSERVATION_CATEGORY, "code": code, "display": display}]}]


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": unit}


class _Builder:
    def __init__(self, patient: uuid.UUID, zone: tzinfo | None) -> None:
        self.patient = patient
        self.zone = zone
        self.resources: list[tuple[uuid.UUID, dict[str, Any]]] = []

    def time(self, moment: datetime) -> str:
        return with_offset(moment, self.zone)

    def add(self, resource_id: uuid.UUID, resource: dict[str, Any]) -> None:
        kind = resource.pop("resourceType")
        self.resources.append((resource_id, {"resourceType": kind, "id": str(resource_id), **resource}))

    def observation(
        self, resource_id: uuid.UUID, entry: PainEntry, code: dict[str, Any], **value: Any
    ) -> None:
        resource: dict[str, Any] = {
            "resourceType": "Observation",
            "status": "final",
            "category": _category("survey", "Survey"),
            "code": code,
            "subject": _ref(self.patient),
            "effectiveDateTime": self.time(entry.at),
            **value,
        }
        if entry.created is not None:
            resource["issued"] = self.time(entry.created)
        self.add(resource_id, resource)

    def entry(self, entry: PainEntry) -> None:
        extra: dict[str, Any] = {}
        if entry.locations:
            extra["bodySite"] = {"text": ", ".join(entry.locations)}
        if entry.note:
            extra["note"] = [{"text": entry.note}]
        if entry.worst is not None:
            extra["component"] = [{"code": {"text": "Worst pain today (0-10)"}, "valueInteger": entry.worst}]
        self.observation(
            entry.id,
            entry,
            _loinc(PAIN_NRS, "Pain (0-10)", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
            valueInteger=entry.pain,
            **extra,
        )
        # Sleep and mood: the patient's own wording as text, no LOINC code claimed.
        for part, value, wording in (
            ("sleep", entry.sleep_interference, "How much pain interfered with sleep last night (0-10)"),
            ("mood", entry.mood, "Mood today (0 very low - 10 very good)"),
        ):
            if value is not None:
                self.observation(_derived(entry.id, part), entry, {"text": wording}, valueInteger=value)
        if entry.enjoyment is None or entry.activity is None or entry.peg is None:
            return
        enjoyment, activity = _derived(entry.id, "enjoyment"), _derived(entry.id, "activity")
        mean, panel = _derived(entry.id, "peg-mean"), _derived(entry.id, "peg-panel")
        self.observation(
            enjoyment,
            entry,
            _loinc(PEG_ENJOYMENT, "Pain interference with enjoyment of life (0-10)"),
            valueInteger=entry.enjoyment,
        )
        self.observation(
            activity,
            entry,
            _loinc(PEG_ACTIVITY, "Pain interference with general activity (0-10)"),
            valueInteger=entry.activity,
        )
        members = [_ref(entry.id), _ref(enjoyment), _ref(activity)]
        self.observation(
            mean,
            entry,
            _loinc(PEG_MEAN, "PEG score (mean of the three items)", "Mean score [PEG]"),
            valueQuantity=_quantity(round(entry.peg, 2), "{score}"),
            derivedFrom=members,
        )
        self.observation(
            panel,
            entry,
            _loinc(PEG_PANEL, "PEG: pain, enjoyment of life, general activity"),
            hasMember=[*members, _ref(mean)],
        )

    def session(self, treatment: TreatmentSession) -> None:
        dosage: dict[str, Any] = {"route": _route(treatment.route)}
        if treatment.dose_mg is not None:
            dosage["dose"] = _quantity(treatment.dose_mg, "mg")
        if treatment.rate_mg_per_kg_h is not None:
            dosage["rateQuantity"] = _quantity(treatment.rate_mg_per_kg_h, "mg/kg/h")
        resource: dict[str, Any] = {
            "resourceType": "MedicationAdministration",
            "status": "not-done" if treatment.status is SessionStatus.CANCELLED else "completed",
            "medicationCodeableConcept": {"text": treatment.drug},
            "subject": _ref(self.patient),
            "dosage": dosage,
        }
        if treatment.minutes:
            end = treatment.at + timedelta(minutes=treatment.minutes)
            resource["effectivePeriod"] = {"start": self.time(treatment.at), "end": self.time(end)}
        else:
            resource["effectiveDateTime"] = self.time(treatment.at)
        notes = [f"Clinic: {treatment.clinic}"] if treatment.clinic else []
        notes += [treatment.note] if treatment.note else []
        if notes:
            resource["note"] = [{"text": text} for text in notes]
        if treatment.weight_kg is not None:
            weight = _derived(treatment.id, "weight")
            resource["supportingInformation"] = [_ref(weight)]
            self.add(
                weight,
                {
                    "resourceType": "Observation",
                    "status": "final",
                    "category": _category("vital-signs", "Vital Signs"),
                    "code": _loinc(BODY_WEIGHT, "Body weight", "Body weight"),
                    "subject": _ref(self.patient),
                    "effectiveDateTime": self.time(treatment.at),
                    "valueQuantity": _quantity(treatment.weight_kg, "kg"),
                },
            )
        self.add(treatment.id, resource)
        for effect in treatment.side_effects:
            self.side_effect(treatment, effect)

    def side_effect(self, treatment: TreatmentSession, effect: SideEffect) -> None:
        label = side_effect_label(effect.kind)
        resource: dict[str, Any] = {
            "resourceType": "AdverseEvent",
            "actuality": "actual",
            "event": {"text": f"{label}: {effect.note}" if effect.note else label},
            "subject": _ref(self.patient),
            "date": self.time(treatment.at),
            "severity": {
                "coding": [
                    {
                        "system": ADVERSE_EVENT_SEVERITY,
                        "code": effect.severity.value,
                        "display": effect.severity.value.capitalize(),
                    }
                ]
            },
            "suspectEntity": [{"instance": _ref(treatment.id)}],
        }
        if effect.created is not None:
            resource["recordedDate"] = self.time(effect.created)
        self.add(effect.id, resource)

    # ------------------------------------------------------------ medicines

    def medicine(self, medicine: Medicine, today: date) -> None:
        """A MedicationStatement: the list entry the clinician checks (no codes claimed: text only)."""
        taking = medicine.stop is None or medicine.stop >= today
        dosage: dict[str, Any] = {"asNeededBoolean": medicine.as_needed}
        if medicine.regular_daily_amount is not None:
            dosage["text"] = f"{medicine.regular_daily_amount:g} {medicine.unit.value} a day"
        resource: dict[str, Any] = {
            "resourceType": "MedicationStatement",
            "status": "active" if taking else "completed",
            "medicationCodeableConcept": {"text": " ".join(filter(None, (medicine.name, medicine.strength)))},
            "subject": _ref(self.patient),
            "dosage": [dosage],
        }
        period = {
            key: value.isoformat()
            for key, value in (("start", medicine.start), ("end", medicine.stop))
            if value
        }
        if period:
            resource["effectivePeriod"] = period
        if medicine.for_pain:
            resource["reasonCode"] = [{"text": "pain"}]
        notes = [medicine.note] if medicine.note else []
        if medicine.opioid:
            factor = f", MME factor {medicine.mme_factor:g}" if medicine.mme_factor is not None else ""
            notes.append(f"Opioid{factor}")
        if notes:
            resource["note"] = [{"text": text} for text in notes]
        self.add(medicine.id, resource)

    def intake(self, intake: Intake, medicine: Medicine) -> None:
        """A MedicationAdministration of one as-needed dose, pointing at its MedicationStatement."""
        resource: dict[str, Any] = {
            "resourceType": "MedicationAdministration",
            "status": "completed",
            "medicationCodeableConcept": {"text": medicine.name},
            "subject": _ref(self.patient),
            "effectiveDateTime": self.time(intake.at),
            "supportingInformation": [_ref(medicine.id)],
            "dosage": {"dose": _dose(intake.amount, medicine.unit.value)},
        }
        notes = [f"Pain before: {intake.pain_before}/10"] if intake.pain_before is not None else []
        if intake.helped is not None:
            notes.append(f"How much it helped: {intake.helped}/4")
        notes += [intake.note] if intake.note else []
        if notes:
            resource["note"] = [{"text": text} for text in notes]
        self.add(intake.id, resource)

    def co_treatment(self, treatment: CoTreatment, today: date) -> None:
        """A Procedure with the kind as text (no code claimed)."""
        period = {"start": treatment.start.isoformat()}
        if treatment.end is not None:
            period["end"] = treatment.end.isoformat()
        resource: dict[str, Any] = {
            "resourceType": "Procedure",
            "status": "completed" if treatment.end is not None and treatment.end < today else "in-progress",
            "code": {"text": treatment.kind.value},
            "subject": _ref(self.patient),
            "performedPeriod": period,
        }
        if treatment.note:
            resource["note"] = [{"text": treatment.note}]
        self.add(treatment.id, resource)


# Units with a UCUM code; a tablet, a drop or a puff is a count, written as text only.
UCUM_UNITS = {"mg": "mg", "µg": "ug", "µg/h": "ug/h", "ml": "mL"}


def _dose(value: float, unit: str) -> dict[str, Any]:
    code = UCUM_UNITS.get(unit)
    return {"value": value, "unit": unit} if code is None else {**_quantity(value, code), "unit": unit}


def _route(route: Route) -> dict[str, Any]:
    text = route.value
    if route in ROUTE_CODES:
        code, display = ROUTE_CODES[route]
        return {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": text}
    return {"text": text}


def build_bundle(
    entries: list[PainEntry],
    sessions: list[TreatmentSession],
    *,
    zone: tzinfo | None = None,
    generated_at: datetime | None = None,
    patient_id: uuid.UUID | None = None,
    others: Sequence[Any] = (),
) -> dict[str, Any]:
    """The Bundle as JSON-ready dicts; `zone` None means the computer's local time zone."""
    patient = patient_id or uuid.uuid4()
    builder = _Builder(patient, zone)
    profile = next((record for record in others if isinstance(record, Profile)), None)
    details = fhir_clinic.patient_details(profile)  # name and birth date when the profile has them
    builder.add(patient, {"resourceType": "Patient", "active": True, **details})
    for entry in entries:
        builder.entry(entry)
    for treatment in sessions:
        # A planned session has not happened: a MedicationAdministration records one that did
        # (a cancelled one is exported as not-done).
        if treatment.status is not SessionStatus.PLANNED:
            builder.session(treatment)
    moment = generated_at or datetime.now().replace(microsecond=0)
    medicines = {record.id: record for record in others if isinstance(record, Medicine)}
    for record in others:
        if isinstance(record, Medicine):
            builder.medicine(record, moment.date())
        elif isinstance(record, CoTreatment):
            builder.co_treatment(record, moment.date())
        elif isinstance(record, Intake) and record.medicine in medicines:
            builder.intake(record, medicines[record.medicine])
    for resource_id, resource in fhir_clinic.resources(others, _ref(patient), builder.time):
        builder.add(resource_id, resource)
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": with_offset(moment, zone),
        "entry": [
            {"fullUrl": f"urn:uuid:{resource_id}", "resource": resource}
            for resource_id, resource in builder.resources
        ],
    }


def write_bundle(
    path: Path, entries: list[PainEntry], sessions: list[TreatmentSession], others: Sequence[Any] = ()
) -> None:
    """Write the Bundle atomically, mode 0600."""
    bundle = build_bundle(entries, sessions, others=others)
    write_private_text(path, json.dumps(bundle, ensure_ascii=False, indent=1) + "\n")
