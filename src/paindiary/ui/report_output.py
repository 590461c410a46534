"""The report's other ways out of the app: printing through Qt's print dialog, and opening a saved
report (or the folder of its images) in the system's viewer.

Each report page is one printed page, drawn whole: charts never split across pages.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from paindiary import i18n
from paindiary.ui.language import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PRINT_DPI = 200  # sharp on paper, and a page's image stays a few MB


def page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def print_figures(printer: QPrinter, figures: Sequence[Figure]) -> None:
    """Draw each figure on its own page, scaled to the printable area with its proportions kept."""
    from paindiary.charts import style

    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        with style.chart_settings():
            for number, figure in enumerate(figures):
                if number:
                    printer.newPage()
                buffer = io.BytesIO()
                figure.savefig(buffer, format="png", dpi=PRINT_DPI, facecolor=figure.get_facecolor())
                image = QImage.fromData(buffer.getvalue())
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
                painter.drawImage(target, image)
    finally:
        painter.end()


def ask_and_print(parent: QWidget, figures: Callable[[], Sequence[Figure]], paper: str) -> bool:
    """Qt's print dialog, then the pages; False when the patient cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    printer.setFullPage(True)  # the report's pages carry their own margins
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_figures(printer, figures())
    return True


def open_saved(paths: Sequence[Path]) -> bool:
    """Open the PDF, or the folder holding the page images, in the system's viewer."""
    if not paths:
        return False
    target = paths[0] if len(paths) == 1 else paths[0].parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


@contextmanager
def report_language(language: str) -> Iterator[None]:
    """Build a report in `language` ("" = the app's), then put the app's language back."""
    if not language:
        yield
        return
    from paindiary.ui.language import use_catalogue_without_app

    previous = i18n.translator()
    try:
        if language == SOURCE_LANGUAGE:
            i18n.set_translator(None)
        else:
            use_catalogue_without_app(language)
        yield
    finally:
        i18n.set_translator(previous)
