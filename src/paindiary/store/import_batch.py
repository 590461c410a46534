"""Writing records in bulk: a whole imported file, all or nothing, inside one transaction.

The Diary facade opens the transaction (Diary.import_records, or Diary.import_parts for a file
read a part at a time); this module decides, record by record, what is new, what is already
there and what clashes. Entries go through store/import_entries.py a batch at a time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession, ValidationError
from paindiary.i18n import _
from paindiary.store import clinic_settings, convert, flat_convert, import_flat, stored_settings
from paindiary.store.errors import RecordNotFound
from paindiary.store.import_entries import EntryWriter, existing_rows, repeated_id
from paindiary.store.import_parts import ImportPart, ImportResult
from paindiary.store.schema import SessionRow, SideEffectRow


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


def add_parts(session: Session, parts: Iterable[ImportPart], *, now: datetime) -> ImportResult:
    """Add a file read a part at a time: each part's entries as it comes, the rest after the last part.

    Sessions, other records and settings are few and refer to each other (a side effect to its
    session, an intake to its medicine), so they are checked and written together at the end.
    """
    writer = EntryWriter(session, now)
    sessions: list[TreatmentSession] = []
    others: list[Any] = []
    settings: AnalysisSettings | None = None
    for part in parts:
        writer.write(part.entries)
        sessions.extend(part.sessions)
        others.extend(part.others)
        settings = part.settings if part.settings is not None else settings
    return add_batch(session, (), sessions, settings, now=now, others=others, writer=writer)


def add_batch(
    session: Session,
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings | None,
    *,
    now: datetime,
    others: Sequence[Any] = (),
    writer: EntryWriter | None = None,
) -> ImportResult:
    """Add what is new in the batch; raise ValidationError (nothing written) on any clash."""
    _reject_repeated_ids("sessions", [treatment.id for treatment in sessions])
    _reject_repeated_ids("side_effects", [e.id for treatment in sessions for e in treatment.side_effects])
    writer = writer or EntryWriter(session, now)
    writer.write(entries)
    new_sessions: list[TreatmentSession] = []
    skipped_sessions = 0
    existing_sessions = existing_rows(session, SessionRow, [treatment.id for treatment in sessions])
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
    clashing = existing_rows(session, SideEffectRow, effect_ids)
    if clashing:
        message = _("id {id} is already in the diary").format(id=next(iter(clashing)))
        raise ValidationError("side_effects", message)
    in_file = {treatment.id for treatment in sessions}
    new_others, skipped_others = import_flat.new_flat_records(session, others, in_file)
    _insert_sessions(session, new_sessions, now)
    # Consecutive records of one kind in one executemany; the order (parents first) is kept.
    for _kind, group in groupby(new_others, key=type):
        flat_convert.insert_records(session, list(group), now=now)
    profile_changed = clinic_settings.import_profile(session, others)
    settings_changed = settings is not None and settings != stored_settings.analysis_settings_in(session)
    if settings is not None and settings_changed:
        stored_settings.write_analysis_settings(session, settings)
    return ImportResult(
        added_entries=writer.added,
        added_sessions=len(new_sessions),
        added_side_effects=len(effect_ids),
        skipped_entries=writer.skipped,
        skipped_sessions=skipped_sessions,
        settings_changed=settings_changed,
        added_other=len(new_others) + int(profile_changed),
        skipped_other=skipped_others,
    )


def _insert_sessions(session: Session, sessions: Sequence[TreatmentSession], now: datetime) -> None:
    """Every new session in one executemany, then every side effect of theirs in another."""
    if not sessions:
        return
    rows: list[dict[str, Any]] = []
    effects: list[dict[str, Any]] = []
    for treatment in sessions:
        created = treatment.created or now
        rows.append(convert.session_values(treatment, created=created, updated=treatment.updated or created))
        effects.extend(
            convert.side_effect_values(effect, treatment.id, created=effect.created or created)
            for effect in treatment.side_effects
        )
    session.execute(insert(SessionRow), rows)
    if effects:
        session.execute(insert(SideEffectRow), effects)


def _reject_repeated_ids(kind: str, ids: list[uuid.UUID]) -> None:
    seen: set[uuid.UUID] = set()
    for index, record_id in enumerate(ids):
        if record_id in seen:
            raise repeated_id(kind, index, record_id)
        seen.add(record_id)
