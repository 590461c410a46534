"""Today's optional 0–10 questions: big buttons answered by click or key, and what Today stores."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.drafts import TodayDraft
from paindiary.ui.entry_dialog import EntryDialog
from paindiary.ui.today_detail import TodayDetail
from paindiary.ui.today_view import TodayView

NOW = datetime(2024, 6, 1, 14, 30)


@pytest.fixture
def view(qtbot: QtBot, diary: Diary) -> TodayView:
    widget = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def opened(qtbot: QtBot, view: TodayView) -> TodayDetail:
    qtbot.mouseClick(view.more, Qt.MouseButton.LeftButton)
    return view._built_detail()


def key(
    qtbot: QtBot, pressed: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed wherever the focus is, as on a keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, pressed, modifier)


def test_clicking_the_chosen_number_again_leaves_the_question_out(
    qtbot: QtBot, view: TodayView, diary: Diary
) -> None:
    detail = opened(qtbot, view)
    qtbot.mouseClick(view.scores.buttons[5], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(detail.worst.valueChanged) as chosen:
        qtbot.mouseClick(detail.worst.buttons[7], Qt.MouseButton.LeftButton)
    assert chosen.args == [7]
    qtbot.mouseClick(detail.mood.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(detail.mood.buttons[9], Qt.MouseButton.LeftButton)  # another number replaces it
    assert [button.isChecked() for button in detail.mood.buttons].count(True) == 1
    with qtbot.waitSignal(detail.worst.valueChanged) as cleared:
        qtbot.mouseClick(detail.worst.buttons[7], Qt.MouseButton.LeftButton)
    assert cleared.args == [None]
    assert not detail.worst.buttons[7].isChecked()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    [entry] = diary.entries()
    assert (entry.pain, entry.worst, entry.mood) == (5, None, 9)


def test_the_keyboard_alone_answers_the_questions(qtbot: QtBot, view: TodayView, diary: Diary) -> None:
    detail = opened(qtbot, view)
    view.setFocus()
    key(qtbot, "4")  # the pain score, as before
    view.more.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is detail.worst.buttons[0], "Tab enters the row on its first number"
    for _ in range(6):
        key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Space)  # worst 5
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is detail.enjoyment.buttons[0], "one Tab leaves the whole row"
    key(qtbot, "1")
    key(qtbot, "0")  # enjoyment 10, typed as on the pain score
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_End)
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Return)  # activity 9: Enter chooses the number with the focus
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, "3")
    key(qtbot, Qt.Key.Key_Delete)  # sleep: typed, then left out again
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Space)  # mood: Space on the chosen number leaves it out
    assert view.scores.value() == 4, "digits typed in a question never change the pain score"
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [entry] = diary.entries()
    assert (entry.pain, entry.worst, entry.enjoyment, entry.activity) == (4, 5, 10, 9)
    assert (entry.sleep_interference, entry.mood) == (None, None)


def test_enter_on_the_chosen_number_saves_the_entry(qtbot: QtBot, view: TodayView, diary: Diary) -> None:
    detail = opened(qtbot, view)
    qtbot.mouseClick(view.scores.buttons[6], Qt.MouseButton.LeftButton)
    detail.sleep.buttons[2].setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Return)  # chooses 2
    assert diary.entries() == []
    key(qtbot, Qt.Key.Key_Return)  # 2 is chosen already: Enter is Today's Save
    [entry] = diary.entries()
    assert (entry.pain, entry.sleep_interference) == (6, 2)


def test_tab_comes_back_to_the_chosen_number(qtbot: QtBot, view: TodayView) -> None:
    detail = opened(qtbot, view)
    qtbot.mouseClick(detail.worst.buttons[7], Qt.MouseButton.LeftButton)
    detail.activity.buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is detail.enjoyment.buttons[0], "a row not answered yet: its 0"
    key(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is detail.worst.buttons[7]
    key(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view.more


def test_a_draft_fills_the_rows_and_clear_empties_them(qtbot: QtBot, view: TodayView) -> None:
    view.put_back(TodayDraft(written=NOW, pain=3, worst=7, mood=2))
    detail = view._built_detail()
    assert [button.text() for button in detail.worst.buttons if button.isChecked()] == ["7"]
    assert detail.mood.buttons[2].isChecked()
    assert view.draft().worst == 7, "what the rows show is what a draft keeps"
    changes: list[object] = []
    view.form_changed.connect(lambda: changes.append(True))
    qtbot.mouseClick(detail.activity.buttons[3], Qt.MouseButton.LeftButton)
    assert changes, "choosing an answer counts as something typed that a close must not lose"
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert [answer.value() for answer in (detail.worst, detail.activity, detail.mood)] == [None] * 3
    assert not any(button.isChecked() for button in detail.activity.buttons)


def test_every_number_is_named_for_a_screen_reader(
    qtbot: QtBot, view: TodayView, accessibility_gaps: Callable[[QWidget], list[str]]
) -> None:
    detail = opened(qtbot, view)
    assert accessibility_gaps(detail) == []
    assert detail.sleep.buttons[4].accessibleName() == "Interference with sleep last night, 0 to 10: 4"


def test_the_entry_dialog_shows_and_clears_a_stored_answer(qtbot: QtBot, diary: Diary) -> None:
    stored = diary.add_entry(PainEntry(at=NOW, pain=5, worst=8, mood=6))
    dialog = EntryDialog(stored, write=diary.update_entry)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.worst.buttons[8].isChecked()
    qtbot.mouseClick(dialog.worst.buttons[8], Qt.MouseButton.LeftButton)  # left out now
    qtbot.mouseClick(dialog.mood.buttons[4], Qt.MouseButton.LeftButton)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    [entry] = diary.entries()
    assert (entry.pain, entry.worst, entry.mood) == (5, None, 4)
