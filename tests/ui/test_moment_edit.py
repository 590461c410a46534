"""Date and date-time fields: Tab leaves them in one press; Left / Right move between their parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.medicine_records import CoTreatment, CoTreatmentKind
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.clinic_dialogs import BloodPressureDialog
from paindiary.ui.diary_view import DiaryView
from paindiary.ui.entry_dialog import EntryDialog
from paindiary.ui.medicine_dialogs import CoTreatmentDialog
from paindiary.ui.moment_edit import DayEdit, MomentEdit
from paindiary.ui.report_action import ReportDialog
from paindiary.ui.session_dialog import SessionDialog
from paindiary.ui.today_view import TodayView
from tests.support import FakeClock

NOW = datetime(2024, 6, 1, 14, 30)


def focus_by_tab(qtbot: QtBot, field: QDateTimeEdit) -> None:
    """Bring the field's window forward and give the field focus as Tab would (first part selected)."""
    window = field.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    assert field.hasFocus()


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is, as on a keyboard."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


@dataclass
class Form:
    """A window with a line edit, the date-time field and another line edit, in that order."""

    window: QWidget
    before: QLineEdit
    field: MomentEdit
    after: QLineEdit


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    window = QWidget()
    qtbot.addWidget(window)
    built = Form(
        window,
        QLineEdit(window),
        MomentEdit(QDateTime(QDate(2024, 5, 20), QTime(8, 45)), window),
        QLineEdit(window),
    )
    layout = QVBoxLayout(window)
    for widget in (built.before, built.field, built.after):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    return built


def test_tab_and_shift_tab_leave_the_field_in_one_press(qtbot: QtBot, form: Form) -> None:
    before, field, after = form.before, form.field, form.after
    focus_by_tab(qtbot, field)
    press(qtbot, Qt.Key.Key_Tab)
    assert after.hasFocus()
    focus_by_tab(qtbot, field)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus()
    assert field.dateTime() == QDateTime(QDate(2024, 5, 20), QTime(8, 45))


def test_left_and_right_select_the_parts_and_typing_changes_only_that_part(qtbot: QtBot, form: Form) -> None:
    field = form.field
    focus_by_tab(qtbot, field)
    assert field.currentSection() == QDateTimeEdit.Section.YearSection
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right)
    assert field.currentSection() == QDateTimeEdit.Section.HourSection
    qtbot.keyClicks(field, "21")  # a whole hour typed: Qt moves on to the minutes by itself
    assert field.currentSection() == QDateTimeEdit.Section.MinuteSection
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    assert field.currentSection() == QDateTimeEdit.Section.DaySection
    press(qtbot, Qt.Key.Key_Up)
    assert field.dateTime() == QDateTime(QDate(2024, 5, 21), QTime(21, 45))


def test_typing_every_digit_still_fills_the_whole_field(qtbot: QtBot, form: Form) -> None:
    field = form.field
    focus_by_tab(qtbot, field)
    qtbot.keyClicks(field, "202312310705")
    assert field.dateTime() == QDateTime(QDate(2023, 12, 31), QTime(7, 5))


def test_typed_separators_still_move_on_to_the_next_part(qtbot: QtBot, form: Form) -> None:
    field = form.field
    focus_by_tab(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "2024-05-31 21:15")
    assert field.dateTime() == QDateTime(QDate(2024, 5, 31), QTime(21, 15))


def entry_dialog(adapter: DiaryAdapter) -> tuple[QWidget, QDateTimeEdit]:
    dialog = EntryDialog(PainEntry(at=NOW, pain=4), write=lambda _entry: None)
    return dialog, dialog.at


def session_dialog(adapter: DiaryAdapter) -> tuple[QWidget, QDateTimeEdit]:
    dialog = SessionDialog(adapter, clock=FakeClock(NOW))
    return dialog, dialog.when


def blood_pressure_dialog(adapter: DiaryAdapter) -> tuple[QWidget, QDateTimeEdit]:
    dialog = BloodPressureDialog(adapter, FakeClock(NOW))
    return dialog, dialog.at


def treatment_start(adapter: DiaryAdapter) -> tuple[QWidget, QDateTimeEdit]:
    dialog = CoTreatmentDialog(adapter, FakeClock(NOW))
    return dialog, dialog.start


def treatment_end(adapter: DiaryAdapter) -> tuple[QWidget, QDateTimeEdit]:
    treatment = CoTreatment(kind=CoTreatmentKind.EXERCISE, start=date(2024, 5, 1), end=date(2024, 5, 30))
    dialog = CoTreatmentDialog(adapter, FakeClock(NOW), treatment)
    return dialog, dialog.end.day


def today_when(adapter: DiaryAdapter) -> tuple[QWidget, QDateTimeEdit]:
    view = TodayView(adapter, QUndoStack(), clock=FakeClock(NOW))
    view.when.set_moment(datetime(2024, 5, 31, 21, 15))
    return view, view.when.edit


def diary_filter_start(adapter: DiaryAdapter) -> tuple[QWidget, QDateTimeEdit]:
    view = DiaryView(adapter, QUndoStack(), clock=FakeClock(NOW))
    return view, view.start


def report_first_day(adapter: DiaryAdapter) -> tuple[QWidget, QDateTimeEdit]:
    dialog = ReportDialog(adapter, today=NOW.date())
    return dialog, dialog.start


@pytest.mark.parametrize(
    "build",
    [
        entry_dialog,
        session_dialog,
        blood_pressure_dialog,
        treatment_start,
        treatment_end,
        today_when,
        diary_filter_start,
        report_first_day,
    ],
)
def test_every_date_field_of_the_dialogs_and_today_is_left_by_one_tab(
    qtbot: QtBot, adapter: DiaryAdapter, build: Callable[[DiaryAdapter], tuple[QWidget, QDateTimeEdit]]
) -> None:
    window, field = build(adapter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(field, MomentEdit | DayEdit)
    before = field.dateTime()
    focus_by_tab(qtbot, field)
    press(qtbot, Qt.Key.Key_Tab)
    moved_to = QApplication.focusWidget()
    assert moved_to is not None
    assert moved_to is not field
    assert not field.isAncestorOf(moved_to)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert field.hasFocus(), "one Shift+Tab comes back"
    assert field.dateTime() == before
    if isinstance(window, QDialog):
        window.done(QDialog.DialogCode.Rejected)


def test_edit_entry_opens_on_the_pain_score_and_return_saves(qtbot: QtBot) -> None:
    saved: list[PainEntry] = []
    dialog = EntryDialog(PainEntry(at=NOW, pain=4), write=saved.append)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.scores.buttons[4]
    press(qtbot, Qt.Key.Key_Right)
    assert dialog.scores.value() == 5, "the arrow keys move the score"
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)
    assert [(entry.at, entry.pain) for entry in saved] == [(NOW, 5)]


def test_a_new_entry_opens_on_its_date(qtbot: QtBot) -> None:
    dialog = EntryDialog(PainEntry(at=NOW, pain=0), write=lambda _entry: None)
    dialog.scores.clear()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.at
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is not None
    dialog.done(QDialog.DialogCode.Rejected)
