"""The PGIC prompt on Today: due on day 7 and day 28 after each course, once each, skippable for
good, never on the sample diary; an answer is stored with the course's last session."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from paindiary.clinic_records import Impression
from paindiary.domain import AnalysisSettings, Route, TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.first_paint import first_paint_done
from paindiary.ui.language import install_translator
from paindiary.ui.main_window import MainWindow
from paindiary.ui.pgic_due import due_question
from paindiary.ui.pgic_prompt import PgicPrompt, install
from tests.support import FakeClock
from tests.ui.conftest import User

FIRST = datetime(2024, 3, 1, 10)  # two sessions: one course ending on 2024-03-02 (day 0)


def a_course(adapter: DiaryAdapter) -> list[TreatmentSession]:
    return [
        adapter.add_session(
            TreatmentSession(
                at=FIRST + timedelta(days=day), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70
            )
        )
        for day in (0, 1)
    ]


def on_day(day: int) -> datetime:
    return datetime(2024, 3, 2, 9) + timedelta(days=day)


@pytest.mark.parametrize(
    ("day", "asked"), [(6, None), (7, 7), (13, 7), (14, None), (27, None), (28, 28), (35, None)]
)
def test_the_question_is_due_on_day_7_and_day_28_for_a_week(
    adapter: DiaryAdapter, day: int, asked: int | None
) -> None:
    a_course(adapter)
    reader = adapter.reader
    question = due_question(reader.sessions(), [], AnalysisSettings(), {}, on_day(day))
    assert (question.day if question else None) == asked


def test_an_answered_or_skipped_question_is_not_asked_again(adapter: DiaryAdapter) -> None:
    sessions = a_course(adapter)
    answer = Impression(at=on_day(7), value=3, session=sessions[-1].id, day=7)
    assert due_question(adapter.reader.sessions(), [answer], AnalysisSettings(), {}, on_day(8)) is None
    skipped = {f"pgic:{sessions[-1].id}:7": "skipped"}
    assert due_question(adapter.reader.sessions(), [], AnalysisSettings(), skipped, on_day(8)) is None


def test_a_new_course_ends_the_previous_ones_question(adapter: DiaryAdapter) -> None:
    a_course(adapter)
    adapter.add_session(TreatmentSession(at=on_day(26), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70))
    assert due_question(adapter.reader.sessions(), [], AnalysisSettings(), {}, on_day(28)) is None


def window_on(qtbot: QtBot, adapter: DiaryAdapter, now: datetime, *, sample: bool = False) -> PgicPrompt:
    window = MainWindow(adapter, clock=FakeClock(now), features=[install], sample=sample)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(lambda: first_paint_done(window))  # the prompts read the diary after the first paint
    return window.today.findChild(PgicPrompt)  # type: ignore[return-value]


def test_clicking_an_answer_stores_it_with_the_courses_last_session(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    sessions = a_course(adapter)
    prompt = window_on(qtbot, adapter, on_day(7))
    assert prompt.isVisible()
    user.click(prompt.answers[1])  # 2 Much improved
    (stored,) = adapter.reader.impressions()
    assert (stored.value, stored.session, stored.day) == (2, sessions[-1].id, 7)
    assert not prompt.isVisible()
    assert not window_on(qtbot, adapter, on_day(8)).isVisible()  # once


def test_not_now_skips_it_for_good(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    a_course(adapter)
    prompt = window_on(qtbot, adapter, on_day(7))
    user.click(prompt.not_now)
    assert not prompt.isVisible()
    assert adapter.reader.impressions() == []
    assert not window_on(qtbot, adapter, on_day(9)).isVisible()
    assert window_on(qtbot, adapter, on_day(28)).isVisible()  # day 28 is its own question


def test_never_on_the_sample_diary(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    a_course(adapter)
    assert not window_on(qtbot, adapter, on_day(7), sample=True).isVisible()


def test_the_sessions_page_tells_each_courses_answers(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    from paindiary.ui.sessions_view import SessionsView

    sessions = a_course(adapter)
    adapter.add_impression(Impression(at=on_day(7), value=2, session=sessions[-1].id, day=7))
    window = MainWindow(adapter, clock=FakeClock(on_day(8)))
    qtbot.add_widget(window)
    window.show()
    window.show_page("sessions")
    view = window.findChild(SessionsView)
    assert view is not None
    view.refresh()
    assert "Impression of change on day 7: 2 Much improved." in view.details.text()


def test_later_in_its_week_the_prompt_says_the_day_it_is_and_the_answer_stays_the_day_7_one(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    sessions = a_course(adapter)
    prompt = window_on(qtbot, adapter, on_day(10))
    assert prompt.heading.text() == "Day 10 after course 1"
    user.click(prompt.answers[2])
    (stored,) = adapter.reader.impressions()
    assert (stored.session, stored.day) == (sessions[-1].id, 7)


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_question_fits_today_at_its_narrowest_without_a_sideways_scroll(
    qapp: QApplication, qtbot: QtBot, adapter: DiaryAdapter, language: str
) -> None:
    a_course(adapter)
    install_translator(qapp, language)
    try:
        prompt = window_on(qtbot, adapter, on_day(7))
        window = prompt.window()
        window.resize(window.minimumWidth(), 700)  # the window's narrowest
        qapp.processEvents()
        area = next(a for a in window.findChildren(QScrollArea) if a.isAncestorOf(prompt))
        assert prompt.isVisible()
        assert area.horizontalScrollBar().maximum() == 0
    finally:
        install_translator(qapp, "en")
