"""Today: a complete entry in two clicks or two keys, detail optional, failures keep the form."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from paindiary.domain import Route, TreatmentSession
from paindiary.store import Diary, DiaryWriteError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.today_view import TodayView

NOW = datetime(2024, 6, 1, 14, 30)


@pytest.fixture
def view(qtbot: QtBot, diary: Diary) -> TodayView:
    adapter = DiaryAdapter(diary)
    widget = TodayView(adapter, QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_log_by_mouse_a_score_and_save(qtbot: QtBot, view: TodayView, diary: Diary) -> None:
    assert not view.save_button.isEnabled()
    qtbot.mouseClick(view.scores.buttons[6], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    [entry] = diary.entries()
    assert (entry.at, entry.pain, entry.worst, entry.locations, entry.note) == (NOW, 6, None, (), "")
    assert "Saved: pain 6" in view.message.text()
    assert view.scores.value() is None, "the form is ready for the next entry"
    assert "pain 6/10" in view.today_list.item(0).text()


@pytest.mark.parametrize(("keys", "expected"), [("7", 7), ("0", 0), ("10", 10), ("1", 1)])
def test_log_by_keyboard_a_digit_and_enter(
    qtbot: QtBot, view: TodayView, diary: Diary, keys: str, expected: int
) -> None:
    view.setFocus()
    for key in keys:
        qtbot.keyClick(view.focusWidget() or view, key)
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Return)
    assert [entry.pain for entry in diary.entries()] == [expected]


def test_optional_detail_is_collapsed_and_saved_when_given(
    qtbot: QtBot, view: TodayView, diary: Diary
) -> None:
    assert not view.detail.isVisible()
    qtbot.mouseClick(view.more, Qt.MouseButton.LeftButton)
    assert view.detail.isVisible()
    qtbot.mouseClick(view.scores.buttons[5], Qt.MouseButton.LeftButton)
    for answer, score in ((view.worst, 8), (view.enjoyment, 4), (view.activity, 6)):
        qtbot.mouseClick(answer.buttons[score], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.locations.chips()["back"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.locations.custom_field, "left ankle")
    qtbot.keyClick(view.locations.custom_field, Qt.Key.Key_Return)
    qtbot.keyClicks(view.note, "Burning, worse after walking")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    [entry] = diary.entries()
    assert (entry.pain, entry.worst, entry.enjoyment, entry.activity) == (5, 8, 4, 6)
    assert entry.locations == ("back", "left ankle")
    assert entry.note == "Burning, worse after walking"
    assert entry.peg == 5


def test_sleep_mood_and_a_note_for_the_clinician_are_saved_from_the_detail(
    qtbot: QtBot, view: TodayView, diary: Diary
) -> None:
    qtbot.mouseClick(view.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.scores.buttons[4], Qt.MouseButton.LeftButton)
    detail = view._built_detail()
    for answer, score in ((detail.sleep, 7), (detail.mood, 3)):
        qtbot.mouseClick(answer.buttons[score], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.note, "Woke at three")
    qtbot.mouseClick(
        detail.for_clinician, Qt.MouseButton.LeftButton, pos=detail.for_clinician.rect().center()
    )
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    [entry] = diary.entries()
    assert (entry.sleep_interference, entry.mood, entry.for_clinician) == (7, 3, True)
    assert not detail.for_clinician.isChecked()  # the form is ready for the next entry


def test_undo_removes_the_entry_just_logged(qtbot: QtBot, diary: Diary) -> None:
    stack = QUndoStack()
    view = TodayView(DiaryAdapter(diary), stack, clock=lambda: NOW)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.scores.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert diary.entry_count() == 1
    stack.undo()
    assert diary.entry_count() == 0
    stack.redo()
    assert [entry.pain for entry in diary.entries()] == [3]


def test_a_failed_save_keeps_what_was_typed_and_says_why(
    qtbot: QtBot, view: TodayView, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_entry: object) -> None:
        raise DiaryWriteError("Nothing was saved: the disk is full.")

    monkeypatch.setattr(diary, "add_entry", disk_full)
    qtbot.mouseClick(view.scores.buttons[8], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.note, "keep me")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "the disk is full" in view.message.text()
    assert view._undo.count() == 0, "nothing to undo after a save that failed"
    assert view.scores.value() == 8
    assert view.note.toPlainText() == "keep me"
    monkeypatch.undo()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert [(entry.pain, entry.note) for entry in diary.entries()] == [(8, "keep me")]


def test_relief_status_is_shown_in_plain_words(qtbot: QtBot, diary: Diary) -> None:
    from paindiary.domain import PainEntry

    session_day = NOW - timedelta(days=5)
    for days_before in range(1, 8):
        diary.add_entry(PainEntry(at=(session_day - timedelta(days=days_before)).replace(hour=8), pain=8))
    for days_after in range(0, 6):
        diary.add_entry(PainEntry(at=(session_day + timedelta(days=days_after)).replace(hour=20), pain=4))
    diary.add_session(TreatmentSession(at=session_day.replace(hour=9), route=Route.IV_INFUSION))
    view = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.status_shown):
        view.show()  # the status is worked out once the page has been painted
    text = view.status.text()
    assert text.startswith("Day 5 after course 1.")
    assert "8/10" in text  # usual pain, in absolute terms
    assert "above" not in text


def test_the_now_line_gives_recent_and_usual_pain(
    qtbot: QtBot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words of the Now line, on a hand-built analysis (the numbers are the analysis' own tests)."""
    from paindiary.analysis.incremental import IncrementalRelief
    from paindiary.analysis.results import CensorReason
    from tests.support.relief_factory import analysis, course, now_line

    going = course(relief_days_30=8, censored_30=True, censor_reason_30=CensorReason.END_OF_DIARY)
    built = analysis(going, now=now_line(going, day=7, recent_mean=2.5))
    monkeypatch.setattr(IncrementalRelief, "analysis", lambda *args, **kwargs: built)
    diary.add_session(TreatmentSession(at=NOW - timedelta(days=7), route=Route.IV_INFUSION))
    view = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.status_shown):
        view.show()
    assert view.status.text() == (
        "Day 7 after course 1. Your pain on your last two days with entries was about 2.5/10; your usual "
        "is 6.3/10. Relief at 30 % for at least 8 days so far."
    )


def test_status_before_any_session_explains_what_it_will_show(qtbot: QtBot, diary: Diary) -> None:
    view = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.status_shown):
        view.show()
    assert "No treatment sessions recorded yet" in view.status.text()
