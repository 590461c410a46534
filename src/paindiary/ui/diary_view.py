"""Diary: every entry, newest first, filtered by date; edit, delete, undo."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from paindiary.clock import Clock, local_now
from paindiary.domain import PainEntry, ValidationError
from paindiary.ui.adapter import ENTRIES, DiaryAdapter
from paindiary.ui.diary_model import EntryTableModel
from paindiary.ui.entry_dialog import EntryDialog
from paindiary.ui.formatting import date_format, qdate, to_date
from paindiary.ui.moment_edit import DayEdit
from paindiary.ui.today_when import future_confirmed
from paindiary.ui.undo import AddEntryCommand, DeleteEntriesCommand, EditEntryCommand
from paindiary.ui.widgets import MIN_TARGET_PX

DEFAULT_DAYS_SHOWN = 90


class DiaryView(QWidget):
    """The table of entries with a date-range filter (the last 90 days at first)."""

    message = Signal(str)  # a short note for the status bar

    def __init__(
        self,
        adapter: DiaryAdapter,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._undo = undo_stack
        self.entry_dialog: EntryDialog | None = None
        end = clock().date()
        start = end - timedelta(days=DEFAULT_DAYS_SHOWN)
        self.model = EntryTableModel(adapter, start, end)

        self.start = DayEdit(qdate(start), self)
        self.end = DayEdit(qdate(end), self)
        for edit, name in (
            (self.start, self.tr("Show entries from")),
            (self.end, self.tr("Show entries until")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setAccessibleName(name)
            edit.setMinimumHeight(MIN_TARGET_PX - 4)
            edit.dateChanged.connect(self._apply_range)
        self.show_all = QPushButton(self.tr("Show all"), self)
        self.show_all.setAccessibleName(self.tr("Show every entry"))
        self.show_all.setMinimumHeight(MIN_TARGET_PX - 4)
        self.show_all.clicked.connect(self._show_everything)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes and places (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search notes and places"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(MIN_TARGET_PX - 4)
        self.search.textChanged.connect(self.model.set_search)
        self._listed_shortcut(QKeySequence.StandardKey.Find, self, self._focus_search, self.tr("Search"))
        self._listed_shortcut(Qt.Key.Key_Escape, self.search, self.search.clear, self.tr("Clear the search"))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Diary entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(MIN_TARGET_PX - 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the first rows, not from every cell of a long range.
        header.setResizeContentsPrecision(100)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self._clock = clock
        self.add_button = QPushButton(self.tr("Add entry…"), self)
        self.add_button.setAccessibleName(self.tr("Add an entry for any day and time"))
        self.add_button.setMinimumHeight(MIN_TARGET_PX)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected entries"))
        self.delete_button.setToolTip(self.tr("Delete (Del). Ctrl+Z brings them back."))
        for button in (self.edit_button, self.delete_button):
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        delete_text = self.tr("Delete the selected entries")
        self._listed_shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected, delete_text)
        edit_text = self.tr("Edit the selected entry")
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):  # as on Today's list
            self._listed_shortcut(key, self.table, self.edit_selected, edit_text)

        # Entries deleted here: when they come back (undo), the status says so.
        self._deleted: set[str] = set()
        # Connected after the model: the row is in place before it is selected.
        adapter.changed.connect(self._follow_change)
        self._touched: list[str] = []
        self._after_changes = QTimer(self)
        self._after_changes.setSingleShot(True)
        self._after_changes.setInterval(0)
        self._after_changes.timeout.connect(self._select_touched)

        self.count = QLabel(self)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.start)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.end)
        filters.addWidget(self.show_all)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_count()

    def _listed_shortcut(
        self, key: QKeySequence.StandardKey | Qt.Key, widget: QWidget, slot: Callable[[], None], what: str
    ) -> None:
        """A key of the Diary, listed by Help ▸ Keyboard shortcuts under the Diary."""
        shortcut = QShortcut(QKeySequence(key), widget, slot)
        shortcut.setWhatsThis(what)
        shortcut.setProperty("page", self.tr("Diary"))

    def showEvent(self, event: QShowEvent) -> None:
        """Read the entries the first time the table is shown, not at start-up."""
        if not self.model.loaded:
            self.model.reload()
        super().showEvent(event)

    # ------------------------------------------------------------ filtering

    def _apply_range(self) -> None:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        if start > end:
            start, end = end, start
        self.model.set_range(start, end)

    def _show_everything(self) -> None:
        span = self._adapter.reader.date_span()
        if span is None:
            return
        # Moving the edits triggers the reload through dateChanged; block to reload once.
        for edit, day in ((self.start, span[0]), (self.end, span[1])):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self._apply_range()

    def _follow_change(self, kind: str, ids: list[str]) -> None:
        """Note an edited or restored entry; one undo restores entries one by one, so gather them."""
        if kind == ENTRIES and ids and self.model.loaded:
            self._touched.extend(ids)
            self._after_changes.start()

    def _select_touched(self) -> None:
        """Select the entries just edited or restored where their rows now are; say what came back."""
        touched, self._touched = self._touched, []
        rows = [row for row in map(self.model.row_of, map(uuid.UUID, touched)) if row is not None]
        if rows:
            selection = self.table.selectionModel()
            selection.clearSelection()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for row in rows:
                selection.select(self.model.index(row, 0), flags)
            self.table.scrollTo(self.model.index(rows[0], 0))
        back = self._deleted.intersection(touched)
        if back and rows:
            self._deleted -= back
            count = len(back)
            self.message.emit(self.tr("Restored %n entries.", "", count))

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count.setText(self.tr("%n entries shown", "", count))

    def _update_buttons(self) -> None:
        rows = self._selected_rows()
        self.edit_button.setEnabled(len(rows) == 1)
        self.delete_button.setEnabled(bool(rows))

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    # ------------------------------------------------------------ actions

    def edit_selected(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 1:
            return
        before = self.model.entry(rows[0])
        dialog = EntryDialog(before, self, write=lambda edited: self._save_edit(before, edited))
        self.entry_dialog = dialog
        dialog.open()

    def add_entry(self) -> None:
        """An entry for any day and time, in the entry dialog; its score is left for the patient."""
        blank = PainEntry(at=self._clock().replace(second=0), pain=0)
        dialog = EntryDialog(blank, self, write=self._save_new)
        dialog.setWindowTitle(self.tr("Add entry"))
        dialog.scores.clear()
        self.entry_dialog = dialog
        dialog.open()

    def _save_new(self, entry: PainEntry) -> None:
        if not future_confirmed(self, entry.at, self._clock):
            raise ValidationError("at", self.tr("not saved: the time is in the future"))
        command = AddEntryCommand.add(self._adapter, entry, self.message.emit)
        self._undo.push(command)
        self._touched.append(str(command.saved.id))
        self._after_changes.start()

    def _save_edit(self, before: PainEntry, edited: PainEntry) -> None:
        """Write the edit (errors reach the dialog, which stays open) and make it undoable."""
        self._undo.push(EditEntryCommand.edit(self._adapter, before, edited, self.message.emit))

    def delete_selected(self) -> None:
        entries = [self.model.entry(row) for row in self._selected_rows()]
        if not entries:
            return
        command, failure = DeleteEntriesCommand.delete(self._adapter, entries, self.message.emit)
        if command.removed:
            self._undo.push(command)
            self._deleted.update(str(entry.id) for entry in command.removed)
            count = len(command.removed)
            self.message.emit(self.tr("Deleted %n entries. Ctrl+Z brings them back.", "", count))
        if failure is not None:
            QMessageBox.warning(self, self.tr("Not deleted"), str(failure))
