"""File ▸ Delete all my data, by clicks and keys: export first, type DELETE, erase, say where backups are."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from paindiary import paths
from paindiary.demo import fill_with_demo
from paindiary.store import Diary, backup
from paindiary.ui.adapter import ALL, DiaryAdapter
from paindiary.ui.delete_data_dialog import DeleteDataDialog, install
from tests.stand_in_window import StandInWindow
from tests.support import FakeClock


@pytest.fixture
def adapter(diary: Diary, clock: FakeClock) -> Iterator[DiaryAdapter]:
    fill_with_demo(diary, date(2024, 5, 31))
    backup.backup_before(diary.path, backup.DAILY, clock)
    wrapper = DiaryAdapter(diary)
    yield wrapper
    wrapper.close()


@pytest.fixture
def dialog(qtbot: QtBot, adapter: DiaryAdapter, clock: FakeClock) -> DeleteDataDialog:
    shown = DeleteDataDialog(adapter, None, clock=clock)
    qtbot.addWidget(shown)
    shown.open()
    return shown


def click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def diary_text(diary: Diary) -> list[bytes]:
    return [entry.note.encode() for entry in diary.entries() if len(entry.note) > 8]


def test_export_first_writes_the_whole_diary_where_the_user_chose(
    qtbot: QtBot,
    dialog: DeleteDataDialog,
    adapter: DiaryAdapter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "my copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), "*.json"))
    click(qtbot, dialog.export_button)
    written = target.with_suffix(".json")
    assert len(json.loads(written.read_text(encoding="utf-8"))["entries"]) == adapter.reader.entry_count()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert str(written) in dialog.export_status.text()


def test_export_cancelled_writes_nothing(
    qtbot: QtBot, dialog: DeleteDataDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    click(qtbot, dialog.export_button)
    assert dialog.export_status.text() == ""


def test_nothing_happens_until_delete_is_typed(
    qtbot: QtBot, dialog: DeleteDataDialog, adapter: DiaryAdapter
) -> None:
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "delete")
    assert not dialog.delete_button.isEnabled()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.confirmation, "DELETE")
    assert dialog.delete_button.isEnabled()
    assert not adapter.reader.is_empty()


def test_delete_erases_every_record_keeps_a_backup_and_says_where(
    qtbot: QtBot, dialog: DeleteDataDialog, adapter: DiaryAdapter
) -> None:
    secrets = diary_text(adapter.reader)
    entries = adapter.reader.entry_count()
    heard: list[str] = []
    adapter.changed.connect(lambda kind, _ids: heard.append(kind))
    qtbot.keyClicks(dialog.confirmation, "DELETE")

    click(qtbot, dialog.delete_button)

    assert adapter.reader.is_empty()
    on_disk = b"".join(
        p.read_bytes() for p in [adapter.reader.path, *paths.companions(adapter.reader.path)] if p.exists()
    )
    assert [secret for secret in secrets if secret in on_disk] == []
    assert heard == [ALL]
    [before_erase] = [b for b in backup.list_backups(adapter.reader.path) if b.reason == backup.ERASE]
    assert backup.verify_backup(before_erase.path).entries == entries
    assert str(backup.backup_folder(adapter.reader.path)) in dialog.result_label.text()
    assert not dialog.delete_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"


def test_delete_with_backups_removes_them_too(
    qtbot: QtBot, dialog: DeleteDataDialog, adapter: DiaryAdapter
) -> None:
    click(qtbot, dialog.also_backups)
    qtbot.keyClicks(dialog.confirmation, "DELETE")
    click(qtbot, dialog.delete_button)
    assert adapter.reader.is_empty()
    assert backup.list_backups(adapter.reader.path) == []
    assert "1 backups" in dialog.result_label.text()


def test_controls_are_named_and_primary_buttons_tall_enough(dialog: DeleteDataDialog) -> None:
    for widget in (dialog.export_button, dialog.confirmation, dialog.also_backups, dialog.delete_button):
        assert widget.accessibleName()
    for button in (dialog.export_button, dialog.delete_button, dialog.cancel_button):
        assert button.minimumHeight() >= 40


def test_install_adds_the_action_to_the_file_menu(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    window = StandInWindow(adapter)
    qtbot.addWidget(window)
    install(window)
    separator, action = window.menu("file").actions()
    assert separator.isSeparator()
    assert action.text() == "&Delete all my data…"
    action.trigger()
    [dialog] = window.findChildren(DeleteDataDialog)
    assert dialog.isVisible()
    dialog.close()
