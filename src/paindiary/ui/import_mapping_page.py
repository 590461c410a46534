"""The import wizard's column-mapping page: how a file's columns become diary fields, with a preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from paindiary.domain import ValidationError, format_moment
from paindiary.formats import mapped_csv
from paindiary.formats.dates import AmbiguousDates, DateOrder
from paindiary.formats.imported import ImportCancelled
from paindiary.formats.importing import SourceFormat, format_label, plan_from
from paindiary.ui.import_state import ImportState

PREVIEW_ROWS = 20


def selectable_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


class MappingPage(QWizardPage):
    """How the file's columns become diary fields, with a preview of the first rows."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.order: DateOrder | None = None
        self.question: AmbiguousDates | None = None
        self._filling = False
        self.setTitle(self.tr("How the file is read"))
        self.format_label = selectable_label(name=self.tr("Recognised format"))
        self.mapping_label = selectable_label(name=self.tr("How columns become diary fields"))
        self.columns = QWidget()
        form = QFormLayout(self.columns)
        self.date_box = self._column_box(self.tr("Date column"))
        self.time_box = self._column_box(self.tr("Time column"))
        self.pain_box = self._column_box(self.tr("Pain column (0–10)"))
        self.note_box = self._column_box(self.tr("Note column"))
        form.addRow(self.tr("Date:"), self.date_box)
        form.addRow(self.tr("Time:"), self.time_box)
        form.addRow(self.tr("Pain (0–10):"), self.pain_box)
        form.addRow(self.tr("Note:"), self.note_box)
        self.order_label = selectable_label(name=self.tr("Question about dates"))
        self.order_box = QComboBox()
        self.order_box.setAccessibleName(self.tr("How dates are written"))
        self.order_box.addItem(self.tr("Please choose…"), "")
        self.order_box.addItem(self.tr("Day first (03/04/2024 is 3 April 2024)"), DateOrder.DMY.value)
        self.order_box.addItem(self.tr("Month first (03/04/2024 is March 4, 2024)"), DateOrder.MDY.value)
        self.order_box.currentIndexChanged.connect(self._order_chosen)
        self.preview = QTableWidget(0, 3)
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setHorizontalHeaderLabels([self.tr("When"), self.tr("Pain"), self.tr("Note or problem")])
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.preview.horizontalHeader().setAccessibleName(self.tr("Preview columns"))
        corner = self.preview.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all rows"))
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.error = selectable_label(name=self.tr("Problem with the file"))
        layout = QVBoxLayout(self)
        for widget in (self.format_label, self.mapping_label, self.columns, self.order_label, self.order_box):
            layout.addWidget(widget)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)

    def _column_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.currentIndexChanged.connect(self.refresh)
        return box

    @property
    def mapped(self) -> bool:
        return self._state.source is SourceFormat.MAPPED

    def initializePage(self) -> None:
        self.order = None
        self.question = None
        self._state.plan = None
        self.order_box.blockSignals(True)
        self.order_box.setCurrentIndex(0)
        self.order_box.blockSignals(False)
        self.format_label.setText(self.tr("Format: {label}").format(label=format_label(self._state.source)))
        self.columns.setVisible(self.mapped)
        if self.mapped:
            self._fill_columns()
        self.refresh()

    def _fill_columns(self) -> None:
        table = self._state.opened.table if self._state.opened else None
        header = table.header if table is not None else ()
        guess = mapped_csv.guess_mapping(header)
        self._filling = True
        for box, extra in (
            (self.date_box, ()),
            (
                self.time_box,
                ((self.tr("(in the date column)"), "@"), (self.tr("(none: entries at 12:00)"), "")),
            ),
            (self.pain_box, ()),
            (self.note_box, ((self.tr("(none)"), ""),)),
        ):
            box.clear()
            for text, data in extra:
                box.addItem(text, data)
            for title in header:
                box.addItem(title, title)
        self.date_box.setCurrentIndex(self.date_box.findData(guess.at or guess.date))
        self.time_box.setCurrentIndex(self.time_box.findData(guess.time or ("@" if guess.at else "")))
        self.pain_box.setCurrentIndex(self.pain_box.findData(guess.pain))
        self.note_box.setCurrentIndex(max(0, self.note_box.findData(guess.note or "")))
        self._filling = False

    def column_mapping(self) -> mapped_csv.ColumnMapping:
        date_column = str(self.date_box.currentData() or "")
        time_choice = str(self.time_box.currentData() or "")
        note = str(self.note_box.currentData() or "") or None
        pain = str(self.pain_box.currentData() or "")
        if time_choice == "@":
            return mapped_csv.ColumnMapping(pain=pain, at=date_column, note=note)
        return mapped_csv.ColumnMapping(pain=pain, date=date_column, time=time_choice or None, note=note)

    def _order_chosen(self) -> None:
        value = self.order_box.currentData()
        self.order = DateOrder(value) if value else None
        self.refresh()

    def _show_question(self) -> None:
        asked = self.question is not None
        self.order_label.setVisible(asked)
        self.order_box.setVisible(asked)
        if self.question is not None:
            self.order_label.setText(
                self.tr(
                    "The dates in “{column}” (like {example}) can be read two ways. How are they written?"
                ).format(column=self.question.column, example=self.question.example)
            )

    def refresh(self) -> None:
        """Read again with the current choices: the plan for known formats, a preview for mapped ones."""
        if self._filling or self._state.opened is None:
            return
        self.error.clear()
        self._state.plan = None
        try:
            if self.mapped:
                self._refresh_mapped()
            else:
                self._refresh_known()
        except ImportCancelled:
            self.error.setText(self.tr("Reading was cancelled; nothing was imported."))
            self._show_entries([])
        except ValidationError as error:
            self.error.setText(str(error))
            self._show_entries([])
        self._show_question()
        self.completeChanged.emit()

    def _refresh_known(self) -> None:
        opened = self._state.opened
        assert opened is not None
        try:
            plan = self._state.with_progress(
                self,
                self.tr("Reading the records…"),
                lambda report: plan_from(opened, self._state.source, date_order=self.order, progress=report),
            )
        except AmbiguousDates as error:
            self.question = error
            self._show_entries([])
            return
        self._state.plan = plan
        self.mapping_label.setText("\n".join(f"• {line}" for line in (*plan.mapping, *plan.notes)))
        when = [format_moment(e.at).replace("T", " ") for e in plan.entries[:PREVIEW_ROWS]]
        self._show_entries([(at, str(e.pain), e.note) for at, e in zip(when, plan.entries, strict=False)])

    def _refresh_mapped(self) -> None:
        table = self._state.opened.table if self._state.opened else None
        assert table is not None
        mapping = self.column_mapping()
        self.mapping_label.setText("\n".join(f"• {line}" for line in mapping.describe()))
        try:
            order = mapped_csv.date_order(table, mapping)
            self.question = None
        except AmbiguousDates as error:
            self.question = error
            if self.order is None:
                self._show_entries([])
                return
            order = self.order
        rows = mapped_csv.preview(table, mapping, order, PREVIEW_ROWS)
        self._show_entries(rows)

    def _show_entries(self, rows: list[tuple[str, str, str]]) -> None:
        self.preview.setRowCount(len(rows))
        for index, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # long notes and messages are cut off in the cell
                self.preview.setItem(index, column, item)

    def isComplete(self) -> bool:
        if self.mapped:
            return not self.error.text() and (self.question is None or self.order is not None)
        return self._state.plan is not None

    def validatePage(self) -> bool:
        if not self.mapped:
            return self._state.plan is not None
        opened = self._state.opened
        assert opened is not None
        try:
            self._state.plan = self._state.with_progress(
                self,
                self.tr("Reading the records…"),
                lambda report: plan_from(
                    opened,
                    SourceFormat.MAPPED,
                    columns=self.column_mapping(),
                    date_order=self.order,
                    progress=report,
                ),
            )
        except ImportCancelled:
            self.error.setText(self.tr("Reading was cancelled; nothing was imported."))
            return False
        except ValidationError as error:
            self.error.setText(str(error))
            return False
        return True
