"""File ▸ Backups, driven with clicks: list, back up now, verify, restore (backed up first), open folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.store import Diary, backup
from paindiary.ui.adapter import ALL, DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.backups_dialog import BackupsDialog, install
from tests.stand_in_window import StandInWindow
from tests.support import FakeClock

Button = QMessageBox.StandardButton


def add_entries(diary: Diary, count: int, note: str) -> None:
    for index in range(count):
        diary.add_entry(PainEntry(at=datetime(2024, 5, 1, 8) + timedelta(hours=index), pain=5, note=note))


@pytest.fixture
def adapter(diary: Diary, clock: FakeClock) -> Iterator[DiaryAdapter]:
    add_entries(diary, 3, "first three")
    backup.backup_before(diary.path, backup.DAILY, clock)
    clock.now += timedelta(hours=1)
    add_entries(diary, 2, "two more")
    wrapper = DiaryAdapter(diary)
    yield wrapper
    wrapper.close()


@pytest.fixture
def dialog(qtbot: QtBot, adapter: DiaryAdapter, clock: FakeClock) -> BackupsDialog:
    shown = BackupsDialog(adapter, None, clock=clock)
    qtbot.addWidget(shown)
    shown.open()
    return shown


def cell(dialog: BackupsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


def click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_lists_backups_with_date_reason_size_and_counts(dialog: BackupsDialog, adapter: DiaryAdapter) -> None:
    assert dialog.table.rowCount() == 1
    assert [cell(dialog, 0, column) for column in (0, 1, 3, 4)] == ["2024-06-01 12:00", "Daily", "3", "0"]
    assert cell(dialog, 0, 2)  # a size in the locale's words
    assert str(backup.backup_folder(adapter.reader.path)) in dialog.intro.text()
    assert dialog.restore_button.isEnabled()


def test_back_up_now_adds_a_backup_of_the_current_diary(qtbot: QtBot, dialog: BackupsDialog) -> None:
    click(qtbot, dialog.back_up_button)
    assert dialog.table.rowCount() == 2
    assert [cell(dialog, 0, column) for column in (0, 1, 3)] == ["2024-06-01 13:00", "Made by you", "5"]
    assert "Backup made" in dialog.status.text()


def test_verify_tells_intact_from_damaged(qtbot: QtBot, dialog: BackupsDialog, adapter: DiaryAdapter) -> None:
    click(qtbot, dialog.verify_button)
    assert cell(dialog, 0, 5) == "Intact"
    assert "3 entries" in dialog.status.text()

    damaged = backup.list_backups(adapter.reader.path)[0].path
    data = bytearray(damaged.read_bytes())
    data[3 * 4096 : 4 * 4096] = bytes(4096)
    damaged.write_bytes(bytes(data))
    click(qtbot, dialog.verify_button)
    assert cell(dialog, 0, 5) == "Damaged"
    assert "damaged" in dialog.status.text()


def test_restore_asks_backs_up_first_and_replaces_the_diary(
    qtbot: QtBot, dialog: BackupsDialog, adapter: DiaryAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_args: object) -> Button:
        asked.append(text)
        return Button.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    heard: list[str] = []
    adapter.changed.connect(lambda kind, _ids: heard.append(kind))
    old_diary = adapter.reader

    with qtbot.waitSignal(adapter.replaced):
        click(qtbot, dialog.restore_button)

    assert "Replace your diary (5 entries) with the backup from 2024-06-01 12:00 (3 entries" in asked[0]
    assert adapter.reader is not old_diary
    assert [entry.note for entry in adapter.reader.entries()] == ["first three"] * 3
    assert heard == [ALL]
    kept = [found for found in backup.list_backups(adapter.reader.path) if found.reason == backup.RESTORE]
    assert len(kept) == 1
    assert backup.verify_backup(kept[0].path).entries == 5
    assert kept[0].path.name in dialog.status.text()


def test_restore_answered_no_changes_nothing(
    qtbot: QtBot, dialog: BackupsDialog, adapter: DiaryAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Button.No)
    click(qtbot, dialog.restore_button)
    assert adapter.reader.entry_count() == 5
    assert len(backup.list_backups(adapter.reader.path)) == 1


def test_open_folder_shows_the_backup_folder(
    qtbot: QtBot, dialog: BackupsDialog, adapter: DiaryAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, dialog.folder_button)
    assert [url.toLocalFile() for url in opened] == [str(backup.backup_folder(adapter.reader.path))]


def test_every_control_has_an_accessible_name_and_primary_buttons_are_tall_enough(
    dialog: BackupsDialog,
) -> None:
    for button in (dialog.back_up_button, dialog.verify_button, dialog.restore_button, dialog.folder_button):
        assert button.accessibleName()
        assert button.toolTip()
        assert button.minimumHeight() >= 40
    assert dialog.table.accessibleName()


def test_install_adds_a_file_menu_action_that_opens_the_dialog(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    window = StandInWindow(adapter)
    qtbot.addWidget(window)
    install(window)
    [action] = window.menu("file").actions()
    assert action.text() == "&Backups…"
    action.trigger()
    [dialog] = window.findChildren(BackupsDialog)
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 1
    dialog.close()


def test_the_real_main_window_offers_backups_and_delete_all_my_data(
    qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    pytest.importorskip("paindiary.ui.main_window")
    window = build_window(adapter)
    qtbot.addWidget(window)
    texts = [action.text() for action in window.menu("file").actions()]
    assert "&Backups…" in texts
    assert "&Delete all my data…" in texts
    assert texts.index("&Delete all my data…") > texts.index("&Backups…")
