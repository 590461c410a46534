"""The session dialog's status (done, planned, cancelled) and its "Session day" part: a ride home,
new medicines, the patient's own checklist and questions for the clinic (docs/records.md)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from paindiary.domain import NAME_MAX, ChecklistItem, RideHome, SessionStatus, TreatmentSession


class SessionDayPart(QWidget):
    """Status on top; the session day below, unfolded for a planned session or one that has notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Done – it happened"), SessionStatus.DONE.value)
        self.status.addItem(self.tr("Planned – still to come"), SessionStatus.PLANNED.value)
        self.status.addItem(self.tr("Cancelled – it did not happen"), SessionStatus.CANCELLED.value)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setToolTip(
            self.tr("A planned session is left out of the relief analysis until it is done")
        )
        self.status.currentIndexChanged.connect(self._status_changed)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Session day"))
        self.toggle.setAccessibleName(self.tr("Show the session day: ride home, checklist and questions"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._unfold)
        self.details = QWidget(self)
        self.ride_home = QComboBox(self.details)
        self.ride_home.addItem(self.tr("Not arranged yet"), RideHome.UNKNOWN.value)
        self.ride_home.addItem(self.tr("Yes, arranged"), RideHome.YES.value)
        self.ride_home.addItem(self.tr("No"), RideHome.NO.value)
        self.new_medicines = QLineEdit(self.details)
        self.new_medicines.setPlaceholderText(self.tr("Which, if any"))
        self.checklist = QListWidget(self.details)
        self.checklist.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.new_item = QLineEdit(self.details)
        self.new_item.setMaxLength(NAME_MAX)
        self.new_item.setPlaceholderText(self.tr("Write down your clinic's instructions for the day"))
        self.new_item.installEventFilter(self)
        add = QPushButton(self.tr("Add"), self.details)
        add.setAccessibleName(self.tr("Add to the checklist"))
        add.clicked.connect(self._add_item)
        remove = QPushButton(self.tr("Remove"), self.details)
        remove.setAccessibleName(self.tr("Remove the selected checklist item"))
        remove.clicked.connect(self._remove_item)
        self.questions = QPlainTextEdit(self.details)
        self.questions.setTabChangesFocus(True)
        self.questions.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.questions.setPlaceholderText(self.tr("Questions to ask at the clinic"))
        adding = QHBoxLayout()
        adding.addWidget(self.new_item, 1)
        adding.addWidget(add)
        adding.addWidget(remove)
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above their fields: the dialog's left column is narrow, and German labels long.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for label, widget in (
            (self.tr("Ride home"), self.ride_home),
            (self.tr("New medicines since the last session"), self.new_medicines),
            (self.tr("My checklist"), self.checklist),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow("", adding)
        self.new_item.setAccessibleName(self.tr("New checklist item"))
        self.questions.setAccessibleName(self.tr("Questions"))
        form.addRow(self.tr("Questions"), self.questions)
        self.details.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        top.addRow(self.tr("Status"), self.status)
        column.addLayout(top)
        column.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.details)
        self._status_touched = False

    def load(self, session: TreatmentSession | None) -> None:
        if session is None:
            return
        self._set_status(session.status)
        self._status_touched = True  # an edited session keeps the status it has
        self.ride_home.setCurrentIndex(self.ride_home.findData(session.ride_home.value))
        self.new_medicines.setText(session.new_medicines)
        for item in session.checklist:
            self._append(item.text, item.done)
        self.questions.setPlainText(session.questions)
        has_day = bool(session.checklist or session.questions or session.new_medicines)
        self.toggle.setChecked(has_day or session.status is SessionStatus.PLANNED)

    def preset_for(self, at: datetime, now: datetime) -> None:
        """A new session at a future time is planned, one in the past done, until the patient chooses."""
        if not self._status_touched:
            self._set_status(SessionStatus.PLANNED if at > now else SessionStatus.DONE, touched=False)

    def values(self) -> dict[str, object]:
        """The session's status and session-day fields, as TreatmentSession takes them."""
        items = []
        for row in range(self.checklist.count()):
            item = self.checklist.item(row)
            items.append(ChecklistItem(item.text(), done=item.checkState() == Qt.CheckState.Checked))
        return {
            "status": SessionStatus(self.status.currentData()),
            "ride_home": RideHome(self.ride_home.currentData()),
            "new_medicines": self.new_medicines.text().strip(),
            "checklist": tuple(items),
            "questions": self.questions.toPlainText().strip(),
        }

    def focus_chain(self) -> list[QWidget]:
        return [self.status, self.toggle, self.ride_home, self.new_medicines, self.checklist, self.new_item,
                self.questions]  # fmt: skip

    def _set_status(self, status: SessionStatus, *, touched: bool = True) -> None:
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(status.value))
        self.status.blockSignals(False)
        self._status_touched = touched
        if status is SessionStatus.PLANNED:
            self.toggle.setChecked(True)

    def _status_changed(self) -> None:
        self._status_touched = True
        if self.status.currentData() == SessionStatus.PLANNED.value:
            self.toggle.setChecked(True)

    def _unfold(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _append(self, text: str, done: bool = False) -> None:
        item = QListWidgetItem(text, self.checklist)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """Enter in the new-item field adds the item instead of saving the dialog."""
        if watched is self.new_item and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._add_item()
                return True
        return super().eventFilter(watched, event)

    def _add_item(self) -> None:
        text = " ".join(self.new_item.text().split())
        if text:
            self._append(text)
            self.new_item.clear()

    def _remove_item(self) -> None:
        row = self.checklist.currentRow()
        if row >= 0:
            self.checklist.takeItem(row)
