"""Writing records in bulk: a whole imported file at once, all or nothing, inside one transaction.

The Diary facade opens the transaction (Diary.import_records); this module decides, record by
record, what is new, what is already there and what clashes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession, ValidationError
from paindiary.i18n import _
from paindiary.store import clinic_settings, convert, flat_convert, import_flat, stored_settings
from paindiary.store.database import RecordNotFound
from paindiary.store.schema import EntryRow, SessionRow, SideEffectRow


@dataclass(frozen=True, slots=True)
class ImportResult:
    added_entries: int = 0
    added_sessions: int = 0
    added_side_effects: int = 0
    skipped_entries: int = 0
    skipped_sessions: int = 0
    settings_changed: bool = False
    added_other: int = 0  # medicines, intakes and co-treatments
    skipped_other: int = 0

    @property
    def added_anything(self) -> bool:
        return bool(self.added_entries or self.added_sessions or self.added_other or self.settings_changed)


def insert_session(
    session: Session, treatment: TreatmentSession, *, created: datetime, updated: datetime
) -> None:
    """Insert a session row and its side effects' rows (one session, or one of a batch)."""
    session.execute(insert(SessionRow), [convert.session_values(treatment, created=created, updated=updated)])
    effects = [
        convert.side_effect_values(effect, treatment.id, created=effect.created or created)
        for effect in treatment.side_effects
    ]
    if effects:
        session.execute(insert(SideEffectRow), effects)


def rewrite_session(session: Session, treatment: TreatmentSession, now: datetime) -> None:
    """Replace a stored session's fields and side effects (their created stamps kept), in one transaction."""
    row = session.get(SessionRow, treatment.id)
    if row is None:
        raise RecordNotFound(_("This session is no longer in the diary."))
    for key, value in convert.session_values(treatment, created=row.created, updated=now).items():
        setattr(row, key, value)
    kept_created = {effect.id: effect.created for effect in row.side_effects}
    session.execute(delete(SideEffectRow).where(SideEffectRow.session_id == treatment.id))
    effects = [
        convert.side_effect_values(
            effect, treatment.id, created=kept_created.get(effect.id) or effect.created or now
        )
        for effect in treatment.side_effects
    ]
    if effects:
        session.execute(insert(SideEffectRow), effects)


def add_batch(
    session: Session,
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings | None,
    *,
    now: datetime,
    others: Sequence[Any] = (),
) -> ImportResult:
    """Add what is new in the batch; raise ValidationError (nothing written) on any clash."""
    _reject_repeated_ids("entries", [entry.id for entry in entries])
    _reject_repeated_ids("sessions", [treatment.id for treatment in sessions])
    _reject_repeated_ids("side_effects", [e.id for treatment in sessions for e in treatment.side_effects])
    new_entries: list[dict[str, Any]] = []
    new_sessions: list[TreatmentSession] = []
    skipped_entries = skipped_sessions = 0
    existing_entries = _existing(session, EntryRow, [entry.id for entry in entries])
    for index, entry in enumerate(entries):
        present = existing_entries.get(entry.id)
        if present is None:
            created = entry.created or now
            new_entries.append(convert.entry_values(entry, created=created, updated=entry.updated or created))
            continue
        if not convert.entry_from_row(present).same_content(entry):
            raise ValidationError(
                f"entries[{index}]",
                _("id {id} is already in the diary with other values").format(id=entry.id),
            )
        skipped_entries += 1
    existing_sessions = _existing(session, SessionRow, [treatment.id for treatment in sessions])
    for index, treatment in enumerate(sessions):
        present_session = existing_sessions.get(treatment.id)
        if present_session is None:
            new_sessions.append(treatment)
            continue
        current = convert.session_from_row(present_session, list(present_session.side_effects))
        if not current.same_content(treatment):
            raise ValidationError(
                f"sessions[{index}]",
                _("id {id} is already in the diary with other values").format(id=treatment.id),
            )
        skipped_sessions += 1
    effect_ids = [effect.id for treatment in new_sessions for effect in treatment.side_effects]
    clashing = _existing(session, SideEffectRow, effect_ids)
    if clashing:
        message = _("id {id} is already in the diary").format(id=next(iter(clashing)))
        raise ValidationError("side_effects", message)
    in_file = {treatment.id for treatment in sessions}
    new_others, skipped_others = import_flat.new_flat_records(session, others, in_file)
    if new_entries:
        session.execute(insert(EntryRow), new_entries)
    for treatment in new_sessions:
        created = treatment.created or now
        insert_session(session, treatment, created=created, updated=treatment.updated or created)
    for record in new_others:
        flat_convert.insert_records(session, [record], now=now)
    profile_changed = clinic_settings.import_profile(session, others)
    settings_changed = settings is not None and settings != stored_settings.analysis_settings_in(session)
    if settings is not None and settings_changed:
        stored_settings.write_analysis_settings(session, settings)
    return ImportResult(
        added_entries=len(new_entries),
        added_sessions=len(new_sessions),
        added_side_effects=len(effect_ids),
        skipped_entries=skipped_entries,
        skipped_sessions=skipped_sessions,
        settings_changed=settings_changed,
        added_other=len(new_others) + int(profile_changed),
        skipped_other=skipped_others,
    )


def _existing(session: Session, table: Any, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    found: dict[uuid.UUID, Any] = {}
    # SQLite limits the number of bound parameters; ask in slices.
    for offset in range(0, len(ids), 500):
        chunk = ids[offset : offset + 500]
        for row in session.scalars(select(table).where(table.id.in_(chunk))):
            found[row.id] = row
    return found


def _reject_repeated_ids(kind: str, ids: list[uuid.UUID]) -> None:
    seen: set[uuid.UUID] = set()
    for index, record_id in enumerate(ids):
        if record_id in seen:
            message = _("{id} appears twice in the file").format(id=record_id)
            raise ValidationError(f"{kind}[{index}].id", message)
        seen.add(record_id)
