"""Today logs for an earlier time too; a future time asks once; a line of the day opens for editing."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.today_view import TodayView
from tests.ui.conftest import User

NOW = datetime(2024, 6, 1, 14, 30, 17)


@pytest.fixture
def view(qtbot: QtBot, diary: Diary) -> TodayView:
    widget = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def answer(qtbot: QtBot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_now_keeps_seconds_so_one_minutes_entries_keep_their_order(
    view: TodayView, diary: Diary, user: User
) -> None:
    assert view.when.is_now()
    user.click(view.scores.buttons[2])
    user.click(view.save_button)
    assert [entry.at for entry in diary.entries()] == [NOW]


def test_an_entry_for_yesterday_evening(qtbot: QtBot, view: TodayView, diary: Diary, user: User) -> None:
    user.click(view.scores.buttons[5])
    user.click(view.when.toggle)
    assert view.when.edit.isVisible()
    user.retype(view.when.edit, "2024-05-31 21:15")
    user.click(view.save_button)
    [entry] = diary.entries()
    assert (entry.at, entry.pain) == (datetime(2024, 5, 31, 21, 15), 5)
    assert view.when.is_now(), "the next entry is for now again"
    assert view.today_list.item(0).text() == "Nothing logged yet today."


def test_a_time_in_the_future_asks_once(qtbot: QtBot, view: TodayView, diary: Diary, user: User) -> None:
    user.click(view.scores.buttons[4])
    user.click(view.when.toggle)
    user.retype(view.when.edit, "2024-06-02 09:00")
    seen: list[str] = []
    answer(qtbot, QMessageBox.StandardButton.No, seen)
    user.click(view.save_button)
    assert seen == ["This time is in the future. Save the entry for it anyway?"]
    assert diary.entries() == []
    assert view.scores.value() == 4, "nothing typed is lost"
    answer(qtbot, QMessageBox.StandardButton.Yes, seen)
    user.click(view.save_button)
    assert [entry.at for entry in diary.entries()] == [datetime(2024, 6, 2, 9, 0)]
    assert len(seen) == 2


def test_double_click_on_a_line_of_today_edits_that_entry(qtbot: QtBot, diary: Diary, user: User) -> None:
    diary.add_entry(PainEntry(at=datetime(2024, 6, 1, 9, 0), pain=3, note="morning"))
    view = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    item = view.today_list.item(0)
    rect = view.today_list.visualItemRect(item)
    # A double-click as Qt sees one: a press and release, then the double-click event.
    qtbot.mouseClick(view.today_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.today_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = view.entry_dialog
    assert dialog is not None
    assert dialog.isVisible()
    user.retype(dialog.note, "morning, stiff")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    user.click(buttons.button(QDialogButtonBox.StandardButton.Save))
    [entry] = diary.entries()
    assert entry.note == "morning, stiff"
    assert "morning, stiff" in view.today_list.item(0).text()


def focus_the_day(qtbot: QtBot, view: TodayView, row: int) -> None:
    """Tab to "Today so far" as a keyboard user does, then go to `row` with the arrow keys."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.today_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view.today_list, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(view.today_list, Qt.Key.Key_Down)
    assert view.today_list.currentRow() == row


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2], ids=["Return", "Enter", "F2"]
)
def test_a_key_on_a_line_of_today_edits_that_entry(
    qtbot: QtBot, diary: Diary, user: User, key: Qt.Key
) -> None:
    diary.add_entry(PainEntry(at=datetime(2024, 6, 1, 9, 0), pain=3, note="morning"))
    diary.add_entry(PainEntry(at=datetime(2024, 6, 1, 12, 0), pain=5, note="noon"))
    view = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    focus_the_day(qtbot, view, 1)  # newest first: the second line is the morning's
    qtbot.keyClick(view.today_list, key)
    dialog = view.entry_dialog
    assert dialog.isVisible()
    assert dialog.note.toPlainText() == "morning"
    user.click(dialog.scores.buttons[7])
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert {entry.note: entry.pain for entry in diary.entries()} == {"morning": 7, "noon": 5}


def test_return_in_the_day_edits_even_with_a_score_chosen_on_the_form(
    qtbot: QtBot, diary: Diary, user: User
) -> None:
    diary.add_entry(PainEntry(at=datetime(2024, 6, 1, 9, 0), pain=3, note="morning"))
    view = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    user.click(view.scores.buttons[6])
    focus_the_day(qtbot, view, 0)
    qtbot.keyClick(view.today_list, Qt.Key.Key_Return)
    assert view.entry_dialog.isVisible()
    assert view.entry_dialog.note.toPlainText() == "morning"
    view.entry_dialog.reject()
    assert [entry.pain for entry in diary.entries()] == [3], "the form was not saved by that Return"
    assert view.scores.value() == 6, "what the form holds is kept"


def test_return_on_an_empty_day_opens_nothing(qtbot: QtBot, view: TodayView) -> None:
    focus_the_day(qtbot, view, 0)
    qtbot.keyClick(view.today_list, Qt.Key.Key_Return)
    assert getattr(view, "entry_dialog", None) is None
