"""The Medicines page, Today's "I took…" buttons and the "Did it help?" prompt, by clicks and keys."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.medicine_records import Intake, Medicine, MedicineKind, MedicineUnit
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.first_paint import first_paint_done
from paindiary.ui.main_window import MainWindow
from paindiary.ui.medicine_dialogs import IntakeDialog, MedicineDialog
from paindiary.ui.medicines_feature import install as install_page
from paindiary.ui.medicines_page import MedicinesPage
from paindiary.ui.took_panel import HelpedPrompt, TookPanel
from paindiary.ui.took_panel import install as install_took
from tests.support import FakeClock
from tests.ui.conftest import User

NOW = datetime(2024, 3, 10, 12, 0)


def window_with(qtbot: QtBot, adapter: DiaryAdapter, clock: FakeClock) -> MainWindow:
    window = MainWindow(adapter, clock=clock, features=[install_page, install_took])
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(lambda: first_paint_done(window))  # the prompts read the diary after the first paint
    return window


def open_dialog(qtbot: QtBot, kind: type) -> object:
    qtbot.waitUntil(
        lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def save(qtbot: QtBot, dialog: MedicineDialog | IntakeDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_medicine_is_added_with_its_mme_factor_stopped_and_deleted_with_undo(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    window = window_with(qtbot, adapter, FakeClock(NOW))
    window.show_page("medicines")
    page = window.findChild(MedicinesPage)
    assert page is not None
    page.add_medicine()
    dialog = open_dialog(qtbot, MedicineDialog)
    assert isinstance(dialog, MedicineDialog)
    qtbot.keyClicks(dialog.name, "Oxycodone")
    dialog.kind.setCurrentIndex(dialog.kind.findData(MedicineKind.AS_NEEDED.value))
    user.click(dialog.opioid)
    assert dialog.mme_factor.value() == 1.5  # from the CDC 2022 table
    save(qtbot, dialog)
    (stored,) = adapter.reader.medicines()
    assert (stored.name, stored.kind, stored.opioid, stored.mme_factor, stored.start) == (
        "Oxycodone", MedicineKind.AS_NEEDED, True, 1.5, date(2024, 3, 10),
    )  # fmt: skip
    page.medicines.setCurrentItem(page.medicines.topLevelItem(0))
    page.stop_medicine()
    assert adapter.reader.medicines()[0].stop == date(2024, 3, 10)
    window.undo_stack.undo()
    assert adapter.reader.medicines()[0].stop is None
    page.medicines.setCurrentItem(page.medicines.topLevelItem(0))
    page.delete_medicine()
    assert adapter.reader.medicines() == []
    window.undo_stack.undo()
    assert [medicine.name for medicine in adapter.reader.medicines()] == ["Oxycodone"]


def test_an_empty_name_is_refused_and_nothing_is_saved(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    dialog = MedicineDialog(adapter, FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.open()
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Name" in dialog.error.text()
    assert adapter.reader.medicines() == []


def rescue(adapter: DiaryAdapter) -> Medicine:
    return adapter.add_medicine(
        Medicine(
            name="Oxycodone", unit=MedicineUnit.TABLET, kind=MedicineKind.AS_NEEDED, start=date(2024, 1, 1)
        )
    )


def test_i_took_logs_the_usual_amount_now_and_undo_removes_it(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    medicine = rescue(adapter)
    adapter.add_intake(Intake(medicine=medicine.id, at=datetime(2024, 3, 1, 20), amount=1.5))
    window = window_with(qtbot, adapter, FakeClock(NOW))
    panel = window.today.findChild(TookPanel)
    assert panel is not None
    assert [button.text() for button in panel.buttons] == ["Oxycodone"]
    qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, IntakeDialog)
    assert isinstance(dialog, IntakeDialog)
    assert dialog.amount.value() == 1.5  # the usual (last) amount
    save(qtbot, dialog)
    doses = adapter.reader.intakes()
    assert [(dose.at, dose.amount) for dose in doses] == [(datetime(2024, 3, 1, 20), 1.5), (NOW, 1.5)]
    window.undo_stack.undo()
    assert len(adapter.reader.intakes()) == 1


def test_did_it_help_is_asked_an_hour_later_once(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    medicine = rescue(adapter)
    first = adapter.add_intake(Intake(medicine=medicine.id, at=NOW, amount=1))
    clock = FakeClock(NOW.replace(minute=30))
    window = window_with(qtbot, adapter, clock)
    prompt = window.today.findChild(HelpedPrompt)
    assert prompt is not None
    assert not prompt.isVisible()
    clock.now = NOW.replace(hour=13, minute=15)
    prompt.refresh()
    assert prompt.isVisible()
    user.click(prompt.answers[3])
    assert adapter.reader.intakes()[0].helped == 3
    assert not prompt.isVisible()
    second = adapter.add_intake(Intake(medicine=medicine.id, at=NOW.replace(hour=12, minute=10), amount=1))
    prompt.refresh()
    assert prompt.intake == second
    user.click(prompt.skip_button)
    prompt.refresh()
    assert not prompt.isVisible()
    assert [dose.helped for dose in adapter.reader.intakes()] == [3, None]
    assert first.id != second.id


def test_another_treatment_is_added_from_the_sessions_page_with_undo(
    qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    from paindiary.ui.medicine_dialogs import CoTreatmentDialog

    window = window_with(qtbot, adapter, FakeClock(NOW))
    window.show_page("sessions")
    qtbot.mouseClick(window.sessions_view.co_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, CoTreatmentDialog)
    assert isinstance(dialog, CoTreatmentDialog)
    qtbot.keyClicks(dialog.note, "Twice a week")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    (stored,) = adapter.reader.co_treatments()
    assert (stored.kind.value, stored.start, stored.note) == (
        "physiotherapy",
        date(2024, 3, 10),
        "Twice a week",
    )
    window.undo_stack.undo()
    assert adapter.reader.co_treatments() == []


def test_medicine_amounts_are_typed_a_wrong_one_is_named_and_an_empty_one_is_not_given(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    dialog = MedicineDialog(adapter, FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.open()
    user.retype(dialog.name, "Pregabalin")
    user.retype(dialog.mg_per_unit, "7,5 kg")
    save(qtbot, dialog)
    assert dialog.error.text() == "mg in one unit: '7,5 kg' is not a number (write it like 12.5)"
    assert adapter.reader.medicines() == []
    user.retype(dialog.mg_per_unit, "75 mg")
    user.retype(dialog.daily, "")
    save(qtbot, dialog)
    (stored,) = adapter.reader.medicines()
    assert (stored.mg_per_unit, stored.regular_daily_amount) == (75, None)


def test_a_dose_of_nothing_is_refused_with_its_reason(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    dialog = IntakeDialog(adapter, FakeClock(NOW), rescue(adapter), 1.0)
    qtbot.addWidget(dialog)
    dialog.open()
    user.retype(dialog.amount, "0")
    save(qtbot, dialog)
    assert dialog.error.text() == "Amount: 0 is not possible: it must be more than 0"
    user.retype(dialog.amount, "")
    save(qtbot, dialog)
    assert dialog.error.text() == "Amount: is required (more than 0)"
    user.retype(dialog.amount, "2")
    save(qtbot, dialog)
    assert [dose.amount for dose in adapter.reader.intakes()] == [2]
