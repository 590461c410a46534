"""What the appointment content is built from: the records, their analyses and the patient's choices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from paindiary.analysis.clinic_results import ClinicSummary
from paindiary.analysis.results import ReliefAnalysis
from paindiary.clinic_records import Checkin, Impression, Profile, Vitals
from paindiary.domain import PainEntry, TreatmentSession
from paindiary.medicine_records import CoTreatment, Intake, Medicine


class Section(StrEnum):
    """The parts of the report the patient can leave out (page 1's header is always there)."""

    GLANCE = "glance"
    NOTICED = "noticed"
    COURSES = "courses"
    QUESTIONS = "questions"
    MEDICINES = "medicines"
    VITALS = "vitals"
    CHARTS = "charts"
    METHOD = "method"


ALL_SECTIONS = tuple(Section)


@dataclass(frozen=True, slots=True)
class Question:
    """One question for the appointment; `session` is the planned session it was written for."""

    text: str
    done: bool = False
    session: date | None = None


@dataclass(frozen=True, slots=True)
class ReportChoices:
    """The report dialog's and the CLI's choices. Notes are private: left out unless chosen."""

    sections: tuple[Section, ...] = ALL_SECTIONS
    include_notes: bool = False
    language: str = ""  # "" = the app's language

    def shows(self, section: Section) -> bool:
        return section in self.sections


@dataclass(frozen=True, slots=True)
class AppointmentInputs:
    entries: Sequence[PainEntry]
    sessions: Sequence[TreatmentSession]
    medicines: Sequence[Medicine]
    intakes: Sequence[Intake]
    co_treatments: Sequence[CoTreatment]
    vitals: Sequence[Vitals]
    impressions: Sequence[Impression]
    checkins: Sequence[Checkin]
    profile: Profile | None
    questions: Sequence[Question]  # the free list the patient keeps
    analysis: ReliefAnalysis
    clinic: ClinicSummary | None  # None until the diary can compute it
    period: tuple[date, date]
    choices: ReportChoices
    at: datetime
