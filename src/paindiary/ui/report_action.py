"""File ▸ Appointment report…: choose the period, sections, notes, language and paper, then save
a PDF or page images (with progress) or print.

The records are read once through appointment.source.gather; files are written atomically
(mode 0600) by formats.report_files; printing goes through ui.report_output.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
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

from paindiary.appointment.inputs import AppointmentInputs
from paindiary.clock import local_now
from paindiary.domain import ValidationError
from paindiary.formats.report import ReportCancelled, ReportResult, default_period
from paindiary.store import DiaryError
from paindiary.ui import report_output
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.features import FeatureHost, Reporter, ignore_report
from paindiary.ui.moment_edit import DayEdit
from paindiary.ui.report_choices import ReportChoicesBox

CONTROL_HEIGHT = 40
DATE_FORMAT = "yyyy-MM-dd"  # unambiguous in every language


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportDialog(QDialog):
    """The period and the report's choices; Save PDF…, Print… or Save images… make it."""

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
        first, last = default_period(diary.entries(), diary.sessions(), None, None, self.today)
        self.start = self._date_edit(self.tr("First day of the report"), first)
        self.end = self._date_edit(self.tr("Last day of the report"), last)
        self.choices = ReportChoicesBox(self)
        self.paper = self.choices.paper
        intro = QLabel(
            self.tr(
                "A report to show at your appointment: page 1 sums up the period (at a glance, what "
                "was noticed in your diary, the latest courses, your questions), then medicines, "
                "blood pressure and the charts. It reports what you logged and is not medical advice."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        self.open_after = QCheckBox(self.tr("Open it after saving"), self)
        self.open_after.setChecked(True)
        self.open_after.setAccessibleName(self.open_after.text())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self._button(self.tr("&Save PDF…"), self.tr("Choose where to save the PDF"))
        self.save_button.setDefault(True)
        self.print_button = self._button(self.tr("P&rint…"), self.tr("Print the report"))
        self.images_button = self._button(
            self.tr("Save &images…"), self.tr("Save one PNG image per page, for portals that take no PDF")
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(CONTROL_HEIGHT)
            button.setAccessibleName(button.text().replace("&", ""))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        self.images_button.clicked.connect(self.save_images)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.choices)
        layout.addWidget(self.open_after)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.start, self.end)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = DayEdit(to_qdate(day), self)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setMinimumHeight(CONTROL_HEIGHT)
        return edit

    def _period(self) -> tuple[date, date] | None:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if start > end:
            QMessageBox.warning(
                self,
                self.tr("Check the dates"),
                self.tr("The first day ({start}) is after the last day ({end}).").format(
                    start=start, end=end
                ),
            )
            return None
        return start, end

    def _ask_path(self, end: date, suffix: str, title: str, kinds: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"paindiary-report-{end.isoformat()}{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), kinds)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def save(self) -> None:
        """Ask where to save the PDF, then build it with a cancellable progress dialog."""
        self._save(".pdf", self.tr("Save the report"), self.tr("PDF documents (*.pdf)"))

    def save_images(self) -> None:
        """Ask for a name; each page is saved as NAME-1.png, NAME-2.png, …"""
        self._save(".png", self.tr("Save the report as images"), self.tr("PNG images (*.png)"))

    def _save(self, suffix: str, title: str, kinds: str) -> None:
        period = self._period()
        if period is None:
            return
        path = self._ask_path(period[1], suffix, title, kinds)
        if path is None:
            return
        written = self._write(path, period)
        if written is None:
            return
        result, files = written
        self.result_path = files[0]
        self._tell(
            self.tr("Saved the {pages}-page report to {path}.").format(pages=result.pages, path=str(files[0]))
        )
        if self.open_after.isChecked():
            report_output.open_saved(files)
        self.accept()

    def inputs(self, period: tuple[date, date]) -> AppointmentInputs:
        """Everything the report shows, read once through the one gather function."""
        from paindiary.appointment.source import gather

        at = datetime.combine(self.today, time(23, 59))
        return gather(self.adapter.reader, at, self.choices.choices(), period)

    def print_report(self) -> None:
        """Qt's print dialog, then every page whole on its own sheet."""
        period = self._period()
        if period is None:
            return
        from paindiary.formats.report import report_figures

        choices = self.choices.choices()
        with report_output.report_language(choices.language):
            figures = report_figures(self.inputs(period), today=self.today, paper=self.choices.paper_key())
        try:
            printed = report_output.ask_and_print(self, lambda: figures, self.choices.paper_key())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not printed"), self.tr("The report was not printed: {error}")
                                .format(error=str(error)))  # fmt: skip
            return
        if printed:
            self._tell(self.tr("Sent the report to the printer."))
            self.accept()

    def _write(self, path: Path, period: tuple[date, date]) -> tuple[ReportResult, list[Path]] | None:
        from paindiary.formats.report_files import write_appointment_report

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
            with report_output.report_language(self.choices.choices().language):
                return write_appointment_report(
                    path,
                    self.inputs(period),
                    today=self.today,
                    paper=self.choices.paper_key(),
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
