"""A message label that goes as a status-bar message does: after a while, or when a newer one comes."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

# How long a message stays, here and in the window's status bar (main_window.STATUS_MS).
MESSAGE_MS = 10_000


class PassingMessage(QLabel):
    """A word-wrapped label, hidden while empty, that clears itself MESSAGE_MS after each message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MESSAGE_MS)
        self.timer.timeout.connect(lambda: self.say(""))

    def say(self, message: str) -> None:
        """Show `message` in place of any earlier one ("" hides the label at once)."""
        self.setText(message)
        self.setVisible(bool(message))
        if message:
            self.timer.start()  # restarted: the newest message gets its full time
        else:
            self.timer.stop()
