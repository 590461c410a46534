"""The import wizard's column-mapping page: how a file's columns become diary fields, with a preview.

The whole file is read again whenever a choice changes, so a problem on any line shows at once,
beside the field it concerns, and Next stays disabled until it is solved.
"""

from __future__ import annotations

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
from paindiary.formats import mapped_csv, places
from paindiary.formats.dates import AmbiguousDates, DateOrder
from paindiary.formats.imported import ImportCancelled
from paindiary.formats.importing import SourceFormat, format_label, plan_from
from paindiary.formats.tabular import WINDOWS_1252
from paindiary.ui.import_half_points import HalfPointChoice
from paindiary.ui.import_labels import field_error, selectable_label, show_error
from paindiary.ui.import_state import ImportState

PREVIEW_ROWS = 20


class MappingPage(QWizardPage):
    """How the file's columns become diary fields, with a preview of the first rows."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.order: DateOrder | None = None
        self.question: AmbiguousDates | None = None
        self.cancelled = False
        self._filling = False
        self.setTitle(self.tr("How the file is read"))
        self.format_label = selectable_label(name=self.tr("Recognised format"))
        self.encoding_label = selectable_label(name=self.tr("Text encoding"))
        self.mapping_label = selectable_label(name=self.tr("How columns become diary fields"))
        self.columns = QWidget()
        form = QFormLayout(self.columns)
        self.date_box = self._column_box(self.tr("Date column"))
        self.time_box = self._column_box(self.tr("Time column"))
        self.pain_box = self._column_box(self.tr("Pain column (0–10)"))
        self.note_box = self._column_box(self.tr("Note column"))
        self.half_points = HalfPointChoice()
        self.half_points.changed.connect(self.refresh)
        # Each box has its error line right under it, where the patient is looking.
        self.field_errors: dict[QComboBox, QLabel] = {}
        for text, box, problem, extra in (
            (self.tr("Date:"), self.date_box, self.tr("Problem with the date column"), None),
            (self.tr("Time:"), self.time_box, self.tr("Problem with the time column"), None),
            (
                self.tr("Pain (0–10):"),
                self.pain_box,
                self.tr("Problem with the pain column"),
                self.half_points,
            ),
            (self.tr("Note:"), self.note_box, self.tr("Problem with the note column"), None),
        ):
            self.field_errors[box] = field_error(problem)
            field = QVBoxLayout()
            parts: list[QWidget] = [box, self.field_errors[box], *([extra] if extra is not None else [])]
            for part in parts:
                field.addWidget(part)
            form.addRow(text, field)
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
        self.error = field_error(self.tr("Problem with the file"))
        layout = QVBoxLayout(self)
        for widget in (
            self.format_label,
            self.encoding_label,
            self.mapping_label,
            self.columns,
            self.order_label,
            self.order_box,
        ):
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
        self._show_encoding()
        self.half_points.reset()
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

    def _show_encoding(self) -> None:
        table = self._state.opened.table if self._state.opened else None
        self.encoding_label.setVisible(table is not None)
        if table is None:
            return
        if table.encoding == WINDOWS_1252:
            text = self.tr(
                "Text encoding: Windows-1252, as Excel on Windows saves CSV (the file is not UTF-8)"
            )
        else:
            text = self.tr("Text encoding: {encoding}").format(encoding=table.encoding)
        self.encoding_label.setText(text)

    def column_mapping(self) -> mapped_csv.ColumnMapping:
        date_column = str(self.date_box.currentData() or "")
        time_choice = str(self.time_box.currentData() or "")
        note = str(self.note_box.currentData() or "") or None
        pain = str(self.pain_box.currentData() or "")
        halves = self.half_points.choice()
        if time_choice == "@":
            return mapped_csv.ColumnMapping(pain=pain, at=date_column, note=note, half_points=halves)
        return mapped_csv.ColumnMapping(
            pain=pain, date=date_column, time=time_choice or None, note=note, half_points=halves
        )

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
        """Read again with the current choices: the whole file, so every problem shows before Next."""
        if self._filling or self._state.opened is None:
            return
        self._clear_errors()
        self._state.plan = None
        self.cancelled = False
        self._show_entries([])
        try:
            if self.mapped:
                self._refresh_mapped()
            else:
                self._refresh_known()
        except ImportCancelled:
            show_error(self.error, self.tr("Reading was cancelled; nothing was imported."))
            self.cancelled = True
        except ValidationError as error:
            self._show_problem(error)
        self._show_question()
        self.completeChanged.emit()

    def _clear_errors(self) -> None:
        for label in (self.error, *self.field_errors.values()):
            show_error(label, "")

    def _show_problem(self, error: ValidationError) -> None:
        """The error beside the box of the column it names, else under the preview."""
        for box, label in self.field_errors.items():
            column = box.currentData()
            if self.mapped and column and error.field.endswith(places.column(column)):
                # Beside its column the file's name would only repeat the first page.
                opened = self._state.opened
                text = str(error)
                prefix = f"{opened.path}: " if opened is not None else ""
                show_error(label, text.removeprefix(prefix))
                return
        show_error(self.error, str(error))

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
        opened = self._state.opened
        assert opened is not None
        assert opened.table is not None
        table = opened.table
        mapping = self.column_mapping()
        self.mapping_label.setText("\n".join(f"• {line}" for line in mapping.describe()))
        found = mapped_csv.find_half_points(table, mapping)
        self.half_points.show_found(found)
        try:
            order = mapped_csv.date_order(table, mapping)
            self.question = None
        except AmbiguousDates as error:
            self.question = error
            if self.order is None:
                return
            order = self.order
        self._show_entries(mapped_csv.preview(table, mapping, order, PREVIEW_ROWS))
        if found is not None and mapping.half_points is None:
            return  # the choice beside the pain column says what is missing
        plan = self._state.with_progress(
            self,
            self.tr("Reading the records…"),
            lambda report: plan_from(
                opened, SourceFormat.MAPPED, columns=mapping, date_order=order, progress=report
            ),
        )
        self._state.plan = plan
        self.mapping_label.setText("\n".join(f"• {line}" for line in (*plan.mapping, *plan.notes)))

    def _show_entries(self, rows: list[tuple[str, str, str]]) -> None:
        self.preview.setRowCount(len(rows))
        for index, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # long notes and messages are cut off in the cell
                self.preview.setItem(index, column, item)

    def isComplete(self) -> bool:
        # A plan exists only when the whole file was read under the current choices without a problem;
        # a cancelled read is no problem with the file, and Next reads it again.
        return self._state.plan is not None or self.cancelled

    def validatePage(self) -> bool:
        if self._state.plan is None and self.cancelled:
            self.refresh()
        return self._state.plan is not None
