"""The Medicines page: the patient's current and past medicines and other treatments, for the
clinician to check. Add, change, stop and delete, each undoable; no dose ranges are shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from paindiary.medicine_records import CoTreatment, Intake, Medicine
from paindiary.store import DiaryError
from paindiary.ui.adapter import ALL, EXTERNAL
from paindiary.ui.features import FeatureHost, open_window_modal
from paindiary.ui.formatting import number, short_date
from paindiary.ui.medicine_commands import AddRecordCommand, ChangeRecordCommand, DeleteRecordCommand
from paindiary.ui.medicine_dialogs import CoTreatmentDialog, MedicineDialog, co_treatment_label, unit_label
from paindiary.ui.medicine_writes import CO_TREATMENT, INTAKE, MEDICINE

SHOWN_KINDS = (MEDICINE, INTAKE, CO_TREATMENT, ALL, EXTERNAL)


class MedicinesPage(QWidget):
    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.medicines = QTreeWidget(self)
        self.medicines.setAccessibleName(self.tr("Medicines"))
        self.medicines.setHeaderLabels(
            [self.tr("Medicine"), self.tr("Strength"), self.tr("Taken"), self.tr("Since"), self.tr("Until"),
             self.tr("MME factor")]
        )  # fmt: skip
        self.medicines.setRootIsDecorated(False)
        self.medicines.itemDoubleClicked.connect(lambda *_: self.change_medicine())
        self.treatments = QTreeWidget(self)
        self.treatments.setAccessibleName(self.tr("Other treatments"))
        self.treatments.setHeaderLabels(
            [self.tr("Treatment"), self.tr("Start"), self.tr("Until"), self.tr("Note")]
        )
        self.treatments.setRootIsDecorated(False)
        self.treatments.itemDoubleClicked.connect(lambda *_: self.change_treatment())
        hint = QLabel(
            self.tr(
                "The list is for your clinician to check; MME (morphine milligram equivalents) is "
                "approximate, for trend only."
            ),
            self,
        )
        hint.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(_title(self.tr("Medicines"), self))
        column.addWidget(hint)
        column.addLayout(
            self._buttons(
                (self.tr("&Add medicine…"), self.add_medicine),
                (self.tr("&Change…"), self.change_medicine),
                (self.tr("&Stopped today"), self.stop_medicine),
                (self.tr("&Delete medicine"), self.delete_medicine),
            )
        )
        column.addWidget(self.medicines, 2)
        column.addWidget(_title(self.tr("Other treatments"), self))
        column.addLayout(
            self._buttons(
                (self.tr("Add &treatment…"), self.add_treatment),
                (self.tr("Change t&reatment…"), self.change_treatment),
                (self.tr("Delete treat&ment"), self.delete_treatment),
            )
        )
        column.addWidget(self.treatments, 1)
        host.adapter.changed.connect(self.on_changed)  # a bound method: dropped with the page
        host.adapter.replaced.connect(self.refresh)
        self.refresh()

    def _buttons(self, *actions: tuple[str, Callable[[], None]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in actions:
            button = QPushButton(text, self)
            button.setAccessibleName(text.replace("&", "").replace("…", ""))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def on_changed(self, kind: str, _ids: list[str]) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def refresh(self) -> None:
        reader = self._host.adapter.reader
        today = self._host.clock().date()
        self.medicines.clear()
        current = [m for m in reader.medicines() if m.stop is None or m.stop >= today]
        past = [m for m in reader.medicines() if m not in current]
        for medicine in [*current, *past]:
            item = QTreeWidgetItem(
                [
                    medicine.name,
                    medicine.strength,
                    _taken(medicine),
                    short_date(medicine.start) if medicine.start else "",
                    short_date(medicine.stop) if medicine.stop else "",
                    f"{medicine.mme_factor:g}" if medicine.mme_factor is not None else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, medicine)
            if medicine in past:
                font = item.font(0)
                font.setItalic(True)
                for column in range(6):
                    item.setFont(column, font)
                item.setToolTip(0, self.tr("Stopped"))
            self.medicines.addTopLevelItem(item)
        self.treatments.clear()
        for treatment in reader.co_treatments():
            item = QTreeWidgetItem(
                [
                    co_treatment_label(treatment.kind),
                    short_date(treatment.start),
                    short_date(treatment.end) if treatment.end else "",
                    treatment.note,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, treatment)
            self.treatments.addTopLevelItem(item)
        for tree in (self.medicines, self.treatments):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)

    def selected_medicine(self) -> Medicine | None:
        item = self.medicines.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_treatment(self) -> CoTreatment | None:
        item = self.treatments.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    # ------------------------------------------------------------ medicines

    def add_medicine(self) -> None:
        dialog = MedicineDialog(self._host.adapter, self._host.clock, parent=self)
        dialog.accepted.connect(lambda: self._added(dialog.saved))
        open_window_modal(dialog)

    def change_medicine(self) -> None:
        before = self.selected_medicine()
        if before is None:
            return
        dialog = MedicineDialog(self._host.adapter, self._host.clock, before, parent=self)
        dialog.accepted.connect(lambda: self._changed(before, dialog.saved))
        open_window_modal(dialog)

    def stop_medicine(self) -> None:
        before = self.selected_medicine()
        if before is None:
            return
        today = self._host.clock().date()
        last = max(today, before.start) if before.start else today
        self._write(
            lambda: self._changed(before, self._host.adapter.update_medicine(replace(before, stop=last)))
        )

    def delete_medicine(self) -> None:
        medicine = self.selected_medicine()
        if medicine is not None:
            self._write(lambda: self._deleted(*self._host.adapter.delete_medicine(medicine.id)))

    # ------------------------------------------------------------ other treatments

    def add_treatment(self) -> None:
        dialog = CoTreatmentDialog(self._host.adapter, self._host.clock, parent=self)
        dialog.accepted.connect(lambda: self._added(dialog.saved))
        open_window_modal(dialog)

    def change_treatment(self) -> None:
        before = self.selected_treatment()
        if before is None:
            return
        dialog = CoTreatmentDialog(self._host.adapter, self._host.clock, before, parent=self)
        dialog.accepted.connect(lambda: self._changed(before, dialog.saved))
        open_window_modal(dialog)

    def delete_treatment(self) -> None:
        treatment = self.selected_treatment()
        if treatment is not None:
            self._write(lambda: self._deleted(self._host.adapter.delete_co_treatment(treatment.id), []))

    # ------------------------------------------------------------ undo

    def _write(self, step: Callable[[], None]) -> None:
        try:
            step()
        except DiaryError as error:
            self._host.show_status(str(error))

    def _added(self, saved: Medicine | CoTreatment | None) -> None:
        if saved is None:
            return
        name = saved.name if isinstance(saved, Medicine) else co_treatment_label(saved.kind)
        text = QCoreApplication.translate("Undo", "Add {name}").format(name=name)
        self._host.undo_stack.push(AddRecordCommand(self._host.adapter, saved, text, self._host.show_status))

    def _changed(self, before: Medicine | CoTreatment, after: Medicine | CoTreatment | None) -> None:
        if after is not None:
            self._host.undo_stack.push(
                ChangeRecordCommand(self._host.adapter, before, after, self._host.show_status)
            )

    def _deleted(self, record: Medicine | CoTreatment, doses: Sequence[Intake]) -> None:
        self._host.undo_stack.push(
            DeleteRecordCommand(self._host.adapter, record, list(doses), self._host.show_status)
        )
        self._host.show_status(self.tr("Deleted. Ctrl+Z brings it back."))


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def _taken(medicine: Medicine) -> str:
    if medicine.as_needed:
        return QCoreApplication.translate("MedicinesPage", "as needed")
    if medicine.regular_daily_amount is None:
        return QCoreApplication.translate("MedicinesPage", "regularly")
    amount = medicine.regular_daily_amount
    return QCoreApplication.translate("MedicinesPage", "{amount} {unit} a day").format(
        amount=number(amount, 0 if amount.is_integer() else 2), unit=unit_label(medicine.unit)
    )
