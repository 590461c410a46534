"""Diary: newest first, a date filter, edit in a dialog, delete with an exact undo."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.diary_view import DiaryView

TODAY = date(2024, 6, 1)


@pytest.fixture
def filled(diary: Diary) -> Diary:
    for days_ago in range(0, 200, 2):
        for hour in (8, 20):
            moment = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(
                hour=hour
            )
            diary.add_entry(PainEntry(at=moment, pain=(days_ago + hour) % 11, note=f"day {days_ago}"))
    return diary


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot: QtBot, filled: Diary, stack: QUndoStack) -> DiaryView:
    widget = DiaryView(DiaryAdapter(filled), stack, clock=lambda: datetime.combine(TODAY, time(12, 0)))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select_row(view: DiaryView, row: int) -> None:
    index = view.model.index(row, 0)
    view.table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def click_row(qtbot: QtBot, view: DiaryView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_newest_first_within_the_last_90_days(view: DiaryView) -> None:
    first, second = view.model.entry(0), view.model.entry(1)
    assert first.at == datetime(2024, 6, 1, 20)
    assert second.at == datetime(2024, 6, 1, 8)
    oldest = view.model.entry(view.model.rowCount() - 1)
    assert oldest.at.date() >= TODAY - timedelta(days=90)
    assert "entries shown" in view.count.text()


def test_show_all_and_a_custom_range(qtbot: QtBot, view: DiaryView, filled: Diary) -> None:
    qtbot.mouseClick(view.show_all, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == filled.entry_count()
    view.start.setDate(view.start.date().fromString("2024-05-01", "yyyy-MM-dd"))
    view.end.setDate(view.end.date().fromString("2024-05-05", "yyyy-MM-dd"))
    assert [view.model.entry(r).at.day for r in range(view.model.rowCount())] == [4, 4, 2, 2]


def test_edit_in_the_dialog_changes_only_that_entry(qtbot: QtBot, view: DiaryView, filled: Diary) -> None:
    click_row(qtbot, view, 1)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.entry_dialog
    assert dialog is not None
    original = view.model.entry(1)
    qtbot.mouseClick(dialog.scores.buttons[2], Qt.MouseButton.LeftButton)
    dialog.note.selectAll()
    qtbot.keyClicks(dialog.note, "corrected")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    stored = filled.get_entry(original.id)
    assert stored is not None
    assert (stored.pain, stored.note, stored.at) == (2, "corrected", original.at)
    assert stored.created == original.created
    assert view.model.entry(1).pain == 2, "the row updated in place"


def test_delete_with_the_key_and_undo_restores_exactly(
    qtbot: QtBot, view: DiaryView, filled: Diary, stack: QUndoStack
) -> None:
    before = filled.entries()
    shown = view.model.rowCount()
    select_row(view, 0)
    view.table.selectionModel().select(
        view.model.index(3, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert filled.entry_count() == len(before) - 2
    assert view.model.rowCount() == shown - 2
    stack.undo()
    assert filled.entries() == before, "same ids, values and timestamps"
    assert view.model.rowCount() == shown


def test_a_new_entry_appears_in_its_place_without_reloading(
    qtbot: QtBot, view: DiaryView, filled: Diary
) -> None:
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    adapter = view._adapter
    adapter.add_entry(PainEntry(at=datetime(2024, 6, 1, 12), pain=9))
    assert view.model.entry(1).at == datetime(2024, 6, 1, 12)
    assert resets == []


def test_the_delete_key_deletes_the_selected_entry(qtbot: QtBot, view: DiaryView, filled: Diary) -> None:
    click_row(qtbot, view, 0)
    target = view.model.entry(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert filled.get_entry(target.id) is None


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2])
def test_return_enter_or_f2_opens_the_selected_entry(qtbot: QtBot, view: DiaryView, key: Qt.Key) -> None:
    click_row(qtbot, view, 1)
    target = view.model.entry(1)
    qtbot.keyClick(view.table, key)
    dialog = view.entry_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.at.dateTime().toPython() == target.at
    dialog.reject()


def test_an_undo_that_cannot_be_done_is_reported_and_leaves_the_stack(
    qtbot: QtBot, view: DiaryView, filled: Diary, stack: QUndoStack
) -> None:
    click_row(qtbot, view, 0)
    target = view.model.entry(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    # Put back behind the view's back (another window, an import): undo now has nothing to do.
    filled.restore_entry(target)
    messages: list[str] = []
    view.message.connect(messages.append)
    stack.undo()
    assert "Could not undo" in messages[-1]
    assert stack.count() == 0, "the command that no longer fits the diary is dropped"
    assert filled.get_entry(target.id) == target


def test_search_filters_notes_and_places_and_escape_clears(qtbot: QtBot, view: DiaryView) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "DAY 10")
    notes = {view.model.entry(row).note for row in range(view.model.rowCount())}
    assert notes <= {"day 10", "day 100", "day 102", "day 104", "day 106", "day 108"}
    assert "day 10" in notes
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert view.model.rowCount() > 6


def test_selection_follows_the_edit_and_undo_says_restored(
    qtbot: QtBot, view: DiaryView, stack: QUndoStack
) -> None:
    view.show()
    messages: list[str] = []
    view.message.connect(messages.append)
    last = view.model.rowCount() - 1
    oldest = view.model.entry(last)
    view.table.selectRow(last)
    view.delete_selected()
    assert messages[-1] == "Deleted 1 entry. Ctrl+Z brings it back."
    stack.undo()
    qtbot.waitUntil(lambda: messages[-1] == "Restored 1 entry.")
    [selected] = view.table.selectionModel().selectedRows()
    assert view.model.entry(selected.row()).id == oldest.id
    select_row(view, 0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.delete_selected()
    assert messages[-1] == "Deleted 2 entries. Ctrl+Z brings them back."
    stack.undo()
    qtbot.waitUntil(lambda: messages[-1] == "Restored 2 entries.")
    assert len(view.table.selectionModel().selectedRows()) == 2


def test_add_entry_for_an_earlier_day(qtbot: QtBot, view: DiaryView, filled: Diary) -> None:
    view.add_button.click()
    dialog = view.entry_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Add entry"
    assert dialog.scores.value() is None, "the score is the patient's to choose"
    dialog.at.setFocus()
    qtbot.keyClick(dialog.at, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.at, "2024-05-31 22:40")
    qtbot.mouseClick(dialog.scores.buttons[7], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    added = [entry for entry in filled.entries() if entry.at == datetime(2024, 5, 31, 22, 40)]
    assert [entry.pain for entry in added] == [7]

    def added_is_selected() -> bool:
        rows = view.table.selectionModel().selectedRows()
        return [view.model.entry(index.row()).id for index in rows] == [added[0].id]

    qtbot.waitUntil(added_is_selected)
