"""Today's prompt for the global impression of change (PGIC) on day 7 and day 28 after a course.

A gentle band under Today's title with the question and its seven answers as buttons; "Not
now" skips it for good. What was answered or skipped is kept in the diary (ui/pgic_due.py
decides when to ask). Never shown on the sample diary, whose clock is a throwaway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from paindiary.clinic_records import PGIC_RANGE, Impression, pgic_question, pgic_words
from paindiary.store import DiaryError
from paindiary.ui.first_paint import after_first_paint
from paindiary.ui.pgic_due import PgicQuestion, due_question

if TYPE_CHECKING:
    from paindiary.ui.features import FeatureHost


class PgicPrompt(QFrame):
    """The question, seven answer buttons and "Not now"."""

    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.question: PgicQuestion | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.text = QLabel(pgic_question(), self)
        self.text.setWordWrap(True)
        self.answers: list[QPushButton] = []
        grid = QGridLayout()
        low, high = PGIC_RANGE
        for value in range(low, high + 1):
            button = QPushButton(f"{value}  {pgic_words(value)}", self)
            button.setAccessibleName(self.tr("Answer: {words}").format(words=pgic_words(value)))
            button.clicked.connect(lambda _checked=False, chosen=value: self.answer(chosen))
            # two a row: three pushed Today sideways at its narrowest (640 px)
            grid.addWidget(button, (value - 1) // 2, (value - 1) % 2)
            self.answers.append(button)
        self.not_now = QPushButton(self.tr("Not now"), self)
        self.not_now.setAccessibleName(self.tr("Skip this question"))
        self.not_now.clicked.connect(self.skip)
        grid.addWidget(self.not_now, 3, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addLayout(grid)
        self.hide()

    def refresh(self) -> None:
        """Show the question that is due now, or hide."""
        host = self._host
        if getattr(host.main_window(), "sample", False):
            self.hide()
            return
        reader = host.adapter.reader
        try:
            self.question = due_question(
                reader.sessions(),
                reader.impressions(),
                reader.analysis_settings(),
                host.adapter.prompt_state(),
                host.clock(),
            )
        except DiaryError:
            self.question = None
        if self.question is None:
            self.hide()
            return
        self.heading.setText(
            # The question stays for a week: say the day it is, not the day it was first asked.
            self.tr("Day {day} after course {course}").format(
                day=self.question.today, course=self.question.course
            )
        )
        self.show()

    def _remember(self, what: str) -> None:
        assert self.question is not None
        state = dict(self._host.adapter.prompt_state())
        state[self.question.key] = what
        self._host.adapter.set_prompt_state(state)

    def answer(self, value: int) -> None:
        question = self.question
        if question is None:
            return
        try:
            self._host.adapter.add_impression(
                Impression(at=self._host.clock(), value=value, session=question.session, day=question.day)
            )
            self._remember("answered")
        except DiaryError as error:
            self._host.show_status(str(error))
            return
        self._host.show_status(self.tr("Saved: {words}").format(words=pgic_words(value)))
        self.refresh()

    def skip(self) -> None:
        if self.question is None:
            return
        try:
            self._remember("skipped")
        except DiaryError as error:
            self._host.show_status(str(error))
            return
        self.refresh()


def install(host: FeatureHost) -> None:
    prompt = PgicPrompt(host)
    host.add_today_panel(prompt, "notices")
    after_first_paint(host.main_window(), prompt.refresh)  # it reads the diary: after the window appears
    host.adapter.changed.connect(lambda kind, _ids: prompt.refresh() if kind in ("sessions", "all") else None)
    host.adapter.replaced.connect(prompt.refresh)
