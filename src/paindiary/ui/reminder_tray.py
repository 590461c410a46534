"""The daily reminder while the app runs (a tray notification), and keeping "start at login" in step.

Every minute a timer asks paindiary.reminders whether the reminder is due. Clicking the
notification (or the tray icon) opens Today. Without a system tray the reminder appears
quietly in the window's status bar instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QSystemTrayIcon

from paindiary import autostart, reminders
from paindiary.ui.icons import app_icon

if TYPE_CHECKING:
    from paindiary.ui.adapter import DiaryAdapter
    from paindiary.ui.main_window import MainWindow

# QSettings keys: the first three are written by the Settings dialog, the last one only here.
ENABLED_KEY = "reminder/enabled"
TIME_KEY = "reminder/time"
AUTOSTART_KEY = "autostart"
LAST_SHOWN_KEY = "reminder/last_shown"
CHECK_EVERY_MS = 60_000
MESSAGE_MS = 15_000

Clock = Callable[[], datetime]


class ReminderTray(QObject):
    """Checks once a minute whether to remind; shows the reminder; keeps the autostart entry in step."""

    # the reminder was shown (tray notification or status bar)
    reminded = Signal()

    def __init__(
        self,
        window: MainWindow,
        adapter: DiaryAdapter,
        *,
        clock: Clock = datetime.now,
        tray_available: bool | None = None,
        check_every_ms: int = CHECK_EVERY_MS,
        launch_command: Sequence[str] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._adapter = adapter
        self._clock = clock
        self._launch = list(launch_command) if launch_command is not None else autostart.launch_command()
        self._autostart_problem: str | None = None
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.tray = self._make_tray() if available else None
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.refresh()

    # ------------------------------------------------------------ settings

    def enabled(self) -> bool:
        """Whether the daily reminder is switched on in Settings."""
        return bool(QSettings().value(ENABLED_KEY, False, type=bool))

    def reminder_time(self) -> time:
        """The chosen time of day (the default when the setting is missing or unreadable)."""
        parsed = reminders.parse_time(str(QSettings().value(TIME_KEY, "") or ""))
        return parsed or reminders.DEFAULT_TIME

    def last_shown(self) -> datetime | None:
        text = str(QSettings().value(LAST_SHOWN_KEY, "") or "")
        try:
            return datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    def refresh(self) -> None:
        """Apply the current Settings: tray icon shown with the reminder on, autostart entry in step."""
        if self.tray is not None:
            self.tray.setVisible(self.enabled())
        self._sync_autostart()

    def _sync_autostart(self) -> None:
        wanted = bool(QSettings().value(AUTOSTART_KEY, False, type=bool))
        if not autostart.supported() or wanted == autostart.is_enabled():
            return
        try:
            autostart.apply(wanted, self._launch)
        except OSError as error:
            problem = error.strerror or str(error)
            if problem != self._autostart_problem:  # say it once, not every minute
                self._autostart_problem = problem
                self._window.statusBar().showMessage(
                    self.tr("Start at login could not be set up: {reason}").format(reason=problem), MESSAGE_MS
                )
            return
        self._autostart_problem = None

    # ------------------------------------------------------------ reminding

    def check(self) -> None:
        """Show the reminder if it is due now (called by the timer every minute)."""
        self.refresh()
        if not self.enabled():
            return
        now = self._clock()
        moment = self.reminder_time()
        last = self.last_shown()
        # Ask the diary only when the time alone says the reminder is due.
        if not reminders.should_fire(now, moment, last, logged_today=False):
            return
        if reminders.should_fire(now, moment, last, logged_today=self._logged_on(now)):
            self._remind(now)

    def _logged_on(self, now: datetime) -> bool:
        return bool(self._adapter.diary.entries(now.date(), now.date()))

    def _remind(self, now: datetime) -> None:
        settings = QSettings()
        settings.setValue(LAST_SHOWN_KEY, now.isoformat(timespec="seconds"))
        settings.sync()
        title = self.tr("paindiary")
        text = self.tr("You have not logged your pain today. Click here to open Today.")
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, app_icon(), MESSAGE_MS)
        else:
            self._window.statusBar().showMessage(
                self.tr("Reminder: you have not logged your pain today."), MESSAGE_MS
            )
        self.reminded.emit()

    def open_today(self) -> None:
        """Bring the window forward on Today (the reminder was clicked)."""
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.show_page("today")
        window.raise_()
        window.activateWindow()

    # ------------------------------------------------------------ tray

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(self.tr("paindiary"))
        menu = QMenu(self._window)
        menu.setAccessibleName(self.tr("paindiary tray menu"))
        log_now = QAction(self.tr("Log pain now"), menu)
        log_now.triggered.connect(self.open_today)
        menu.addAction(log_now)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.open_today)
        tray.activated.connect(self._on_activated)
        return tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_today()

    def watch_settings_dialog(self) -> None:
        """Apply Settings as soon as its dialog is saved (instead of at the next minute)."""
        dialog = getattr(self._window, "settings_dialog", None)
        if isinstance(dialog, QDialog):
            dialog.accepted.connect(self.refresh)


def install(window: MainWindow, adapter: DiaryAdapter) -> None:
    """Give the window its reminder (kept alive as a child of the window)."""
    reminder = ReminderTray(window, adapter)
    reminder.setObjectName("reminder_tray")  # so tests and other features can find it
    settings_action = getattr(window, "settings_action", None)
    if isinstance(settings_action, QAction):
        # Connected after the window's own slot, so the dialog exists when this runs.
        settings_action.triggered.connect(reminder.watch_settings_dialog)
