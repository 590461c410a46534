"""The reminder in the running app: fires once at the chosen time, opens Today, keeps autostart in step."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary import autostart
from paindiary.domain import PainEntry
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.main_window import MainWindow
from paindiary.ui.reminder_tray import ReminderTray
from tests.support import FakeClock

if TYPE_CHECKING:
    from tests.ui.conftest import User


@pytest.fixture
def window(qtbot: QtBot, adapter: DiaryAdapter) -> MainWindow:
    main = build_window(adapter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def remind_at(text: str) -> None:
    stored = QSettings()
    stored.setValue("reminder/enabled", True)
    stored.setValue("reminder/time", text)
    stored.sync()


def make_tray(window: MainWindow, clock: FakeClock, *, tray: bool) -> ReminderTray:
    window.clock = clock  # the reminder asks its window what time it is
    # A timer that ticks every few milliseconds stands in for the app's minute.
    return ReminderTray(window, tray_available=tray, check_every_ms=2, launch_command=["paindiary"])


def ticks(qtbot: QtBot, reminder: ReminderTray, count: int) -> int:
    """Let the timer tick `count` times; how many reminders were shown meanwhile."""
    shown: list[bool] = []
    reminder.reminded.connect(lambda: shown.append(True))
    for _ in range(count):
        with qtbot.waitSignal(reminder.timer.timeout, timeout=5000):
            pass
    reminder.reminded.disconnect()
    return len(shown)


def test_the_window_installs_a_reminder(window: MainWindow) -> None:
    assert window.findChild(ReminderTray, "reminder_tray") is not None


def test_fires_once_at_the_chosen_time(qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter) -> None:
    remind_at("20:00")
    clock = FakeClock(datetime(2024, 6, 1, 19, 59))
    reminder = make_tray(window, clock, tray=False)
    assert ticks(qtbot, reminder, 3) == 0
    clock.now = datetime(2024, 6, 1, 20, 0)
    assert ticks(qtbot, reminder, 3) == 1
    assert "not logged your pain today" in window.statusBar().currentMessage()
    clock.now = datetime(2024, 6, 1, 21, 30)
    assert ticks(qtbot, reminder, 3) == 0, "not twice the same day"
    assert QSettings().value("reminder/last_shown") == "2024-06-01T20:00:00"


def test_not_again_after_a_restart_the_same_evening(
    qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter
) -> None:
    remind_at("20:00")
    clock = FakeClock(datetime(2024, 6, 1, 20, 5))
    first = make_tray(window, clock, tray=False)
    assert ticks(qtbot, first, 2) == 1
    first.timer.stop()
    again = make_tray(window, clock, tray=False)
    assert ticks(qtbot, again, 2) == 0


def test_not_when_today_is_logged(qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter) -> None:
    remind_at("20:00")
    adapter.add_entry(PainEntry(at=datetime(2024, 6, 1, 8, 30), pain=4))
    clock = FakeClock(datetime(2024, 6, 1, 20, 0))
    reminder = make_tray(window, clock, tray=False)
    assert ticks(qtbot, reminder, 3) == 0
    clock.now = datetime(2024, 6, 2, 20, 0)
    assert ticks(qtbot, reminder, 2) == 1, "yesterday's entry does not count for today"


def test_switched_off_it_stays_quiet(qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter) -> None:
    remind_at("20:00")
    QSettings().setValue("reminder/enabled", False)
    reminder = make_tray(window, FakeClock(datetime(2024, 6, 1, 20, 0)), tray=False)
    assert ticks(qtbot, reminder, 3) == 0


def test_clicking_the_notification_opens_today(
    qtbot: QtBot, window: MainWindow, adapter: DiaryAdapter
) -> None:
    remind_at("20:00")
    reminder = make_tray(window, FakeClock(datetime(2024, 6, 1, 20, 0)), tray=True)
    assert reminder.tray is not None
    assert reminder.tray.isVisible() or not reminder.tray.isSystemTrayAvailable()
    window.show_page("sessions")
    window.showMinimized()
    reminder.tray.messageClicked.emit()  # what the desktop does when the notification is clicked
    assert window.current_page() == "today"
    assert not window.isMinimized()


def test_the_tray_menu_opens_today(window: MainWindow, adapter: DiaryAdapter) -> None:
    reminder = make_tray(window, FakeClock(datetime(2024, 6, 1, 9, 0)), tray=True)
    assert reminder.tray is not None
    menu = reminder.tray.contextMenu()
    assert menu is not None
    window.show_page("diary")
    [log_now] = menu.actions()
    assert log_now.text() == "Log pain now"
    log_now.trigger()
    assert window.current_page() == "today"


def test_without_a_tray_nothing_breaks(window: MainWindow, adapter: DiaryAdapter) -> None:
    reminder = make_tray(window, FakeClock(datetime(2024, 6, 1, 9, 0)), tray=False)
    assert reminder.tray is None


@pytest.mark.skipif(not autostart.supported(), reason="XDG autostart exists only on Linux and the BSDs")
def test_start_at_login_follows_the_settings_dialog(
    qtbot: QtBot, window: MainWindow, user: User, private_home: Path
) -> None:
    entry = private_home / ".config" / "autostart" / "org.paindiary.Paindiary.desktop"
    for expected in (True, False):
        window.settings_action.trigger()
        dialog = window.settings_dialog
        qtbot.waitExposed(dialog)
        user.click(dialog.autostart)
        user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        assert entry.is_file() is expected
