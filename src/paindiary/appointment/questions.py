"""The patient's own list of questions for the appointment, kept in the diary's settings table.

Stored as a JSON list of {"text", "done"} under one key, so it needs no migration; the JSON
document carries the same list as its top-level `questions` array.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from paindiary.appointment.inputs import Question
from paindiary.field_checks import ValidationError, check_text
from paindiary.i18n import _

QUESTIONS_KEY = "appointment_questions"
QUESTION_MAX = 500  # characters: a question, not a letter


class PreferenceReader(Protocol):
    def preference(self, key: str, default: Any = None) -> Any: ...


class Preferences(PreferenceReader, Protocol):
    def set_preference(self, key: str, value: Any) -> None: ...


def checked_question(text: object, done: object = False) -> Question:
    """A question from user input; names the field when the input cannot be one."""
    cleaned = check_text("question", text, limit=QUESTION_MAX).strip()
    if not cleaned:
        raise ValidationError("question", _("is empty"))
    if not isinstance(done, bool):
        raise ValidationError("done", _("{value} is not yes or no").format(value=repr(done)))
    return Question(cleaned, done)


def questions_from_json(value: Any) -> tuple[Question, ...]:
    """Questions from their stored or imported JSON list; raises ValidationError on a bad item."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValidationError("questions", _("is not a list"))
    questions = []
    for item in value:
        if not isinstance(item, dict):
            raise ValidationError("questions", _("{value} is not a question").format(value=repr(item)))
        questions.append(checked_question(item.get("text"), item.get("done", False)))
    return tuple(questions)


def questions_as_json(questions: Sequence[Question]) -> list[dict[str, Any]]:
    return [{"text": question.text, "done": question.done} for question in questions]


def read_questions(diary: PreferenceReader) -> tuple[Question, ...]:
    try:
        return questions_from_json(diary.preference(QUESTIONS_KEY, []))
    except ValidationError:
        return ()  # a hand-damaged value must not stop the report


def write_questions(diary: Preferences, questions: Sequence[Question]) -> None:
    """Replace the whole list in one write."""
    diary.set_preference(QUESTIONS_KEY, questions_as_json(questions))
