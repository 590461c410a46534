"""Medicines, as-needed intakes and co-treatments as plain, validated values: no Qt, no SQL.

These are facts the patient enters for the clinician to check; nothing here judges a dose.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from paindiary.field_checks import (
    NAME_MAX,
    ValidationError,
    check_choice,
    check_flag,
    check_moment,
    check_name,
    check_optional_date,
    check_positive,
    check_score,
    check_text,
    new_id,
    parse_uuid,
)
from paindiary.i18n import _


class MedicineUnit(StrEnum):
    MG = "mg"
    MICROGRAM = "µg"
    MICROGRAM_PER_HOUR = "µg/h"  # a patch's delivery rate
    TABLET = "tablet"
    CAPSULE = "capsule"
    DROP = "drop"
    PUFF = "puff"
    PATCH = "patch"
    ML = "ml"
    OTHER = "other"


class MedicineKind(StrEnum):
    REGULAR = "regular"
    AS_NEEDED = "as-needed"


class CoTreatmentKind(StrEnum):
    PHYSIOTHERAPY = "physiotherapy"
    PSYCHOLOGICAL_THERAPY = "psychological-therapy"
    EXERCISE = "exercise"
    NERVE_BLOCK = "nerve-block"
    NEW_MEDICINE = "new-medicine"
    OTHER = "other"


# CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022 (MMWR Recomm Rep
# 71(3), table 1): oral mg unless noted; fentanyl only as a transdermal patch, per µg/h.
# Buprenorphine and other fentanyl forms have no factor there: they are recorded without one.
MME_FACTORS: dict[str, float] = {
    "codeine": 0.15,
    "dihydrocodeine": 0.25,
    "fentanyl": 2.4,
    "hydrocodone": 1.0,
    "hydromorphone": 5.0,
    "methadone": 4.7,
    "morphine": 1.0,
    "oxycodone": 1.5,
    "oxymorphone": 3.0,
    "tapentadol": 0.4,
    "tramadol": 0.2,
}

# Amount limits: generous, only to catch slips of the keyboard (a dose of 50000 tablets).
AMOUNT_MAX = 10_000.0
MG_PER_UNIT_MAX = 10_000.0
MME_FACTOR_MAX = 100.0
HELPED_MAX = 4  # 0 not at all … 4 completely


def suggested_mme_factor(name: str, unit: MedicineUnit | str) -> float | None:
    """The CDC 2022 factor for a medicine named after an opioid in its table, else None.

    Fentanyl has a factor only as a patch measured in µg/h; the name matches when one of
    its words is the opioid's name ("Oxycodone retard", "tramadol 50").
    """
    words = {word.strip(".,;()").lower() for word in name.split()}
    for opioid, factor in MME_FACTORS.items():
        if opioid in words:
            if opioid == "fentanyl" and str(unit) != MedicineUnit.MICROGRAM_PER_HOUR:
                return None
            return factor
    return None


@dataclass(frozen=True, slots=True)
class Medicine:
    """One medicine on the patient's list, taken regularly or as needed."""

    name: str
    strength: str = ""
    unit: MedicineUnit = MedicineUnit.MG
    mg_per_unit: float | None = None
    kind: MedicineKind = MedicineKind.REGULAR
    regular_daily_amount: float | None = None  # in `unit`; only for a regular medicine
    for_pain: bool = False
    opioid: bool = False
    mme_factor: float | None = None
    start: date | None = None
    stop: date | None = None
    note: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "name", check_name("name", self.name))
        object.__setattr__(self, "strength", check_text("strength", self.strength, limit=NAME_MAX))
        object.__setattr__(self, "unit", check_choice("unit", self.unit, MedicineUnit))
        object.__setattr__(
            self,
            "mg_per_unit",
            check_positive("mg_per_unit", self.mg_per_unit, upper=MG_PER_UNIT_MAX, unit="mg"),
        )
        object.__setattr__(self, "kind", check_choice("kind", self.kind, MedicineKind))
        amount = check_positive(
            "regular_daily_amount", self.regular_daily_amount, upper=AMOUNT_MAX, unit=str(self.unit)
        )
        if amount is not None and self.kind is MedicineKind.AS_NEEDED:
            raise ValidationError("regular_daily_amount", _("is only for a medicine taken regularly"))
        object.__setattr__(self, "regular_daily_amount", amount)
        object.__setattr__(self, "for_pain", check_flag("for_pain", self.for_pain))
        object.__setattr__(self, "opioid", check_flag("opioid", self.opioid))
        factor = check_positive("mme_factor", self.mme_factor, upper=MME_FACTOR_MAX, unit="")
        if factor is not None and not self.opioid:
            raise ValidationError("mme_factor", _("is only for an opioid"))
        object.__setattr__(self, "mme_factor", factor)
        object.__setattr__(self, "start", check_optional_date("start", self.start))
        object.__setattr__(self, "stop", check_optional_date("stop", self.stop))
        if self.start is not None and self.stop is not None and self.stop < self.start:
            message = _("{stop} is before the start, {start}").format(stop=self.stop, start=self.start)
            raise ValidationError("stop", message)
        object.__setattr__(self, "note", check_text("note", self.note))

    @property
    def as_needed(self) -> bool:
        return self.kind is MedicineKind.AS_NEEDED

    def taken_on(self, day: date) -> bool:
        """Whether `day` lies between start and stop (open ends open)."""
        return (self.start is None or self.start <= day) and (self.stop is None or day <= self.stop)


@dataclass(frozen=True, slots=True)
class Intake:
    """One dose of an as-needed medicine."""

    medicine: uuid.UUID
    at: datetime
    amount: float  # in the medicine's unit
    pain_before: int | None = None
    helped: int | None = None  # 0 not at all … 4 completely; asked an hour or two later
    note: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "medicine", parse_uuid("medicine", self.medicine))
        object.__setattr__(self, "at", check_moment("at", self.at))
        amount = check_positive("amount", self.amount, upper=AMOUNT_MAX, unit="")
        if amount is None:
            raise ValidationError("amount", _("is required (more than 0)"))
        object.__setattr__(self, "amount", amount)
        check_score("pain_before", self.pain_before, required=False)
        if self.helped is not None and (
            isinstance(self.helped, bool)
            or not isinstance(self.helped, int)
            or not 0 <= self.helped <= HELPED_MAX
        ):
            message = _("{value} is not a whole number from 0 to 4").format(value=repr(self.helped))
            raise ValidationError("helped", message)
        object.__setattr__(self, "note", check_text("note", self.note))


@dataclass(frozen=True, slots=True)
class CoTreatment:
    """Another treatment that may also change pain: physiotherapy, a nerve block, a new medicine…"""

    kind: CoTreatmentKind
    start: date
    end: date | None = None
    note: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "kind", check_choice("kind", self.kind, CoTreatmentKind))
        start = check_optional_date("start", self.start)
        if start is None:
            raise ValidationError("start", _("is required (a date)"))
        object.__setattr__(self, "end", check_optional_date("end", self.end))
        if self.end is not None and self.end < start:
            message = _("{end} is before the start, {start}").format(end=self.end, start=start)
            raise ValidationError("end", message)
        object.__setattr__(self, "note", check_text("note", self.note))
