"""Undoable diary changes for the window's QUndoStack: Ctrl+Z puts back exactly what was there.

Every command is pushed after its first write has already succeeded (through the adapter),
so a failed save never leaves a command on the stack and its error reaches the caller in
plain words. Later undo/redo calls come from Qt; a failure there (the record vanished in
the meantime, the disk is full, the diary was replaced) is reported through `report` and
the command drops itself from the stack instead of raising into Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from paindiary.domain import PainEntry, ValidationError
from paindiary.store import DiaryError
from paindiary.ui.adapter import DiaryAdapter

Reporter = Callable[[str], None]


def _ignore(_message: str) -> None:
    """Default reporter for commands built without one."""


class DiaryCommand(QUndoCommand):
    """Shared plumbing: skip the first redo (already done) and turn failures into messages."""

    def __init__(self, adapter: DiaryAdapter, text: str, report: Reporter | None) -> None:
        super().__init__(text)
        self._adapter = adapter
        self._diary = adapter.reader
        self._report = report or _ignore
        self._done = True  # the first write happened before the push

    def redo(self) -> None:
        if self._done:
            return
        self._run(self._apply, QCoreApplication.translate("Undo", "Could not redo “{what}”: {reason}"))
        self._done = True

    def undo(self) -> None:
        self._run(self._revert, QCoreApplication.translate("Undo", "Could not undo “{what}”: {reason}"))
        self._done = False

    def _run(self, step: Callable[[], object], failure: str) -> None:
        try:
            if self._adapter.reader is not self._diary:
                # A restore replaced the diary: the change belongs to the old one.
                raise DiaryError(
                    QCoreApplication.translate("Undo", "the diary it was made in has been replaced.")
                )
            step()
        except (DiaryError, ValidationError) as error:
            self._report(failure.format(what=self.text(), reason=str(error)))
            # The stack no longer matches the diary; keeping the command would repeat the failure.
            self.setObsolete(True)

    def _apply(self) -> object:
        raise NotImplementedError

    def _revert(self) -> object:
        raise NotImplementedError


class AddEntryCommand(DiaryCommand):
    """A logged entry; undo removes it, redo puts the same record back."""

    def __init__(self, adapter: DiaryAdapter, saved: PainEntry, report: Reporter | None = None) -> None:
        text = QCoreApplication.translate("Undo", "Log pain {pain}").format(pain=saved.pain)
        super().__init__(adapter, text, report)
        self.saved = saved

    @classmethod
    def add(cls, adapter: DiaryAdapter, entry: PainEntry, report: Reporter | None = None) -> AddEntryCommand:
        """Save `entry` now (errors propagate to the caller) and return the command to push."""
        return cls(adapter, adapter.add_entry(entry), report)

    def _apply(self) -> object:
        return self._adapter.restore_entry(self.saved)

    def _revert(self) -> object:
        self.saved = self._adapter.delete_entry(self.saved.id)
        return self.saved


class EditEntryCommand(DiaryCommand):
    """A changed entry; undo writes the previous values back."""

    def __init__(
        self, adapter: DiaryAdapter, before: PainEntry, after: PainEntry, report: Reporter | None = None
    ) -> None:
        super().__init__(adapter, QCoreApplication.translate("Undo", "Edit entry"), report)
        self.before = before
        self.after = after

    @classmethod
    def edit(
        cls, adapter: DiaryAdapter, before: PainEntry, edited: PainEntry, report: Reporter | None = None
    ) -> EditEntryCommand:
        """Save the edit now (errors propagate to the caller) and return the command to push."""
        return cls(adapter, before, adapter.update_entry(edited), report)

    def _apply(self) -> object:
        return self._adapter.update_entry(self.after)

    def _revert(self) -> object:
        return self._adapter.update_entry(self.before)


class DeleteEntriesCommand(DiaryCommand):
    """Deleted entries; undo restores them exactly (same ids, same timestamps)."""

    def __init__(
        self, adapter: DiaryAdapter, removed: Sequence[PainEntry], report: Reporter | None = None
    ) -> None:
        text = QCoreApplication.translate("Undo", "Delete {count} entries").format(count=len(removed))
        super().__init__(adapter, text, report)
        self.removed = list(removed)

    @classmethod
    def delete(
        cls, adapter: DiaryAdapter, entries: Sequence[PainEntry], report: Reporter | None = None
    ) -> tuple[DeleteEntriesCommand, DiaryError | None]:
        """Delete `entries` now, each in its own transaction; the command covers those deleted.

        When one fails the rest are left alone, and the error comes back beside the command,
        so that what did go can still be undone.
        """
        removed: list[PainEntry] = []
        failure: DiaryError | None = None
        for entry in entries:
            try:
                removed.append(adapter.delete_entry(entry.id))
            except DiaryError as error:
                failure = error
                break
        return cls(adapter, removed, report), failure

    def _apply(self) -> object:
        self.removed = [self._adapter.delete_entry(entry.id) for entry in self.removed]
        return self.removed

    def _revert(self) -> object:
        return [self._adapter.restore_entry(entry) for entry in self.removed]
