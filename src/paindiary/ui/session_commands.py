"""Undoable session changes for the window's QUndoStack: add, edit, delete (see undo.DiaryCommand)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from paindiary.clinic_records import Vitals
from paindiary.domain import TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.undo import DiaryCommand, Reporter


class AddSessionCommand(DiaryCommand):
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


class ChangeSessionCommand(DiaryCommand):
    """An edit of a session (fields or side effects); undo writes the old version back."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        before: TreatmentSession,
        after: TreatmentSession,
        report: Reporter | None = None,
        text: str | None = None,
        *,
        vitals: tuple[list[Vitals], list[Vitals]] | None = None,
    ) -> None:
        label = text or QCoreApplication.translate("SessionCommands", "Edit session")
        super().__init__(adapter, label, report)
        self.before = before
        self.after = after
        self.vitals = vitals  # the session's readings before and after, when the edit changed them

    def _apply(self) -> object:
        if self.vitals is not None:
            return self._adapter.save_session_with_vitals(self.after, self.vitals[1], new=False)
        return self._adapter.update_session(self.after)

    def _revert(self) -> object:
        if self.vitals is not None:
            return self._adapter.save_session_with_vitals(self.before, self.vitals[0], new=False)
        return self._adapter.update_session(self.before)


class DeleteSessionCommand(DiaryCommand):
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
