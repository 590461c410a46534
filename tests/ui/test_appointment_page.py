"""The Appointment page: Ctrl+5 shows page 1's content live; questions are added, ticked, removed, undone."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from paindiary.appointment.inputs import Question
from paindiary.clinic_records import SessionStatus
from paindiary.domain import PainEntry, Route, TreatmentSession
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.appointment_page import AppointmentPage
from paindiary.ui.main_window import MainWindow
from tests.charts.chart_data import two_courses
from tests.support import FakeClock

NOW = datetime(2024, 4, 7, 12)


@pytest.fixture
def window(qtbot: QtBot, diary: Diary) -> MainWindow:
    diary.import_records(*two_courses())
    diary.add_session(
        TreatmentSession(
            at=datetime(2024, 4, 20, 9),
            route=Route.IV_INFUSION,
            status=SessionStatus.PLANNED,
        )
    )
    main = build_window(DiaryAdapter(diary), clock=FakeClock(NOW))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def open_page(qtbot: QtBot, window: MainWindow) -> AppointmentPage:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.findChild(AppointmentPage)
    assert isinstance(page, AppointmentPage)
    qtbot.waitExposed(page)
    return page


def texts(page: AppointmentPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.text())


def test_ctrl_5_shows_at_a_glance_noticed_courses_and_questions(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    assert window.current_page() == "appointment"
    shown = texts(page)
    for part in (
        "At a glance",
        "Usual pain",
        "course 2, 1 Apr 2024: IV infusion, ketamine",
        "Noticed in your diary",
        "The diary cannot tell why.",
        "Courses",
        "Next session: 20 Apr 2024: IV infusion, ketamine",
    ):
        assert part in shown, part
    assert page.courses.rowCount() == 2


def test_the_page_follows_changes_made_elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    assert "44 of 44 days in the period have entries" in texts(page)
    window.adapter.add_entry(PainEntry(at=datetime(2024, 4, 7, 9), pain=9))
    assert "45 of 45 days in the period have entries" in texts(page)


def test_questions_are_added_ticked_removed_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    qtbot.keyClicks(page.new_question, "Is the dose still right for my weight?")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert window.adapter.questions() == (Question("Is the dose still right for my weight?"),)
    assert page.new_question.text() == ""
    qtbot.keyClicks(page.new_question, "Driving afterwards?")
    qtbot.keyClick(page.new_question, Qt.Key.Key_Return)
    assert len(window.adapter.questions()) == 2

    page.questions.setCurrentRow(0)
    page.questions.setFocus()
    qtbot.keyClick(page.questions, Qt.Key.Key_Space)  # ticks the current question off
    assert window.adapter.questions()[0].done is True

    page.questions.setCurrentRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [q.text for q in window.adapter.questions()] == ["Is the dose still right for my weight?"]

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [q.text for q in window.adapter.questions()] == [
        "Is the dose still right for my weight?",
        "Driving afterwards?",
    ]
    assert page.questions.count() == 2


def test_an_empty_question_is_refused_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        "paindiary.ui.appointment_page.QMessageBox.warning", lambda _p, _t, text: warnings.append(text)
    )
    page = open_page(qtbot, window)
    qtbot.keyClicks(page.new_question, "   ")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert warnings == ["is empty"]
    assert window.adapter.questions() == ()
