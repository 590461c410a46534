"""The Charts page: follows every diary change in place, switches charts, hovers, exports and copies."""

from __future__ import annotations

import stat
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from paindiary.charts.durations import DurationsChart
from paindiary.charts.relief import ReliefWindowChart
from paindiary.charts.style import moment_number
from paindiary.charts.timeline import TimelineChart
from paindiary.domain import PainEntry, Route, TreatmentSession
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.charts_view import ChartsView
from tests.charts.chart_data import session, two_courses


@pytest.fixture
def adapter(diary: Diary) -> DiaryAdapter:
    diary.import_records(*two_courses())
    return DiaryAdapter(diary)


@pytest.fixture
def view(qtbot: QtBot, adapter: DiaryAdapter) -> ChartsView:
    shown = ChartsView(adapter)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def timeline(view: ChartsView) -> TimelineChart:
    chart = view.pages["timeline"].chart
    assert isinstance(chart, TimelineChart)
    return chart


def choose(qtbot: QtBot, combo: Any, steps: int) -> None:
    """Move a closed combo box by arrow keys, as a keyboard user does."""
    combo.setFocus()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)


def test_it_opens_on_the_timeline_of_the_diary(view: ChartsView, adapter: DiaryAdapter) -> None:
    chart = timeline(view)
    _x, y = chart.dots.get_data()
    assert len(y) == adapter.reader.entry_count() == 44
    assert view.chooser.currentText() == "Pain over time"


def test_a_new_entry_updates_the_chart_in_place(view: ChartsView, adapter: DiaryAdapter) -> None:
    chart = timeline(view)
    figure, dots, axes = chart.figure, chart.dots, list(chart.figure.axes)
    draws: list[int] = []
    canvas = view.pages["timeline"].canvas
    original = canvas.draw_idle
    canvas.draw_idle = lambda *a, **k: (draws.append(1), original(*a, **k))  # type: ignore[method-assign]
    saved = adapter.add_entry(PainEntry(at=datetime(2024, 4, 7, 20, 0), pain=9))
    x, y = dots.get_data()
    assert len(y) == 45
    assert np.asarray(x)[-1] == pytest.approx(moment_number(date(2024, 4, 7)) + 0.5)
    assert np.asarray(y)[-1] == 9
    assert chart.figure is figure
    assert list(figure.axes) == axes
    assert draws == [1]
    adapter.delete_entry(saved.id)
    assert len(dots.get_data()[1]) == 44


def test_an_edited_entry_moves_its_dot(view: ChartsView, adapter: DiaryAdapter) -> None:
    first = adapter.reader.entries()[0]
    adapter.update_entry(PainEntry(at=first.at, pain=1, id=first.id))
    assert np.asarray(timeline(view).dots.get_data()[1])[0] == 1


def test_choosing_the_relief_chart_and_a_course(
    qtbot: QtBot, view: ChartsView, adapter: DiaryAdapter
) -> None:
    choose(qtbot, view.chooser, 1)
    assert view.chooser.currentText() == "Relief after each course"
    chart = view.pages["relief"].chart
    assert isinstance(chart, ReliefWindowChart)
    latest = chart.highlight.get_data()[1]
    assert len(latest) == 6  # course 2: six days of follow-up
    assert [view.course.itemText(i) for i in range(view.course.count())] == [
        "Latest course",
        "Course 2 (1 Apr 2024)",
        "Course 1 (1 Mar 2024)",
    ]
    choose(qtbot, view.course, 2)
    assert len(chart.highlight.get_data()[1]) == 31  # course 1 now
    assert chart.legend is not None
    assert chart.legend.get_texts()[0].get_text() == "Course 1 (1 Mar 2024), selected"


def test_a_new_session_reaches_the_course_charts(
    qtbot: QtBot, view: ChartsView, adapter: DiaryAdapter
) -> None:
    choose(qtbot, view.chooser, 2)
    chart = view.pages["durations"].chart
    assert isinstance(chart, DurationsChart)
    assert [bar.get_height() for bar in chart.bars] == [10, 6]
    adapter.add_session(session(date(2024, 3, 2), dose_mg=50.0))  # joins course 1: a loading series
    assert [bar.get_height() for bar in chart.bars] == [9, 6]
    assert view.course.count() == 3


def test_the_range_moves_the_timeline_without_rebuilding_it(
    qtbot: QtBot, view: ChartsView, adapter: DiaryAdapter
) -> None:
    adapter.add_entry(PainEntry(at=datetime(2023, 1, 1, 9, 0), pain=5))
    chart = timeline(view)
    figure = chart.figure
    assert view.range.currentText() == "Last 12 months"
    assert chart.title == "Daily pain, 8 Apr 2023 – 6 Apr 2024"
    _low, high = chart.ax.get_xlim()
    choose(qtbot, view.range, -1)
    assert view.range.currentText() == "Last 3 months"
    new_low, new_high = chart.ax.get_xlim()
    assert new_high == high
    assert new_low == pytest.approx(moment_number(date(2024, 1, 7)))
    assert chart.title == "Daily pain, 7 Jan 2024 – 6 Apr 2024"
    choose(qtbot, view.range, 2)
    assert view.range.currentText() == "Everything"
    assert chart.title == "Daily pain, 1 Jan 2023 – 6 Apr 2024"
    assert chart.figure is figure


def test_hovering_a_dot_shows_its_values(qtbot: QtBot, view: ChartsView) -> None:
    page = view.pages["timeline"]
    page.canvas.draw()
    chart = timeline(view)
    x, y = chart.dots.get_data()
    display_x, display_y = chart.ax.transData.transform((np.asarray(x)[10], np.asarray(y)[10]))
    ratio = page.canvas.devicePixelRatioF()
    qtbot.mouseMove(
        page.canvas, QPoint(round(display_x / ratio), round(page.canvas.height() - display_y / ratio))
    )
    assert view.hover_text == "4 Mar 2024: pain 3 (1 entry)"
    qtbot.mouseMove(page.canvas, QPoint(5, 5))
    assert view.hover_text is None


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path | None, chosen_filter: str = "") -> None:
    def answer(*_args: Any) -> tuple[str, str]:
        return (str(target) if target else "", chosen_filter)

    monkeypatch.setattr("paindiary.ui.charts_view.QFileDialog.getSaveFileName", answer)


def test_export_as_svg(
    qtbot: QtBot, view: ChartsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "timeline.svg"
    answer_save_dialog(monkeypatch, target)
    with qtbot.waitSignal(view.exported):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"<?xml")
    assert b"Daily pain, 8 Apr 2023" not in data  # the range starts at the diary, not a year back
    assert b"Daily pain, 23 Feb 2024 \xe2\x80\x93 6 Apr 2024" in data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_without_a_suffix_uses_the_chosen_format(
    qtbot: QtBot, view: ChartsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, tmp_path / "chart", "PDF document (*.pdf)")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "chart.pdf").read_bytes().startswith(b"%PDF-")


def test_png_export_is_200_dpi(
    qtbot: QtBot, view: ChartsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, tmp_path / "chart.png")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / "chart.png").read_bytes()
    assert data.startswith(b"\x89PNG")
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1600, 900)


def test_cancelling_the_export_writes_nothing(
    qtbot: QtBot, view: ChartsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, None)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert [path for path in tmp_path.rglob("*") if path.suffix in (".png", ".svg", ".pdf")] == []


def test_a_failed_export_says_why(
    qtbot: QtBot, view: ChartsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, tmp_path / "missing" / "chart.png")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert warnings == ["The chart was not saved: No such file or directory"]


def test_copy_puts_the_picture_on_the_clipboard(qtbot: QtBot, view: ChartsView) -> None:
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1600, 900)


def test_an_empty_diary_says_not_enough_data_then_fills_in(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    with Diary.open(tmp_path / "empty.sqlite3") as empty:
        adapter = DiaryAdapter(empty)
        view = ChartsView(adapter)
        qtbot.addWidget(view)
        chart = timeline(view)
        assert chart.message is not None
        assert "Not enough data yet" in chart.message
        assert view.pages["timeline"].canvas.accessibleDescription() == chart.message
        entries, sessions = two_courses()
        adapter.import_records(entries, sessions)
        assert chart.message is not None, "hidden, the page waits until it is shown"
        view.show()
        assert chart.message is None
        assert len(chart.dots.get_data()[1]) == 44


def test_a_dark_palette_gives_a_dark_chart(qtbot: QtBot, view: ChartsView) -> None:
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#F0F0F0"))
    view.setPalette(palette)
    chart = timeline(view)
    assert chart.figure.get_facecolor()[:3] == pytest.approx((0x20 / 255,) * 3)
    assert chart.theme.foreground.upper() == "#F0F0F0"


def test_controls_are_named_and_large_enough(view: ChartsView) -> None:
    for widget in (view.chooser, view.range, view.course, view.export_button, view.copy_button):
        assert widget.accessibleName()
        assert widget.toolTip()
        assert widget.minimumHeight() >= 40
    assert view.pages["timeline"].canvas.accessibleName() == "Chart: Pain over time"


def test_resizing_the_window_refits_the_timeline_legend(
    qtbot: QtBot, view: ChartsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # English fits three columns even in the narrowest window; pretend the legend is wider.
    chart = timeline(view)
    canvas = view.pages["timeline"].canvas
    monkeypatch.setattr(TimelineChart, "_legend_columns", lambda self: 2 if canvas.width() < 900 else 3)
    view.resize(820, 700)
    qtbot.waitUntil(lambda: chart.legend_columns == 2)
    assert chart.figure.legends == [chart.legend]
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: chart.legend_columns == 3)
    assert chart.figure.legends == [chart.legend]


def test_the_kind_of_course_to_compare_is_chosen_by_keyboard(
    qtbot: QtBot, view: ChartsView, adapter: DiaryAdapter
) -> None:
    assert view.group.isHidden()  # one kind of course only: nothing to choose
    nasal = TreatmentSession(
        at=datetime(2024, 3, 20, 9, 0), route=Route.INTRANASAL, drug="esketamine", dose_mg=56.0
    )
    adapter.add_session(nasal)  # course 2 of another kind, between the two IV courses
    assert not view.group.isHidden()
    assert [view.group.itemText(i) for i in range(view.group.count())] == [
        "IV infusion (ketamine), 1 session per course: 2 courses",
        "Intranasal (esketamine), 1 session per course: 1 course",
    ]
    assert view.group_caption.buddy() is view.group
    choose(qtbot, view.chooser, 1)
    chart = view.pages["relief"].chart
    assert isinstance(chart, ReliefWindowChart)
    assert chart.title.endswith("IV infusion (ketamine), 1 session per course")
    view.course.setFocus()
    qtbot.keyClick(view.course, Qt.Key.Key_Tab)
    assert view.group.hasFocus()
    choose(qtbot, view.group, 1)
    assert chart.title.endswith("Intranasal (esketamine), 1 session per course")
    choose(qtbot, view.course, 3)  # course 1, an IV infusion: its kind comes back
    assert view.course.currentText() == "Course 1 (1 Mar 2024)"
    assert view.group.currentIndex() == 0
    assert chart.title.endswith("IV infusion (ketamine), 1 session per course")


def test_the_kind_of_course_to_compare_shows_its_whole_name_where_there_is_room(
    qtbot: QtBot, view: ChartsView, adapter: DiaryAdapter
) -> None:
    for day in (20, 21):  # two sessions a day apart: a course of another kind, with a long name
        adapter.add_session(
            TreatmentSession(
                at=datetime(2024, 3, day, 9, 0), route=Route.LOCAL_INJECTION, drug="esketamine hydrochloride"
            )
        )
    view.group.setCurrentIndex(view.group.count() - 1)
    name = view.group.currentText()
    assert name.endswith("(esketamine hydrochloride), 2 sessions per course: 1 course")
    view.resize(1400, 700)
    qtbot.waitUntil(lambda: view.group.width() >= view.group.sizeHint().width())
    text_room = view.group.width() - view.group.iconSize().width()
    assert view.group.fontMetrics().horizontalAdvance(name) < text_room
    view.resize(view.minimumSizeHint())
    assert view.minimumSizeHint().width() < 1000  # a small window stays possible
