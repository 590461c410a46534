"""What the session dialog's "part of the same series" check box shows, and what it stores.

Qt-free, so the rule is tested on its own. The gap rule is rule 1 of Relief metrics v2
(docs/relief-metrics.md): a session joins the previous one's course when its date is at most
`course_gap_days` after the date of the previous session that has taken place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from paindiary.domain import SessionSeries, TreatmentSession


def previous_done_session(
    sessions: Iterable[TreatmentSession], at: datetime, *, now: datetime, own: TreatmentSession | None
) -> TreatmentSession | None:
    """The session just before one starting at `at`, among those that have started by `now`.

    `own` is the session being edited (left out). Sessions with the same start keep the order in
    which they were entered, as the diary lists them; a new session comes after all of them.
    """
    own_created = own.created if own is not None and own.created is not None else datetime.max
    own_key = (at, own_created)
    earlier = [
        session
        for session in sessions
        if session.at <= now
        and (own is None or session.id != own.id)
        and (session.at, session.created or datetime.min) < own_key
    ]
    return max(earlier, key=lambda session: (session.at, session.created or datetime.min), default=None)


def joins_by_gap(at: datetime, previous: TreatmentSession | None, course_gap_days: int) -> bool:
    """The gap rule's answer: there is a previous session at most `course_gap_days` dates earlier."""
    return previous is not None and (at.date() - previous.at.date()).days <= course_gap_days


@dataclass
class SeriesChoice:
    """The patient's choice: left alone, the stored series stands; changed, it is kept against the rule."""

    stored: SessionSeries = SessionSeries.AUTO  # the session's series when the dialog opened
    touched: bool = False  # the patient clicked the check box (or pressed Space on it)

    def shown(self, rule_joins: bool) -> bool:
        """Whether the box is checked while the patient has not touched it."""
        if self.stored is SessionSeries.AUTO:
            return rule_joins
        return self.stored is SessionSeries.JOIN

    def to_store(self, checked: bool, rule_joins: bool) -> SessionSeries:
        """auto when the box agrees with the rule, else the patient's join or new."""
        if not self.touched:
            return self.stored
        if checked == rule_joins:
            return SessionSeries.AUTO
        return SessionSeries.JOIN if checked else SessionSeries.NEW
