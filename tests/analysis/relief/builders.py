"""Small diaries for the Relief metrics v2 tests, and the v2 settings in one place."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.analysis.results import ReliefAnalysis
from paindiary.domain import AnalysisSettings, PainEntry, Route, SessionSeries, TreatmentSession

# The v2 defaults; AnalysisSettings() still says baseline_days=7 until v1 is removed.
V2 = AnalysisSettings(baseline_days=28)
LATER = datetime(2030, 1, 1)  # a summary moment after every scenario


def settings(**changes: int) -> AnalysisSettings:
    return V2.with_changes(**changes)


def at(text: str) -> datetime:
    """'2024-03-01 08:00' as a datetime."""
    return datetime.fromisoformat(text)


def day(text: str, offset: int = 0) -> date:
    return date.fromisoformat(text) + timedelta(days=offset)


def entry(when: str, pain: int) -> PainEntry:
    return PainEntry(at=at(when), pain=pain)


def daily(first: str | date, pains: Iterable[int | None], hour: int = 12) -> list[PainEntry]:
    """One entry a day at `hour` from `first`; None skips a day."""
    start = date.fromisoformat(first) if isinstance(first, str) else first
    entries: list[PainEntry] = []
    for offset, pain in enumerate(pains):
        if pain is not None:
            moment = datetime.combine(start + timedelta(days=offset), datetime.min.time())
            entries.append(PainEntry(at=moment + timedelta(hours=hour), pain=pain))
    return entries


def days_before(first: str | date, pains: list[int | None], hour: int = 12) -> list[PainEntry]:
    """`pains` on the len(pains) dates just before `first`, oldest first."""
    start = date.fromisoformat(first) if isinstance(first, str) else first
    return daily(start - timedelta(days=len(pains)), pains, hour)


def session(
    when: str,
    *,
    dose_mg: float | None = 100.0,
    weight_kg: float | None = 70.0,
    route: Route = Route.IV_INFUSION,
    drug: str = "ketamine",
    minutes: int | None = None,
    series: SessionSeries = SessionSeries.AUTO,
) -> TreatmentSession:
    return TreatmentSession(
        at=at(when),
        route=route,
        drug=drug,
        dose_mg=dose_mg,
        weight_kg=weight_kg,
        minutes=minutes,
        series=series,
    )


def analyse(
    entries: list[PainEntry],
    sessions: list[TreatmentSession],
    when: datetime = LATER,
    **changes: int,
) -> ReliefAnalysis:
    return relief_analysis(entries, sessions, settings(**changes), when)


def course_json(analysis: ReliefAnalysis, number: int = 1) -> dict[str, Any]:
    return analysis.courses[number - 1].as_json()


def picked(values: dict[str, Any], *keys: str) -> dict[str, Any]:
    """Only `keys` of a JSON object, so a test states just what it is about."""
    return {key: values[key] for key in keys}
