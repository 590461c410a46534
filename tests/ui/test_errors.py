"""Unexpected errors: a dialog in plain words, the traceback in a private log file, never a silent crash."""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from paindiary import paths
from paindiary.ui import errors


@pytest.fixture(autouse=True)
def closed_log() -> Iterator[None]:
    """The log file a test opened is closed after it (the next test has another home)."""
    yield
    for handler in list(errors.log.handlers):
        errors.log.removeHandler(handler)
        handler.close()


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Install the app's hook for one test; record the dialogs it would show."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    errors.setup_logging()
    errors.install_excepthook()
    return shown


def raise_and_hand_over(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_the_log_is_private_and_in_the_user_log_folder(private_home: Path) -> None:
    target = errors.setup_logging()
    assert target == paths.log_dir() / "paindiary.log"
    assert target.is_relative_to(private_home), "never the real home folder"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_an_unexpected_error_is_shown_and_its_traceback_logged(qtbot: QtBot, hook: list[QMessageBox]) -> None:
    raise_and_hand_over(RuntimeError("the chart ran out of colours"))
    [box] = hook
    assert "unexpected problem" in box.text()
    assert "safe in your diary" in box.text()
    assert str(errors.log_file()) in box.informativeText()
    assert "RuntimeError: the chart ran out of colours" in box.detailedText()
    for handler in errors.log.handlers:
        handler.flush()
    logged = errors.log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: the chart ran out of colours" in logged


def test_an_error_raised_by_a_button_reaches_the_dialog(
    qtbot: QtBot, hook: list[QMessageBox], monkeypatch: pytest.MonkeyPatch
) -> None:
    button = QPushButton("Break")
    qtbot.addWidget(button)

    def broken() -> None:
        raise ValueError("a bug behind a button")

    button.clicked.connect(broken)
    # pytest-qt would catch the slot's exception itself; hand it to the app's hook instead.
    with qtbot.capture_exceptions() as caught:
        button.click()
    [(kind, error, trace)] = caught
    sys.excepthook(kind, error, trace)
    assert "ValueError: a bug behind a button" in hook[0].detailedText()


def test_ctrl_c_in_a_terminal_is_not_reported_as_a_crash(
    hook: list[QMessageBox], monkeypatch: pytest.MonkeyPatch
) -> None:
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, _error, _trace: passed_on.append(kind))
    raise_and_hand_over(KeyboardInterrupt())
    assert hook == []
    assert passed_on == [KeyboardInterrupt]
