"""Vitals, PGIC answers, bladder check-ins and the profile in the store: one transaction each, undo."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from paindiary.clinic_records import Checkin, Impression, Profile, Vitals, VitalsMoment
from paindiary.domain import Route, TreatmentSession, ValidationError
from paindiary.store import Diary, DiaryWriteError, RecordNotFound, erase


def a_session(diary: Diary, day: int = 1) -> TreatmentSession:
    return diary.add_session(
        TreatmentSession(at=datetime(2024, 3, day, 10), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70)
    )


def before(session: TreatmentSession, systolic: int = 130, diastolic: int = 85) -> Vitals:
    return Vitals(
        at=session.at, moment=VitalsMoment.BEFORE, session=session.id, systolic=systolic, diastolic=diastolic
    )


def test_each_record_reads_back_exactly(diary: Diary) -> None:
    session = a_session(diary)
    reading = diary.add_vitals(before(session))
    home = diary.add_vitals(Vitals(at=datetime(2024, 3, 4, 19), moment=VitalsMoment.HOME, heart_rate=72))
    answer = diary.add_impression(Impression(at=datetime(2024, 3, 8, 9), value=2, session=session.id, day=7))
    checkin = diary.add_checkin(Checkin(at=datetime(2024, 3, 9, 9), urgency=True, note="a little"))
    assert diary.vitals() == [reading, home]
    assert diary.impressions() == [answer]
    assert diary.checkins() == [checkin]
    assert reading.created is not None


def test_an_update_keeps_created(diary: Diary) -> None:
    checkin = diary.add_checkin(Checkin(at=datetime(2024, 3, 9, 9)))
    updated = diary.update_checkin(replace(checkin, blood=True))
    assert diary.checkins() == [updated]
    assert updated.created == checkin.created
    assert updated.blood


def test_a_deleted_record_comes_back_with_undo(diary: Diary) -> None:
    answer = diary.add_impression(Impression(at=datetime(2024, 3, 8, 9), value=4))
    removed = diary.delete_impression(answer.id)
    assert diary.impressions() == []
    with pytest.raises(RecordNotFound, match="no longer in the diary"):
        diary.delete_impression(answer.id)
    diary.restore_impression(removed)
    assert diary.impressions() == [answer]


def test_a_session_takes_its_vitals_and_answers_and_its_undo_brings_them_back(diary: Diary) -> None:
    session, other = a_session(diary), a_session(diary, 20)
    readings = [diary.add_vitals(before(session)), diary.add_vitals(before(other, 150, 95))]
    answer = diary.add_impression(Impression(at=datetime(2024, 3, 8, 9), value=3, session=session.id, day=7))
    removed = diary.delete_session(session.id)
    assert diary.vitals() == readings[1:]
    assert diary.impressions() == []
    diary.restore_session(removed)
    assert diary.vitals() == readings
    assert diary.impressions() == [answer]


def test_a_reading_of_a_session_no_longer_there_is_refused(diary: Diary) -> None:
    session = a_session(diary)
    diary.delete_session(session.id)
    with pytest.raises(RecordNotFound):
        diary.add_vitals(before(session))
    assert diary.vitals() == []


def test_the_session_dialog_saves_session_and_vitals_in_one_transaction(diary: Diary) -> None:
    session = TreatmentSession(at=datetime(2024, 3, 1, 10), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70)
    diary.save_session_with_vitals(session, [before(session)], new=True)
    assert [treatment.id for treatment in diary.sessions()] == [session.id]
    old = diary.save_session_with_vitals(session, [before(session, 140, 90)], new=False)
    assert [item.systolic for item in old] == [130]
    assert [item.systolic for item in diary.vitals()] == [140]


def test_a_failing_reading_saves_no_session(diary: Diary) -> None:
    session = TreatmentSession(at=datetime(2024, 3, 1, 10), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70)
    reading = before(session)
    twice = [reading, reading]  # the same id twice: the database refuses the second
    with pytest.raises(DiaryWriteError):
        diary.save_session_with_vitals(session, twice, new=True)
    assert diary.sessions() == []
    assert diary.vitals() == []


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"systolic": 300, "diastolic": 20}, "systolic"),
        ({"systolic": 120, "diastolic": 20}, "diastolic"),
        ({"systolic": 90, "diastolic": 95}, "systolic"),
        ({"systolic": 120}, "diastolic"),
        ({"heart_rate": 24}, "heart_rate"),
        ({"heart_rate": 251}, "heart_rate"),
        ({}, "systolic"),
    ],
)
def test_vitals_out_of_range_name_the_field(values: dict[str, int], field: str) -> None:
    with pytest.raises(ValidationError) as error:
        Vitals(at=datetime(2024, 3, 1), moment=VitalsMoment.HOME, **values)  # type: ignore[arg-type]
    assert error.value.field == field


def test_the_edges_of_the_ranges_are_kept(diary: Diary) -> None:
    for systolic, diastolic, rate in ((260, 160, 250), (61, 30, 25)):
        diary.add_vitals(
            Vitals(
                at=datetime(2024, 3, 1),
                moment=VitalsMoment.HOME,
                systolic=systolic,
                diastolic=diastolic,
                heart_rate=rate,
            )
        )
    assert [(item.systolic, item.heart_rate) for item in diary.vitals()] == [(260, 250), (61, 25)]


@pytest.mark.parametrize(("value", "day", "field"), [(8, None, "value"), (0, 7, "value"), (3, 14, "day")])
def test_impressions_out_of_range_name_the_field(value: int, day: int | None, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        Impression(at=datetime(2024, 3, 1), value=value, day=day)
    assert error.value.field == field


def test_the_database_itself_refuses_what_validation_would(diary: Diary, db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO vitals (id, moment, at, systolic, diastolic, note, created, updated) "
                "VALUES ('x', 'home', '2024-01-01', 300, 20, '', '2024-01-01', '2024-01-01')"
            )
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO impressions (id, at, value, note, created, updated) "
                "VALUES ('x', '2024-01-01', 8, '', '2024-01-01', '2024-01-01')"
            )
    finally:
        connection.close()


def test_the_profile_is_kept_replaced_and_cleared(diary: Diary) -> None:
    assert diary.profile() == Profile()
    profile = Profile(name="Ana Ruiz", born=date(1971, 5, 31), conditions="CRPS, left foot", clinic="Nord")
    assert diary.set_profile(profile) == Profile()
    assert diary.profile() == profile
    assert diary.set_profile(Profile()) == profile
    assert diary.profile() == Profile()


def test_a_damaged_profile_reads_as_empty(diary: Diary) -> None:
    diary.set_preference("profile", {"born": "yesterday"})
    assert diary.profile() == Profile()


def test_import_adds_records_once_and_refuses_an_unknown_session(diary: Diary) -> None:
    session = TreatmentSession(at=datetime(2024, 3, 1, 10), route=Route.IV_INFUSION, dose_mg=35, weight_kg=70)
    others = [before(session), Checkin(at=datetime(2024, 3, 2), pain=True), Profile(name="Ana")]
    result = diary.import_records([], [session], others=others)
    assert result.added_other == 3
    assert diary.import_records([], [session], others=others).added_other == 0
    assert diary.profile().name == "Ana"
    stray = Impression(at=datetime(2024, 3, 8), value=2, session=before(session).id)
    with pytest.raises(ValidationError, match="neither in the file nor in the diary") as error:
        diary.import_records([], [], others=[Checkin(at=datetime(2024, 4, 1)), stray])
    assert error.value.field == "impressions[0].session"
    assert len(diary.checkins()) == 1


def test_erase_leaves_none_of_the_new_records(diary: Diary, db_path: Path) -> None:
    session = a_session(diary)
    diary.add_vitals(before(session))
    diary.add_checkin(Checkin(at=datetime(2024, 3, 9)))
    diary.set_profile(Profile(name="Ana"))
    diary.close()
    erase.erase_all_data(db_path)
    with Diary.open(db_path) as reopened:
        assert reopened.vitals() == []
        assert reopened.checkins() == []
        assert reopened.profile() == Profile()
