"""File ▸ Import… and File ▸ Export ▸ …: installed into a window, exports written privately and exactly."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from paindiary.demo import fill_with_demo
from paindiary.domain import PainEntry
from paindiary.formats.importing import load_plan
from paindiary.store import Diary
from paindiary.ui import transfer_actions
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.import_wizard import ImportWizard
from paindiary.ui.main_window import MainWindow
from tests.stand_in_window import StandInWindow


@pytest.fixture
def window(qtbot: QtBot, diary: Diary) -> tuple[StandInWindow, DiaryAdapter]:
    fill_with_demo(diary, date(2024, 6, 1))
    adapter = DiaryAdapter(diary)
    shown = StandInWindow(adapter)
    qtbot.addWidget(shown)
    transfer_actions.install(shown)
    return shown, adapter


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return seen


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    """Answer the save dialog with `target` (None: the patient cancels); record the suggestion."""
    suggested: list[str] = []

    def answer(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return (str(target) if target else "", "")

    monkeypatch.setattr("paindiary.ui.transfer_actions.QFileDialog.getSaveFileName", answer)
    return suggested


def actions(window: StandInWindow) -> TransferActionsView:
    return TransferActionsView(window)


class TransferActionsView:
    """What the File menu offers, found the way a user finds it: by menu text."""

    def __init__(self, window: StandInWindow | MainWindow) -> None:
        file_menu = window.menu("file")
        self.items = {action.text(): action for action in file_menu.actions()}
        export_menu = self.items["&Export"].menu()
        assert isinstance(export_menu, QMenu)
        self.exports = {action.text(): action for action in export_menu.actions()}


def test_the_file_menu_offers_import_and_every_export(window: tuple[StandInWindow, DiaryAdapter]) -> None:
    view = actions(window[0])
    assert view.items["&Import…"].shortcut() == QKeySequence("Ctrl+I")
    assert list(view.exports) == [
        "paindiary &JSON (complete)…",
        "Spreadsheet &CSV (complete)…",
        "&FHIR R4 bundle for clinics…",
    ]


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Spreadsheet &CSV (complete)…", "out.csv"),
        ("paindiary &JSON (complete)…", "out.json"),
        ("&FHIR R4 bundle for clinics…", "clinic"),
    ],
)
def test_each_export_writes_the_whole_diary_privately(
    window: tuple[StandInWindow, DiaryAdapter],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    label: str,
    name: str,
) -> None:
    shown, adapter = window
    suggested = save_as(monkeypatch, tmp_path / name)
    actions(shown).exports[label].trigger()
    written = tmp_path / name if "." in name else tmp_path / f"{name}.fhir.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert suggested[0].endswith((".csv", ".json"))
    assert "Wrote" in shown.statusBar().currentMessage()
    if name == "clinic":
        bundle = json.loads(written.read_text(encoding="utf-8"))
        assert bundle["resourceType"] == "Bundle"
    else:
        plan = load_plan(written)
        assert list(plan.entries) == adapter.reader.entries()
        assert list(plan.sessions) == adapter.reader.sessions()


def test_cancelling_the_save_dialog_writes_nothing(
    window: tuple[StandInWindow, DiaryAdapter], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_as(monkeypatch, None)
    actions(window[0]).exports["Spreadsheet &CSV (complete)…"].trigger()
    assert list(tmp_path.glob("*.csv")) == []


def test_an_export_that_cannot_be_written_says_so(
    window: tuple[StandInWindow, DiaryAdapter],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    save_as(monkeypatch, tmp_path / "no-such-folder" / "out.csv")
    actions(window[0]).exports["Spreadsheet &CSV (complete)…"].trigger()
    [message] = warnings
    assert message.startswith("The file was not written: ")
    assert "out.csv" in message


def test_ctrl_i_opens_the_import_wizard(qtbot: QtBot, window: tuple[StandInWindow, DiaryAdapter]) -> None:
    shown, _adapter = window
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    qtbot.keyClick(shown, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizards = shown.findChildren(ImportWizard)
    assert len(wizards) == 1
    assert wizards[0].isVisible()
    wizards[0].reject()


def test_the_real_main_window_gets_import_and_export(
    qtbot: QtBot, adapter: DiaryAdapter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = build_window(adapter)
    qtbot.addWidget(main)
    file_menu = main.menu("file")
    texts = [action.text() for action in file_menu.actions()]
    assert texts.index("&Import…") < texts.index("&Quit")
    view = TransferActionsView(main)
    assert view.items["&Import…"].shortcut() == QKeySequence("Ctrl+I")
    adapter.add_entry(PainEntry(at=datetime(2024, 3, 1, 8, 0), pain=6, note="+1 after a walk"))
    save_as(monkeypatch, tmp_path / "from-window.csv")
    view.exports["Spreadsheet &CSV (complete)…"].trigger()
    [entry] = load_plan(tmp_path / "from-window.csv").entries
    assert (entry.pain, entry.note) == (6, "+1 after a walk")
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    [wizard] = main.findChildren(ImportWizard)
    assert wizard.isVisible()
    wizard.reject()
