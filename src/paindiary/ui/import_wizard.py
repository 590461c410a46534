"""The import wizard: choose a file, see how it will be read, confirm, then one write.

Pages: the file (and its format, recognised or chosen); how its columns become diary
fields (for an unknown spreadsheet the patient maps them with a live preview, and is
asked how dates are written when the file cannot tell); a summary ("312 entries,
9 sessions; 4 already in your diary"). Reading shows progress and can be cancelled;
nothing is written until Import, and then in one transaction through the DiaryAdapter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from paindiary.domain import ValidationError, format_moment
from paindiary.formats import mapped_csv
from paindiary.formats.dates import AmbiguousDates, DateOrder
from paindiary.formats.imported import ImportCancelled, ImportPlan, Progress
from paindiary.formats.importing import (
    OpenedFile,
    SourceFormat,
    apply_plan,
    check_plan,
    describe_plan,
    format_label,
    open_file,
    plan_from,
)
from paindiary.formats.registry import describe_result
from paindiary.store import DiaryError
from paindiary.ui.adapter import DiaryAdapter

_T = TypeVar("_T")
PREVIEW_ROWS = 20
FILE_PAGE, MAPPING_PAGE, SUMMARY_PAGE = 0, 1, 2


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


class ImportWizard(QWizard):
    """Reads a file completely, shows what it holds, and imports it in one transaction."""

    # The progress dialog of a long read, as soon as it exists (tests cancel through it).
    progress_started = Signal(QProgressDialog)
    # The result in words, after a successful import.
    imported = Signal(str)

    def __init__(self, adapter: DiaryAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.opened: OpenedFile | None = None
        self.source = SourceFormat.AUTO
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import into your diary"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        for which, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Commit")),
            (QWizard.WizardButton.FinishButton, self.tr("Import")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
            (QWizard.WizardButton.HelpButton, self.tr("Help")),
        ):
            self.button(which).setMinimumHeight(40)
            self.button(which).setAccessibleName(name)
        self.resize(760, 560)

    def with_progress(self, label: str, work: Callable[[Progress], _T]) -> _T:
        """Run a read with a cancellable progress dialog; ImportCancelled when the patient cancels."""
        dialog = QProgressDialog(label, "", 0, 0, self)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel reading"))
        dialog.setCancelButton(cancel)
        dialog.setWindowTitle(self.tr("Reading the file"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAccessibleName(self.tr("Reading progress"))
        self.progress_started.emit(dialog)

        def report(done: int, total: int) -> bool:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            if dialog.wasCanceled():
                raise ImportCancelled
            result = work(report)
            if dialog.wasCanceled():
                raise ImportCancelled
            return result
        finally:
            dialog.close()
            dialog.setParent(None)
            dialog.deleteLater()

    def accept(self) -> None:
        """The one write: back up, then all records in one transaction; a failure changes nothing."""
        if self.plan is None:
            return
        # One transaction: it cannot show steps or be cancelled halfway, so only a busy cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = apply_plan(self.adapter.diary, self.plan, write=self.adapter.import_records)
        except (ValidationError, DiaryError) as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("Nothing was imported"),
                self.tr("Nothing was imported: {error}").format(error=str(error)),
            )
            return
        QApplication.restoreOverrideCursor()
        self.imported.emit(describe_result(result))
        super().accept()


class FilePage(QWizardPage):
    """Which file, and (recognised or chosen) which format it is."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A paindiary CSV or JSON file, an export of Pain Tracker, Bearable or Flaredown, "
                "or any spreadsheet saved as CSV. Nothing is written until you press Import."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("Path of the file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the file to import"))
        self.browse.setToolTip(self.tr("Open a file chooser"))
        self.browse.setMinimumHeight(40)
        self.browse.clicked.connect(self.choose_file)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("File format"))
        for source in SourceFormat:
            self.format_box.addItem(format_label(source), source.value)
        self.error = _label(name=self.tr("Problem with the file"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Format:"), self.format_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose_file(self) -> None:
        path, _selected = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            str(Path.home()),
            self.tr("Diary files (*.csv *.tsv *.txt *.json);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        try:
            opened = self._wizard.with_progress(
                self.tr("Reading {name}…").format(name=path.name), lambda report: open_file(path, report)
            )
        except ImportCancelled:
            self.error.setText(self.tr("Reading was cancelled; nothing was imported."))
            return False
        except ValidationError as error:
            self.error.setText(str(error))
            return False
        chosen = SourceFormat(self.format_box.currentData())
        self._wizard.opened = opened
        self._wizard.plan = None
        detected = opened.detected or SourceFormat.MAPPED
        self._wizard.source = detected if chosen is SourceFormat.AUTO or opened.document else chosen
        self.error.clear()
        return True


class MappingPage(QWizardPage):
    """How the file's columns become diary fields, with a preview of the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.order: DateOrder | None = None
        self.question: AmbiguousDates | None = None
        self._filling = False
        self.setTitle(self.tr("How the file is read"))
        self.format_label = _label(name=self.tr("Recognised format"))
        self.mapping_label = _label(name=self.tr("How columns become diary fields"))
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
        self.order_label = _label(name=self.tr("Question about dates"))
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
        self.error = _label(name=self.tr("Problem with the file"))
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
        return self._wizard.source is SourceFormat.MAPPED

    def initializePage(self) -> None:
        self.order = None
        self.question = None
        self._wizard.plan = None
        self.order_box.blockSignals(True)
        self.order_box.setCurrentIndex(0)
        self.order_box.blockSignals(False)
        self.format_label.setText(self.tr("Format: {label}").format(label=format_label(self._wizard.source)))
        self.columns.setVisible(self.mapped)
        if self.mapped:
            self._fill_columns()
        self.refresh()

    def _fill_columns(self) -> None:
        table = self._wizard.opened.table if self._wizard.opened else None
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
        if self._filling or self._wizard.opened is None:
            return
        self.error.clear()
        self._wizard.plan = None
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
        opened = self._wizard.opened
        assert opened is not None
        try:
            plan = self._wizard.with_progress(
                self.tr("Reading the records…"),
                lambda report: plan_from(opened, self._wizard.source, date_order=self.order, progress=report),
            )
        except AmbiguousDates as error:
            self.question = error
            self._show_entries([])
            return
        self._wizard.plan = plan
        self.mapping_label.setText("\n".join(f"• {line}" for line in (*plan.mapping, *plan.notes)))
        when = [format_moment(e.at).replace("T", " ") for e in plan.entries[:PREVIEW_ROWS]]
        self._show_entries([(at, str(e.pain), e.note) for at, e in zip(when, plan.entries, strict=False)])

    def _refresh_mapped(self) -> None:
        table = self._wizard.opened.table if self._wizard.opened else None
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
        return self._wizard.plan is not None

    def validatePage(self) -> bool:
        if not self.mapped:
            return self._wizard.plan is not None
        opened = self._wizard.opened
        assert opened is not None
        try:
            self._wizard.plan = self._wizard.with_progress(
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


class SummaryPage(QWizardPage):
    """What Import will do, compared with the diary, before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.clashes = False
        self.setTitle(self.tr("Ready to import"))
        self.summary = _label(name=self.tr("What will be imported"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.summary.setFont(font)
        self.details = _label(name=self.tr("Details"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        plan = cast(ImportPlan, self._wizard.plan)
        check = check_plan(self._wizard.adapter.diary, plan)
        self.clashes = bool(check.conflicts)
        self.summary.setText(describe_plan(plan, check))
        opened = self._wizard.opened
        source = opened.path.name if opened is not None else ""
        lines = [self.tr("From {file} ({label}).").format(file=source, label=plan.label), *plan.notes]
        if check.already_present:
            lines.append(self.tr("Records already in your diary are skipped, so nothing is doubled."))
        if self.clashes:
            lines.append(
                self.tr(
                    "Some records have the same id as records in your diary but other values; "
                    "importing would overwrite what you logged, so it is not possible."
                )
            )
        else:
            lines.append(self.tr("Your diary is backed up before anything is written."))
        self.details.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.plan is not None and not self.clashes
