"""File ▸ Import… and File ▸ Export ▸ (one action per format), for the main window.

Exports go through formats.registry, which writes atomically with mode 0600; imports
open the ImportWizard, which writes once through the DiaryAdapter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from paindiary.domain import ValidationError
from paindiary.store import DiaryError
from paindiary.ui.features import FeatureHost

if TYPE_CHECKING:
    from paindiary.ui.import_wizard import ImportWizard


class TransferActions(QObject):
    """The import and export actions of one window (kept alive as the window's child)."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.window = window
        self.host = host
        self.adapter = host.adapter
        self.wizard: ImportWizard | None = None
        file_menu = host.menu("file")
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.setStatusTip(
            self.tr("Add records from a paindiary file, another app's export or a spreadsheet")
        )
        self.import_action.triggered.connect(self.open_import)
        file_menu.addAction(self.import_action)
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_menu.setAccessibleName(self.tr("Export"))
        # (registry key, menu text, file name ending, file dialog filter)
        self.formats = (
            ("json", self.tr("paindiary &JSON (complete)…"), ".json", self.tr("JSON documents (*.json)")),
            ("csv", self.tr("Spreadsheet &CSV (complete)…"), ".csv", self.tr("CSV spreadsheets (*.csv)")),
            (
                "fhir",
                self.tr("&FHIR R4 bundle for clinics…"),
                ".fhir.json",
                self.tr("FHIR bundles (*.fhir.json)"),
            ),
        )
        self.export_actions: dict[str, QAction] = {}
        for key, text, suffix, file_filter in self.formats:
            action = self.export_menu.addAction(text)
            action.setStatusTip(self.tr("Write the whole diary to a file of this kind"))
            action.triggered.connect(
                lambda _checked=False, k=key, s=suffix, f=file_filter: self.export(k, s, f)
            )
            self.export_actions[key] = action

    def open_import(self) -> None:
        """Open the import wizard (window-modal; the diary is written only when it finishes)."""
        from paindiary.ui.import_wizard import ImportWizard  # when first used: start-up stays light

        self.wizard = ImportWizard(self.adapter, self.window)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.imported.connect(self._imported)
        self.wizard.open()

    def _imported(self, summary: str) -> None:
        self._tell(summary)
        QMessageBox.information(self.window, self.tr("Import finished"), summary)

    def export(self, key: str, suffix: str, file_filter: str) -> Path | None:
        """Ask where, then write the whole diary there; None when the patient cancels."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        today = self.host.clock().date()
        suggested = str(Path(folder or Path.home()) / f"paindiary-{today.isoformat()}{suffix}")
        chosen, _selected = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the diary"), suggested, file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + suffix)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = self.adapter.export(path, key)
        except (ValidationError, DiaryError) as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.window,
                self.tr("Export failed"),
                self.tr("The file was not written: {error}").format(error=str(error)),
            )
            return None
        QApplication.restoreOverrideCursor()
        self._tell(self.tr("Wrote {what} to {path}.").format(what=written, path=str(path)))
        return path

    def _tell(self, text: str) -> None:
        self.host.show_status(text)


def install(host: FeatureHost) -> None:
    """Add Import… (Ctrl+I) and the Export submenu to the window's File menu."""
    TransferActions(host)
