"""Unexpected errors: logged with their traceback in the user log folder, shown in plain words."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from paindiary import paths

LOG_NAME = "paindiary.log"
log = logging.getLogger("paindiary")


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Log warnings and errors to a private file in the user log folder."""
    target = log_file()
    paths.ensure_private_dir(target.parent)
    if not target.exists():
        paths.create_private_file(target)
    os.chmod(target, paths.PRIVATE_FILE_MODE)
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        handler = logging.FileHandler(target, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return target


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Show a dialog (never a silent crash) and log the traceback for any uncaught exception."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        box = QMessageBox(parent())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("Errors", "Something went wrong"))
        box.setText(
            QApplication.translate(
                "Errors",
                "paindiary ran into an unexpected problem. What you saved before is safe in your diary.",
            )
        )
        box.setInformativeText(
            QApplication.translate("Errors", "The details were written to {path}.").format(path=log_file())
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook
