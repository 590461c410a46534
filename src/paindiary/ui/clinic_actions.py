"""File ▸ Blood pressure… and File ▸ Bladder check-in…, and Today's skippable check-in prompt.

The prompt comes monthly, and at once after a session with bladder symptoms (ui/bladder_due.py);
"Not now" is kept in the diary. The sample diary, whose clock is a throwaway, is never asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from paindiary.store import DiaryError
from paindiary.ui.bladder_due import SKIPPED_KEY, checkin_due
from paindiary.ui.clinic_dialogs import BloodPressureDialog, CheckinDialog
from paindiary.ui.features import open_window_modal
from paindiary.ui.first_paint import after_first_paint
from paindiary.ui.form_parts import notice_band

if TYPE_CHECKING:
    from paindiary.ui.features import FeatureHost


class CheckinPrompt(QFrame):
    """ "Time for a bladder check-in", with Check in and Not now."""

    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.text = QLabel(
            self.tr("Time for a short bladder check-in: four yes/no questions about the last weeks."), self
        )
        self.text.setAccessibleName(self.tr("Bladder check-in prompt"))
        self.open_button = QPushButton(self.tr("Check in…"), self)
        self.open_button.setAccessibleName(self.tr("Open the bladder check-in"))
        self.open_button.clicked.connect(self.open_dialog)
        self.not_now = QPushButton(self.tr("Not now"), self)
        self.not_now.setAccessibleName(self.tr("Skip the bladder check-in"))
        self.not_now.clicked.connect(self.skip)
        row = notice_band(self, self.text)
        row.addWidget(self.open_button)
        row.addWidget(self.not_now)
        self.dialog: CheckinDialog | None = None
        self.hide()

    def refresh(self) -> None:
        host = self._host
        if getattr(host.main_window(), "sample", False):
            self.hide()
            return
        reader = host.adapter.reader
        try:
            due = checkin_due(reader.sessions(), reader.checkins(), host.adapter.prompt_state(), host.clock())
        except DiaryError:
            due = False
        self.setVisible(due)

    def open_dialog(self) -> None:
        self.dialog = open_window_modal(CheckinDialog(self._host.adapter, self._host.clock, self.window()))

    def skip(self) -> None:
        state = dict(self._host.adapter.prompt_state())
        state[SKIPPED_KEY] = self._host.clock().date().isoformat()
        try:
            self._host.adapter.set_prompt_state(state)
        except DiaryError as error:
            self._host.show_status(str(error))
            return
        self.refresh()


def install(host: FeatureHost) -> None:
    window = host.main_window()
    blood_pressure = QAction(QCoreApplication.translate("ClinicActions", "Blood pressure…"), window)
    blood_pressure.triggered.connect(
        lambda: open_window_modal(BloodPressureDialog(host.adapter, host.clock, window))
    )
    checkin = QAction(QCoreApplication.translate("ClinicActions", "Bladder check-in…"), window)
    checkin.triggered.connect(lambda: open_window_modal(CheckinDialog(host.adapter, host.clock, window)))
    host.menu("file").addActions([blood_pressure, checkin])
    prompt = CheckinPrompt(host)
    host.add_today_panel(prompt, "notices")
    after_first_paint(window, prompt.refresh)  # it reads the diary: after the window appears
    host.adapter.changed.connect(
        lambda kind, _ids: prompt.refresh() if kind in ("sessions", "checkin", "all") else None
    )
    host.adapter.replaced.connect(prompt.refresh)
