"""Small builders for diaries in the analysis tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from paindiary.domain import AnalysisSettings, PainEntry, Route, Severity, SideEffect, TreatmentSession

DEFAULT = AnalysisSettings()


def at(text: str) -> datetime:
    """'2024-03-01 08:00' or '2024-03-01T08:00' as a datetime."""
    return datetime.fromisoformat(text)


def entry(when: str | datetime, pain: int) -> PainEntry:
    return PainEntry(at=at(when) if isinstance(when, str) else when, pain=pain)


def session(
    when: str | datetime,
    dose_mg: float | None = 100.0,
    weight_kg: float | None = 70.0,
    route: Route = Route.IV_INFUSION,
    effects: Sequence[tuple[str, Severity]] = (),
) -> TreatmentSession:
    return TreatmentSession(
        at=at(when) if isinstance(when, str) else when,
        route=route,
        dose_mg=dose_mg,
        weight_kg=weight_kg,
        side_effects=tuple(SideEffect(kind=kind, severity=severity) for kind, severity in effects),
    )
