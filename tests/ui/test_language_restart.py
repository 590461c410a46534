"""A new language in Settings offers a restart: Later keeps this language, Restart now starts again."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from paindiary.ui import app as app_module
from paindiary.ui import language, language_restart
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.close_guard import CloseQuestion
from paindiary.ui.language import install_translator, running_language
from paindiary.ui.main_window import MainWindow
from paindiary.ui.preferences import Preferences

if TYPE_CHECKING:
    from tests.ui.conftest import User

ASK = language_restart.ask_to_restart  # the real question (tests/ui/conftest.py answers Later)


@pytest.fixture
def window(qtbot: QtBot, adapter: DiaryAdapter) -> MainWindow:
    main = build_window(adapter, preferences=Preferences())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[QWidget | None]:
    """The windows the restart was asked to close (the restart itself is not run)."""
    asked: list[QWidget | None] = []
    monkeypatch.setattr(language_restart, "restart", lambda window: asked.append(window) or True)
    return asked


def answer_offer(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[str]) -> None:
    """Let the real question appear, note its text and click `button` ("Restart now" or "Later")."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        [chosen] = [b for b in box.buttons() if b.text() == button]
        chosen.click()

    def asking(parent: QWidget | None, language: str) -> bool:
        QTimer.singleShot(0, click)
        return ASK(parent, language)

    monkeypatch.setattr(language_restart, "ask_to_restart", asking)


def change_language(user: User, window: MainWindow, language: str) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    user.qtbot.waitExposed(dialog)
    user.choose(dialog.language, language)
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def test_later_keeps_this_language_until_the_next_start(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, user: User, restarts: list[QWidget | None]
) -> None:
    seen: list[str] = []
    answer_offer(monkeypatch, "Later", seen)
    change_language(user, window, "de")
    assert seen == ["paindiary speaks Deutsch from its next start. Restart now?"]
    assert restarts == []
    assert Preferences().choices().language == "de"  # saved for the next start
    assert window.isVisible()
    assert window.menuBar().actions()[0].text() == "&File"


def test_restart_now_restarts_with_the_main_window(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, user: User, restarts: list[QWidget | None]
) -> None:
    seen: list[str] = []
    answer_offer(monkeypatch, "Restart now", seen)
    change_language(user, window, "es")
    assert len(seen) == 1
    assert restarts == [window]
    assert Preferences().choices().language == "es"


def test_after_later_going_back_to_the_running_language_offers_no_restart(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, user: User, restarts: list[QWidget | None]
) -> None:
    assert running_language() == "en"  # no catalogue installed: the window speaks English
    seen: list[str] = []
    answer_offer(monkeypatch, "Later", seen)
    change_language(user, window, "de")
    assert len(seen) == 1
    change_language(user, window, "en")
    assert len(seen) == 1, "no restart into the language already shown"
    assert restarts == []
    assert Preferences().choices().language == "en"


def test_after_later_another_new_language_is_offered_again(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, user: User, restarts: list[QWidget | None]
) -> None:
    seen: list[str] = []
    answer_offer(monkeypatch, "Later", seen)
    change_language(user, window, "de")
    change_language(user, window, "es")
    assert seen == [
        "paindiary speaks Deutsch from its next start. Restart now?",
        "paindiary speaks Español from its next start. Restart now?",
    ]
    assert restarts == []
    assert Preferences().choices().language == "es"


def test_the_comparison_is_with_the_language_installed_at_start(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "system_language", lambda: "de")
    try:
        install_translator(qapp, "de")  # as start-up does with the saved choice
        assert not language_restart.needs_restart("de")
        assert not language_restart.needs_restart("")  # the system's language is German too
        assert language_restart.needs_restart("en")
        assert language_restart.needs_restart("es")
    finally:
        install_translator(qapp, "en")
    assert language_restart.needs_restart("de")
    assert not language_restart.needs_restart("en")


def test_no_offer_when_the_language_stays(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, user: User, restarts: list[QWidget | None]
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(language_restart, "ask_to_restart", lambda _p, language: asked.append(language))
    window.open_settings()
    user.click(window.settings_dialog.sleep_mood)
    user.click(window.settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not window.settings_dialog.isVisible()
    assert (asked, restarts) == ([], [])


def test_the_restart_closes_the_window_then_ends_the_event_loop(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: codes.append(code))
    assert language_restart.restart(window)
    assert not window.isVisible()
    assert codes == [language_restart.RESTART_EXIT]


def test_no_restart_while_the_patient_keeps_what_they_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: codes.append(code))
    monkeypatch.setattr(CloseQuestion, "exec", lambda _box: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(window.today.scores.buttons[6], Qt.MouseButton.LeftButton)
    assert not language_restart.restart(window)
    assert window.isVisible()
    assert codes == []


def test_start_up_runs_the_same_command_line_again_once_the_diary_is_closed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    order: list[str] = []
    restart = language_restart.RESTART_EXIT
    monkeypatch.setattr(app_module, "_run_app", lambda _path, demo: order.append("closed") or restart)
    monkeypatch.setattr(app_module, "start_again", lambda: order.append("started") or 0)
    assert app_module.run_app(tmp_path / "diary.sqlite3") == 0
    assert order == ["closed", "started"]
    program, arguments = language_restart.same_command_line()
    assert (program, arguments) == (sys.executable, sys.orig_argv[1:])
