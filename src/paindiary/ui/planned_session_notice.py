"""Today's notice of planned sessions: the next one; from the day before, its checklist and
questions; and once its time has passed, "Did your session happen?" — a planned session takes
part in the relief analysis only after the patient says yes (docs/records.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from paindiary.domain import ROUTE_LABELS, SessionStatus, TreatmentSession
from paindiary.i18n import _
from paindiary.store import DiaryError
from paindiary.ui.features import FeatureHost
from paindiary.ui.first_paint import after_first_paint
from paindiary.ui.formatting import short_date, short_time


def planned_sessions(sessions: list[TreatmentSession]) -> list[TreatmentSession]:
    return sorted((s for s in sessions if s.status is SessionStatus.PLANNED), key=lambda s: s.at)


class PlannedSessionNotice(QFrame):
    """One line for the next planned session, or a question for one whose time has passed."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.main_window())
        self._host = host
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Planned session"))
        self.happened = QPushButton(self.tr("Yes, it happened"), self)
        self.happened.clicked.connect(lambda: self._confirm(SessionStatus.DONE))
        self.did_not = QPushButton(self.tr("No, it did not happen"), self)
        self.did_not.clicked.connect(lambda: self._confirm(SessionStatus.CANCELLED))
        buttons = QHBoxLayout()
        buttons.addWidget(self.happened)
        buttons.addWidget(self.did_not)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.session: TreatmentSession | None = None  # the one asked about, while asking
        self.setVisible(False)

    def on_changed(self, kind: str, _ids: list[str]) -> None:
        if kind in ("sessions", "all", "external"):
            self.refresh()

    def refresh(self) -> None:
        planned = planned_sessions(self._host.adapter.reader.sessions())
        now = self._host.clock()
        # The sample diary's clock is a throwaway: it is never asked whether a session happened.
        sample = bool(getattr(self._host.main_window(), "sample", False))
        past = [] if sample else [session for session in planned if session.at <= now]
        planned = [session for session in planned if session.at > now] if sample else planned
        self.session = past[0] if past else None
        self.happened.setVisible(self.session is not None)
        self.did_not.setVisible(self.session is not None)
        if self.session is not None:
            text = self.tr("Did your session on {date} at {time} ({route}) happen?").format(
                **_when(self.session)
            )
            self.text.setText(
                text + " " + self.tr("Only sessions that happened count in the relief analysis.")
            )
        elif planned:
            self.text.setText(self._next_text(planned[0], now))
        self.setVisible(bool(planned))

    def _confirm(self, status: SessionStatus) -> None:
        if self.session is None:
            return
        try:
            self._host.adapter.update_session(replace(self.session, status=status))
        except DiaryError as error:
            self._host.show_status(str(error))
            return
        if status is SessionStatus.DONE:
            self._host.show_status(
                self.tr("Recorded as done; change its time or dose on the Sessions page if needed.")
            )
        else:
            self._host.show_status(self.tr("Recorded as not happened; it stays in Sessions as cancelled."))
        self.refresh()

    def _next_text(self, session: TreatmentSession, now: datetime) -> str:
        """The next session; from the day before, with its checklist and questions."""
        text = self.tr("Next session: {date} at {time}, {route}").format(**_when(session))
        if session.at.date() - now.date() > timedelta(days=1):
            return text
        parts = [text]
        if session.ride_home.value != "yes":
            parts.append(self.tr("Ride home: not arranged yet."))
        if session.checklist:
            items = "; ".join(("☑ " if item.done else "☐ ") + item.text for item in session.checklist)
            parts.append(self.tr("Your checklist: {items}").format(items=items))
        if session.questions:
            questions = session.questions.replace("\n", "; ")
            parts.append(self.tr("Your questions: {questions}").format(questions=questions))
        return "\n".join(parts)


def _when(session: TreatmentSession) -> dict[str, str]:
    return {
        "date": short_date(session.at.date()),
        "time": short_time(session.at),
        "route": _(ROUTE_LABELS[session.route]),
    }


def install(host: FeatureHost) -> None:
    notice = PlannedSessionNotice(host)
    host.add_today_panel(notice, "notices")
    after_first_paint(host.main_window(), notice.refresh)  # it reads the diary: after the window appears
    host.adapter.changed.connect(notice.on_changed)  # a bound method: dropped with the window
    host.adapter.replaced.connect(notice.refresh)
