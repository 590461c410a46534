"""Every dialog that saves closes only when the write succeeded; a failed write keeps the input and says why.

Each test makes the write fail the way a full disk or a read-only file does, saves with a
click, and checks that the dialog is still open, still holds what was typed, shows the
reason, and that nothing was stored.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry, Route, TreatmentSession
from paindiary.store import DiaryWriteError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.diary_view import DiaryView
from paindiary.ui.preferences import Preferences, PreferencesError
from paindiary.ui.session_dialog import SessionDialog, SideEffectDialog
from paindiary.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from tests.ui.conftest import User

FULL_DISK = "Nothing was saved: the disk is full."


def full_disk(*_args: object) -> object:
    raise DiaryWriteError(FULL_DISK)


def test_the_entry_dialog_keeps_an_edit_the_disk_refused(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    logged = adapter.add_entry(PainEntry(at=datetime(2024, 6, 1, 8, 0), pain=5, note="morning"))
    stack = QUndoStack()
    view = DiaryView(adapter, stack, clock=lambda: datetime(2024, 6, 1, 12, 0))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.table.selectRow(0)
    user.click(view.edit_button)
    dialog = view.entry_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(adapter, "update_entry", full_disk)
    user.click(dialog.scores.buttons[2])
    user.retype(dialog.note, "corrected")
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible(), "the dialog stays open so nothing typed is lost"
    assert dialog.error.text() == FULL_DISK
    assert (dialog.scores.value(), dialog.note.toPlainText()) == (2, "corrected")
    assert adapter.reader.get_entry(logged.id) == logged
    assert stack.count() == 0, "nothing to undo"
    monkeypatch.undo()  # the disk has room again: the same click saves and closes
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()
    stored = adapter.reader.get_entry(logged.id)
    assert stored is not None
    assert (stored.pain, stored.note) == (2, "corrected")
    assert stack.count() == 1


def test_the_session_dialog_keeps_an_edit_the_disk_refused(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = adapter.add_session(TreatmentSession(at=datetime(2024, 5, 2, 10, 30), route=Route.IM_INJECTION))
    dialog = SessionDialog(adapter, session=before)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(adapter, "update_session", full_disk)
    user.retype(dialog.clinic, "Day unit")
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.error.text() == FULL_DISK
    assert dialog.clinic.text() == "Day unit"
    assert adapter.reader.get_session(before.id) == before


def test_the_side_effect_dialog_keeps_what_the_disk_refused(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = adapter.add_session(TreatmentSession(at=datetime(2024, 5, 2, 10, 30), route=Route.IM_INJECTION))
    dialog = SideEffectDialog(adapter, session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(adapter, "add_side_effect", full_disk)
    user.retype(dialog.kind, "Nausea")
    user.retype(dialog.note, "after lunch")
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.error.text() == FULL_DISK
    assert (dialog.kind.currentText(), dialog.note.text()) == ("Nausea", "after lunch")
    stored = adapter.reader.get_session(session.id)
    assert stored is not None
    assert stored.side_effects == ()
    assert dialog.saved is None


def test_the_settings_dialog_keeps_choices_this_computer_could_not_store(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    preferences = Preferences()
    dialog = SettingsDialog(adapter, preferences)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)

    def read_only_config(_choices: object) -> None:
        raise PreferencesError("QSettings status AccessError")

    monkeypatch.setattr(preferences, "save", read_only_config)
    user.click(dialog.reminder)
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible()
    assert dialog.error.text() == "Your preferences for this computer could not be saved."
    assert dialog.reminder.isChecked()
    assert QSettings().value("reminder/enabled") is None
    assert dialog.reminder_time.time().toPython() == time(20, 0)
