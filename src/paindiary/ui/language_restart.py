"""After the language changes in Settings: offer to start again now, in the new language.

Qt builds every text once, so a new language shows only after a restart. Yes closes the
window the ordinary way (a filled-in Today is asked about, the window's place remembered),
ends the event loop with RESTART_EXIT, and start-up, once the diary is closed and its lock
released, runs the same command line again. No keeps the current language until next start.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

from paindiary.ui.language import choose_language, running_language

# What the event loop returns when the app should start again (not a process exit code).
RESTART_EXIT = 0x5245


def needs_restart(choice: str) -> bool:
    """Whether the Settings language `choice` ("": the system's) differs from the one shown now.

    Compared with the running language, not the saved one: after "Later", going back to the
    language the window speaks needs no restart.
    """
    return choose_language(choice or None) != running_language()


def ask_to_restart(parent: QWidget | None, language: str) -> bool:
    """Restart now (True) or keep this language until the next start (False)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LanguageRestart", "Restart paindiary?"),
        QCoreApplication.translate(
            "LanguageRestart", "paindiary speaks {language} from its next start. Restart now?"
        ).format(language=language),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    restart_now = QCoreApplication.translate("LanguageRestart", "Restart now")
    box.button(QMessageBox.StandardButton.Yes).setText(restart_now)
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("LanguageRestart", "Later"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def restart(window: QWidget | None) -> bool:
    """Close `window` as Quit does, then end the event loop so start-up can start again.

    False when the patient kept the window open (Cancel when asked about what they typed).
    """
    if window is not None and not window.close():
        return False
    QCoreApplication.exit(RESTART_EXIT)
    return True


def same_command_line() -> tuple[str, list[str]]:
    """The program and arguments this process was started with (a bundle is its own executable)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(sys.orig_argv[1:])


def start_again() -> int:
    """Start this app again with the same command line and folder; the exit code for this process."""
    program, arguments = same_command_line()
    started, _pid = QProcess.startDetached(program, arguments, os.getcwd())
    return 0 if started else 1
