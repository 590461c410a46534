"""Run on its own: open the main window and every dialog it can open, report where each lands.

`python -m tests.ui.fit_probe OUT.json [PNG_FOLDER]`, in an environment that chose the screen
(QT_QPA_PLATFORM=offscreen:configfile=..., QT_SCALE_FACTOR). The sample diary fills every list,
so dialogs show what a patient's would. Each window is reported with the screen's available
rectangle, the window's frame, and its button box's rectangle inside the window (all logical
pixels); tests/ui/test_fits_screen.py judges them.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QWidget,
    QWizard,
)

from paindiary.demo import fill_with_demo
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.main_window import MainWindow
from paindiary.ui.preferences import Preferences


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def describe(window: QWidget) -> dict[str, object]:
    """Where `window` is, where its screen's free space is, and where its buttons are inside it."""
    screen = window.screen()
    buttons: list[list[int]] = []
    if isinstance(window, QWizard):
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
            button = window.button(which)
            if button.isVisible():
                buttons.append(_rect(QRect(button.mapTo(window, button.rect().topLeft()), button.size())))
    for box in window.findChildren(QDialogButtonBox):
        if box.isVisible() and box.window() is window:
            buttons.append(_rect(QRect(box.mapTo(window, box.rect().topLeft()), box.size())))
    if not buttons:  # a dialog with buttons of its own: those outside any scrolled part
        for button in window.findChildren(QPushButton):
            if button.isVisible() and not _scrolled(button, window):
                buttons.append(_rect(QRect(button.mapTo(window, button.rect().topLeft()), button.size())))
    return {
        "available": _rect(screen.availableGeometry()),
        "frame": _rect(window.frameGeometry()),
        "inside": _rect(window.rect()),
        "buttons": buttons,
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def shown_dialogs(before: set[int]) -> list[QWidget]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and isinstance(widget, QDialog) and id(widget) not in before
    ]


def probe(out: Path, pictures: Path | None) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setOrganizationName("paindiary")
    QCoreApplication.setApplicationName("paindiary")
    with tempfile.TemporaryDirectory(prefix="paindiary-fit-") as scratch:
        for file_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(file_format, QSettings.Scope.UserScope, scratch)
            QSettings.setPath(file_format, QSettings.Scope.SystemScope, scratch)
        now = datetime(2024, 6, 1, 12, 0)
        with Diary.open(Path(scratch) / "diary.sqlite3") as diary:
            fill_with_demo(diary, now.date(), now=now)
            adapter = DiaryAdapter(diary)
            window = build_window(adapter, preferences=Preferences(), clock=lambda: now)
            window.restore_geometry()
            window.show()
            _settle()
            report: dict[str, object] = {"main window": describe(window)}
            if pictures is not None:
                window.grab().save(str(pictures / "main-window.png"))
            # Today with its optional questions open: how far it would scroll sideways.
            window.today.more.setChecked(True)
            _settle()
            today_scroll = window.stack.widget(0)
            assert isinstance(today_scroll, QScrollArea)
            report["today sideways"] = today_scroll.horizontalScrollBar().maximum()
            for page in window._pages:
                window.show_page(page)
                _settle()
                report[f"main window on {page}"] = describe(window)
            for name, opener in openers(window).items():
                keep = {id(widget) for widget in QApplication.topLevelWidgets() if widget.isVisible()}
                opener()
                _settle()
                opened = shown_dialogs(keep)
                report[name] = [describe(dialog) for dialog in opened]
                for dialog in opened:
                    if pictures is not None:
                        dialog.grab().save(str(pictures / f"{name.replace(' ', '-')}.png"))
                    dialog.hide()
                    dialog.deleteLater()
                _settle()
            window.hide()
            window.deleteLater()
            _settle()
            adapter.close()
    out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    del app


def _menu_action(window: MainWindow, menu: str, text: str) -> Callable[[], None]:
    def trigger() -> None:
        for action in window.menu(menu).actions():
            if action.text().replace("&", "") == text:
                action.trigger()
                return
        raise LookupError(f"no {text!r} in the {menu} menu")

    return trigger


def openers(window: MainWindow) -> dict[str, Callable[[], None]]:
    """Every dialog the window can open, by name, each as the click that opens it."""

    def sessions_then(act: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            window.show_page("sessions")
            view = window.sessions_view
            newest = window.adapter.reader.sessions()[-1]
            view.select_session(newest.id)
            act()

        return run

    def medicines(act: str) -> Callable[[], None]:
        def run() -> None:
            window.show_page("medicines")
            page = window.findChild(QWidget, "medicines_page") or _find_page(window, "add_medicine")
            getattr(page, act)()

        return run

    def entry() -> None:
        window.show_page("diary")
        window.diary_view.table.selectRow(0)
        window.diary_view.edit_selected()

    def new_entry() -> None:
        window.show_page("diary")
        window.diary_view.add_entry()

    def edit_session() -> None:
        window.sessions_view.edit_selected()

    def side_effect() -> None:
        window.sessions_view.add_side_effect_to_selected()

    def intake() -> None:
        from paindiary.ui.took_panel import TookPanel

        panel = window.findChild(TookPanel)
        medicines = window.adapter.reader.medicines()
        if panel is not None and medicines:
            panel.took(medicines[0])

    return {
        "session": _menu_action(window, "file", "New session…"),
        "session edit": sessions_then(edit_session),
        "side effect": sessions_then(side_effect),
        "entry": entry,
        "entry new": new_entry,
        "settings": _menu_action(window, "file", "Settings…"),
        "settings analysis": lambda: window.open_settings(analysis=True),
        "vitals": _menu_action(window, "file", "Blood pressure…"),
        "check-in": _menu_action(window, "file", "Bladder check-in…"),
        "backups": _menu_action(window, "file", "Backups…"),
        "import wizard": _menu_action(window, "file", "Import…"),
        "report choices": _menu_action(window, "file", "Appointment report…"),
        "delete data": _menu_action(window, "file", "Delete all my data…"),
        "help relief": _menu_action(window, "help", "How relief is measured"),
        "help shortcuts": _menu_action(window, "help", "Keyboard shortcuts"),
        "medicine": medicines("add_medicine"),
        "co-treatment": medicines("add_treatment"),
        "intake": intake,
    }


def _find_page(window: MainWindow, method: str) -> QWidget:
    for widget in window.findChildren(QWidget):
        if hasattr(widget, method):
            return widget
    raise LookupError(method)


if __name__ == "__main__":
    probe(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
