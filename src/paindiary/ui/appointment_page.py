"""The Appointment page (Ctrl+5): what the report's page 1 says, live, with the patient's questions.

It shows the same content model as the report (at a glance, noticed, courses, questions), so the
page and the paper cannot disagree. Questions are added, ticked off and removed here; each change
is one write and can be undone with Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from paindiary.appointment.build import build_content
from paindiary.appointment.inputs import Question, ReportChoices
from paindiary.appointment.model import AppointmentContent
from paindiary.appointment.questions import checked_question
from paindiary.appointment.source import gather
from paindiary.clock import Clock
from paindiary.domain import ValidationError
from paindiary.formats.report import default_period
from paindiary.formatting import format_date
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.features import Reporter
from paindiary.ui.undo import DiaryCommand

CONTROL_HEIGHT = 40


class SetQuestionsCommand(DiaryCommand):
    """A change to the question list; undo writes the list as it was."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        text: str,
        before: Sequence[Question],
        after: Sequence[Question],
        report: Reporter | None = None,
    ) -> None:
        super().__init__(adapter, text, report)
        self.before, self.after = tuple(before), tuple(after)

    def _apply(self) -> object:
        self._adapter.set_questions(self.after)
        return None

    def _revert(self) -> object:
        self._adapter.set_questions(self.before)
        return None


def _label(text: str, parent: QWidget, *, bold: bool = False, size: int = 0) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setBold(bold)
    if size:
        font.setPointSize(size)
    label.setFont(font)
    return label


class AppointmentPage(QWidget):
    """At a glance, noticed, courses and questions; Save PDF / Print / Save images open the report."""

    def __init__(
        self, adapter: DiaryAdapter, clock: Clock, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.adapter, self.clock, self.undo_stack = adapter, clock, undo_stack
        self._stale = True
        self.content: AppointmentContent | None = None
        outer = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.pdf_button = self._button(self.tr("Save &PDF…"), buttons)
        self.print_button = self._button(self.tr("P&rint…"), buttons)
        self.images_button = self._button(self.tr("Save &images…"), buttons)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self.body = QWidget(scroll)
        self.body_layout = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.glance = QFormLayout()
        self.noticed = QVBoxLayout()
        self.courses = QTableWidget(self.body)
        self.courses.setAccessibleName(self.tr("Courses"))
        self.courses.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.courses.verticalHeader().setVisible(False)  # the first column numbers the courses
        self.header = _label("", self.body)
        self.session_questions = _label("", self.body)
        self.questions = QListWidget(self.body)
        self.questions.setAccessibleName(self.tr("My questions"))
        self.questions.itemChanged.connect(self._ticked)
        self.new_question = QLineEdit(self.body)
        self.new_question.setAccessibleName(self.tr("New question"))
        self.new_question.setPlaceholderText(self.tr("A question for your next appointment"))
        self.new_question.setMinimumHeight(CONTROL_HEIGHT)
        self.new_question.returnPressed.connect(self.add_question)
        self.add_button = QPushButton(self.tr("&Add question"), self.body)
        self.remove_button = QPushButton(self.tr("Re&move question"), self.body)
        for button in (self.add_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(CONTROL_HEIGHT)
        self.add_button.clicked.connect(self.add_question)
        self.remove_button.clicked.connect(self.remove_question)
        self._layout_body()
        adapter.changed.connect(self._changed)
        adapter.replaced.connect(self._changed_all)

    def _button(self, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setMinimumHeight(CONTROL_HEIGHT)
        row.addWidget(button)
        return button

    def _layout_body(self) -> None:
        layout = self.body_layout
        layout.addWidget(self.header)
        layout.addWidget(_label(self.tr("At a glance"), self.body, bold=True, size=13))
        layout.addLayout(self.glance)
        self.noticed_heading = _label("", self.body, bold=True, size=13)
        layout.addWidget(self.noticed_heading)
        layout.addLayout(self.noticed)
        layout.addWidget(_label(self.tr("Courses"), self.body, bold=True, size=13))
        layout.addWidget(self.courses)
        layout.addWidget(_label(self.tr("My questions"), self.body, bold=True, size=13))
        layout.addWidget(self.session_questions)
        layout.addWidget(self.questions)
        row = QHBoxLayout()
        row.addWidget(self.new_question, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addStretch(1)

    # ------------------------------------------------------------ live content

    def _changed(self, _kind: str, _ids: list[str]) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed_all(self) -> None:
        self._changed("all", [])

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the diary again and show what the report's page 1 would say now."""
        self._stale = False
        reader = self.adapter.reader
        today = self.clock().date()
        period = default_period(reader.entries(), reader.sessions(), None, None, today)
        inputs = gather(reader, datetime.combine(today, time(23, 59)),
                        ReportChoices(), period)  # fmt: skip
        self.content = content = build_content(inputs)
        header = content.header
        lines = [f"{line.label}: {line.text}" for line in header.patient]
        lines += [
            header.period,
            header.days_logged,
            self.tr("Next session: {text}").format(text=header.next_session),
        ]
        self.header.setText("\n".join(lines))
        _clear(self.glance)
        previous = None
        for line in content.glance:
            label = _label("" if line.label == previous else line.label, self.body, bold=True)
            self.glance.addRow(label, _label(line.text, self.body))
            previous = line.label
        _clear(self.noticed)
        self.noticed_heading.setText(content.noticed.heading)
        for fact in content.noticed.facts or (self.tr("Nothing of the listed kinds was found."),):
            self.noticed.addWidget(_label("• " + fact, self.body))
        self.noticed.addWidget(_label(content.noticed.closing, self.body))
        self._show_courses(content)
        self._show_questions(content)

    def _show_courses(self, content: AppointmentContent) -> None:
        table = content.courses
        self.courses.clear()
        self.courses.setColumnCount(len(table.columns))
        self.courses.setHorizontalHeaderLabels(list(table.columns))
        self.courses.setRowCount(len(table.rows))
        for row, cells in enumerate(table.rows):
            for column, cell in enumerate(cells):
                self.courses.setItem(row, column, QTableWidgetItem(cell))
        self.courses.resizeColumnsToContents()
        self.courses.resizeRowsToContents()

    def _show_questions(self, content: AppointmentContent) -> None:
        from_sessions = [(q.text, q.session) for q in content.questions if q.session is not None]
        template = self.tr("{question} (for the session on {date})")
        self.session_questions.setText(
            "\n".join(template.format(question=text, date=format_date(day)) for text, day in from_sessions)
        )
        self.session_questions.setVisible(bool(from_sessions))
        self.questions.blockSignals(True)
        self.questions.clear()
        for question in self.adapter.questions():
            item = QListWidgetItem(question.text, self.questions)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if question.done else Qt.CheckState.Unchecked)
        self.questions.blockSignals(False)

    # ------------------------------------------------------------ questions

    def _write(self, text: str, after: Sequence[Question]) -> None:
        before = self.adapter.questions()
        self.adapter.set_questions(after)
        self.undo_stack.push(SetQuestionsCommand(self.adapter, text, before, after))

    def add_question(self) -> None:
        try:
            question = checked_question(self.new_question.text())
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Question not added"), error.message)
            return
        self._write(self.tr("Add question"), (*self.adapter.questions(), question))
        self.new_question.clear()

    def remove_question(self) -> None:
        row = self.questions.currentRow()
        questions = list(self.adapter.questions())
        if not 0 <= row < len(questions):
            return
        del questions[row]
        self._write(self.tr("Remove question"), questions)

    def _ticked(self, item: QListWidgetItem) -> None:
        row = self.questions.row(item)
        questions = list(self.adapter.questions())
        if not 0 <= row < len(questions):
            return
        questions[row] = replace(questions[row], done=item.checkState() == Qt.CheckState.Checked)
        self._write(self.tr("Tick off question"), questions)


def _clear(layout: QFormLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)  # gone from the page at once, not at the next event loop turn
            widget.deleteLater()
