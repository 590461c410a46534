"""Between ORM rows and the domain's plain records (nothing leaves the store attached)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Row

from paindiary.domain import PainEntry, Route, SessionSeries, Severity, SideEffect, TreatmentSession
from paindiary.store.schema import EntryRow, SessionRow, SideEffectRow


def entry_from_row(row: EntryRow | Row[Any]) -> PainEntry:
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
        "locations": json.dumps(list(entry.locations), ensure_ascii=False),
        "note": entry.note,
        "created": created,
        "updated": updated,
    }


def side_effect_from_row(row: SideEffectRow) -> SideEffect:
    return SideEffect(
        id=row.id, kind=row.kind, severity=Severity(row.severity), note=row.note, created=row.created
    )


def side_effect_values(effect: SideEffect, session_id: Any, *, created: datetime) -> dict[str, Any]:
    return {
        "id": effect.id,
        "session_id": session_id,
        "kind": effect.kind,
        "severity": effect.severity.value,
        "note": effect.note,
        "created": created,
    }


def session_from_row(row: SessionRow, effects: list[SideEffectRow]) -> TreatmentSession:
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
        side_effects=tuple(side_effect_from_row(effect) for effect in effects),
        series=SessionSeries(row.series),
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
        "created": created,
        "updated": updated,
    }
