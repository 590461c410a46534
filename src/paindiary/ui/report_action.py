"""File ▸ Appointment report…: choose the period and paper, then save the PDF with progress.

The records are read once through the adapter; the report is built with a cancellable
progress dialog and written atomically (mode 0600) by formats.report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from paindiary.clock import local_now
from paindiary.domain import ValidationError
from paindiary.formats.report import PAPERS, ReportCancelled, ReportResult, default_paper, default_period
from paindiary.store import DiaryError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.features import FeatureHost, Reporter, ignore_report

CONTROL_HEIGHT = 40
DATE_FORMAT = "yyyy-MM-dd"  # unambiguous in every language


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportDialog(QDialog):
    """The period and paper of the report; Save… asks where and writes it."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        parent: QWidget | None = None,
        today: date | None = None,
        *,
        tell: Reporter = ignore_report,
    ) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self._tell = tell
        self.today = today or local_now().date()
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Appointment report"))
        self.setMinimumWidth(460)
        diary = adapter.reader
        self.entries, self.sessions = diary.entries(), diary.sessions()
        self.settings = diary.analysis_settings()
        first, last = default_period(self.entries, self.sessions, None, None, self.today)
        self.start = self._date_edit(self.tr("First day of the report"), first)
        self.end = self._date_edit(self.tr("Last day of the report"), last)
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setMinimumHeight(CONTROL_HEIGHT)
        for key, text in zip(PAPERS, (self.tr("A4"), self.tr("US Letter")), strict=True):
            self.paper.addItem(text, key)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        intro = QLabel(
            self.tr(
                "A PDF to show at your appointment: a one-page summary of the period (pain, each "
                "course's dose and how long relief lasted, side effects, notes to discuss), then the "
                "charts. It reports what you logged and is not medical advice."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("&Paper:"), self.paper)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(self.tr("&Save report…"), self)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save report"))
        self.save_button.setToolTip(self.tr("Choose where to save the PDF and write it"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in self.buttons.buttons():
            button.setMinimumHeight(CONTROL_HEIGHT)
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.paper)
        QWidget.setTabOrder(self.paper, self.save_button)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setMinimumHeight(CONTROL_HEIGHT)
        return edit

    def save(self) -> None:
        """Ask where to save, then build the report with a cancellable progress dialog."""
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if start > end:
            QMessageBox.warning(
                self,
                self.tr("Check the dates"),
                self.tr("The first day ({start}) is after the last day ({end}).").format(
                    start=start, end=end
                ),
            )
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"paindiary-report-{end.isoformat()}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        result = self._write(path, start, end)
        if result is not None:
            self.result_path = path
            self._tell(
                self.tr("Saved the {pages}-page report to {path}.").format(pages=result.pages, path=str(path))
            )
            self.accept()

    def _write(self, path: Path, start: date, end: date) -> ReportResult | None:
        from paindiary.formats.report import write_report

        progress = QProgressDialog(self.tr("Preparing the report…"), self.tr("Cancel"), 0, 1, self)
        progress.setWindowTitle(self.tr("Appointment report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def advance(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            return write_report(
                path,
                self.entries,
                self.sessions,
                self.settings,
                today=self.today,
                start=start,
                end=end,
                paper=str(self.paper.currentData()),
                progress=advance,
            )
        except ReportCancelled:
            self._tell(self.tr("Report cancelled; nothing was written."))
            return None
        except (ValidationError, DiaryError) as error:
            QMessageBox.warning(
                self,
                self.tr("Report not saved"),
                self.tr("The report was not saved: {error}").format(error=str(error)),
            )
            return None
        finally:
            progress.close()


class ReportAction(QObject):
    """The menu action of one window (kept alive as the window's child)."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.window = window
        self.host = host
        self.dialog: ReportDialog | None = None
        self.action = QAction(self.tr("Appointment &report…"), window)
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P))
        self.action.setStatusTip(self.tr("Save a PDF summary and charts to show at an appointment"))
        self.action.triggered.connect(self.open_dialog)
        host.menu("file").addAction(self.action)

    def open_dialog(self) -> None:
        """Open the report dialog (window-modal; nothing is written until Save)."""
        today = self.host.clock().date()
        self.dialog = ReportDialog(self.host.adapter, self.window, today, tell=self.host.show_status)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()


def install(host: FeatureHost) -> None:
    """Add Appointment report… (Ctrl+P) to the window's File menu."""
    ReportAction(host)
