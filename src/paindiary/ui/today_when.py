"""When Today's entry happened: "now" unless the patient sets an earlier time (or another day)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from paindiary.clock import Clock
from paindiary.ui.formatting import qdatetime, to_datetime
from paindiary.ui.moment_edit import MomentEdit
from paindiary.ui.widgets import MIN_TARGET_PX

# A clock a minute fast is not "the future": only times beyond this ask first.
FUTURE_SLACK = timedelta(minutes=1)


class WhenField(QWidget):
    """ "When: now [Earlier…]", or a date-time field once Earlier… is pressed; Now goes back."""

    changed = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.now_label = QLabel(self.tr("now"), self)
        self.edit = MomentEdit(parent=self)
        self.edit.setAccessibleName(self.tr("When the pain was (date and time)"))
        self.edit.dateTimeChanged.connect(lambda _value: self.changed.emit())
        self.toggle = QPushButton(self.tr("Earlier…"), self)
        self.toggle.setAccessibleName(self.tr("Log for an earlier time"))
        for widget in (self.edit, self.toggle):
            widget.setMinimumHeight(MIN_TARGET_PX - 4)
        self.toggle.clicked.connect(self._on_toggle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("When:"), self))
        row.addWidget(self.now_label)
        row.addWidget(self.edit)
        row.addWidget(self.toggle)
        row.addStretch(1)
        self.set_now()

    def is_now(self) -> bool:
        return self.edit.isHidden()

    def moment(self) -> datetime:
        """The time to log: the clock's (to the second, so one minute's entries keep their order)."""
        return self._clock() if self.is_now() else to_datetime(self.edit.dateTime())

    def set_now(self) -> None:
        self.edit.setVisible(False)
        self.now_label.setVisible(True)
        self.toggle.setText(self.tr("Earlier…"))
        self.toggle.setAccessibleName(self.tr("Log for an earlier time"))
        self.changed.emit()

    def set_moment(self, moment: datetime) -> None:
        self.edit.setDateTime(qdatetime(moment))
        self.edit.setVisible(True)
        self.now_label.setVisible(False)
        self.toggle.setText(self.tr("Now"))
        self.toggle.setAccessibleName(self.tr("Log for now"))

    def _on_toggle(self) -> None:
        if self.is_now():
            self.set_moment(self._clock().replace(second=0))
            self.edit.setFocus()
        else:
            self.set_now()

    def confirmed(self) -> bool:
        """True unless the time is in the future and the patient, asked once, says no."""
        return self.is_now() or future_confirmed(self, self.moment(), self._clock)


def future_confirmed(parent: QWidget, moment: datetime, clock: Clock) -> bool:
    """True when `moment` is not in the future, or the patient says it is meant."""
    if moment <= clock() + FUTURE_SLACK:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("WhenField", "A time in the future"),
        QCoreApplication.translate("WhenField", "This time is in the future. Save the entry for it anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
