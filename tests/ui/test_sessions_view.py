"""The Sessions page: courses with dose and relief, add/edit/delete with undo, side effects later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from paindiary.analysis import relief_analysis as analysis_module
from paindiary.analysis.results import CensorReason
from paindiary.analysis.wording_across import course_story, status_phrase
from paindiary.domain import AnalysisSettings, PainEntry, Route, Severity, SideEffect, TreatmentSession
from paindiary.medicine_records import CoTreatment, CoTreatmentKind, Intake, Medicine, MedicineKind
from paindiary.store import backup
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.main_window import STATUS_MS
from paindiary.ui.session_dialog import SessionDialog, SideEffectDialog
from paindiary.ui.sessions_view import SessionsView, when
from tests.support import FakeClock

if TYPE_CHECKING:
    from tests.ui.conftest import User


def daily(first: date, pains: list[int]) -> list[PainEntry]:
    return [
        PainEntry(
            at=datetime.combine(first + timedelta(days=n), datetime.min.time()).replace(hour=12), pain=p
        )
        for n, p in enumerate(pains)
    ]


def infusion(day: date, dose: float, effects: tuple[SideEffect, ...] = ()) -> TreatmentSession:
    return TreatmentSession(
        at=datetime.combine(day, datetime.min.time()).replace(hour=9),
        route=Route.IV_INFUSION,
        dose_mg=dose,
        weight_kg=50.0,
        side_effects=effects,
    )


@pytest.fixture
def sessions(adapter: DiaryAdapter) -> list[TreatmentSession]:
    """A loading series on 1–3 March (pain 6 → 3 for ten days) and a booster on 1 April."""
    entries = daily(date(2024, 2, 23), [6] * 7 + [6, 6, 3] + [3] * 10 + [6] * 19 + [2] * 6)
    series = [
        infusion(date(2024, 3, 1), 100, (SideEffect("nausea", Severity.MODERATE),)),
        infusion(date(2024, 3, 2), 100),
        infusion(date(2024, 3, 3), 100, (SideEffect("Metallic taste", Severity.MILD, note="brief"),)),
        infusion(date(2024, 4, 1), 150),
    ]
    adapter.import_records(entries, series)
    return adapter.reader.sessions()


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(
    qtbot: QtBot, adapter: DiaryAdapter, sessions: list[TreatmentSession], undo_stack: QUndoStack
) -> SessionsView:
    shown = SessionsView(adapter, undo_stack)
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.tree.topLevelItemCount() == 2)
    return shown


def courses(view: SessionsView) -> list[QTreeWidgetItem]:
    return [item for index in range(view.tree.topLevelItemCount()) if (item := view.tree.topLevelItem(index))]


def session_row(view: SessionsView, session: TreatmentSession) -> QTreeWidgetItem:
    return view._session_items[session.id]


def click_row(user: User, view: SessionsView, item: QTreeWidgetItem) -> None:
    view.tree.scrollToItem(item)
    user.qtbot.mouseClick(
        view.tree.viewport(), Qt.MouseButton.LeftButton, pos=view.tree.visualItemRect(item).center()
    )


def opened(view: SessionsView, kind: type[Any]) -> Any:
    dialog = view.findChild(kind)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def save(user: User, dialog: SessionDialog | SideEffectDialog) -> None:
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def analysed(adapter: DiaryAdapter) -> Any:
    diary = adapter.reader
    return analysis_module.relief_analysis(
        diary.entries(), diary.sessions(), diary.analysis_settings(), at=datetime.now()
    )


def test_courses_show_newest_first_with_dates_dose_per_session_and_relief(
    view: SessionsView, adapter: DiaryAdapter
) -> None:
    second, first = courses(view)
    assert first.text(0).startswith("Course 1: ")
    assert second.text(0).startswith("Course 2: ")
    # 100 mg at 50 kg = 2 mg/kg a session; never the sum alone.
    assert (first.text(1), first.text(2), first.text(3)) == (
        "IV infusion, ketamine (3 sessions)",
        "3 × 100 mg",
        "3 × 2.00 mg/kg",
    )
    assert (second.text(1), second.text(2), second.text(3)) == (
        "IV infusion, ketamine (1 session)",
        "1 × 150 mg",
        "1 × 3.00 mg/kg",
    )
    assert first.childCount() == 3
    # a session's mg/kg with the course row's two decimals
    assert (first.child(0).text(2), first.child(0).text(3)) == ("100 mg", "2.00 mg/kg")
    assert first.isExpanded()
    result = analysed(adapter)
    # the narrow column has the short phrase; the story is in the tip and below the tree
    assert first.text(4) == "Relief at 30 % lasted 11 days."
    assert second.text(4) == "Relief at 30 % for at least 7 days so far."
    assert first.toolTip(4) == "\n".join(course_story(result, result.courses[0]))
    nausea_row = first.child(0)
    assert nausea_row.text(4) == "Nausea (moderate)"
    assert first.child(1).text(4) == "No side effects recorded"
    assert first.child(2).text(4) == "Metallic taste (mild)"


def test_a_course_shows_its_whole_story_below_the_tree(
    qtbot: QtBot, adapter: DiaryAdapter, sessions: list[TreatmentSession], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words of one course, on a hand-built analysis (its numbers are the analysis' own tests)."""
    # The real loading series as the course (its sessions are the tree's rows), numbers by hand.
    from paindiary.analysis.course_groups import Course
    from tests.support.relief_factory import analysis, course, typical

    series = Course(1, tuple(sessions[:3]))
    carried = course(
        series,
        relief_days_30=9,
        censored_30=True,
        censor_reason_30=CensorReason.NEXT_COURSE,
        baseline_from_course=1,
        sparse_follow_up=True,
        logged_days_first_14=4,
    )
    group = typical("ketamine iv-infusion", 3, days=12.0, courses=3, low=9, high=14)
    built = analysis(carried, typical_relief=(group,))
    monkeypatch.setattr(analysis_module, "relief_analysis", lambda *args, **kwargs: built)
    shown = SessionsView(adapter, QUndoStack())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not shown._stale)
    top = [shown.tree.topLevelItem(index) for index in range(shown.tree.topLevelItemCount())]
    # The booster is in no course of this analysis: it is listed apart, not lost.
    assert next(item.text(0) for item in top if item is not None) == "Planned"
    details = shown.details.text()
    assert details.startswith("Course 1: ")
    for part in (
        "For at least 9 days after this course (day 0 to day 8) your pain was at least 30 % below your usual "
        "pain (6.3/10); it had not ended when the next course began.",
        "Lowest on day 2: 2.4/10, 62 % below usual.",
        "Compared with your usual pain before course 1 (6.3/10, Mar 2024)",
        "Based on 4 days with entries in the first 14 days.",
        "IV infusion, ketamine, courses of 3 sessions: relief at 30 % typically lasted 12 days (3 courses, "
        "9–14 days).",
    ):
        assert part in details, part


def test_an_empty_diary_says_how_to_start(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    empty = SessionsView(adapter, QUndoStack())
    qtbot.addWidget(empty)
    empty.show()
    qtbot.waitUntil(lambda: not empty._stale)
    assert empty.tree.topLevelItemCount() == 0
    assert empty.details.text() == "No sessions yet. Record one with “New session…”."
    assert not empty.delete_button.isEnabled()


def test_buttons_act_on_a_selected_session_only(
    view: SessionsView, user: User, sessions: list[TreatmentSession]
) -> None:
    assert not view.edit_button.isEnabled()
    click_row(user, view, courses(view)[0])
    assert not view.delete_button.isEnabled()
    assert "Course 2" in view.details.text()
    click_row(user, view, session_row(view, sessions[1]))
    for button in (view.edit_button, view.side_effect_button, view.delete_button):
        assert button.isEnabled()
    assert view.details.text().startswith("Course 1")


def test_a_new_session_is_saved_shown_selected_and_undoable(
    view: SessionsView, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary, undo_stack = view.adapter.reader, view.undo_stack
    monkeypatch.setattr(view, "_clock", lambda: datetime(2024, 5, 10, 12, 0))
    user.click(view.new_button)
    dialog = opened(view, SessionDialog)
    user.retype(dialog.dose, "120")
    user.retype(dialog.weight, "60")
    save(user, dialog)
    assert diary.session_count() == 5
    new = view.selected_session()
    assert new is not None
    assert (new.at, new.dose_mg) == (datetime(2024, 5, 10, 12, 0), 120)  # now, to the quarter hour
    assert courses(view)[0].text(0).startswith("Course 3: ")
    assert undo_stack.undoText() == "Add session"

    undo_stack.undo()
    assert diary.get_session(new.id) is None
    undo_stack.redo()
    assert diary.get_session(new.id) == new


def test_editing_the_selected_session_can_be_undone(
    view: SessionsView, user: User, sessions: list[TreatmentSession], clock: FakeClock
) -> None:
    diary, undo_stack = view.adapter.reader, view.undo_stack
    original = sessions[3]
    click_row(user, view, session_row(view, original))
    user.click(view.edit_button)
    dialog = opened(view, SessionDialog)
    clock.now = datetime(2024, 6, 2, 8, 0)
    user.retype(dialog.dose, "175")
    save(user, dialog)
    edited = diary.get_session(original.id)
    assert edited is not None
    assert edited.dose_mg == 175
    user.qtbot.waitUntil(lambda: courses(view)[0].text(2) == "1 × 175 mg")
    assert view.selected_session() == edited
    assert undo_stack.undoText() == "Edit session"

    undo_stack.undo()
    restored = diary.get_session(original.id)
    assert restored is not None
    assert restored.same_content(original)
    assert restored.created == original.created
    undo_stack.redo()
    assert diary.get_session(original.id) == edited


def test_enter_on_a_session_opens_it_for_editing(
    view: SessionsView, user: User, sessions: list[TreatmentSession]
) -> None:
    click_row(user, view, session_row(view, sessions[0]))
    user.press(view.tree, Qt.Key.Key_Return)
    dialog = opened(view, SessionDialog)
    assert dialog.windowTitle() == "Edit session"
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert view.undo_stack.count() == 0


def test_a_side_effect_is_added_to_a_past_session_and_can_be_undone(
    view: SessionsView, user: User, sessions: list[TreatmentSession]
) -> None:
    diary, undo_stack = view.adapter.reader, view.undo_stack
    past = sessions[1]
    click_row(user, view, session_row(view, past))
    user.click(view.side_effect_button)
    dialog = opened(view, SideEffectDialog)
    user.retype(dialog.kind, "Headache")
    user.choose(dialog.severity, "severe")
    save(user, dialog)
    stored = diary.get_session(past.id)
    assert stored is not None
    assert [(e.kind, e.severity) for e in stored.side_effects] == [("headache", Severity.SEVERE)]
    user.qtbot.waitUntil(lambda: session_row(view, past).text(4) == "Headache (severe)")
    assert undo_stack.undoText() == "Add side effect"

    undo_stack.undo()
    assert diary.get_session(past.id) == past
    undo_stack.redo()
    assert diary.get_session(past.id) == stored


def test_delete_then_undo_restores_the_session_exactly(
    view: SessionsView, user: User, sessions: list[TreatmentSession]
) -> None:
    diary, undo_stack = view.adapter.reader, view.undo_stack
    original = sessions[2]
    assert original.side_effects  # with its side effect
    click_row(user, view, session_row(view, original))
    user.click(view.delete_button)
    assert diary.get_session(original.id) is None
    user.qtbot.waitUntil(lambda: original.id not in view._session_items)
    assert "Undo" in view.status.text()
    assert undo_stack.undoText() == "Delete session"

    undo_stack.undo()
    assert diary.get_session(original.id) == original  # same ids, timestamps and side effects
    user.qtbot.waitUntil(lambda: original.id in view._session_items)
    undo_stack.redo()
    assert diary.get_session(original.id) is None


def test_the_delete_key_deletes_the_selected_session(
    view: SessionsView, user: User, sessions: list[TreatmentSession]
) -> None:
    click_row(user, view, session_row(view, sessions[0]))
    user.press(view.tree, Qt.Key.Key_Delete)
    assert view.adapter.reader.get_session(sessions[0].id) is None


def test_a_session_gone_behind_the_views_back_is_reported_not_raised(
    view: SessionsView, user: User, sessions: list[TreatmentSession]
) -> None:
    diary, undo_stack = view.adapter.reader, view.undo_stack
    click_row(user, view, session_row(view, sessions[0]))
    diary.delete_session(sessions[0].id)  # not through the adapter: the view does not know
    user.click(view.delete_button)
    assert view.status.text() == "This session is no longer in the diary."
    assert undo_stack.count() == 0

    click_row(user, view, session_row(view, sessions[1]))
    user.click(view.delete_button)
    diary.restore_session(sessions[1])  # back already, so undo cannot insert it again
    undo_stack.undo()
    assert view.status.text().startswith("Could not undo “Delete session”: Nothing was saved")
    assert undo_stack.count() == 0  # the command dropped itself


def test_undo_never_writes_into_a_diary_that_replaced_the_old_one(
    view: SessionsView, user: User, sessions: list[TreatmentSession], tmp_path: Path
) -> None:
    made = backup.backup_before(view.adapter.path, backup.MANUAL)
    assert made is not None
    click_row(user, view, session_row(view, sessions[0]))
    user.click(view.delete_button)
    view.adapter.restore_backup(made)  # as File ▸ Backups does: the session is back, in a new diary
    view.undo_stack.undo()
    assert view.adapter.reader.session_count() == len(sessions), "the undo wrote nothing"
    assert view.status.text() == (
        "Could not undo “Delete session”: the diary it was made in has been replaced."
    )


def test_changing_the_course_gap_regroups_the_sessions(
    view: SessionsView, qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    adapter.set_analysis_settings(AnalysisSettings(course_gap_days=0))
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 4)


def test_new_entries_update_the_relief_sentence(
    view: SessionsView, qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    before = courses(view)[0].text(4)
    for entry in daily(date(2024, 4, 7), [2, 2, 2, 2]):
        adapter.add_entry(entry)
    result = analysed(adapter)
    expected = status_phrase(result.courses[1], result.settings)
    assert expected != before
    qtbot.waitUntil(lambda: courses(view)[0].text(4) == expected)
    deleted = adapter.reader.entries()[-1]
    adapter.delete_entry(deleted.id)
    result = analysed(adapter)
    expected = status_phrase(result.courses[1], result.settings)
    qtbot.waitUntil(lambda: courses(view)[0].text(4) == expected)


def test_nothing_is_recomputed_while_hidden_and_a_burst_recomputes_once(
    view: SessionsView, qtbot: QtBot, adapter: DiaryAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = analysis_module.relief_analysis

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    # The view imports the analysis module when it first needs it, and calls it from there.
    monkeypatch.setattr(analysis_module, "relief_analysis", counted)
    view.hide()
    for entry in daily(date(2024, 4, 7), [2, 2, 2]):
        adapter.add_entry(entry)
    qtbot.wait(0)  # let any queued timer run
    assert calls == []
    view.show()
    qtbot.waitUntil(lambda: len(calls) == 1)
    for entry in daily(date(2024, 4, 10), [1, 1, 1]):
        adapter.add_entry(entry)
    qtbot.waitUntil(lambda: len(calls) == 2)
    qtbot.wait(0)
    assert len(calls) == 2


def test_every_control_is_named_and_the_buttons_are_tall(
    view: SessionsView, accessibility_gaps: Callable[[QWidget], list[str]]
) -> None:
    assert accessibility_gaps(view) == []
    for button in (view.new_button, view.edit_button, view.side_effect_button, view.delete_button):
        assert button.height() >= 40
        assert button.toolTip()


def test_a_course_says_how_often_as_needed_medicine_was_taken_and_what_started_in_its_window(
    qtbot: QtBot, adapter: DiaryAdapter, view: SessionsView
) -> None:
    rescue = adapter.add_medicine(Medicine(name="Ibuprofen", kind=MedicineKind.AS_NEEDED))
    # Course 1 (day 0 = 3 March): 4 doses in the 28 days before, 2 in the 29 days to the booster.
    for day in (date(2024, 2, 10), date(2024, 2, 14), date(2024, 2, 20), date(2024, 2, 28)):
        adapter.add_intake(
            Intake(medicine=rescue.id, at=datetime.combine(day, datetime.min.time()), amount=1.0)
        )
    for day in (date(2024, 3, 5), date(2024, 3, 20)):
        adapter.add_intake(
            Intake(medicine=rescue.id, at=datetime.combine(day, datetime.min.time()), amount=1.0)
        )
    adapter.add_co_treatment(CoTreatment(kind=CoTreatmentKind.PHYSIOTHERAPY, start=date(2024, 3, 9)))
    qtbot.waitUntil(lambda: not view._stale)

    first = next(
        item
        for item in (view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount()))
        if item is not None and item.text(0).startswith("Course 1")
    )
    view.tree.setCurrentItem(first)
    details = view.details.text()
    # Before: 4 dates × 7 / 28 = 1.0; after: days 0–27, 2 dates × 7 / 28 = 0.5.
    assert "As-needed medicine on 1.0 days a week in the 4 weeks before, 0.5 in the 28 days after." in details
    assert "Physiotherapy started on day 6 of this window." in details


def test_a_message_under_the_tree_is_replaced_by_the_next_and_then_goes(
    view: SessionsView, user: User, sessions: list[TreatmentSession]
) -> None:
    first, second = sessions[0], sessions[1]
    click_row(user, view, session_row(view, first))
    user.click(view.delete_button)
    assert view.status.isVisible()
    assert view.status.text().startswith(f"Session of {when(first.at)} deleted.")
    assert view.status.timer.isActive()
    assert view.status.timer.interval() == STATUS_MS  # as long as a status-bar message stays
    assert view.status.timer.isSingleShot()

    user.qtbot.waitUntil(lambda: first.id not in view._session_items)
    click_row(user, view, session_row(view, second))
    user.click(view.delete_button)
    assert view.status.text().startswith(f"Session of {when(second.at)} deleted.")
    assert view.status.timer.isActive()

    view.status.timer.timeout.emit()  # the time is up, without waiting for it
    assert not view.status.isVisible()
    assert view.status.text() == ""
    assert not view.status.timer.isActive()
