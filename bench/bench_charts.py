"""Time the charts and the report against bare matplotlib doing the same drawing.

Run as `python bench/bench_charts.py`. The diary is five two-year sample diaries end to end
(10 years: about 6,400 entries and 60 courses). Per operation it prints the best of several
runs, the floor measured in the same run on the same data, their ratio and the goal; it exits
1 when a goal is missed.

- timeline → PNG: `paindiary chart timeline` without the file read and write — relief analysis,
  daily means, 7-day median, the styled chart, 200 dpi PNG. Floor (goal): a bare Figure plotting
  the same points — daily means, median line, session and side-effect marks, relief spans —
  with matplotlib's defaults, saved as a 200 dpi PNG. Also shown (info): daily means alone, and
  both drawn at 200 dpi without encoding a PNG (the export encodes RGB at zlib level 3, the
  floor matplotlib's RGBA at level 6).
- report → PDF: the whole report (analysis, page layout, PDF). Floor (goal): a bare PdfPages
  saving the same page figures with the same embedded TrueType fonts the report must have.
  Also shown (info): the same with matplotlib's default Type 3 fonts.
"""

from __future__ import annotations

import io
import math
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

import matplotlib as mpl
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from paindiary.appointment.inputs import ReportChoices
from paindiary.appointment.source import inputs_without_records
from paindiary.charts import style
from paindiary.charts.common import prepare
from paindiary.charts.export import build_chart, render
from paindiary.charts.timeline import relief_span
from paindiary.charts.timeline_layers import DailyPoints, daily_points
from paindiary.demo import build_demo
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from paindiary.formats import report
from paindiary.formats.report import build_report

TIMELINE_GOAL = 1.3
REPORT_GOAL = 1.5
LAST_DAY = date(2024, 6, 1)


def sample_years(years: int) -> tuple[list[PainEntry], list[TreatmentSession]]:
    """`years` (even) of sample diary: two-year demo diaries placed one after the other."""
    entries: list[PainEntry] = []
    sessions: list[TreatmentSession] = []
    for block in range(years // 2):
        part_entries, part_sessions = build_demo(LAST_DAY - timedelta(days=730 * block), seed=block + 1)
        entries.extend(part_entries)
        sessions.extend(part_sessions)
    entries.sort(key=lambda entry: entry.at)
    sessions.sort(key=lambda session: session.at)
    return entries, sessions


def best_times(actions: Sequence[Callable[[], object]], repeats: int) -> list[float]:
    """Best time of each action, run in turn within every repeat so they all meet the same load."""
    best = [math.inf] * len(actions)
    for _ in range(repeats):
        for index, action in enumerate(actions):
            started = time.perf_counter()
            action()
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def timeline_png(entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession]) -> bytes:
    data = prepare(entries, sessions, AnalysisSettings())
    return render(build_chart("timeline", data), "png")


def bare_timeline_png(entries: Sequence[PainEntry]) -> bytes:
    """The floor: the same daily means as dots on a bare figure, 200 dpi PNG."""
    days = np.fromiter((entry.at.toordinal() for entry in entries), dtype=np.int64, count=len(entries))
    pain = np.fromiter((entry.pain for entry in entries), dtype=np.float64, count=len(entries))
    unique, where = np.unique(days, return_inverse=True)
    means = np.bincount(where, weights=pain) / np.bincount(where)
    figure = Figure(figsize=style.EXPORT_SIZE)
    figure.add_subplot().plot(unique, means, "o", markersize=3.0)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=style.EXPORT_DPI)
    return buffer.getvalue()


def timeline_pixels(entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession]) -> None:
    """The timeline drawn at export resolution, not encoded: how the drawing alone compares."""
    data = prepare(entries, sessions, AnalysisSettings())
    figure = build_chart("timeline", data)
    figure.set_dpi(style.EXPORT_DPI)
    with style.chart_settings():
        FigureCanvasAgg(figure).draw()


def bare_same_points_pixels(
    points: DailyPoints,
    session_x: Sequence[float],
    effect_x: Sequence[float],
    spans: Sequence[tuple[float, float]],
) -> None:
    FigureCanvasAgg(bare_same_points(points, session_x, effect_x, spans, dpi=style.EXPORT_DPI)).draw()


def bare_same_points_png(
    points: DailyPoints,
    session_x: Sequence[float],
    effect_x: Sequence[float],
    spans: Sequence[tuple[float, float]],
) -> bytes:
    """The floor: every series the timeline draws, on a bare figure with matplotlib's defaults."""
    figure = bare_same_points(points, session_x, effect_x, spans)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=style.EXPORT_DPI)
    return buffer.getvalue()


def bare_same_points(
    points: DailyPoints,
    session_x: Sequence[float],
    effect_x: Sequence[float],
    spans: Sequence[tuple[float, float]],
    dpi: float = 100.0,
) -> Figure:
    figure = Figure(figsize=style.EXPORT_SIZE, dpi=dpi)
    axes = figure.add_subplot()
    axes.plot(points.x, points.mean, "o", markersize=3.0)
    axes.plot(points.median_x, points.median)
    axes.plot(session_x, [10.5] * len(session_x), "v")
    axes.plot(effect_x, [-0.75] * len(effect_x), "s")
    for low, high in spans:
        axes.axvspan(low, high, ymin=0.1, ymax=0.85, alpha=0.22)
    return figure


def same_points(
    entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession]
) -> tuple[DailyPoints, list[float], list[float], list[tuple[float, float]]]:
    """The timeline's series, computed once for the floor."""
    data = prepare(entries, sessions, AnalysisSettings())
    spans = [span for relief in data.reliefs if (span := relief_span(relief)) is not None]
    session_x = [style.moment_number(session.at) for session in sessions]
    effect_x = [style.moment_number(session.at) for session in sessions if session.side_effects]
    return daily_points(data), session_x, effect_x, spans


def report_pdf(entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession], start: date) -> bytes:
    pdf, _result = build_report(entries, sessions, AnalysisSettings(), today=LAST_DAY, start=start)
    return pdf


def report_figures(
    entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession], start: date
) -> list[Figure]:
    """The figures build_report draws, built the same way (one analysis for text and charts)."""
    moment = datetime.combine(LAST_DAY, datetime.min.time()).replace(hour=23, minute=59)
    inputs = inputs_without_records(
        entries, sessions, AnalysisSettings(), at=moment, choices=ReportChoices(), period=(start, LAST_DAY)
    )
    return report.report_figures(inputs, today=LAST_DAY)


def bare_pdf(figures: Sequence[Figure], truetype: bool) -> bytes:
    """The floor: a bare PdfPages saving the same figures (TrueType fonts or matplotlib's default Type 3)."""
    buffer = io.BytesIO()
    with mpl.rc_context({"pdf.fonttype": 42 if truetype else 3}), PdfPages(buffer) as pdf:
        for figure in figures:
            pdf.savefig(figure)
    return buffer.getvalue()


def main() -> int:
    rows: list[tuple[str, float, float, float | None]] = []
    for years, repeats in ((2, 9), (10, 9)):
        entries, sessions = sample_years(years)
        size = f"{years}y ({len(entries)} entries, {len(sessions)} sessions)"
        series = same_points(entries, sessions)
        mine, floor, dots, pixels, bare_pixels = best_times(
            [
                lambda e=entries, s=sessions: timeline_png(e, s),
                lambda p=series: bare_same_points_png(*p),
                lambda e=entries: bare_timeline_png(e),
                lambda e=entries, s=sessions: timeline_pixels(e, s),
                lambda p=series: bare_same_points_pixels(*p),
            ],
            repeats,
        )
        rows.append((f"timeline → PNG {size}", mine, floor, TIMELINE_GOAL if years == 10 else None))
        rows.append((f"  vs daily means alone {years}y", mine, dots, None))
        rows.append((f"  drawing alone, no PNG encoding {years}y", pixels, bare_pixels, None))
    entries, sessions = sample_years(10)
    start = min(entry.at.date() for entry in entries)
    figures = report_figures(entries, sessions, start)
    mine, floor, type3 = best_times(
        [
            lambda: report_pdf(entries, sessions, start),
            lambda: bare_pdf(figures, truetype=True),
            lambda: bare_pdf(figures, truetype=False),
        ],
        5,
    )
    rows.append((f"report → PDF 10y ({len(figures)} pages)", mine, floor, REPORT_GOAL))
    rows.append(("  vs default Type 3 fonts 10y", mine, type3, None))

    print(f"{'operation':<62} {'time':>10} {'floor':>10} {'ratio':>7}  goal")
    missed = False
    for name, seconds, floor_seconds, goal in rows:
        ratio = seconds / floor_seconds
        goal_text = f"≤ {goal:g}×" if goal else "(info)"
        print(f"{name:<62} {seconds * 1e3:>8.0f}ms {floor_seconds * 1e3:>8.0f}ms {ratio:>6.2f}×  {goal_text}")
        missed |= goal is not None and ratio > goal
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
