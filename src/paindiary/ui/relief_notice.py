"""Say once, in a band across the window, that an upgraded diary's relief uses the updated rules.

The upgrade of a diary kept under Relief metrics v1 leaves the notice due in the diary
(migration 0002); it is marked as shown the moment it appears, so it never appears again,
in this window or another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QPushButton, QWidget

from paindiary.store import DiaryError
from paindiary.ui.first_paint import after_first_paint
from paindiary.ui.form_parts import notice_band

if TYPE_CHECKING:
    from paindiary.ui.features import FeatureHost


class ReliefNotice(QFrame):
    """The one-time notice: what changed, a way to the settings, and Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(
            self.tr(
                "Relief is now measured with updated rules, so the figures of your courses may differ "
                "from before. The analysis settings were set to their new defaults."
            ),
            self,
        )
        self.text.setAccessibleName(self.tr("Notice about the updated relief rules"))
        self.settings_button = QPushButton(self.tr("Show the settings"), self)
        self.settings_button.setAccessibleName(self.tr("Show the analysis settings"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the notice"))
        self.close_button.clicked.connect(self.hide)
        row = notice_band(self, self.text)
        row.addWidget(self.settings_button)
        row.addWidget(self.close_button)


def show_if_due(host: FeatureHost) -> ReliefNotice | None:
    """Put the notice across the top of the window when the diary has it due, and mark it shown."""
    window = host.main_window()
    central = window.centralWidget()
    column = central.layout() if central is not None else None
    if not isinstance(column, QBoxLayout):
        return None  # no column to put a band in: keep the notice due for a window that has one
    adapter = host.adapter
    try:
        if not adapter.reader.relief_notice_due():
            return None
        adapter.mark_relief_notice_shown()
    except DiaryError:
        return None  # a read-only or busy diary: better no notice than one shown every time
    notice = ReliefNotice(window)
    notice.settings_button.clicked.connect(lambda: host.open_settings(analysis=True))
    column.insertWidget(0, notice)
    notice.show()  # at once, also in a window already on screen (after a restore)
    return notice


def install(host: FeatureHost) -> None:
    """Show the notice now if due, and again after a restore brings back a diary kept under v1."""
    after_first_paint(host.main_window(), lambda: show_if_due(host))  # a read: after the window appears
    host.adapter.replaced.connect(lambda: show_if_due(host))
