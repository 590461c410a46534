"""A new entry while the timeline is shown redraws only its daily lines, and looks like a full draw."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import numpy.typing as npt
import pytest
from matplotlib.lines import Line2D
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from paindiary.charts import style
from paindiary.charts.common import prepare
from paindiary.charts.export import draw_chart, new_chart_figure
from paindiary.charts.timeline import TimelineChart
from paindiary.domain import PainEntry
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.charts_view import ChartPage, ChartsView
from paindiary.ui.main_window import MainWindow
from tests.charts.chart_data import two_courses

NOW = datetime(2024, 4, 20, 20, 0)
LAST_DAY_EVENING = datetime(2024, 4, 6, 21, 0)  # the diary's last entry is on 6 Apr


@pytest.fixture
def adapter(diary: Diary) -> DiaryAdapter:
    diary.import_records(*two_courses())
    return DiaryAdapter(diary)


@pytest.fixture
def charts(qtbot: QtBot, adapter: DiaryAdapter) -> ChartsView:
    """The window with its Charts page shown and drawn."""
    window: MainWindow = build_window(adapter, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)  # Ctrl+4 is a shortcut of the active window
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.charts_view
    assert isinstance(view, ChartsView)
    settle()
    return view


def settle() -> None:
    """Run what the event loop has queued (posted redraws included), without waiting for time."""
    for _ in range(3):
        QApplication.processEvents()


def timeline_page(charts: ChartsView) -> tuple[ChartPage, TimelineChart]:
    page = charts.pages["timeline"]
    assert isinstance(page.chart, TimelineChart)
    return page, page.chart


def count_full_draws(page: ChartPage) -> list[int]:
    draws: list[int] = []
    original = page.canvas.draw
    page.canvas.draw = lambda: (draws.append(1), original())  # type: ignore[method-assign]
    return draws


def pixels(page: ChartPage) -> npt.NDArray[np.uint8]:
    return np.asarray(page.canvas.buffer_rgba()).copy()  # type: ignore[no-untyped-call]


def line_data(chart: TimelineChart) -> list[npt.NDArray[np.float64]]:
    """Every line of the timeline's axes, in order, as (x, y) rows of numbers."""
    return [
        np.vstack([np.asarray(line.get_xdata(), dtype=float), np.asarray(line.get_ydata(), dtype=float)])
        for line in chart.ax.get_children()
        if isinstance(line, Line2D)
    ]


def same_lines(chart: TimelineChart, other: TimelineChart) -> bool:
    """Both charts draw the same lines with the same points (gaps in the median included)."""
    mine, theirs = line_data(chart), line_data(other)
    return len(mine) == len(theirs) and all(
        np.array_equal(a, b, equal_nan=True) for a, b in zip(mine, theirs, strict=True)
    )


def rebuilt(charts: ChartsView, adapter: DiaryAdapter) -> TimelineChart:
    """The timeline drawn from scratch on a new figure, its analysis computed in full."""
    reader = adapter.reader
    data = prepare(reader.entries(), reader.sessions(), reader.analysis_settings(), at=NOW)
    figure = new_chart_figure("timeline", theme=charts.theme)
    with style.chart_settings():
        chart = draw_chart("timeline", figure, data, charts.theme)
    assert isinstance(chart, TimelineChart)
    _page, shown = timeline_page(charts)
    chart.show_limits(*shown.ax.get_xlim())
    return chart


def test_an_entry_while_the_timeline_is_shown_redraws_only_its_daily_lines_like_a_full_rebuild(
    charts: ChartsView, adapter: DiaryAdapter
) -> None:
    page, chart = timeline_page(charts)
    assert page.daily is not None
    draws = count_full_draws(page)
    partial = page.daily.partial_draws
    before = len(chart.dots.get_xdata())  # type: ignore[arg-type]

    # A write while the chart is on screen (the adapter's add_entry is what every entry form calls).
    adapter.add_entry(PainEntry(at=LAST_DAY_EVENING, pain=1))  # relief as before, a lower day
    settle()

    assert draws == [], "the limits did not move: no full draw"
    assert page.daily.partial_draws == partial + 1
    assert len(chart.dots.get_xdata()) == before, "an entry on a logged day changes that day's mean"  # type: ignore[arg-type]
    assert same_lines(chart, rebuilt(charts, adapter))
    assert [text.get_text() for text in chart.labels] == [
        text.get_text() for text in rebuilt(charts, adapter).labels
    ]
    assert chart.spans.get_paths() is not None
    shown = pixels(page)
    page.canvas.draw()  # type: ignore[no-untyped-call]
    assert np.array_equal(shown, pixels(page)), "the partial redraw shows what a full draw shows"


def test_an_entry_that_moves_the_limits_draws_the_whole_timeline_again(
    charts: ChartsView, adapter: DiaryAdapter
) -> None:
    page, chart = timeline_page(charts)
    assert page.daily is not None
    draws = count_full_draws(page)
    partial = page.daily.partial_draws
    before = len(chart.dots.get_xdata())  # type: ignore[arg-type]

    adapter.add_entry(PainEntry(at=datetime(2024, 4, 8, 9, 0), pain=1))  # a day after the last one
    settle()

    assert draws, "new limits and a new title: the whole chart is drawn"
    assert page.daily.partial_draws == partial
    assert len(chart.dots.get_xdata()) == before + 1  # type: ignore[arg-type]
    assert same_lines(chart, rebuilt(charts, adapter))
