"""Status messages reach the status bar one way: FeatureHost.show_status on the main window."""

from __future__ import annotations

import ast
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.main_window import PAGES
from tests.ui.source_scan import modules_with


def test_only_the_main_window_writes_to_the_status_bar() -> None:
    """Status messages go one way: FeatureHost.show_status (views emit a signal the window connects)."""
    assert modules_with(ast.Attribute, "statusBar") == ["main_window.py"]


def test_a_status_message_goes_away_and_the_next_action_replaces_it(
    qtbot: QtBot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, int]] = []
    original = QStatusBar.showMessage

    def recorded(bar: QStatusBar, text: str, timeout: int = 0) -> None:
        shown.append((text, timeout))
        original(bar, text, 50 if timeout > 0 else 0)  # shortened, so the test sees it go

    monkeypatch.setattr(QStatusBar, "showMessage", recorded)
    for hour in (8, 9):
        diary.add_entry(PainEntry(at=datetime(2024, 6, 1, hour), pain=hour))
    window = build_window(DiaryAdapter(diary), clock=lambda: datetime(2024, 6, 1, 12))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_status("Left over from earlier", 0)  # a caller forgetting the timeout
    diary_item = window.nav.visualItemRect(window.nav.item(PAGES.index("diary")))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=diary_item.center())
    view = window.diary_view
    view.table.selectRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Deleted 1 entry. Ctrl+Z brings it back."
    window.undo_action.trigger()  # Edit ▸ Undo
    qtbot.waitUntil(lambda: shown[-1][0] == "Restored 1 entry.")
    assert diary.entry_count() == 2
    assert [text for text, _timeout in shown] == [
        "Left over from earlier",
        "Deleted 1 entry. Ctrl+Z brings it back.",
        "Restored 1 entry.",
    ]
    assert all(timeout > 0 for _text, timeout in shown)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
