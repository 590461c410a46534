"""The fuller record's fields (sleep, mood, for the clinician; status and the session day; side
effects' onset and duration) make the round trip through the store, JSON and our CSV."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from paindiary.domain import (
    ChecklistItem,
    PainEntry,
    RideHome,
    Route,
    SessionStatus,
    SideEffect,
    SideEffectOnset,
    TreatmentSession,
    ValidationError,
)
from paindiary.formats import registry
from paindiary.store import Diary


def fill(diary: Diary) -> tuple[PainEntry, TreatmentSession]:
    entry = diary.add_entry(
        PainEntry(
            at=datetime(2024, 3, 1, 8),
            pain=6,
            sleep_interference=7,
            mood=3,
            for_clinician=True,
            note="bad night",
        )
    )
    planned = diary.add_session(
        TreatmentSession(
            at=datetime(2024, 3, 20, 9),
            route=Route.IV_INFUSION,
            status=SessionStatus.PLANNED,
            ride_home=RideHome.YES,
            new_medicines="Pregabalin, since May",
            checklist=(
                ChecklistItem("Nothing to eat after 6:00", done=True),
                ChecklistItem('Bring the "list"'),
            ),
            questions="Could the interval change?\nWhat about the headaches?",
            side_effects=(SideEffect(kind="headache", onset=SideEffectOnset.SAME_DAY, lasted_hours=5.5),),
        )
    )
    return entry, planned


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_the_new_fields_make_the_round_trip_exactly(diary: Diary, tmp_path: Path, suffix: str) -> None:
    entry, planned = fill(diary)
    path = tmp_path / f"diary{suffix}"
    registry.export_diary(diary, path)
    with Diary.open(tmp_path / "copy.sqlite3") as copy:
        registry.import_file(copy, path)
        (entry_back,) = copy.entries()
        (session_back,) = copy.sessions()
    assert entry_back.same_content(entry)
    assert session_back.same_content(planned)


def test_older_documents_take_the_defaults(diary: Diary, tmp_path: Path) -> None:
    path = tmp_path / "v1.json"
    effect = {"id": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0002", "kind": "nausea"}
    session = {"id": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0001", "at": "2024-03-01T09:00", "route": "oral"}
    session["side_effects"] = [effect]  # type: ignore[assignment]
    entry = {"id": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0003", "at": "2024-03-01T08:00", "pain": 5}
    document = {"format": "paindiary", "version": 1, "entries": [entry], "sessions": [session]}
    path.write_text(json.dumps(document))
    registry.import_file(diary, path)
    (stored,) = diary.sessions()
    assert (stored.status, stored.ride_home, stored.checklist, stored.questions) == (
        SessionStatus.DONE, RideHome.UNKNOWN, (), "",
    )  # fmt: skip
    assert stored.side_effects[0].onset is None
    (logged,) = diary.entries()
    assert (logged.sleep_interference, logged.mood, logged.for_clinician) == (None, None, False)


def test_a_version_1_document_cannot_carry_the_new_fields(diary: Diary, tmp_path: Path) -> None:
    path = tmp_path / "v1.json"
    entry = {"id": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0003", "at": "2024-03-01T08:00", "pain": 5, "mood": 4}
    path.write_text(json.dumps({"format": "paindiary", "version": 1, "entries": [entry], "sessions": []}))
    with pytest.raises(ValidationError) as raised:
        registry.import_file(diary, path)
    assert raised.value.field.endswith("entries[0].mood")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "maybe"}, "status"),
        ({"checklist": [{"text": "x"}]}, "checklist"),
        ({"ride_home": True}, "ride_home"),
    ],
)
def test_a_bad_session_day_field_is_named(
    diary: Diary, tmp_path: Path, changes: dict[str, object], field: str
) -> None:
    session = {
        "id": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0001",
        "at": "2024-03-01T09:00",
        "route": "oral",
        **changes,
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "paindiary", "version": 2, "entries": [], "sessions": [session]}))
    with pytest.raises(ValidationError) as raised:
        registry.import_file(diary, path)
    assert raised.value.field.endswith(f"sessions[0].{field}")
    assert diary.sessions() == []


def test_fhir_leaves_planned_sessions_out_and_gives_sleep_and_mood_as_text_observations(diary: Diary) -> None:
    from fhir.resources.R4B.bundle import Bundle

    from paindiary.formats import fhir

    fill(diary)
    cancelled = diary.add_session(
        TreatmentSession(at=datetime(2024, 2, 1, 9), route=Route.ORAL, status=SessionStatus.CANCELLED)
    )
    bundle = fhir.build_bundle(diary.entries(), diary.sessions(), generated_at=datetime(2024, 3, 10))
    Bundle.model_validate(bundle)
    resources = [item["resource"] for item in bundle["entry"]]
    administrations = [r for r in resources if r["resourceType"] == "MedicationAdministration"]
    assert [(r["id"], r["status"]) for r in administrations] == [(str(cancelled.id), "not-done")]
    texts = {
        r["code"].get("text"): r.get("valueInteger") for r in resources if r["resourceType"] == "Observation"
    }
    assert texts["How much pain interfered with sleep last night (0-10)"] == 7
    assert texts["Mood today (0 very low - 10 very good)"] == 3
