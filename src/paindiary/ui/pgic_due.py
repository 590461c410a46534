"""When Today asks the global impression of change (PGIC): Qt-free, so a fake clock can test it.

Each course is asked about twice, on day 7 and on day 28 after its day 0 (the date its last
session ended), once each: the question stays for a week from that day unless the next course
has begun, and it is not asked again once answered or skipped ("Not now").
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from paindiary.clinic_records import PGIC_DAYS, Impression
from paindiary.domain import AnalysisSettings, TreatmentSession

# How long a day-7 or day-28 question stays on Today when it is not answered.
SHOWN_FOR_DAYS = 7


@dataclass(frozen=True, slots=True)
class PgicQuestion:
    course: int  # the course's number, as the Sessions page and `paindiary summary` count
    session: uuid.UUID  # the course's last session, which the answer is kept with
    day: int  # 7 or 28: which of the two questions this is
    today: int  # the day after the course it is asked on: 7 to 13, or 28 to 34

    @property
    def key(self) -> str:
        """How the diary remembers that this question was answered or skipped."""
        return f"pgic:{self.session}:{self.day}"


def due_question(
    sessions: Sequence[TreatmentSession],
    impressions: Sequence[Impression],
    settings: AnalysisSettings,
    state: Mapping[str, Any],
    now: datetime,
) -> PgicQuestion | None:
    """The question Today should show now (the latest course's first), or None."""
    # Imported here: the prompt asks after the window's first paint, which needs no analysis.
    from paindiary.analysis.course_groups import find_courses

    courses = find_courses(sessions, settings, now)
    answered = {(answer.session, answer.day) for answer in impressions}
    today = now.date()
    for index in range(len(courses) - 1, -1, -1):
        course = courses[index]
        next_start: date | None = courses[index + 1].start.date() if index + 1 < len(courses) else None
        last = course.sessions[-1].id
        for day in reversed(PGIC_DAYS):
            asked_on = course.day0 + timedelta(days=day)
            if not asked_on <= today < asked_on + timedelta(days=SHOWN_FOR_DAYS):
                continue
            if next_start is not None and next_start <= today:
                continue
            question = PgicQuestion(course.number, last, day, (today - course.day0).days)
            if (last, day) not in answered and question.key not in state:
                return question
    return None
