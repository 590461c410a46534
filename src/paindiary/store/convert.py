"""Between stored rows and the domain's plain records (nothing leaves the store attached).

A row is an ORM row, a SQLAlchemy result row or a plain read's named tuple
(store/plain_reads.py): anything with the table's columns as attributes.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from paindiary.domain import (
    ChecklistItem,
    PainEntry,
    RideHome,
    Route,
    SessionSeries,
    SessionStatus,
    Severity,
    SideEffect,
    TreatmentSession,
)

if TYPE_CHECKING:
    from sqlalchemy import Row

    from paindiary.store.schema import EntryRow, SessionRow, SideEffectRow


def entry_from_row(row: EntryRow | Row[Any] | Any) -> PainEntry:
    """An entry from an ORM row or a plain result row with the same columns."""
    return PainEntry(
        id=row.id,
        at=row.at,
        pain=row.pain,
        worst=row.worst,
        enjoyment=row.enjoyment,
        activity=row.activity,
        locations=tuple(json.loads(row.locations)),
        note=row.note,
        sleep_interference=row.sleep_interference,
        mood=row.mood,
        for_clinician=bool(row.for_clinician),
        created=row.created,
        updated=row.updated,
    )


def entry_values(entry: PainEntry, *, created: datetime, updated: datetime) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at,
        "pain": entry.pain,
        "worst": entry.worst,
        "enjoyment": entry.enjoyment,
        "activity": entry.activity,
        # Most entries name no location: "[]" without json.dumps, which counts in a long import.
        "locations": json.dumps(list(entry.locations), ensure_ascii=False) if entry.locations else "[]",
        "note": entry.note,
        "sleep_interference": entry.sleep_interference,
        "mood": entry.mood,
        "for_clinician": entry.for_clinician,
        "created": created,
        "updated": updated,
    }


def side_effect_from_row(row: SideEffectRow | Any) -> SideEffect:
    return SideEffect(
        id=row.id,
        kind=row.kind,
        severity=Severity(row.severity),
        note=row.note,
        onset=row.onset,  # type: ignore[arg-type]  # checked by SideEffect
        lasted_hours=row.lasted_hours,
        created=row.created,
    )


def side_effect_values(effect: SideEffect, session_id: Any, *, created: datetime) -> dict[str, Any]:
    return {
        "id": effect.id,
        "session_id": session_id,
        "kind": effect.kind,
        "severity": effect.severity.value,
        "note": effect.note,
        "onset": effect.onset.value if effect.onset is not None else None,
        "lasted_hours": effect.lasted_hours,
        "created": created,
    }


def session_from_row(row: SessionRow | Any, effects: list[SideEffectRow]) -> TreatmentSession:
    return session_from_parts(row, tuple(side_effect_from_row(effect) for effect in effects))


def session_from_parts(row: SessionRow | Any, side_effects: tuple[SideEffect, ...]) -> TreatmentSession:
    """A session from its row and its side effects, already read."""
    return TreatmentSession(
        id=row.id,
        at=row.at,
        route=Route(row.route),
        drug=row.drug,
        dose_mg=row.dose_mg,
        weight_kg=row.weight_kg,
        minutes=row.minutes,
        rate_mg_per_kg_h=row.rate_mg_per_kg_h,
        clinic=row.clinic,
        note=row.note,
        side_effects=side_effects,
        series=SessionSeries(row.series),
        status=SessionStatus(row.status),
        ride_home=RideHome(row.ride_home),
        new_medicines=row.new_medicines,
        checklist=checklist_from_text(row.checklist),
        questions=row.questions,
        created=row.created,
        updated=row.updated,
    )


def session_values(session: TreatmentSession, *, created: datetime, updated: datetime) -> dict[str, Any]:
    return {
        "id": session.id,
        "at": session.at,
        "route": session.route.value,
        "drug": session.drug,
        "dose_mg": session.dose_mg,
        "weight_kg": session.weight_kg,
        "minutes": session.minutes,
        "rate_mg_per_kg_h": session.rate_mg_per_kg_h,
        "clinic": session.clinic,
        "note": session.note,
        "series": session.series.value,
        "status": session.status.value,
        "ride_home": session.ride_home.value,
        "new_medicines": session.new_medicines,
        "checklist": checklist_text(session.checklist),
        "questions": session.questions,
        "created": created,
        "updated": updated,
    }


def checklist_text(items: tuple[ChecklistItem, ...]) -> str:
    """A session's checklist as stored: a JSON list of {"text", "done"}."""
    return json.dumps([{"text": item.text, "done": item.done} for item in items], ensure_ascii=False)


def checklist_from_text(text: str) -> tuple[ChecklistItem, ...]:
    items = json.loads(text or "[]")
    if not isinstance(items, list):
        raise ValueError("the checklist is not a list")
    return tuple(ChecklistItem(text=item["text"], done=item["done"]) for item in items)
