"""The session dialog's status and session day, used by keys and clicks, then checked in the diary."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.domain import ChecklistItem, RideHome, SessionStatus
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.session_dialog import SessionDialog
from tests.support import FakeClock


def test_a_session_at_a_future_time_is_saved_as_planned_with_its_checklist(
    qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    clock = FakeClock(datetime(2024, 3, 10, 14, 30))
    dialog = SessionDialog(adapter, clock=clock)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.day.status.currentData() == SessionStatus.DONE.value  # 09:00 today has passed
    dialog.when.setDateTime(dialog.when.dateTime().addDays(3))
    assert dialog.day.status.currentData() == SessionStatus.PLANNED.value
    assert dialog.day.details.isVisibleTo(dialog)  # a planned session shows its session day
    dialog.day.ride_home.setCurrentIndex(dialog.day.ride_home.findData(RideHome.YES.value))
    qtbot.keyClicks(dialog.day.new_item, "Nothing to eat after 6:00")
    qtbot.keyClick(dialog.day.new_item, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.day.new_item, "Bring the medicine list")
    qtbot.keyClick(dialog.day.new_item, Qt.Key.Key_Return)
    dialog.day.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.day.questions, "Can the interval change?")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    (stored,) = adapter.reader.sessions()
    assert stored.status is SessionStatus.PLANNED
    assert stored.ride_home is RideHome.YES
    assert stored.checklist == (
        ChecklistItem("Nothing to eat after 6:00", done=True),
        ChecklistItem("Bring the medicine list"),
    )
    assert stored.questions == "Can the interval change?"


def test_an_edited_planned_session_can_be_marked_done(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    clock = FakeClock(datetime(2024, 3, 10, 8, 0))
    from paindiary.domain import Route, TreatmentSession

    planned = adapter.add_session(
        TreatmentSession(at=datetime(2024, 3, 9, 9), route=Route.IV_INFUSION, status=SessionStatus.PLANNED)
    )
    dialog = SessionDialog(adapter, session=planned, clock=clock)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.day.status.currentData() == SessionStatus.PLANNED.value  # kept, though the time has passed
    dialog.day.status.setCurrentIndex(dialog.day.status.findData(SessionStatus.DONE.value))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert adapter.reader.sessions()[0].status is SessionStatus.DONE
