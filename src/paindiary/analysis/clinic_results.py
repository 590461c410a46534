"""What the diary's other records add to the relief analysis: the contract between the
medicines summary, function, exposure and "Noticed in your diary" (analysis) and everything
that shows them (the command line, Sessions, the Appointment page, the report).

Attribute names are the keys of `paindiary summary --json` (top-level keys `medicines`,
`function`, `exposure`, `noticed`), listed in the order the JSON object writes them. Numbers
are rounded for output (1 decimal, half away from zero). Facts only: nothing here grades a
value or gives advice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from paindiary.analysis.results import JsonObject, json_object, json_value

# ---------------------------------------------------------------- medicines summary

COURSE_MEDICINES_KEYS = (
    "course",
    "days_before",
    "days_after",
    "as_needed_days_per_week_before",
    "as_needed_days_per_week_after",
    "as_needed_doses_per_week_before",
    "as_needed_doses_per_week_after",
    "mme_per_day_before",
    "mme_per_day_after",
)


@dataclass(frozen=True, slots=True)
class CoTreatmentStart:
    """A co-treatment (or a new medicine) that started inside a course's relief window."""

    kind: str  # a CoTreatmentKind value, or "new-medicine" for a medicine started then
    name: str  # the medicine's name, or "" for a co-treatment
    start: date
    day: int  # days after the course's day 0


@dataclass(frozen=True, slots=True)
class CourseMedicines:
    """As-needed use and MME per day in the 28 days before vs days 0–27 after one course."""

    course: int  # the course number of the relief analysis
    days_before: int
    days_after: int
    as_needed_days_per_week_before: float | None
    as_needed_days_per_week_after: float | None
    as_needed_doses_per_week_before: float | None
    as_needed_doses_per_week_after: float | None
    mme_per_day_before: float | None  # approximate, for trend only
    mme_per_day_after: float | None
    # Not in the JSON document: what else started inside the course's relief window.
    started_in_window: tuple[CoTreatmentStart, ...] = ()

    def as_json(self) -> JsonObject:
        return json_object(self, COURSE_MEDICINES_KEYS)


@dataclass(frozen=True, slots=True)
class MedicinesSummary:
    per_course: tuple[CourseMedicines, ...]
    has_mme: bool  # the diary has a medicine with an MME factor

    def as_json(self) -> JsonObject:
        return {"per_course": [course.as_json() for course in self.per_course]}

    def for_course(self, number: int) -> CourseMedicines | None:
        return next((course for course in self.per_course if course.course == number), None)


# ---------------------------------------------------------------- function, PGIC, blood pressure

COURSE_FUNCTION_KEYS = (
    "course",
    "peg_before",
    "peg_after",
    "peg_days_before",
    "peg_days_after",
    "sleep_before",
    "sleep_after",
    "mood_before",
    "mood_after",
    "impressions",
    "highest_blood_pressure",
)


@dataclass(frozen=True, slots=True)
class ImpressionAnswer:
    day: int | None  # 7, 28, or None when volunteered
    value: int  # PGIC 1–7
    at: datetime


@dataclass(frozen=True, slots=True)
class BloodPressureReading:
    systolic: int
    diastolic: int
    at: datetime
    session: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class CourseFunction:
    """PEG, sleep and mood before (the baseline window's dates) and after (days 0–13) one course.

    Each mean is over the dates that have the item (a date's value is the mean of its entries);
    None when no date has it.
    """

    course: int
    peg_before: float | None
    peg_after: float | None
    peg_days_before: int
    peg_days_after: int
    sleep_before: float | None
    sleep_after: float | None
    mood_before: float | None
    mood_after: float | None
    impressions: tuple[ImpressionAnswer, ...]
    highest_blood_pressure: BloodPressureReading | None  # the highest systolic at its sessions

    def as_json(self) -> JsonObject:
        document = json_object(self, COURSE_FUNCTION_KEYS)
        document["impressions"] = [
            {"day": answer.day, "value": answer.value, "at": json_value(answer.at)}
            for answer in self.impressions
        ]
        reading = self.highest_blood_pressure
        document["highest_blood_pressure"] = (
            None
            if reading is None
            else {"systolic": reading.systolic, "diastolic": reading.diastolic, "at": json_value(reading.at)}
        )
        return document


# ---------------------------------------------------------------- exposure

EXPOSURE_LINE_KEYS = ("drug", "route", "sessions_90_days", "mg_90_days", "sessions_12_months", "mg_12_months")


@dataclass(frozen=True, slots=True)
class ExposureLine:
    """Done sessions and their mg of one drug by one route, in the last 90 days and 12 months."""

    drug: str
    route: str
    sessions_90_days: int
    mg_90_days: float | None  # None when a session in the window has no dose recorded
    sessions_12_months: int
    mg_12_months: float | None

    def as_json(self) -> JsonObject:
        return json_object(self, EXPOSURE_LINE_KEYS)


@dataclass(frozen=True, slots=True)
class Exposure:
    per_drug_route: tuple[ExposureLine, ...]
    median_days_between_courses: float | None  # between consecutive courses' first dates
    at: date  # the windows end on this date

    def as_json(self) -> JsonObject:
        return {
            "per_drug_route": [line.as_json() for line in self.per_drug_route],
            "median_days_between_courses": self.median_days_between_courses,
            "at": self.at.isoformat(),
        }


# ---------------------------------------------------------------- noticed in your diary

NOTICED_HEADING_RULE_ORDER = (2, 1, 3, 4, 5, 6, 7)  # bladder first; rule 8 is a data-quality note


@dataclass(frozen=True, slots=True)
class NoticedFact:
    """One "Noticed in your diary" fact (docs/records.md, rules 1–8): a sentence and its numbers."""

    rule: int
    text: str  # in the user's language
    numbers: tuple[tuple[str, Any], ...] = ()  # (key, JSON value) in order, e.g. ("sessions_last_90", 5)

    def as_json(self) -> JsonObject:
        document: JsonObject = {"rule": self.rule, "text": self.text}
        document.update((key, json_value(value)) for key, value in self.numbers)
        return document


@dataclass(frozen=True, slots=True)
class ClinicSummary:
    """Everything the other records add, computed once for one moment beside a ReliefAnalysis."""

    medicines: MedicinesSummary
    function: tuple[CourseFunction, ...]
    exposure: Exposure
    noticed: tuple[NoticedFact, ...]  # rule 2 first, then 1, 3–7; rule 8 last

    def as_json(self) -> JsonObject:
        return {
            "medicines": self.medicines.as_json(),
            "function": [course.as_json() for course in self.function],
            "exposure": self.exposure.as_json(),
            "noticed": [fact.as_json() for fact in self.noticed],
        }
