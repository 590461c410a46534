"""Gather the appointment's inputs from an open diary: the one place the report reads records.

`gather` reads with the names every record has in the Diary, the DiaryReader and the adapter.
`records_until_merged` lends an older reader the reads it does not have yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Protocol

from paindiary.analysis.clinic_results import ClinicSummary
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

    def set_preference(self, key: str, value: Any) -> None: ...


class _BridgedRecords:
    """A reader with the record reads it lacks answered as empty."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)

    def _or_empty(self, name: str) -> Sequence[Any]:
        read = getattr(self._reader, name, None)
        return () if read is None else tuple(read())

    def medicines(self) -> Sequence[Medicine]:
        return self._or_empty("medicines")

    def intakes(self) -> Sequence[Intake]:
        return self._or_empty("intakes")

    def co_treatments(self) -> Sequence[CoTreatment]:
        return self._or_empty("co_treatments")

    def vitals(self) -> Sequence[Vitals]:
        return self._or_empty("vitals")

    def impressions(self) -> Sequence[Impression]:
        return self._or_empty("impressions")

    def checkins(self) -> Sequence[Checkin]:
        return self._or_empty("checkins")

    def profile(self) -> Profile:
        read = getattr(self._reader, "profile", None)
        return Profile() if read is None else read()


def records_until_merged(reader: Any) -> AppointmentRecords:
    """BRIDGE: goes when the record branches land (vitals, impressions, check-ins, profile).

    Until then a diary may lack some of these reads; they answer as empty, so the report and the
    Appointment page say "not recorded" instead of failing.
    """
    return _BridgedRecords(reader)


def clinic_summary_until_merged(
    records: AppointmentRecords, analysis: ReliefAnalysis, at: datetime
) -> ClinicSummary | None:
    """BRIDGE: goes when analysis/clinic_summary.py lands; gather then calls clinic_summary(...).

    None makes every line that needs it say "not recorded" / "none recorded".
    """
    try:
        module = importlib.import_module("paindiary.analysis.clinic_summary")
    except ImportError:
        return None
    summarise: Any = module.clinic_summary
    return summarise(records, analysis, at)  # type: ignore[no-any-return]


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
        clinic=clinic_summary_until_merged(records, analysis, at),
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
