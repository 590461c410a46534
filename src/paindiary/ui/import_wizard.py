"""The import wizard: choose a file, see how it will be read, confirm, then one write.

Pages: the file (and its format, recognised or chosen); how its columns become diary
fields (for an unknown spreadsheet the patient maps them with a live preview, and is
asked how dates are written when the file cannot tell); a summary ("312 entries,
9 sessions; 4 already in your diary"). Reading shows progress and can be cancelled;
nothing is written until Import, and then in one transaction through the DiaryAdapter.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from paindiary.domain import ValidationError
from paindiary.formats.imported import ImportCancelled, ImportPlan
from paindiary.formats.importing import (
    SourceFormat,
    describe_plan,
    format_label,
    open_file,
)
from paindiary.formats.registry import describe_result
from paindiary.store import DiaryError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.import_labels import field_error, selectable_label, show_error
from paindiary.ui.import_mapping_page import MappingPage
from paindiary.ui.import_state import ImportState

FILE_PAGE, MAPPING_PAGE, SUMMARY_PAGE = 0, 1, 2


class ImportWizard(QWizard):
    """Reads a file completely, shows what it holds, and imports it in one transaction."""

    # The result in words, after a successful import.
    imported = Signal(str)

    def __init__(self, adapter: DiaryAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.state = ImportState(adapter, self)
        self.setWindowTitle(self.tr("Import into your diary"))
        self.file_page = FilePage(self.state, self)
        self.mapping_page = MappingPage(self.state, self)
        self.summary_page = SummaryPage(self.state, self)
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

    def accept(self) -> None:
        """The one write: back up, then all records in one transaction; a failure changes nothing."""
        plan = self.state.plan
        if plan is None:
            return
        # One transaction: it cannot show steps or be cancelled halfway, so only a busy cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.adapter.import_plan(plan)
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

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
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
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the file to import"))
        self.browse.setToolTip(self.tr("Open a file chooser"))
        self.browse.setMinimumHeight(40)
        self.browse.clicked.connect(self.choose_file)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("File format"))
        for source in SourceFormat:
            self.format_box.addItem(format_label(source), source.value)
        self.error = field_error(self.tr("Problem with the file"))
        self.refused = False  # the named file could not be read: naming it again would not help
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow("", self.error)  # right under the file it is about
        form.addRow(self.tr("Format:"), self.format_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
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
            self._path_changed()  # the same file chosen again, perhaps saved anew: another try

    def _path_changed(self) -> None:
        self.refused = False
        show_error(self.error, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        # After a refusal the same file would only be refused again: Next waits for another one.
        return bool(self.path_edit.text().strip()) and not self.refused

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        try:
            opened = self._state.with_progress(
                self,
                self.tr("Reading {name}…").format(name=path.name),
                lambda report: open_file(path, report),
            )
        except ImportCancelled:
            # Not a problem with the file: Next stays, to read it after all.
            show_error(self.error, self.tr("Reading was cancelled; nothing was imported."))
            return False
        except ValidationError as error:
            self._refuse(str(error))
            return False
        chosen = SourceFormat(self.format_box.currentData())
        self._state.opened = opened
        self._state.plan = None
        detected = opened.detected or SourceFormat.MAPPED
        self._state.source = detected if chosen is SourceFormat.AUTO or opened.document else chosen
        show_error(self.error, "")
        return True

    def _refuse(self, message: str) -> None:
        self.refused = True
        show_error(self.error, message)
        self.completeChanged.emit()


class SummaryPage(QWizardPage):
    """What Import will do, compared with the diary, before anything is written."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.clashes = False
        self.setTitle(self.tr("Ready to import"))
        self.summary = selectable_label(name=self.tr("What will be imported"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.summary.setFont(font)
        self.details = selectable_label(name=self.tr("Details"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        plan = cast(ImportPlan, self._state.plan)
        check = self._state.adapter.check_import(plan)
        self.clashes = bool(check.conflicts)
        self.summary.setText(describe_plan(plan, check))
        opened = self._state.opened
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
        return self._state.plan is not None and not self.clashes
