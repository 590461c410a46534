"""Small builders for diaries in the analysis tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from paindiary.analysis import CourseRelief, relief_summary
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


def daily(first: date | str, pains: Iterable[int | None], hour: int = 12) -> list[PainEntry]:
    """One entry a day at `hour` from `first`; None skips a day."""
    start = date.fromisoformat(first) if isinstance(first, str) else first
    return [
        PainEntry(at=datetime(day.year, day.month, day.day, hour), pain=pain)
        for offset, pain in enumerate(pains)
        if pain is not None
        for day in [start + timedelta(days=offset)]
    ]


def week_before(start: str, pain: int = 7, hour: int = 12, days: int = 7) -> list[PainEntry]:
    """One entry at `hour` on each of the `days` dates before the date of `start`."""
    first = at(start).date() - timedelta(days=days)
    return daily(first, [pain] * days, hour=hour)


START = "2024-03-10 08:00"  # the session most scenarios use; day 0 is 2024-03-10


def one_course(
    follow_up: Sequence[int | None], baseline_pain: int = 10, start: str = START
) -> tuple[list[PainEntry], list[TreatmentSession]]:
    """A week of `baseline_pain` at noon, one session at `start`, then one entry a day at noon from day 0."""
    entries = week_before(start, baseline_pain) + daily(at(start).date(), follow_up)
    return entries, [session(start)]


def only_relief(
    entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession], settings: AnalysisSettings = DEFAULT
) -> CourseRelief:
    reliefs = relief_summary(entries, sessions, settings)
    assert len(reliefs) == 1
    return reliefs[0]


def relief_of(follow_up: Sequence[int | None], baseline_pain: int = 10, **changes: int) -> CourseRelief:
    """The relief of `one_course(...)` under default settings changed by `changes`."""
    return only_relief(*one_course(follow_up, baseline_pain), DEFAULT.with_changes(**changes))
