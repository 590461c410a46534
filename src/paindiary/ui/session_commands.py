"""Undoable session changes for the window's QUndoStack: add, edit, delete.

Each command is pushed after its first write has already succeeded (the dialog or the
view saved through the adapter), so a failed save never leaves a command on the stack.
Later undo/redo calls come from Qt; a failure there (the session vanished in the
meantime, the disk is full) is reported through `report` and the command drops itself
from the stack instead of raising into Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from paindiary.domain import TreatmentSession, ValidationError
from paindiary.store import DiaryError
from paindiary.ui.adapter import DiaryAdapter

Reporter = Callable[[str], None]


def _ignore(_message: str) -> None:
    """Default reporter for commands built without one."""


class _SessionCommand(QUndoCommand):
    """Shared plumbing: skip the first redo (already done) and turn failures into messages."""

    def __init__(self, adapter: DiaryAdapter, text: str, report: Reporter | None) -> None:
        super().__init__(text)
        self._adapter = adapter
        self._diary = adapter.diary
        self._report = report or _ignore
        self._done = True  # the first write happened before the push

    def redo(self) -> None:
        if self._done:
            return
        self._run(
            self._apply, QCoreApplication.translate("SessionCommands", "Could not redo “{what}”: {reason}")
        )
        self._done = True

    def undo(self) -> None:
        self._run(
            self._revert, QCoreApplication.translate("SessionCommands", "Could not undo “{what}”: {reason}")
        )
        self._done = False

    def _run(self, step: Callable[[], object], failure: str) -> None:
        try:
            if self._adapter.diary is not self._diary:
                # A restore or the demo replaced the diary: the change belongs to the old one.
                raise DiaryError(
                    QCoreApplication.translate(
                        "SessionCommands", "the diary it was made in has been replaced."
                    )
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


class AddSessionCommand(_SessionCommand):
    """A new session; undo removes it, redo puts the same record back."""

    def __init__(
        self, adapter: DiaryAdapter, saved: TreatmentSession, report: Reporter | None = None
    ) -> None:
        super().__init__(adapter, QCoreApplication.translate("SessionCommands", "Add session"), report)
        self.saved = saved

    def _apply(self) -> object:
        return self._adapter.restore_session(self.saved)

    def _revert(self) -> object:
        self.saved = self._adapter.delete_session(self.saved.id)
        return self.saved


class ChangeSessionCommand(_SessionCommand):
    """An edit of a session (fields or side effects); undo writes the old version back."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        before: TreatmentSession,
        after: TreatmentSession,
        report: Reporter | None = None,
        text: str | None = None,
    ) -> None:
        label = text or QCoreApplication.translate("SessionCommands", "Edit session")
        super().__init__(adapter, label, report)
        self.before = before
        self.after = after

    def _apply(self) -> object:
        return self._adapter.update_session(self.after)

    def _revert(self) -> object:
        return self._adapter.update_session(self.before)


class DeleteSessionCommand(_SessionCommand):
    """A deleted session; undo restores it with the same ids and timestamps."""

    def __init__(
        self, adapter: DiaryAdapter, removed: TreatmentSession, report: Reporter | None = None
    ) -> None:
        super().__init__(adapter, QCoreApplication.translate("SessionCommands", "Delete session"), report)
        self.removed = removed

    @classmethod
    def delete(
        cls, adapter: DiaryAdapter, session: TreatmentSession, report: Reporter | None = None
    ) -> DeleteSessionCommand:
        """Delete `session` now (errors propagate to the caller) and return the command to push."""
        return cls(adapter, adapter.delete_session(session.id), report)

    def _apply(self) -> object:
        self.removed = self._adapter.delete_session(self.removed.id)
        return self.removed

    def _revert(self) -> object:
        return self._adapter.restore_session(self.removed)
