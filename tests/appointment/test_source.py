"""Gathering the appointment from an open diary, and the patient's own question list."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from paindiary.appointment.inputs import Question, ReportChoices
from paindiary.appointment.questions import (
    QUESTIONS_KEY,
    checked_question,
    questions_from_json,
    read_questions,
    write_questions,
)
from paindiary.appointment.source import gather
from paindiary.domain import PainEntry, Route, TreatmentSession, ValidationError
from paindiary.medicine_records import Medicine
from paindiary.store import Diary

AT = datetime(2024, 6, 1, 12)
PERIOD = (date(2024, 1, 1), date(2024, 6, 1))


def test_gather_reads_every_record_and_the_clinic_summary(diary: Diary) -> None:
    diary.add_entry(PainEntry(at=datetime(2024, 5, 1, 9), pain=6))
    diary.add_session(TreatmentSession(at=datetime(2024, 5, 2, 9), route=Route.IV_INFUSION, dose_mg=100))
    diary.add_medicine(Medicine("Paracetamol"))
    write_questions(diary, [Question("Is the interval right for me?")])
    inputs = gather(diary, AT, ReportChoices(), PERIOD)
    assert len(inputs.entries) == 1
    assert [course.course for course in inputs.analysis.courses] == [1]
    assert [medicine.name for medicine in inputs.medicines] == ["Paracetamol"]
    assert inputs.vitals == ()
    assert inputs.profile is None  # an empty profile shows no header lines
    assert inputs.questions == (Question("Is the interval right for me?"),)
    assert inputs.period == PERIOD
    assert inputs.clinic is not None
    assert [line.sessions_90_days for line in inputs.clinic.exposure.per_drug_route] == [1]


def test_questions_round_trip_through_the_diary(diary: Diary) -> None:
    questions = [Question("First?"), Question("Second?", done=True)]
    write_questions(diary, questions)
    assert diary.preference(QUESTIONS_KEY) == [
        {"text": "First?", "done": False},
        {"text": "Second?", "done": True},
    ]
    assert read_questions(diary) == tuple(questions)


def test_a_damaged_stored_list_reads_as_none(diary: Diary) -> None:
    diary.set_preference(QUESTIONS_KEY, {"not": "a list"})
    assert read_questions(diary) == ()


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ([{"text": ""}], "question"),
        ([{"text": "x" * 501}], "question"),
        ([{"text": "ok", "done": 1}], "done"),
    ],
)
def test_bad_questions_name_the_field(value: object, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        questions_from_json(value)
    assert raised.value.field == field


def test_a_question_is_trimmed() -> None:
    assert checked_question("  Why?  ") == Question("Why?")
