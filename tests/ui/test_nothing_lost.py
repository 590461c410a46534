"""Nothing typed on Today is lost: closing asks first, and a draft outlives a crash."""

from __future__ import annotations

import stat
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.drafts import DraftOffer, TodayDraft, draft_path, read_draft, write_draft
from paindiary.ui.main_window import MainWindow
from tests.ui.conftest import User


def open_window(qtbot: QtBot, adapter: DiaryAdapter) -> MainWindow:
    main = build_window(adapter)
    # Whatever a test leaves typed is dropped before the teardown closes the window unasked.
    qtbot.addWidget(main, before_close_func=lambda _widget: main.today.clear_form())
    main.show()
    qtbot.waitExposed(main)
    return main


def answer_close_question(qtbot: QtBot, button: QMessageBox.StandardButton) -> list[str]:
    """Click `button` in the question once it is up; returns the question's text when seen."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return seen


def type_pain_and_note(qtbot: QtBot, window: MainWindow, score: int, note: str) -> None:
    qtbot.mouseClick(window.today.scores.buttons[score], Qt.MouseButton.LeftButton)
    window.today.note.setFocus()
    qtbot.keyClicks(window.today.note, note)


@pytest.fixture
def window(qtbot: QtBot, adapter: DiaryAdapter) -> MainWindow:
    return open_window(qtbot, adapter)


def test_closing_untouched_today_asks_nothing(window: MainWindow) -> None:
    assert window.close()


def test_cancel_keeps_the_window_and_the_text(qtbot: QtBot, window: MainWindow, diary: Diary) -> None:
    type_pain_and_note(qtbot, window, 6, "stairs")
    seen = answer_close_question(qtbot, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert seen == ["Today's entry has not been saved yet. Save it before closing?"]
    assert window.isVisible()
    assert window.today.scores.value() == 6
    assert window.today.note.toPlainText() == "stairs"
    assert diary.entries() == []


def test_save_saves_then_closes(qtbot: QtBot, window: MainWindow, diary: Diary) -> None:
    type_pain_and_note(qtbot, window, 4, "after the walk")
    answer_close_question(qtbot, QMessageBox.StandardButton.Save)
    assert window.close()
    [entry] = diary.entries()
    assert (entry.pain, entry.note) == (4, "after the walk")
    assert not draft_path(diary.path).exists()


def test_a_refused_save_keeps_the_window(qtbot: QtBot, window: MainWindow, diary: Diary) -> None:
    window.today.note.setFocus()
    qtbot.keyClicks(window.today.note, "no score chosen")
    answer_close_question(qtbot, QMessageBox.StandardButton.Save)
    assert not window.close()
    assert window.today.note.toPlainText() == "no score chosen"
    assert "Choose a pain score" in window.today.message.text()
    assert diary.entries() == []


def test_discard_closes_and_saves_nothing(qtbot: QtBot, window: MainWindow, diary: Diary) -> None:
    type_pain_and_note(qtbot, window, 7, "gone")
    window.today.drafts.write_now()
    answer_close_question(qtbot, QMessageBox.StandardButton.Discard)
    assert window.close()
    assert diary.entries() == []
    assert not draft_path(diary.path).exists()


def test_ctrl_q_asks_too(qtbot: QtBot, window: MainWindow) -> None:
    type_pain_and_note(qtbot, window, 3, "x")
    seen = answer_close_question(qtbot, QMessageBox.StandardButton.Cancel)
    [quit_action] = [a for a in window.menu("file").actions() if a.shortcut().toString() == "Ctrl+Q"]
    quit_action.trigger()
    assert seen
    assert window.isVisible()


def test_a_draft_is_offered_back_in_a_new_window(
    qtbot: QtBot, window: MainWindow, diary: Diary, user: User
) -> None:
    type_pain_and_note(qtbot, window, 8, "woke up with it")
    window.today.more.click()
    user.click(window.today.locations.chips()["back"])
    # The write follows a pause in typing; a crash after it loses nothing.
    qtbot.waitUntil(lambda: draft_path(diary.path).exists())
    path = draft_path(diary.path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    draft = read_draft(path)
    assert draft is not None
    assert draft.pain == 8
    assert draft.locations == ("back",)

    # As after a kill: a new window on the same diary, the old one never asked.
    second = open_window(qtbot, DiaryAdapter(Diary.open(diary.path)))
    [offer] = second.today.findChildren(DraftOffer)
    assert offer.question.text().startswith("Restore what you were typing on ")
    user.click(offer.restore_button)
    assert second.today.scores.value() == 8
    assert second.today.note.toPlainText() == "woke up with it"
    assert second.today.locations.selected() == ("back",)
    second.today.save_button.click()
    assert not path.exists()
    assert [entry.note for entry in Diary.open(diary.path).entries()] == ["woke up with it"]


def test_discarding_the_offer_removes_the_draft(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    path = draft_path(adapter.path)
    write_draft(path, TodayDraft(written=datetime(2026, 3, 2, 8, 15), pain=5, note="half typed"))
    window = open_window(qtbot, adapter)
    [offer] = window.today.findChildren(DraftOffer)
    assert offer.draft.note == "half typed"
    user.click(offer.discard_button)
    assert not path.exists()
    assert window.today.scores.value() is None


def test_a_damaged_draft_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "diary.db.today-draft.json"
    path.write_text("{not json", encoding="utf-8")
    assert read_draft(path) is None
