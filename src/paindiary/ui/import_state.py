"""What the import wizard's pages share: the file read, its format, the plan, and a way to read."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from paindiary.formats.imported import ImportCancelled, ImportPlan, Progress
from paindiary.formats.importing import OpenedFile, SourceFormat
from paindiary.ui.adapter import DiaryAdapter

_T = TypeVar("_T")


class ImportState(QObject):
    """The one place the pages keep what they found; each page reads and writes only this."""

    # The progress dialog of a long read, as soon as it exists (tests cancel through it).
    progress_started = Signal(QProgressDialog)

    def __init__(self, adapter: DiaryAdapter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.opened: OpenedFile | None = None
        self.source = SourceFormat.AUTO
        self.plan: ImportPlan | None = None

    def with_progress(self, parent: QWidget, label: str, work: Callable[[Progress], _T]) -> _T:
        """Run a read with a cancellable progress dialog; ImportCancelled when the patient cancels."""
        dialog = QProgressDialog(label, "", 0, 0, parent)
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
