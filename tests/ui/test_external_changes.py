"""An entry written by another process (the command line) reaches the open window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.store import Diary
from paindiary.ui.adapter import EXTERNAL, DiaryAdapter
from paindiary.ui.app import build_window
from tests.ui.conftest import User


def test_a_write_by_another_connection_refreshes_the_views(
    qtbot: QtBot, adapter: DiaryAdapter, diary: Diary, user: User
) -> None:
    window = build_window(adapter)
    qtbot.addWidget(window)
    window.show()
    window.show_page("diary")
    diary_view = window.diary_view
    heard: list[str] = []
    adapter.changed.connect(lambda kind, _ids: heard.append(kind))
    assert not adapter.external.check(), "nothing new yet"

    other = Diary.open(diary.path)  # as `paindiary log` would: its own connection
    now = datetime.now().replace(second=0, microsecond=0)
    other.add_entry(PainEntry(at=now, pain=6, note="from the terminal"))
    other.close()

    assert adapter.external.check()
    assert heard == [EXTERNAL]
    assert diary_view.model.rowCount() == 1
    assert "from the terminal" in window.today.today_list.item(0).text()
    counts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "1 entry · 0 sessions" in counts
    assert not adapter.external.check(), "announced once"


def test_own_writes_are_not_announced_again(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    window = build_window(adapter)
    qtbot.addWidget(window)
    window.show()
    user.click(window.today.scores.buttons[3])
    user.click(window.today.save_button)
    assert not adapter.external.check()
