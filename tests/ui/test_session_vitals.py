"""Vitals in the session dialog: typed in three rows, saved with the session in one write, and
undo (of the add or of the edit) takes back or restores both."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.clinic_records import VitalsMoment
from paindiary.domain import Route, TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.session_dialog import SessionDialog
from paindiary.ui.sessions_view import SessionsView
from tests.ui.conftest import User


def a_view(qtbot: QtBot, adapter: DiaryAdapter) -> SessionsView:
    view = SessionsView(adapter, QUndoStack(), clock=lambda: datetime(2024, 5, 10, 12, 0))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def opened(view: SessionsView) -> SessionDialog:
    dialog = view.findChildren(SessionDialog)[-1]
    return dialog


def save(user: User, dialog: SessionDialog) -> None:
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def type_row(user: User, dialog: SessionDialog, moment: VitalsMoment, *values: str) -> None:
    for box, value in zip(dialog.vitals.boxes[moment], values, strict=True):
        user.retype(box, value)


def test_a_new_session_saves_its_readings_and_undo_takes_both(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    view = a_view(qtbot, adapter)
    user.click(view.new_button)
    dialog = opened(view)
    user.retype(dialog.dose, "35")
    type_row(user, dialog, VitalsMoment.BEFORE, "130", "85", "72")
    type_row(user, dialog, VitalsMoment.HIGHEST, "155", "95", "")
    save(user, dialog)
    (session,) = adapter.reader.sessions()
    readings = adapter.reader.vitals()
    assert [(r.moment, r.systolic, r.diastolic, r.heart_rate, r.session) for r in readings] == [
        (VitalsMoment.BEFORE, 130, 85, 72, session.id),
        (VitalsMoment.HIGHEST, 155, 95, None, session.id),
    ]
    view.undo_stack.undo()
    assert adapter.reader.sessions() == []
    assert adapter.reader.vitals() == []
    view.undo_stack.redo()
    assert adapter.reader.vitals() == readings


def test_an_edit_of_the_readings_is_undone_with_the_session(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    session = adapter.add_session(
        TreatmentSession(at=datetime(2024, 5, 2, 10, 30), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70)
    )
    view = a_view(qtbot, adapter)
    view.refresh()
    view.select_session(session.id)
    user.click(view.edit_button)
    dialog = opened(view)
    type_row(user, dialog, VitalsMoment.DISCHARGE, "140", "90", "80")
    user.retype(dialog.dose, "40")
    save(user, dialog)
    (reading,) = adapter.reader.vitals()
    assert (reading.moment, reading.systolic) == (VitalsMoment.DISCHARGE, 140)
    edited: Any = adapter.reader.get_session(session.id)
    assert edited.dose_mg == 40
    view.undo_stack.undo()
    assert adapter.reader.vitals() == []
    restored: Any = adapter.reader.get_session(session.id)
    assert restored.dose_mg == 35
    view.undo_stack.redo()
    assert [r.systolic for r in adapter.reader.vitals()] == [140]


def test_an_impossible_row_is_named_and_nothing_is_saved(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    view = a_view(qtbot, adapter)
    user.click(view.new_button)
    dialog = opened(view)
    type_row(user, dialog, VitalsMoment.BEFORE, "90", "95", "")
    save(user, dialog)
    assert dialog.error.text() == "Before, systolic: 90/95: the first number must be higher than the second"
    assert adapter.reader.sessions() == []
    assert adapter.reader.vitals() == []
