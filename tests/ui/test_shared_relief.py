"""Today's relief line and the charts share one incremental analysis: earlier courses are assessed once."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from paindiary.analysis import incremental
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.charts_view import ChartsView
from tests.charts.chart_data import two_courses

NOW = datetime(2024, 4, 20, 20, 0)


def test_the_charts_reuse_the_courses_todays_relief_line_assessed(
    qtbot: QtBot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary.import_records(*two_courses())
    adapter = DiaryAdapter(diary)
    assessed: list[int] = []
    assess = incremental.assess_next

    def counted(*args: object) -> None:
        assessed.append(1)
        assess(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(incremental, "assess_next", counted)
    window = build_window(adapter, clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.today.status_shown):
        window.show()
    assert len(assessed) == 2, "Today's line assessed both courses"

    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    charts = window.charts_view
    assert isinstance(charts, ChartsView)
    assert len(charts.full.reliefs) == 2
    assert len(assessed) == 3, "the charts assessed only the latest course again"
