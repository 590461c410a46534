"""Unexpected errors: logged with their traceback in the user log folder, shown in plain words."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from paindiary import paths, portable

LOG_NAME = "paindiary.log"
log = logging.getLogger("paindiary")


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Log to a private file (0600, folder 0700) in the user log folder; return its path."""
    target = log_file()
    paths.ensure_private_dir(target.parent)
    if not target.exists():
        paths.create_private_file(target)
    portable.tighten(target)
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) != target:
            log.removeHandler(handler)  # a diary opened from elsewhere (tests, another HOME)
            handler.close()
    if not any(isinstance(handler, logging.FileHandler) for handler in log.handlers):
        handler = logging.FileHandler(target, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return target


def install_excepthook(parent: Callable[[], QWidget | None] = QApplication.activeWindow) -> None:
    """Show a dialog (never a silent crash) and log the traceback for any uncaught exception."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unexpected error\n%s", details)
        if QApplication.instance() is None or showing:
            # No window to speak through, or an error while already showing one: stderr only.
            sys.__excepthook__(kind, error, trace)
            return
        showing = True
        try:
            unexpected_error_box(parent(), details).exec()
        finally:
            showing = False

    sys.excepthook = hook


def unexpected_error_box(parent: QWidget | None, details: str) -> QMessageBox:
    """The dialog for an unexpected error: what happened in plain words, the traceback folded away."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "paindiary ran into an unexpected problem. What you saved before is safe in your diary.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "The details were written to {path}. You can keep working, or close and restart paindiary.",
        ).format(path=log_file())
    )
    box.setDetailedText(details)
    return box
