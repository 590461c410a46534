"""The Appointment page as a feature: Ctrl+5, built (and its analysis imported) when first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from paindiary.ui.features import FeatureHost


def install(host: FeatureHost) -> None:
    """Add the Appointment page (the next Ctrl+number: Ctrl+5 after the four built-in pages)."""

    def build(parent: QWidget) -> QWidget:
        # Imported when the page is first shown: the content model brings the whole analysis.
        from paindiary.ui.appointment_page import AppointmentPage

        page = AppointmentPage(host.adapter, host.clock, host.undo_stack, parent)
        page.pdf_button.clicked.connect(lambda: _report(host, "pdf"))
        page.print_button.clicked.connect(lambda: _report(host, "print"))
        page.images_button.clicked.connect(lambda: _report(host, "images"))
        return page

    host.add_page("appointment", QCoreApplication.translate("AppointmentPage", "Appointment"), build)


def _report(host: FeatureHost, way: str) -> None:
    """Save PDF / Print / Save images: the report dialog's own steps, with its default choices."""
    from paindiary.ui.report_action import ReportDialog

    dialog = ReportDialog(host.adapter, host.main_window(), host.clock().date(), tell=host.show_status)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    {"pdf": dialog.save, "print": dialog.print_report, "images": dialog.save_images}[way]()
    dialog.close()
