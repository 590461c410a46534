"""Work left for the first paint runs after the window has painted, once, and never for a closed window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.first_paint import after_first_paint, first_paint_done
from paindiary.ui.pgic_prompt import PgicPrompt


class PaintSeen(QObject):
    """Notes, in `order`, each paint of the window it watches."""

    def __init__(self, window: QMainWindow, order: list[str]) -> None:
        super().__init__(window)
        self.order = order
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint:
            self.order.append("paint")
        return False


def test_a_shown_window_paints_before_the_work_runs_once(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("Today"))
    qtbot.add_widget(window)
    order: list[str] = []
    PaintSeen(window, order)
    after_first_paint(window, lambda: order.append("work"))
    after_first_paint(window, lambda: order.append("more work"))
    window.show()
    assert order == []
    qtbot.waitUntil(lambda: first_paint_done(window))
    assert order[0] == "paint"
    assert [step for step in order if step != "paint"] == ["work", "more work"]
    window.update()
    qtbot.waitUntil(lambda: order.count("paint") > 1)
    assert order.count("work") == 1, "later paints run nothing again"

    after_first_paint(window, lambda: order.append("late work"))
    assert order[-1] == "late work", "after the first paint, work runs at once"


def test_a_window_that_is_not_shown_runs_the_work_on_the_first_turn_of_the_event_loop(
    qtbot: QtBot,
) -> None:
    window = QMainWindow()
    qtbot.add_widget(window)
    ran: list[int] = []
    after_first_paint(window, lambda: ran.append(1))
    assert ran == []
    qtbot.waitUntil(lambda: bool(ran))
    assert ran == [1]


def test_the_window_appears_before_todays_prompts_read_the_diary(
    qtbot: QtBot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    prompt_read = PgicPrompt.refresh

    def noted_read(prompt: PgicPrompt) -> None:
        order.append("prompt")
        prompt_read(prompt)

    monkeypatch.setattr(PgicPrompt, "refresh", noted_read)
    window = build_window(DiaryAdapter(diary))
    qtbot.add_widget(window)
    PaintSeen(window, order)
    window.show()
    assert order == [], "nothing read while the window is built and shown"
    qtbot.waitUntil(lambda: "prompt" in order)
    assert order.index("paint") < order.index("prompt")
