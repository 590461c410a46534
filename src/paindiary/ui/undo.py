"""Undoable diary entry changes: Ctrl+Z puts back exactly what was there (same id, same times)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from paindiary.domain import PainEntry
from paindiary.ui.adapter import DiaryAdapter


class AddEntryCommand(QUndoCommand):
    """Log an entry; undo removes it again."""

    def __init__(self, adapter: DiaryAdapter, entry: PainEntry) -> None:
        super().__init__()
        self.setText(QCoreApplication.translate("Undo", "log pain {pain}").format(pain=entry.pain))
        self._adapter = adapter
        self._entry = entry
        self.saved: PainEntry | None = None

    def redo(self) -> None:
        if self.saved is None:
            self.saved = self._adapter.add_entry(self._entry)
        else:
            self._adapter.restore_entry(self.saved)

    def undo(self) -> None:
        assert self.saved is not None
        self._adapter.delete_entry(self.saved.id)


class EditEntryCommand(QUndoCommand):
    """Change an entry; undo writes the previous values back."""

    def __init__(self, adapter: DiaryAdapter, before: PainEntry, after: PainEntry) -> None:
        super().__init__()
        self.setText(QCoreApplication.translate("Undo", "edit entry"))
        self._adapter = adapter
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._adapter.update_entry(self._after)

    def undo(self) -> None:
        self._adapter.update_entry(self._before)


class DeleteEntriesCommand(QUndoCommand):
    """Delete one or more entries; undo restores them exactly."""

    def __init__(self, adapter: DiaryAdapter, entries: list[PainEntry]) -> None:
        super().__init__()
        self.setText(QCoreApplication.translate("Undo", "delete {count} entries").format(count=len(entries)))
        self._adapter = adapter
        self._entries = entries
        self._removed: list[PainEntry] = []

    def redo(self) -> None:
        self._removed = [self._adapter.delete_entry(entry.id) for entry in self._entries]

    def undo(self) -> None:
        for entry in self._removed:
            self._adapter.restore_entry(entry)
