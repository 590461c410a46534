"""A course's function, PGIC answers and top session blood pressure in plain words.

Values are printed as recorded, with their dates; nothing grades them.
"""

from __future__ import annotations

from paindiary.analysis.clinic_results import CourseFunction
from paindiary.analysis.i18n import _
from paindiary.clinic_records import pgic_words
from paindiary.formatting import format_date, format_number


def _before_after(before: float | None, after: float | None) -> str:
    empty = "–"
    return _("{before} before, {after} in days 0–13").format(
        before=empty if before is None else format_number(before),
        after=empty if after is None else format_number(after),
    )


def function_lines(course: CourseFunction) -> list[str]:
    """One line per item the patient recorded for the course; none when nothing was recorded."""
    lines = []
    if course.peg_before is not None or course.peg_after is not None:
        lines.append(
            _("PEG (pain, enjoyment, activity): {values}").format(
                values=_before_after(course.peg_before, course.peg_after)
            )
        )
    if course.sleep_before is not None or course.sleep_after is not None:
        lines.append(
            _("Pain's interference with sleep: {values}").format(
                values=_before_after(course.sleep_before, course.sleep_after)
            )
        )
    if course.mood_before is not None or course.mood_after is not None:
        lines.append(_("Mood: {values}").format(values=_before_after(course.mood_before, course.mood_after)))
    if course.impressions:
        answers = []
        for answer in course.impressions:
            words = _("{words} ({value} of 7)").format(words=pgic_words(answer.value), value=answer.value)
            if answer.day is not None:
                words = _("day {day}: {answer}").format(day=answer.day, answer=words)
            answers.append(words)
        lines.append(_("Impression of change: {answers}").format(answers="; ".join(answers)))
    reading = course.highest_blood_pressure
    if reading is not None:
        lines.append(
            _("Top session blood pressure: {systolic}/{diastolic} mmHg on {date}").format(
                systolic=reading.systolic, diastolic=reading.diastolic, date=format_date(reading.at.date())
            )
        )
    return lines
