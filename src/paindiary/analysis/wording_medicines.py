"""A course's medicines summary in plain words: what was logged, never whether it was a good sign."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from paindiary.analysis.clinic_results import CoTreatmentStart, CourseMedicines
from paindiary.domain import PainEntry, TreatmentSession
from paindiary.formatting import format_fixed
from paindiary.i18n import _
from paindiary.medicine_records import CoTreatment, Intake


def _number(value: float | None) -> str:
    return "–" if value is None else format_fixed(value, 1)


def _co_treatment_word(kind: str) -> str:
    words = {
        "physiotherapy": _("physiotherapy"),
        "psychological-therapy": _("psychological therapy"),
        "exercise": _("an exercise programme"),
        "nerve-block": _("a nerve block"),
        "new-medicine": _("a new medicine"),
        "other": _("another treatment"),
    }
    return words.get(kind, kind)


def medicines_sentences(course: CourseMedicines, has_mme: bool) -> list[str]:
    """The as-needed line, the MME line when factors exist, and one line per start in the window."""
    as_needed = _(
        "As-needed medicine on {before} days a week in the 4 weeks before, {after} in the {days} days after."
    )
    sentences = [
        as_needed.format(
            before=_number(course.as_needed_days_per_week_before),
            after=_number(course.as_needed_days_per_week_after),
            days=course.days_after,
        )
    ]
    if has_mme:
        sentences.append(
            _("Opioids: {before} MME a day before, {after} after (approximate, for trend only).").format(
                before=_number(course.mme_per_day_before), after=_number(course.mme_per_day_after)
            )
        )
    sentences += [start_sentence(start) for start in course.started_in_window]
    return sentences


def start_sentence(start: CoTreatmentStart) -> str:
    """'Physiotherapy started on day 6 of this window.'"""
    what = start.name if start.name else _co_treatment_word(start.kind)
    what = what[:1].upper() + what[1:]  # it opens the sentence
    return _("{what} started on day {day} of this window.").format(what=what, day=start.day)


def last_record_date(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    intakes: Sequence[Intake],
    co_treatments: Sequence[CoTreatment],
    *,
    up_to: date,
) -> date | None:
    """The last date up to `up_to` with any record (an entry, a session, a dose, a co-treatment's start)."""
    dates = [entry.at.date() for entry in entries]
    dates += [session.at.date() for session in sessions]
    dates += [intake.at.date() for intake in intakes]
    dates += [item.start for item in co_treatments]
    return max((day for day in dates if day <= up_to), default=None)
