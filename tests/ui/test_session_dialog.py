"""The session dialog and the side-effect dialog, driven by keys and clicks, checked in the diary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from paindiary.clock import Clock, local_now
from paindiary.domain import Route, Severity, SideEffect, SideEffectOnset, TreatmentSession
from paindiary.store import DiaryWriteError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.language import install_translator
from paindiary.ui.session_dialog import SessionDialog, SideEffectDialog
from paindiary.ui.side_effect_checklist import EffectRow
from tests.support import FakeClock

if TYPE_CHECKING:
    from tests.ui.conftest import User

Gaps = Callable[[QWidget], list[str]]


@pytest.fixture
def open_dialog(qtbot: QtBot, adapter: DiaryAdapter) -> Callable[..., SessionDialog]:
    def opener(session: TreatmentSession | None = None, clock: Clock = local_now) -> SessionDialog:
        dialog = SessionDialog(adapter, session=session, clock=clock)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


def save_button(dialog: SessionDialog | SideEffectDialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def row(dialog: SessionDialog, kind: str) -> EffectRow:
    return next(r for r in dialog.checklist.rows if r.kind == kind)


def past_session(adapter: DiaryAdapter) -> TreatmentSession:
    return adapter.add_session(
        TreatmentSession(
            at=datetime(2024, 5, 2, 10, 30),
            route=Route.IM_INJECTION,
            dose_mg=35.0,
            weight_kg=70.0,
            clinic="Pain clinic",
            side_effects=(
                SideEffect(kind="dizziness", severity=Severity.MODERATE),
                SideEffect(kind="Metallic taste", note="an hour"),
            ),
        )
    )


def test_a_new_session_starts_now_to_the_quarter_hour_as_an_iv_ketamine_infusion_with_the_usual_weight(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter
) -> None:
    adapter.set_default_weight_kg(72.5)
    dialog = open_dialog(clock=lambda: datetime(2024, 6, 3, 14, 44, 59))
    # down, not to the nearest: 14:45 would be after now, and a session after now is preset as planned
    assert dialog.when.dateTime().toPython() == datetime(2024, 6, 3, 14, 30)
    assert dialog.day.status.currentData() == "done"
    assert dialog.route.currentData() == "iv-infusion"
    assert dialog.drug.currentText() == "ketamine"
    assert dialog.weight.text() == "72.5"
    assert dialog.amounts.weight_note.text() == "Your usual weight from Settings."
    assert (dialog.dose.text(), dialog.dose.placeholderText()) == ("", "Not recorded")
    assert dialog.per_kg.text() == "Needs the dose and the weight"


def test_adding_a_session_with_a_catalog_and_a_custom_side_effect_saves_it_all(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, clock: FakeClock
) -> None:
    adapter.set_default_weight_kg(70)
    dialog = open_dialog()
    user.type_moment(dialog.when, "202405200845")
    user.choose(dialog.route, "intranasal")
    user.retype(dialog.drug, "esketamine")
    user.retype(dialog.dose, "56")
    assert dialog.per_kg.text() == "0.80 mg/kg"  # updated while typing
    user.retype(dialog.weight, "80")
    assert dialog.per_kg.text() == "0.70 mg/kg"
    user.retype(dialog.minutes, "40")
    user.retype(dialog.clinic, "Day unit")
    user.retype(dialog.note, "Two sprays each side")

    nausea = row(dialog, "nausea")
    assert not nausea.severity.isEnabled()
    user.click(nausea.check)
    assert nausea.severity.isEnabled()
    user.choose(nausea.severity, "moderate")
    user.retype(nausea.note, "in the car home")
    user.retype(dialog.checklist.custom_name, "Metallic taste")
    user.click(dialog.checklist.add_button)
    taste = row(dialog, "Metallic taste")
    assert taste.check.isChecked()
    assert dialog.checklist.custom_name.text() == ""
    user.choose(taste.severity, "severe")

    user.click(save_button(dialog))

    assert dialog.result() == SessionDialog.DialogCode.Accepted
    [stored] = adapter.reader.sessions()
    assert dialog.saved == stored
    assert stored.at == datetime(2024, 5, 20, 8, 45)
    assert (stored.route, stored.drug, stored.dose_mg, stored.weight_kg) == (
        Route.INTRANASAL,
        "esketamine",
        56,
        80,
    )
    assert (stored.minutes, stored.rate_mg_per_kg_h) == (40, None)
    assert (stored.clinic, stored.note) == ("Day unit", "Two sprays each side")
    effects = {(e.kind, e.severity, e.note) for e in stored.side_effects}
    assert effects == {
        ("nausea", Severity.MODERATE, "in the car home"),
        ("Metallic taste", Severity.SEVERE, ""),
    }
    assert all(e.created == clock.now for e in stored.side_effects)


def test_enter_in_the_custom_field_adds_the_side_effect_instead_of_saving(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    rows_before = len(dialog.checklist.rows)
    user.retype(dialog.checklist.custom_name, "tinnitus")
    user.press(dialog.checklist.custom_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert adapter.reader.session_count() == 0
    assert len(dialog.checklist.rows) == rows_before + 1
    # typing a catalog name ticks its row rather than adding a second one
    user.retype(dialog.checklist.custom_name, "HEADACHE")
    user.press(dialog.checklist.custom_name, Qt.Key.Key_Enter)
    assert row(dialog, "headache").check.isChecked()
    assert len(dialog.checklist.rows) == rows_before + 1


def test_editing_keeps_the_session_and_its_side_effects_ids(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, clock: FakeClock
) -> None:
    original = past_session(adapter)
    dialog = open_dialog(original)
    assert dialog.windowTitle() == "Edit session"
    assert dialog.per_kg.text() == "0.50 mg/kg"
    assert row(dialog, "dizziness").severity.currentData() == "moderate"
    assert row(dialog, "Metallic taste").note.text() == "an hour"
    clock.now = datetime(2024, 6, 2, 9, 0)
    user.retype(dialog.dose, "42")
    user.click(row(dialog, "Metallic taste").check)  # untick: the record goes
    user.choose(row(dialog, "dizziness").severity, "severe")
    user.click(save_button(dialog))

    stored = adapter.reader.get_session(original.id)
    assert stored is not None
    assert (stored.dose_mg, stored.created, stored.updated) == (42, original.created, clock.now)
    [dizziness] = stored.side_effects
    kept = next(e for e in original.side_effects if e.kind == "dizziness")
    assert (dizziness.id, dizziness.created, dizziness.severity) == (kept.id, kept.created, Severity.SEVERE)
    assert dialog.saved == stored


def test_a_field_the_diary_refuses_keeps_the_dialog_open_and_saves_nothing(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    user.retype(dialog.drug, "")
    user.retype(dialog.dose, "25")
    user.click(save_button(dialog))
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Drug: must not be empty"
    assert dialog.focusWidget() in (dialog.drug, dialog.drug.lineEdit())
    assert adapter.reader.session_count() == 0
    assert dialog.dose.value() == 25  # what was typed is still there
    user.retype(dialog.drug, "ketamine")
    user.click(save_button(dialog))
    assert adapter.reader.session_count() == 1
    assert not dialog.isVisible()


def test_a_failed_write_is_said_in_the_dialog_without_a_traceback(
    open_dialog: Callable[..., SessionDialog],
    adapter: DiaryAdapter,
    user: User,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(_session: TreatmentSession) -> TreatmentSession:
        raise DiaryWriteError("Nothing was saved: the disk is full.")

    monkeypatch.setattr(adapter, "add_session", full_disk)
    dialog = open_dialog()
    user.retype(dialog.clinic, "Day unit")
    user.click(save_button(dialog))
    assert dialog.isVisible()
    assert dialog.error.text() == "Nothing was saved: the disk is full."
    assert dialog.clinic.text() == "Day unit"
    assert dialog.saved is None


def test_cancel_saves_nothing(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    user.retype(dialog.dose, "30")
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not dialog.isVisible()
    assert dialog.saved is None
    assert adapter.reader.session_count() == 0


def test_a_side_effect_is_added_later_to_a_past_session(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, clock: FakeClock
) -> None:
    session = past_session(adapter)
    clock.now = datetime(2024, 5, 4, 18, 0)  # two days after the session
    dialog = SideEffectDialog(adapter, session)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.kind.findData("Metallic taste") >= 0  # names typed before are offered
    user.retype(dialog.kind, "bladder symptoms")
    user.choose(dialog.severity, "moderate")
    user.choose(dialog.onset, "same-day")
    user.retype(dialog.lasted, "5.5")
    user.retype(dialog.note, "burning, twice")
    user.click(save_button(dialog))

    stored = adapter.reader.get_session(session.id)
    assert stored is not None
    added = next(e for e in stored.side_effects if e.kind == "bladder-symptoms")
    assert (added.severity, added.note, added.created) == (Severity.MODERATE, "burning, twice", clock.now)
    assert (added.onset, added.lasted_hours) == (SideEffectOnset.SAME_DAY, 5.5)
    assert dialog.saved == added
    assert len(stored.side_effects) == 3


def test_the_side_effect_dialog_takes_a_name_of_the_patients_own_and_refuses_none(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    session = past_session(adapter)
    dialog = SideEffectDialog(adapter, session)
    qtbot.addWidget(dialog)
    dialog.open()
    user.click(save_button(dialog))
    assert dialog.isVisible()
    assert dialog.error.text() == "Side effect: must not be empty"
    user.retype(dialog.kind, "Vivid dreams")
    user.click(save_button(dialog))
    stored = adapter.reader.get_session(session.id)
    assert stored is not None
    assert "Vivid dreams" in {e.kind for e in stored.side_effects}


def test_the_side_effect_dialog_says_so_when_the_session_is_gone(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    session = past_session(adapter)
    adapter.delete_session(session.id)
    dialog = SideEffectDialog(adapter, session)
    qtbot.addWidget(dialog)
    dialog.open()
    user.retype(dialog.kind, "Nausea")
    user.click(save_button(dialog))
    assert dialog.isVisible()
    assert dialog.error.text() == "This session is no longer in the diary."


def test_every_control_is_named_and_the_primary_buttons_are_tall(
    open_dialog: Callable[..., SessionDialog], qtbot: QtBot, adapter: DiaryAdapter, accessibility_gaps: Gaps
) -> None:
    dialog = open_dialog(past_session(adapter))
    assert accessibility_gaps(dialog) == []
    assert save_button(dialog).height() >= 40
    small = SideEffectDialog(adapter, dialog.saved or adapter.reader.sessions()[0])
    qtbot.addWidget(small)
    small.open()
    assert accessibility_gaps(small) == []
    assert save_button(small).height() >= 40


def test_tab_walks_the_form_then_the_status_and_session_day_then_the_checklist(
    open_dialog: Callable[..., SessionDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog()
    dialog.when.setFocus()
    order = [dialog.focusWidget()]
    for _ in range(13):
        dialog.focusNextChild()
        order.append(dialog.focusWidget())
    assert order[:3] == [dialog.when, dialog.same_series, dialog.route]
    assert order[3] in (dialog.drug, dialog.drug.lineEdit())
    assert order[4:10] == [
        dialog.dose,
        dialog.weight,
        dialog.minutes,
        dialog.rate,
        dialog.clinic,
        dialog.note,
    ]
    assert order[10:12] == [dialog.day.status, dialog.day.toggle]  # the session day is folded
    assert order[12] is dialog.checklist.rows[0].check


def test_the_dialog_fits_a_1080p_screen_at_200_percent_with_save_in_view(
    qtbot: QtBot, adapter: DiaryAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SessionDialog, "available_size", lambda _self: QSize(960, 540))
    dialog = SessionDialog(adapter)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.width() <= 960
    assert dialog.height() <= 540
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.rect().contains(
        save_button.mapTo(dialog, QPoint(save_button.width(), save_button.height()))
    )


def test_a_side_effects_severity_onset_and_note_open_under_it_when_ticked(
    open_dialog: Callable[..., SessionDialog],
) -> None:
    dialog = open_dialog()
    dialog.show()
    hallucinations = row(dialog, "hallucinations")
    assert not hallucinations.details.isVisible()  # an unticked side effect is its name alone
    hallucinations.check.setChecked(True)
    assert hallucinations.note.isVisible()
    assert hallucinations.severity.isVisible()
    assert hallucinations.details.y() > hallucinations.check.y()  # on a line of its own, under the name


def test_the_checklist_needs_no_sideways_scroll_in_german_at_a_small_size(
    qapp: QApplication, open_dialog: Callable[..., SessionDialog], qtbot: QtBot
) -> None:
    install_translator(qapp, "de")
    try:
        dialog = open_dialog()
        dialog.resize(940, 492)  # 1920 × 1080 at 200 %, less the frame: the size the dialog fits to
        dialog.show()
        qtbot.waitExposed(dialog)
        qapp.processEvents()
        assert dialog.checklist.scroll_area.horizontalScrollBar().maximum() == 0
    finally:
        install_translator(qapp, "en")
