"""After a dialog closes, focus is back on the control that opened it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.medicine_records import Medicine, MedicineKind, MedicineUnit
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.input_guards import InputGuards, install_input_guards
from paindiary.ui.main_window import MainWindow
from paindiary.ui.took_panel import TookPanel
from tests.support import FakeClock

NOW = datetime(2024, 3, 10, 12, 0)


@pytest.fixture
def guards(qapp: QApplication) -> Iterator[InputGuards]:
    installed = install_input_guards(qapp)
    yield installed
    installed.remove()


@pytest.fixture
def window(qtbot: QtBot, diary: Diary, guards: InputGuards) -> MainWindow:
    diary.add_entry(PainEntry(at=datetime(2024, 3, 9, 20), pain=5, note="yesterday"))
    adapter = DiaryAdapter(diary)
    adapter.add_medicine(
        Medicine(
            name="Oxycodone", unit=MedicineUnit.TABLET, kind=MedicineKind.AS_NEEDED, start=date(2024, 1, 1)
        )
    )
    main = build_window(adapter, clock=FakeClock(NOW))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def open_by_keyboard(qtbot: QtBot, opener: QWidget) -> QDialog:
    """Focus the button and press Space, as a keyboard user does; the dialog that opens."""
    opener.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(opener.hasFocus)
    qtbot.keyClick(opener, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def close_by_escape(qtbot: QtBot, dialog: QDialog) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    assert dialog.isAncestorOf(focused), "the dialog had the focus while open"
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(focused, Qt.Key.Key_Escape)


def test_the_diarys_edit_button_has_focus_again_after_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("diary")
    view = window.diary_view
    view.table.selectRow(0)
    for opener in (view.edit_button, view.add_button):
        dialog = open_by_keyboard(qtbot, opener)
        close_by_escape(qtbot, dialog)
        qtbot.waitUntil(opener.hasFocus)


def test_todays_button_has_focus_again_after_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.today.findChild(TookPanel)
    assert panel is not None
    [took] = panel.buttons
    dialog = open_by_keyboard(qtbot, took)
    close_by_escape(qtbot, dialog)
    qtbot.waitUntil(took.hasFocus)


def test_todays_list_has_focus_again_after_editing_a_line(qtbot: QtBot, window: MainWindow) -> None:
    window.today.scores.buttons[3].click()
    window.today.save_button.click()
    listing = window.today.today_list
    listing.setFocus(Qt.FocusReason.TabFocusReason)
    line = listing.visualItemRect(listing.item(0)).center()
    # A double-click as Qt sees one: a press and release, then the double-click event.
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=line)
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=line)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    close_by_escape(qtbot, dialog)
    qtbot.waitUntil(listing.hasFocus)
