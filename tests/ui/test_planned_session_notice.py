"""Today's planned-session notice: the next session, the day before its checklist and questions,
and once its time has passed "Did your session happen?", answered by a click."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from paindiary.domain import ChecklistItem, Route, SessionStatus, TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.first_paint import first_paint_done
from paindiary.ui.main_window import MainWindow
from paindiary.ui.planned_session_notice import PlannedSessionNotice, install
from tests.support import FakeClock
from tests.ui.conftest import User

PLANNED_AT = datetime(2024, 3, 20, 9, 0)


def plan(adapter: DiaryAdapter) -> TreatmentSession:
    return adapter.add_session(
        TreatmentSession(
            at=PLANNED_AT,
            route=Route.IV_INFUSION,
            status=SessionStatus.PLANNED,
            checklist=(
                ChecklistItem("Nothing to eat after 6:00"),
                ChecklistItem("Bring the list", done=True),
            ),
            questions="Can the interval change?",
        )
    )


def notice_on(qtbot: QtBot, adapter: DiaryAdapter, clock: FakeClock) -> PlannedSessionNotice:
    window = MainWindow(adapter, clock=clock, features=[install])
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(lambda: first_paint_done(window))  # the prompts read the diary after the first paint
    found = window.today.findChild(PlannedSessionNotice)
    assert found is not None
    return found


def test_nothing_planned_shows_nothing(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    notice = notice_on(qtbot, adapter, FakeClock(datetime(2024, 3, 1, 8)))
    assert not notice.isVisible()


def test_the_next_session_and_from_the_day_before_its_checklist_and_questions(
    qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    plan(adapter)
    clock = FakeClock(datetime(2024, 3, 10, 8))
    notice = notice_on(qtbot, adapter, clock)
    assert notice.isVisible()
    assert notice.text.text().startswith("Next session:")
    assert "checklist" not in notice.text.text()
    assert not notice.happened.isVisible()
    clock.now = datetime(2024, 3, 19, 18)
    notice.refresh()
    text = notice.text.text()
    assert "Your checklist: ☐ Nothing to eat after 6:00; ☑ Bring the list" in text
    assert "Your questions: Can the interval change?" in text
    assert "Ride home: not arranged yet." in text


def test_after_its_time_a_click_confirms_it_and_only_then_it_counts(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    plan(adapter)
    clock = FakeClock(datetime(2024, 3, 20, 15))
    notice = notice_on(qtbot, adapter, clock)
    assert "happen?" in notice.text.text()
    user.click(notice.happened)
    (session,) = adapter.reader.sessions()
    assert session.status is SessionStatus.DONE
    assert session.at == PLANNED_AT
    assert not notice.isVisible()


def test_no_marks_it_cancelled(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    plan(adapter)
    notice = notice_on(qtbot, adapter, FakeClock(datetime(2024, 3, 21, 8)))
    user.click(notice.did_not)
    assert adapter.reader.sessions()[0].status is SessionStatus.CANCELLED
    assert not notice.isVisible()
