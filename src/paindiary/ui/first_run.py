"""The welcome shown while the diary is empty: three things to do, or explore sample data."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from paindiary.ui.form_parts import notice_band
from paindiary.ui.widgets import MIN_TARGET_PX


def sample_command() -> tuple[str, list[str]]:
    """How to start `paindiary --demo` from this process (a bundle is its own executable)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "paindiary", "--demo"]


def start_sample_window() -> bool:
    """Open the sample diary in its own process: its data can never mix with this diary's."""
    program, arguments = sample_command()
    return bool(QProcess.startDetached(program, arguments))


class FirstRunPanel(QWidget):
    """Explains the three things to do; offers a throwaway diary with sample data."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The frame sits inside margins that line it up with Today's content; hiding this
        # widget hides the margins too.
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 0)
        outer.addWidget(frame)
        title = QLabel(self.tr("Welcome to paindiary"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        steps = QLabel(
            self.tr(
                "<ol>"
                "<li><b>Log your pain</b> — pick a number below and press Save. A few seconds, "
                "as often as you like.</li>"
                "<li><b>Record each treatment session</b> — date, dose and any side effects "
                "(Sessions, Ctrl+Shift+N).</li>"
                "<li><b>See how long relief lasts</b> — paindiary compares your pain after each "
                "session with the week before it (Charts), and makes a one-page report for your "
                "appointments.</li>"
                "</ol>"
                "Your diary stays on this computer. paindiary reports what you logged; it gives no "
                "medical advice."
            ),
            self,
        )
        steps.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Explore with sample data"), self)
        self.sample_button.setAccessibleName(self.tr("Explore with sample data"))
        self.sample_button.setToolTip(
            self.tr("Opens a separate window with two years of made-up entries. Your diary is not touched.")
        )
        self.start_button = QPushButton(self.tr("Start my diary"), self)
        self.start_button.setAccessibleName(self.tr("Start my diary"))
        for button in (self.sample_button, self.start_button):
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setMinimumWidth(button.sizeHint().width() + 32)
        self.sample_button.clicked.connect(start_sample_window)
        self.start_button.clicked.connect(self.dismissed.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(steps)
        layout.addLayout(buttons)


class SampleBanner(QFrame):
    """A band across a sample window saying plainly that nothing in it is the patient's own diary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(
            self.tr(
                "<b>Sample data.</b> These entries and sessions are made up, in a throwaway file. "
                "Try anything: closing this window deletes it all. Your own diary is not touched."
            ),
            self,
        )
        self.text.setAccessibleName(self.tr("Sample data notice"))
        notice_band(self, self.text)
