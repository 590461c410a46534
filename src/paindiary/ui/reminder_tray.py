"""The daily reminder while the app runs (a tray notification), and keeping "start at login" in step.

Every minute a timer asks paindiary.reminders whether the reminder is due. Clicking the
notification (or the tray icon) opens Today. Without a system tray the reminder appears
quietly in the window's status bar instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from paindiary import autostart, reminders
from paindiary.ui.features import FeatureHost
from paindiary.ui.icons import app_icon

CHECK_EVERY_MS = 60_000
MESSAGE_MS = 15_000


class ReminderTray(QObject):
    """Checks once a minute whether to remind; shows the reminder; keeps the autostart entry in step."""

    # the reminder was shown (tray notification or status bar)
    reminded = Signal()

    def __init__(
        self,
        host: FeatureHost,
        *,
        tray_available: bool | None = None,
        check_every_ms: int = CHECK_EVERY_MS,
        launch_command: Sequence[str] | None = None,
    ) -> None:
        super().__init__(host.main_window())
        self._host = host
        self._preferences = host.preferences
        self._launch = list(launch_command) if launch_command is not None else autostart.launch_command()
        self._autostart_problem: str | None = None
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.tray = self._make_tray() if available else None
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # Settings take effect as soon as they are saved, not at the next minute.
        self._preferences.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ settings

    def enabled(self) -> bool:
        """Whether the daily reminder is switched on in Settings."""
        return self._preferences.choices().reminder_enabled

    def reminder_time(self) -> time:
        """The chosen time of day (the default when the setting is missing or unreadable)."""
        return self._preferences.choices().reminder_time

    def last_shown(self) -> datetime | None:
        return self._preferences.reminder_last_shown()

    def refresh(self) -> None:
        """Apply the current Settings: tray icon shown with the reminder on, autostart entry in step."""
        if self.tray is not None:
            self.tray.setVisible(self.enabled())
        self._sync_autostart()

    def _sync_autostart(self) -> None:
        wanted = self._preferences.choices().autostart
        if not autostart.supported() or wanted == autostart.is_enabled():
            return
        try:
            autostart.apply(wanted, self._launch)
        except OSError as error:
            problem = error.strerror or str(error)
            if problem != self._autostart_problem:  # say it once, not every minute
                self._autostart_problem = problem
                self._host.show_status(
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
        now = self._host.clock()
        moment = self.reminder_time()
        last = self.last_shown()
        # Ask the diary only when the time alone says the reminder is due.
        if not reminders.should_fire(now, moment, last, logged_today=False):
            return
        if reminders.should_fire(now, moment, last, logged_today=self._logged_on(now)):
            self._remind(now)

    def _logged_on(self, now: datetime) -> bool:
        return bool(self._host.adapter.reader.entries(now.date(), now.date()))

    def _remind(self, now: datetime) -> None:
        self._preferences.set_reminder_last_shown(now)
        title = self.tr("paindiary")
        text = self.tr("You have not logged your pain today. Click here to open Today.")
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, app_icon(), MESSAGE_MS)
        else:
            self._host.show_status(self.tr("Reminder: you have not logged your pain today."), MESSAGE_MS)
        self.reminded.emit()

    def open_today(self) -> None:
        """Bring the window forward on Today (the reminder was clicked)."""
        window = self._host.main_window()
        if window.isMinimized():
            window.showNormal()
        window.show()
        self._host.show_page("today")
        window.raise_()
        window.activateWindow()

    # ------------------------------------------------------------ tray

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(self.tr("paindiary"))
        menu = QMenu(self._host.main_window())
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


def install(host: FeatureHost) -> None:
    """Give the window its reminder (kept alive as a child of the window)."""
    reminder = ReminderTray(host)
    reminder.setObjectName("reminder_tray")  # so tests can find it
