"""Help menu: shortcuts read from the window's actions; relief explained with the diary's settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from paindiary.domain import AnalysisSettings
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.help_dialog import HelpActions, listed_key, plain_label, shortcut_rows
from paindiary.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, adapter: DiaryAdapter) -> Iterator[MainWindow]:
    main = build_window(adapter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    # A window-modal dialog left open would block the input of later tests.
    helper = main.findChild(HelpActions, "help_actions")
    for dialog in (helper.shortcuts_dialog, helper.relief_dialog) if helper else ():
        if dialog is not None:
            dialog.close()


def help_actions(window: MainWindow) -> HelpActions:
    found = window.findChild(HelpActions, "help_actions")
    assert found is not None
    return found


def table_rows(helper: HelpActions) -> list[tuple[str, str, str]]:
    dialog = helper.shortcuts_dialog
    assert dialog is not None
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]  # type: ignore[misc]


def test_the_help_menu_offers_both_before_about(window: MainWindow) -> None:
    texts = [
        plain_label(action.text()) for action in window.menu("help").actions() if not action.isSeparator()
    ]
    assert texts[:2] == ["How relief is measured", "Keyboard shortcuts"]
    assert texts[-1] == "About paindiary"


def test_the_shortcuts_table_lists_the_window_actions(qtbot: QtBot, window: MainWindow) -> None:
    helper = help_actions(window)
    helper.shortcuts_action.trigger()
    assert helper.shortcuts_dialog is not None
    qtbot.waitExposed(helper.shortcuts_dialog)
    rows = table_rows(helper)
    assert ("View", "Today", "Ctrl+1") in rows
    assert ("File", "Quit", "Ctrl+Q") in rows
    assert ("File", "New session", "Ctrl+Shift+N") in rows
    assert ("Help", "How relief is measured", "F1") in rows


def test_the_keys_of_today_and_the_diary_are_listed_before_the_diary_is_opened(
    qtbot: QtBot, window: MainWindow
) -> None:
    helper = help_actions(window)
    helper.shortcuts_action.trigger()
    assert helper.shortcuts_dialog is not None
    rows = table_rows(helper)
    assert ("Today", "Choose a pain score", "0–9") in rows
    assert ("Today", "Save the entry", "Return") in rows
    assert ("Today", "Save the entry while typing a note", "Ctrl+Return, Ctrl+Enter") in rows
    assert ("Today", "Edit the selected entry", "Return, Enter, F2") in rows
    assert ("Diary", "Search", "Ctrl+F") in rows
    assert ("Diary", "Clear the search", "Esc") in rows
    assert ("Diary", "Delete the selected entries", "Del") in rows
    assert ("Diary", "Edit the selected entry", "Return, Enter, F2") in rows


def test_a_new_action_shows_up_without_editing_the_help(qtbot: QtBot, window: MainWindow) -> None:
    extra = QAction("&Frobnicate…", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+F"))
    window.menu("tools").addAction(extra)
    assert ("Tools", "Frobnicate", "Ctrl+Alt+F") in shortcut_rows(window)


def test_f1_opens_how_relief_is_measured_with_this_diarys_settings(
    qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter
) -> None:
    adapter.set_analysis_settings(AnalysisSettings(baseline_days=10, course_gap_days=4))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = help_actions(window).relief_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    assert "from the 10 days before the first session" in text
    assert "no more than 4 days apart" in text
    assert "at least 30 % below" in text
    assert "at least 7 days after it" in text  # the washout
    assert "a difference of a day or two between courses is often chance" in text
    assert "{" not in text, "every placeholder is filled"
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.height() >= 40
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_help_dialogs_name_every_control(
    qtbot: QtBot, window: MainWindow, accessibility_gaps: Callable[[QWidget], list[str]]
) -> None:
    helper = help_actions(window)
    helper.shortcuts_action.trigger()
    helper.relief_action.trigger()
    for dialog in (helper.shortcuts_dialog, helper.relief_dialog):
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert accessibility_gaps(dialog) == []


@pytest.mark.parametrize(
    ("text", "plain"), [("Se&ttings…", "Settings"), ("&Quit", "Quit"), ("Save && close", "Save & close")]
)
def test_plain_label(text: str, plain: str) -> None:
    assert plain_label(text) == plain


def test_keys_of_exotic_keyboards_are_not_listed(window: MainWindow) -> None:
    extra = QAction("&Frobnicate", window)
    extra.setShortcuts([QKeySequence("Ctrl+Alt+F"), QKeySequence("F14"), QKeySequence(Qt.Key.Key_Exit)])
    window.menu("tools").addAction(extra)
    assert ("Tools", "Frobnicate", "Ctrl+Alt+F") in shortcut_rows(window)


def every_page_built(qtbot: QtBot, window: MainWindow) -> None:
    """Show each page once, so that pages built on first show have made their keys."""
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(0)
    window.nav.setCurrentRow(0)


def window_keys(window: MainWindow) -> dict[str, str]:
    """Every key of the window and its pages (actions and shortcuts), with who owns it."""
    native = QKeySequence.SequenceFormat.NativeText
    keys: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if listed_key(sequence):
                keys[sequence.toString(native)] = plain_label(action.text()) or repr(action)
    for shortcut in window.findChildren(QShortcut):
        sequence = shortcut.key()
        if listed_key(sequence):
            keys[sequence.toString(native)] = shortcut.whatsThis() or repr(shortcut.parent())
    return keys


def test_every_key_of_the_window_and_its_pages_is_in_the_help(qtbot: QtBot, window: MainWindow) -> None:
    every_page_built(qtbot, window)
    actions = help_actions(window)
    actions.shortcuts_action.trigger()
    rows = table_rows(actions)
    listed = {key for _menu, _command, keys in rows for key in keys.split(", ")}
    keys = window_keys(window)
    assert len(keys) > 20, "the window's keys were found"
    assert {key: owner for key, owner in keys.items() if key not in listed} == {}
    native = QKeySequence.SequenceFormat.NativeText
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():
            key = shortcut.key().toString(native)
            assert any(
                command == shortcut.whatsThis() and key in keys.split(", ") for _m, command, keys in rows
            )


def test_the_sessions_delete_key_is_listed_under_its_page(qtbot: QtBot, window: MainWindow) -> None:
    actions = help_actions(window)
    actions.shortcuts_action.trigger()
    rows = table_rows(actions)
    assert ("Sessions", "Delete the selection", "Del") in rows
