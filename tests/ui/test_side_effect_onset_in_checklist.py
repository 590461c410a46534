"""When a side effect began, chosen in the session dialog's checklist row and kept with the session."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.domain import Route, Severity, SideEffect, SideEffectOnset, TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.session_dialog import SessionDialog, SideEffectDialog
from paindiary.ui.side_effect_checklist import EffectRow

if TYPE_CHECKING:
    from tests.ui.conftest import User


def open_for(qtbot: QtBot, adapter: DiaryAdapter, session: TreatmentSession) -> SessionDialog:
    dialog = SessionDialog(adapter, session=session, clock=lambda: datetime(2024, 5, 10, 12, 0))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def row(dialog: SessionDialog, kind: str) -> EffectRow:
    return next(r for r in dialog.checklist.rows if r.kind == kind)


def test_the_onset_is_chosen_per_row_and_how_long_it_lasted_is_kept(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    session = adapter.add_session(
        TreatmentSession(
            at=datetime(2024, 5, 2, 10, 30),
            route=Route.IV_INFUSION,
            dose_mg=100.0,
            weight_kg=70.0,
            side_effects=(
                SideEffect("dissociation", Severity.MILD, onset=SideEffectOnset.DURING, lasted_hours=2.0),
            ),
        )
    )
    dialog = open_for(qtbot, adapter, session)
    dissociation = row(dialog, "dissociation")
    assert dissociation.onset.currentData() == SideEffectOnset.DURING.value
    nausea = row(dialog, "nausea")
    assert not nausea.onset.isEnabled()  # only a ticked side effect has details
    user.click(nausea.check)
    assert nausea.onset.isEnabled()
    user.choose(nausea.onset, SideEffectOnset.LATER.value)
    user.choose(dissociation.onset, SideEffectOnset.SAME_DAY.value)
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    [stored] = adapter.reader.sessions()
    onsets = {(e.kind, e.onset, e.lasted_hours) for e in stored.side_effects}
    assert onsets == {
        ("dissociation", SideEffectOnset.SAME_DAY, 2.0),
        ("nausea", SideEffectOnset.LATER, None),
    }


def test_the_onset_sits_between_severity_and_note_in_the_tab_order(
    qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    session = adapter.add_session(TreatmentSession(at=datetime(2024, 5, 2, 10, 30), route=Route.IV_INFUSION))
    dialog = open_for(qtbot, adapter, session)
    nausea = row(dialog, "nausea")
    chain = dialog.checklist.tab_chain()
    start = chain.index(nausea.check)
    assert chain[start : start + 4] == [nausea.check, nausea.severity, nausea.onset, nausea.note]


def test_how_long_a_side_effect_lasted_refuses_0_and_keeps_what_was_typed_beyond_the_maximum(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    session = adapter.add_session(TreatmentSession(at=datetime(2024, 5, 2, 10, 30), route=Route.IV_INFUSION))
    dialog = SideEffectDialog(adapter, session)
    qtbot.addWidget(dialog)
    dialog.open()
    user.retype(dialog.kind, "nausea")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    for typed, says in (("0", "must be more than 0"), ("30000", "above the highest possible value")):
        user.retype(dialog.lasted, typed)
        user.click(save)
        assert dialog.lasted.text() == typed  # not cut short to fit
        assert dialog.isVisible()
        assert dialog.error.text().startswith("Lasted (hours): ")
        assert says in dialog.error.text()
        assert adapter.reader.get_session(session.id).side_effects == ()  # type: ignore[union-attr]
    user.retype(dialog.lasted, "")  # not recorded
    user.click(save)
    stored = adapter.reader.get_session(session.id)
    assert stored is not None
    [nausea] = stored.side_effects
    assert (nausea.kind, nausea.lasted_hours) == ("nausea", None)
