"""The Diary facade: each action one transaction, records back exactly as stored."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest

from paindiary.domain import AnalysisSettings, PainEntry, Route, Severity, SideEffect, TreatmentSession
from paindiary.store import Diary, RecordNotFound
from tests.support import FakeClock

AT = datetime(2024, 3, 1, 8, 30)


def an_entry(**changes: object) -> PainEntry:
    values: dict[str, object] = {
        "at": AT,
        "pain": 6,
        "worst": 8,
        "enjoyment": 5,
        "activity": 7,
        "locations": ("left foot", "Rücken"),
        "note": 'Flare, "bad" one\nsecond line',
    }
    values.update(changes)
    return PainEntry(**values)  # type: ignore[arg-type]


def a_session(**changes: object) -> TreatmentSession:
    values: dict[str, object] = {
        "at": datetime(2024, 3, 2, 9, 30),
        "route": Route.IV_INFUSION,
        "dose_mg": 150.0,
        "weight_kg": 72.5,
        "minutes": 240,
        "rate_mg_per_kg_h": 0.52,
        "clinic": "Day unit",
        "note": "first of five",
        "side_effects": (
            SideEffect("nausea", Severity.MODERATE),
            SideEffect("Metallic taste", Severity.MILD),
        ),
    }
    values.update(changes)
    return TreatmentSession(**values)  # type: ignore[arg-type]


def test_added_entry_reads_back_exactly_with_timestamps(diary: Diary, clock: FakeClock) -> None:
    saved = diary.add_entry(an_entry())
    assert saved.created == saved.updated == clock.now
    [stored] = diary.entries()
    assert stored == saved


def test_update_keeps_created_and_moves_updated(diary: Diary, clock: FakeClock) -> None:
    saved = diary.add_entry(an_entry())
    clock.now += timedelta(hours=1)
    changed = diary.update_entry(PainEntry(at=saved.at, pain=2, id=saved.id))
    stored = diary.get_entry(saved.id)
    assert stored == changed
    assert stored is not None
    assert (stored.pain, stored.note, stored.locations) == (2, "", ())
    assert stored.created == saved.created
    assert stored.updated == clock.now


def test_delete_then_restore_gives_back_the_same_entry(diary: Diary, clock: FakeClock) -> None:
    saved = diary.add_entry(an_entry())
    removed = diary.delete_entry(saved.id)
    assert diary.entries() == []
    clock.now += timedelta(days=1)
    diary.restore_entry(removed)
    assert diary.entries() == [saved]


def test_missing_records_say_so(diary: Diary) -> None:
    with pytest.raises(RecordNotFound):
        diary.delete_entry(uuid.uuid4())
    with pytest.raises(RecordNotFound):
        diary.update_entry(an_entry())
    with pytest.raises(RecordNotFound):
        diary.add_side_effect(uuid.uuid4(), SideEffect("nausea"))


def test_a_failed_insert_saves_nothing(diary: Diary) -> None:
    saved = diary.add_entry(an_entry())
    with pytest.raises(Exception, match="Nothing was saved"):
        diary.add_entry(an_entry(id=saved.id, pain=1))
    assert diary.entries() == [saved]
    # ...and the diary is still usable afterwards.
    diary.add_entry(an_entry(pain=3))
    assert diary.entry_count() == 2


def test_entries_by_date_range_include_both_ends(diary: Diary) -> None:
    for day in range(1, 6):
        diary.add_entry(an_entry(at=datetime(2024, 3, day, 23, 59)))
    found = diary.entries(start=date(2024, 3, 2), end=date(2024, 3, 4))
    assert [entry.at.day for entry in found] == [2, 3, 4]
    assert diary.date_span() == (date(2024, 3, 1), date(2024, 3, 5))


def test_several_entries_a_day_come_back_in_time_order(diary: Diary) -> None:
    for hour in (21, 8, 14):
        diary.add_entry(an_entry(at=datetime(2024, 3, 1, hour)))
    assert [entry.at.hour for entry in diary.entries()] == [8, 14, 21]


def test_session_with_side_effects_round_trips(diary: Diary) -> None:
    saved = diary.add_session(a_session())
    [stored] = diary.sessions()
    assert stored.same_content(saved)
    assert stored.dose_mg_per_kg == pytest.approx(150 / 72.5)
    assert {effect.kind for effect in stored.side_effects} == {"nausea", "Metallic taste"}


def test_side_effect_added_days_later(diary: Diary, clock: FakeClock) -> None:
    saved = diary.add_session(a_session(side_effects=()))
    clock.now += timedelta(days=2)
    effect = diary.add_side_effect(saved.id, SideEffect("bladder-symptoms", Severity.MILD, note="at night"))
    stored = diary.get_session(saved.id)
    assert stored is not None
    assert stored.side_effects == (effect,)
    assert effect.created == clock.now
    diary.delete_side_effect(effect.id)
    assert diary.sessions()[0].side_effects == ()


def test_update_session_replaces_its_side_effects(diary: Diary) -> None:
    saved = diary.add_session(a_session())
    kept = saved.side_effects[0]
    changed = TreatmentSession(
        at=saved.at, route=Route.INTRANASAL, drug="esketamine", id=saved.id, side_effects=(kept,)
    )
    diary.update_session(changed)
    [stored] = diary.sessions()
    assert (stored.route, stored.drug, stored.dose_mg) == (Route.INTRANASAL, "esketamine", None)
    assert stored.side_effects == (kept,)


def test_deleting_a_session_removes_its_side_effects_and_restore_brings_them_back(diary: Diary) -> None:
    saved = diary.add_session(a_session())
    removed = diary.delete_session(saved.id)
    assert diary.sessions() == []
    with diary.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM side_effects").scalar() == 0
    diary.restore_session(removed)
    assert diary.sessions() == [removed]


def test_settings_travel_with_the_diary(db_path: object, diary: Diary) -> None:
    assert diary.analysis_settings() == AnalysisSettings()
    diary.set_analysis_settings(AnalysisSettings(baseline_days=14, horizon_days=60))
    diary.set_preference("default_weight_kg", 71.5)
    diary.close()
    with Diary.open(diary.path) as reopened:
        assert reopened.analysis_settings() == AnalysisSettings(baseline_days=14, horizon_days=60)
        assert reopened.preference("default_weight_kg") == 71.5
        assert reopened.preference("missing", "fallback") == "fallback"


def test_import_is_all_or_nothing_and_skips_identical_records(diary: Diary) -> None:
    existing = diary.add_entry(an_entry())
    fresh = an_entry(at=AT + timedelta(days=1), pain=2)
    session = a_session()
    result = diary.import_records([existing, fresh], [session], AnalysisSettings(horizon_days=30))
    assert (result.added_entries, result.skipped_entries, result.added_sessions) == (1, 1, 1)
    assert result.added_side_effects == 2
    assert result.settings_changed
    again = diary.import_records([existing, fresh], [session])
    assert (again.added_entries, again.skipped_entries, again.skipped_sessions) == (0, 2, 1)

    clash = an_entry(id=fresh.id, pain=9)
    newcomer = an_entry(at=AT + timedelta(days=5))
    with pytest.raises(ValueError, match=r"entries\[1\]: id .* already in the diary with other values"):
        diary.import_records([newcomer, clash], [])
    assert diary.get_entry(newcomer.id) is None
    assert diary.entry_count() == 2


def test_import_refuses_an_id_twice_in_the_same_batch(diary: Diary) -> None:
    entry = an_entry()
    with pytest.raises(ValueError, match=r"entries\[1\]\.id: .* appears twice"):
        diary.import_records([entry, entry], [])
    assert diary.is_empty()


def test_nothing_leaves_the_store_attached(diary: Diary) -> None:
    diary.add_session(a_session())
    [stored] = diary.sessions()
    diary.close()
    # Plain frozen dataclasses: usable after the diary is closed.
    assert stored.side_effects[0].kind == "nausea"
    assert type(stored) is TreatmentSession
