"""Undo for medicines, doses and co-treatments: each write is a command on Edit ▸ Undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from paindiary.clock import Clock
from paindiary.medicine_records import CoTreatment, Intake, Medicine
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.features import Reporter
from paindiary.ui.undo import DiaryCommand


class AddRecordCommand(DiaryCommand):
    """A medicine, a dose or a co-treatment just added; undo deletes it, redo puts it back."""

    def __init__(
        self, adapter: DiaryAdapter, saved: Medicine | Intake | CoTreatment, text: str, report: Reporter
    ) -> None:
        super().__init__(adapter, text, report)
        self.saved = saved
        self._doses: list[Intake] = []

    def _revert(self) -> object:
        if isinstance(self.saved, Medicine):
            self._doses = self._adapter.delete_medicine(self.saved.id)[1]
            return None
        if isinstance(self.saved, Intake):
            return self._adapter.delete_intake(self.saved.id)
        return self._adapter.delete_co_treatment(self.saved.id)

    def _apply(self) -> object:
        return _restore(self._adapter, self.saved, self._doses)


class DeleteRecordCommand(DiaryCommand):
    """A medicine (with its doses), a dose or a co-treatment deleted; undo brings it back."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        record: Medicine | Intake | CoTreatment,
        doses: list[Intake],
        report: Reporter,
    ) -> None:
        """`record` (and a medicine's `doses`) were just deleted."""
        text = QCoreApplication.translate("Undo", "Delete {name}").format(name=_name(record))
        super().__init__(adapter, text, report)
        self.record = record
        self._doses = doses

    def _apply(self) -> object:
        if isinstance(self.record, Medicine):
            self._doses = self._adapter.delete_medicine(self.record.id)[1]
            return None
        if isinstance(self.record, Intake):
            return self._adapter.delete_intake(self.record.id)
        return self._adapter.delete_co_treatment(self.record.id)

    def _revert(self) -> object:
        return _restore(self._adapter, self.record, self._doses)


class ChangeRecordCommand(DiaryCommand):
    """A medicine or a co-treatment changed (e.g. stopped); undo puts the old values back."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        before: Medicine | CoTreatment,
        after: Medicine | CoTreatment,
        report: Reporter,
    ) -> None:
        text = QCoreApplication.translate("Undo", "Change {name}").format(name=_name(after))
        super().__init__(adapter, text, report)
        self.before, self.after = before, after

    def _apply(self) -> object:
        return _update(self._adapter, self.after)

    def _revert(self) -> object:
        return _update(self._adapter, self.before)


def _update(adapter: DiaryAdapter, record: Medicine | CoTreatment) -> Any:
    if isinstance(record, Medicine):
        return adapter.update_medicine(record)
    return adapter.update_co_treatment(record)


def _restore(adapter: DiaryAdapter, record: Medicine | Intake | CoTreatment, doses: list[Intake]) -> Any:
    if isinstance(record, Medicine):
        return adapter.restore_medicine(record, doses)
    if isinstance(record, Intake):
        return adapter.restore_intake(record)
    return adapter.restore_co_treatment(record)


def _name(record: Medicine | Intake | CoTreatment) -> str:
    if isinstance(record, Medicine):
        return record.name
    if isinstance(record, Intake):
        return QCoreApplication.translate("Undo", "a dose")
    from paindiary.ui.medicine_dialogs import co_treatment_label

    return co_treatment_label(record.kind)


def add_co_treatment(
    adapter: DiaryAdapter, clock: Clock, undo_stack: QUndoStack, parent: QWidget, report: Reporter
) -> None:
    """Open the dialog for another treatment; once saved it is on Edit ▸ Undo."""
    from paindiary.ui.medicine_dialogs import CoTreatmentDialog

    dialog = CoTreatmentDialog(adapter, clock, parent=parent)
    text = QCoreApplication.translate("Undo", "Add another treatment")

    def saved() -> None:
        if dialog.saved is not None:
            undo_stack.push(AddRecordCommand(adapter, dialog.saved, text, report))

    dialog.accepted.connect(saved)
    dialog.open()
