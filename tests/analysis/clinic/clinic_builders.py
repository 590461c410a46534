"""Hand-made diaries for the clinic summary tests: entries with PEG items, sessions, vitals, check-ins."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.analysis.results import CourseRelief, ReliefAnalysis
from paindiary.clinic_records import Checkin, SessionStatus, Vitals, VitalsMoment
from paindiary.domain import AnalysisSettings, PainEntry, Route, Severity, SideEffect, TreatmentSession

SETTINGS = AnalysisSettings(baseline_days=28)
NOW = datetime(2024, 7, 1, 12, 0)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def peg(
    when: str, pain: int, enjoyment: int | None = None, activity: int | None = None, **items: int
) -> PainEntry:
    """An entry; with enjoyment and activity it has a PEG score (pain, enjoyment, activity)."""
    return PainEntry(at=at(when), pain=pain, enjoyment=enjoyment, activity=activity, **items)


def session(
    when: str,
    *,
    dose_mg: float | None = 100.0,
    drug: str = "ketamine",
    route: Route = Route.IV_INFUSION,
    effects: Sequence[tuple[str, Severity]] = (),
    status: SessionStatus = SessionStatus.DONE,
) -> TreatmentSession:
    return TreatmentSession(
        at=at(when),
        route=route,
        drug=drug,
        dose_mg=dose_mg,
        weight_kg=70.0,
        status=status,
        side_effects=tuple(SideEffect(kind=kind, severity=severity) for kind, severity in effects),
    )


def reading(when: str, systolic: int, diastolic: int, of: TreatmentSession | None) -> Vitals:
    moment = VitalsMoment.HOME if of is None else VitalsMoment.HIGHEST
    return Vitals(
        at=at(when),
        moment=moment,
        session=None if of is None else of.id,
        systolic=systolic,
        diastolic=diastolic,
    )


def checkin(when: str, **symptoms: bool) -> Checkin:
    return Checkin(at=at(when), **symptoms)


def analyse(
    entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession], when: datetime = NOW
) -> ReliefAnalysis:
    return relief_analysis(entries, sessions, SETTINGS, when)


def with_courses(changes: Sequence[dict[str, Any]]) -> ReliefAnalysis:
    """An analysis of one course per item, each made from a real course by replacing the given fields."""
    sessions = [session(f"2024-0{month}-01 08:00") for month in range(1, 1 + len(changes))]
    template = analyse([], sessions)
    courses: list[CourseRelief] = [
        dataclasses.replace(course, **change)
        for course, change in zip(template.courses, changes, strict=True)
    ]
    return dataclasses.replace(template, courses=tuple(courses))
