"""A course's PGIC answers in words, for the Sessions page ("PGIC on day 7: 2 Much improved")."""

from __future__ import annotations

from collections.abc import Sequence

from paindiary.clinic_records import Impression, pgic_words
from paindiary.domain import TreatmentSession
from paindiary.i18n import _


def answers_of(impressions: Sequence[Impression], sessions: Sequence[TreatmentSession]) -> list[str]:
    """The sentences of the answers kept with any of the course's sessions, oldest first."""
    ids = {session.id for session in sessions}
    lines = []
    for answer in sorted(impressions, key=lambda item: item.at):
        if answer.session not in ids:
            continue
        words = f"{answer.value} {pgic_words(answer.value)}"
        if answer.day is None:
            lines.append(
                _("Impression of change on {date}: {answer}.").format(
                    date=answer.at.date().isoformat(), answer=words
                )
            )
        else:
            lines.append(
                _("Impression of change on day {day}: {answer}.").format(day=answer.day, answer=words)
            )
    return lines
