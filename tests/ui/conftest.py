"""Fixtures for the desktop app's tests: an adapter on the test diary and a private QSettings."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from paindiary.store import Diary
from paindiary.ui import language_restart
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.language import install_english_forms
from paindiary.ui.preferences import Preferences
from paindiary.ui.save_flow import SavingDialog
from paindiary.ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def isolated_settings(private_home: Path) -> Iterator[Path]:
    """Every test's QSettings() lives in its own temporary config folder, under the app's names.

    Qt reads XDG_CONFIG_HOME only once per process and then keeps the folder, so the
    per-test environment of tests/conftest.py alone would let tests share one file.
    """
    folder = Path(os.environ["XDG_CONFIG_HOME"])
    for file_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(file_format, QSettings.Scope.UserScope, str(folder))
        # and no machine-wide defaults from /etc/xdg leak into a test
        QSettings.setPath(file_format, QSettings.Scope.SystemScope, str(folder / "system"))
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    # Without an organization name Qt reports AccessError on sync, as the app never would.
    QCoreApplication.setOrganizationName("paindiary")
    QCoreApplication.setApplicationName("paindiary")
    yield folder
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A "Save what you entered?" nobody answers would block a test run: it is answered Discard.

    Tests of the question itself replace this answer with their own.
    """
    monkeypatch.setattr(SavingDialog, "ask_about_changes", lambda _dialog: QMessageBox.StandardButton.Discard)


@pytest.fixture(autouse=True)
def restart_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """A change of language offers a restart; unless a test answers it, the answer is Later."""
    monkeypatch.setattr(language_restart, "ask_to_restart", lambda _parent, _language: False)


@pytest.fixture(autouse=True)
def english_forms(qapp: QApplication) -> None:
    """Counted texts read "1 entry", as in the app, which installs English's forms at start-up."""
    install_english_forms(qapp)


@pytest.fixture(autouse=True)
def plain_locale() -> Iterator[None]:
    """Numbers typed and shown with a decimal point whatever the machine's language."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def adapter(diary: Diary) -> DiaryAdapter:
    return DiaryAdapter(diary)


class User:
    """Drives widgets the way a person does: clicks, keys and typing, never slots."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def click(self, widget: QWidget) -> None:
        """Click a button or a check box where its text or box is (not past its end)."""
        point = QPoint(min(8, widget.width() // 2), widget.height() // 2)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)

    def retype(self, widget: QWidget, text: str) -> None:
        """Select what a field holds and type `text` over it."""
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if text:
            self.qtbot.keyClicks(widget, text)
        else:
            self.qtbot.keyClick(widget, Qt.Key.Key_Delete)

    def type_moment(self, edit: QDateTimeEdit, digits: str) -> None:
        """Tab into a date-time field (its first section is selected) and type its digits."""
        window = edit.window()
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.keyClicks(edit, digits)

    def choose(self, combo: QComboBox, data: object) -> None:
        """Move a closed combo box with the arrow keys until it shows the item holding `data`."""
        target = combo.findData(data)
        assert target >= 0, f"{data!r} is not offered"
        combo.setFocus()
        key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
        while combo.currentIndex() != target:
            self.qtbot.keyClick(combo, key)

    def press(self, widget: QWidget, key: Qt.Key) -> None:
        widget.setFocus()
        self.qtbot.keyClick(widget, key)


@pytest.fixture
def user(qtbot: QtBot) -> User:
    return User(qtbot)


INPUT_TYPES = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)


def unnamed_controls(top: QWidget) -> list[str]:
    """Interactive controls under `top` without an accessible name (editors inside spin boxes excepted)."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INPUT_TYPES) or isinstance(widget.parent(), QAbstractSpinBox):
            continue
        # Qt's own helpers (table corner buttons, hidden wizard buttons) and header
        # sections are reached through the control they belong to.
        if isinstance(widget, QHeaderView) or widget.objectName().startswith(("qt_", "__qt__")):
            continue
        if not widget.isEnabled() or not widget.isVisibleTo(top):
            continue
        # A combo box's own popup list is named by the combo box.
        parent = widget.parent()
        if parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer":
            continue
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName() or widget.property('text')!r}")
    return missing


@pytest.fixture
def accessibility_gaps() -> Callable[[QWidget], list[str]]:
    """The check every view and dialog test applies: which controls lack an accessible name."""
    return unnamed_controls


@pytest.fixture
def settings_dialog(qtbot: QtBot, adapter: DiaryAdapter) -> SettingsDialog:
    """The Settings dialog, open on the test's diary."""
    shown = SettingsDialog(adapter, Preferences())
    qtbot.addWidget(shown)
    shown.open()
    qtbot.waitExposed(shown)
    return shown
