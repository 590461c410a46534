"""Gather the appointment's inputs from an open diary: the one place the report reads records.

`gather` reads with the names every record has in the Diary and its DiaryReader.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Protocol

from paindiary.analysis.clinic_results import ClinicSummary, MedicinesSummary
from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.analysis.results import ReliefAnalysis
from paindiary.appointment.inputs import AppointmentInputs, ReportChoices
from paindiary.appointment.questions import read_questions
from paindiary.clinic_records import Checkin, Impression, Profile, Vitals
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from paindiary.medicine_records import CoTreatment, Intake, Medicine


class AppointmentRecords(Protocol):
    """The reads `gather` needs, by the names the diary, its reader and its adapter share."""

    def entries(self) -> Sequence[PainEntry]: ...

    def sessions(self) -> Sequence[TreatmentSession]: ...

    def analysis_settings(self) -> AnalysisSettings: ...

    def medicines(self) -> Sequence[Medicine]: ...

    def intakes(self) -> Sequence[Intake]: ...

    def co_treatments(self) -> Sequence[CoTreatment]: ...

    def vitals(self) -> Sequence[Vitals]: ...

    def impressions(self) -> Sequence[Impression]: ...

    def checkins(self) -> Sequence[Checkin]: ...

    def profile(self) -> Profile: ...

    def preference(self, key: str, default: Any = None) -> Any: ...


def clinic_summary_of(records: AppointmentRecords, analysis: ReliefAnalysis, at: datetime) -> ClinicSummary:
    """Function, exposure, medicines and "Noticed in your diary" beside `analysis`, from the records."""
    from paindiary.analysis.clinic_summary import clinic_summary

    return clinic_summary(
        analysis,
        entries=list(records.entries()),
        sessions=list(records.sessions()),
        vitals=records.vitals(),
        impressions=records.impressions(),
        checkins=records.checkins(),
        medicines=medicines_of(records, analysis),
        at=at,
    )


def medicines_of(records: AppointmentRecords, analysis: ReliefAnalysis) -> MedicinesSummary:
    """The medicines summary per course (as-needed use and MME before vs after)."""
    from paindiary.analysis.medicines_summary import medicines_summary
    from paindiary.analysis.wording_medicines import last_record_date

    intakes, co_treatments = records.intakes(), records.co_treatments()
    last = last_record_date(
        records.entries(), records.sessions(), intakes, co_treatments, up_to=analysis.at.date()
    )
    return medicines_summary(analysis, records.medicines(), intakes, co_treatments, last_record_date=last)


def gather(
    records: AppointmentRecords,
    at: datetime,
    choices: ReportChoices,
    period: tuple[date, date],
) -> AppointmentInputs:
    """Everything the appointment shows, read once from the open diary."""
    entries = list(records.entries())
    sessions = list(records.sessions())
    analysis = relief_analysis(entries, sessions, records.analysis_settings(), at)
    profile = records.profile()
    return AppointmentInputs(
        entries=entries,
        sessions=sessions,
        medicines=tuple(records.medicines()),
        intakes=tuple(records.intakes()),
        co_treatments=tuple(records.co_treatments()),
        vitals=tuple(records.vitals()),
        impressions=tuple(records.impressions()),
        checkins=tuple(records.checkins()),
        profile=None if profile.empty else profile,
        questions=read_questions(records),
        analysis=analysis,
        clinic=clinic_summary_of(records, analysis, at),
        period=period,
        choices=choices,
        at=at,
    )


def inputs_without_records(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    *,
    at: datetime,
    choices: ReportChoices,
    period: tuple[date, date],
) -> AppointmentInputs:
    """Inputs from pain entries and sessions alone (a diary's other records left empty)."""
    return AppointmentInputs(
        entries=entries,
        sessions=sessions,
        medicines=(),
        intakes=(),
        co_treatments=(),
        vitals=(),
        impressions=(),
        checkins=(),
        profile=None,
        questions=(),
        analysis=relief_analysis(entries, sessions, settings, at),
        clinic=None,
        period=period,
        choices=choices,
        at=at,
    )
