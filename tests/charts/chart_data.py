"""Diaries for the chart tests (a hand-made one with known relief) and drawing helpers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from paindiary.analysis.results import ReliefAnalysis
from paindiary.charts.common import ChartData
from paindiary.charts.export import draw_chart
from paindiary.charts.style import new_figure
from paindiary.domain import PainEntry, Route, Severity, SideEffect, TreatmentSession


def daily(first: date, pains: Iterable[int | None], hour: int = 12) -> list[PainEntry]:
    """One entry a day at `hour` from `first`; None skips a day."""
    return [
        PainEntry(
            at=datetime.combine(first + timedelta(days=offset), datetime.min.time()).replace(hour=hour),
            pain=p,
        )
        for offset, p in enumerate(pains)
        if p is not None
    ]


def session(
    day: date,
    dose_mg: float | None = 100.0,
    weight_kg: float | None = 50.0,
    effects: Sequence[tuple[str, Severity]] = (),
) -> TreatmentSession:
    return TreatmentSession(
        at=datetime.combine(day, datetime.min.time()).replace(hour=9),
        route=Route.IV_INFUSION,
        dose_mg=dose_mg,
        weight_kg=weight_kg,
        side_effects=tuple(SideEffect(kind, severity) for kind, severity in effects),
    )


def two_courses() -> tuple[list[PainEntry], list[TreatmentSession]]:
    """Course 1 on 1 Mar: pain 6 -> 3 for ten days. Course 2 on 1 Apr: 6 -> 2, still going at the end."""
    first = date(2024, 2, 23)
    pains = [6] * 7 + [3] * 10 + [6] * 21 + [2] * 6  # 23-29 Feb, 1-10 Mar, 11-31 Mar, 1-6 Apr
    entries = daily(first, pains)
    sessions = [
        session(
            date(2024, 3, 1), 100.0, 50.0, [("nausea", Severity.MODERATE), ("dissociation", Severity.MILD)]
        ),
        session(
            date(2024, 4, 1),
            150.0,
            50.0,
            [("dissociation", Severity.SEVERE), ("bladder-symptoms", Severity.MILD)],
        ),
    ]
    return entries, sessions


def drawn(figure: Figure) -> Figure:
    """Lay the figure out and draw it once, as a screen or a file would."""
    FigureCanvasAgg(figure).draw()
    return figure


Chart = TypeVar("Chart")


def chart_of(kind: str, data: ChartData, chart_type: type[Chart]) -> Chart:
    """The chart called `kind` drawn from `data` on a new figure, checked to be a `chart_type`."""
    chart = draw_chart(kind, new_figure(), data)
    assert isinstance(chart, chart_type)
    return chart


def hand_made(analysis: ReliefAnalysis, entries: Sequence[PainEntry] = (), **options: Any) -> ChartData:
    """Chart data around a hand-built analysis: its courses' sessions, the entries given."""
    sessions = [session for relief in analysis.courses for session in relief.treatment.sessions]
    return ChartData(list(entries), sessions, analysis.settings, analysis, **options)
