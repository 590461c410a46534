"""The Medicines page as a feature: Ctrl+6, built (with its dialogs) when first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from paindiary.ui.features import FeatureHost


def install(host: FeatureHost) -> None:
    """The Medicines page, after the Appointment page."""

    def build(parent: QWidget) -> QWidget:
        from paindiary.ui.medicines_page import MedicinesPage

        return MedicinesPage(host, parent)

    host.add_page("medicines", QCoreApplication.translate("MedicinesPage", "Medicines"), build)
