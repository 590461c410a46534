"""Visible work only: a save recomputes and redraws what is on screen; hidden pages catch up when shown."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from paindiary.charts.timeline import TimelineChart
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.charts_view import ChartsView
from paindiary.ui.main_window import MainWindow
from tests.charts.chart_data import two_courses

NOW = datetime(2024, 4, 20, 20, 0)


@pytest.fixture
def adapter(diary: Diary) -> DiaryAdapter:
    diary.import_records(*two_courses())
    return DiaryAdapter(diary)


@pytest.fixture
def window(qtbot: QtBot, adapter: DiaryAdapter) -> MainWindow:
    main = build_window(adapter, clock=lambda: NOW)
    qtbot.addWidget(main)
    main.resize(1000, 700)
    main.show()
    qtbot.waitExposed(main)
    return main


def charts_of(window: MainWindow) -> ChartsView:
    assert isinstance(window.charts_view, ChartsView)
    return window.charts_view


def count_draws(charts: ChartsView) -> list[int]:
    """Every full draw of the timeline's canvas from now on."""
    draws: list[int] = []
    canvas = charts.pages["timeline"].canvas
    original = canvas.draw
    canvas.draw = lambda: (draws.append(1), original())  # type: ignore[method-assign]
    return draws


def settle() -> None:
    """Run what the event loop has queued (posted redraws included), without waiting for time."""
    for _ in range(3):
        QApplication.processEvents()


def save_on_today(qtbot: QtBot, window: MainWindow, pain: int) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "today"
    qtbot.keyClick(window.today, Qt.Key.Key_0 + pain)
    qtbot.keyClick(window.today, Qt.Key.Key_Return)


def test_a_save_while_charts_are_hidden_draws_nothing_until_they_are_shown(
    qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    charts = charts_of(window)
    chart = charts.pages["timeline"].chart
    assert isinstance(chart, TimelineChart)
    before = len(chart.dots.get_data()[1])
    settle()  # the first visit's own redraw is done
    draws = count_draws(charts)

    save_on_today(qtbot, window, 7)
    settle()  # any redraw posted by the save has run: none may have been
    assert adapter.reader.entry_count() == before + 1
    assert draws == []
    assert len(chart.dots.get_data()[1]) == before, "hidden: not even the data was recomputed"

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert draws, "shown, it redraws with the new entry"
    x, y = (np.asarray(values) for values in chart.dots.get_data())
    assert len(y) == before + 1
    assert y[np.argmax(x)] == 7, "the new entry is the latest dot"


def test_a_change_of_another_kind_of_record_does_not_recompute_the_charts(
    qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    charts = charts_of(window)
    full = charts.full
    adapter.changed.emit("profile", [])  # the charts draw vitals, never the profile
    assert charts.full is full
    adapter.changed.emit("entries", [str(adapter.reader.entries()[0].id)])
    assert charts.full is not full


def test_todays_relief_line_ignores_kinds_it_does_not_show_and_waits_while_hidden(
    qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter
) -> None:
    settle()
    shown: list[int] = []
    window.today.status_shown.connect(lambda: shown.append(1))
    adapter.changed.emit("vitals", ["00000000-0000-0000-0000-000000000001"])
    adapter.changed.emit("intake", ["00000000-0000-0000-0000-000000000002"])
    settle()
    assert shown == [], "a record the line does not show recomputes nothing"

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Sessions
    entry = adapter.reader.entries()[-1]
    adapter.delete_entry(entry.id)
    settle()
    assert shown == [], "Today is hidden: its relief line waits"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [1], "shown again, it catches up once"
