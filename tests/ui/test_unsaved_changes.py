"""Escape or Close in a filled-in dialog asks Save / Discard / Cancel; an untouched one closes silently."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from paindiary.domain import Route, TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.save_flow import SavingDialog
from paindiary.ui.session_dialog import SessionDialog

if TYPE_CHECKING:
    from tests.ui.conftest import User

Answer = QMessageBox.StandardButton


def answering(monkeypatch: pytest.MonkeyPatch, answer: Answer) -> list[str]:
    """Answer the question with `answer`, and record each dialog that asked it."""
    asked: list[str] = []

    def ask(dialog: SavingDialog) -> Answer:
        asked.append(type(dialog).__name__)
        return answer

    monkeypatch.setattr(SavingDialog, "ask_about_changes", ask)
    return asked


def open_session_dialog(qtbot: QtBot, adapter: DiaryAdapter) -> tuple[SessionDialog, TreatmentSession]:
    before = adapter.add_session(TreatmentSession(at=datetime(2024, 5, 2, 10, 30), route=Route.IM_INJECTION))
    dialog = SessionDialog(adapter, session=before)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog, before


def test_an_untouched_dialog_closes_on_escape_without_a_question(
    qtbot: QtBot, adapter: DiaryAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, Answer.Cancel)
    dialog, _ = open_session_dialog(qtbot, adapter)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert asked == []


def test_escape_in_a_filled_dialog_asks_and_cancel_keeps_it_open(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, Answer.Cancel)
    dialog, before = open_session_dialog(qtbot, adapter)
    user.retype(dialog.clinic, "Day unit")
    qtbot.keyClick(dialog.clinic, Qt.Key.Key_Escape)
    assert asked == ["SessionDialog"]
    assert dialog.isVisible()
    assert dialog.clinic.text() == "Day unit"
    assert adapter.reader.get_session(before.id) == before


def test_save_in_the_question_stores_what_was_typed(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    answering(monkeypatch, Answer.Save)
    dialog, before = open_session_dialog(qtbot, adapter)
    user.retype(dialog.clinic, "Day unit")
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not dialog.isVisible()
    stored = adapter.reader.get_session(before.id)
    assert stored is not None
    assert stored.clinic == "Day unit"


def test_discard_in_the_question_closes_and_stores_nothing(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, Answer.Discard)
    dialog, before = open_session_dialog(qtbot, adapter)
    user.retype(dialog.clinic, "Day unit")
    dialog.close()
    assert asked == ["SessionDialog"]
    assert not dialog.isVisible()
    assert adapter.reader.get_session(before.id) == before
