"""The Diary's reads and writes of vitals, impressions (PGIC), check-ins and the profile.

Each write is one transaction. A session's vitals and impressions go with the session when it
is deleted (the database cascades) and come back with its undo: `delete_session` keeps them
beside the removed session and `restore_session` puts them back (store/diary.py calls the two
hooks below).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from paindiary.clinic_records import Checkin, Impression, Profile, Vitals
from paindiary.clock import Clock
from paindiary.domain import TreatmentSession
from paindiary.i18n import _
from paindiary.store import clinic_settings, plain_reads
from paindiary.store.columns import stored_uuid
from paindiary.store.errors import RecordNotFound
from paindiary.store.flat_tables import Record, record_from, tables

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session


def linked_records(session: Session, session_id: uuid.UUID) -> list[Vitals | Impression]:
    """A session's vitals and impressions, read inside a transaction."""
    from sqlalchemy import select

    from paindiary.store.schema import ImpressionRow, VitalsRow

    readings = session.scalars(select(VitalsRow).where(VitalsRow.session_id == session_id))
    answers = session.scalars(select(ImpressionRow).where(ImpressionRow.session_id == session_id))
    return [
        *(record_from(Vitals, tables()[Vitals], row) for row in readings),
        *(record_from(Impression, tables()[Impression], row) for row in answers),
    ]


class ClinicRecords:
    """Vitals, impressions, check-ins and the profile (mixed into Diary beside FlatRecords)."""

    _clock: Clock
    # What the last deletes of sessions took with them, by session id, for their undo.
    _gone_with_session: dict[uuid.UUID, list[Vitals | Impression]]

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Session]: ...

        def _plain(self) -> AbstractContextManager[sqlite3.Connection]: ...

        def _add(self, record: Record) -> Record: ...

        def _update(self, record: Record) -> Record: ...

        def _delete(self, kind: type[Record], record_id: uuid.UUID) -> Record: ...

        def _restore(self, records: Sequence[Any]) -> None: ...

        def _list(
            self, kind: type[Record], where: str = "", params: Sequence[object] = ()
        ) -> list[Record]: ...

    # ------------------------------------------------------------ hooks of sessions

    def _keep_linked(self, session: Session, session_id: uuid.UUID) -> None:
        """Before a session is deleted: remember its vitals and impressions for its undo."""
        self._gone_with_session[session_id] = linked_records(session, session_id)

    def _put_back_linked(self, session: Session, session_id: uuid.UUID) -> None:
        """While a deleted session is restored: put back what went with it."""
        from paindiary.store.flat_convert import insert_records

        kept = self._gone_with_session.pop(session_id, [])
        for record in kept:
            insert_records(session, [record], now=self._clock())

    # ------------------------------------------------------------ vitals

    def vitals(self) -> list[Vitals]:
        """Every reading, session and home, oldest first."""
        return self._list(Vitals)

    def add_vitals(self, vitals: Vitals) -> Vitals:
        from paindiary.store.flat_convert import insert_records

        now = self._clock()
        with self._write() as session:
            _check_session(session, vitals.session)
            insert_records(session, [vitals], now=now)
        return replace(vitals, created=now, updated=now)

    def update_vitals(self, vitals: Vitals) -> Vitals:
        return self._update(vitals)

    def delete_vitals(self, vitals_id: uuid.UUID) -> Vitals:
        return self._delete(Vitals, vitals_id)

    def restore_vitals(self, vitals: Vitals) -> Vitals:
        self._restore([vitals])
        return vitals

    def save_session_with_vitals(
        self, treatment: TreatmentSession, vitals: Sequence[Vitals], *, new: bool
    ) -> list[Vitals]:
        """Save a session and its readings in one transaction: they replace the ones it had.

        With `new` the session is added, else its fields and side effects are replaced (as
        Diary.update_session does) in the same transaction (the session dialog).
        Returns the readings it had before, so that undo can put them back.
        """
        from sqlalchemy import delete

        from paindiary.store import import_batch
        from paindiary.store.flat_convert import insert_records
        from paindiary.store.schema import VitalsRow

        now = self._clock()
        with self._write() as session:
            if new:
                import_batch.insert_session(session, treatment, created=now, updated=now)
            else:
                import_batch.rewrite_session(session, treatment, now)
            linked = linked_records(session, treatment.id)
            before = [record for record in linked if isinstance(record, Vitals)]
            session.execute(delete(VitalsRow).where(VitalsRow.session_id == treatment.id))
            insert_records(session, [replace(item, session=treatment.id) for item in vitals], now=now)
        return before

    def session_vitals(self, session_id: uuid.UUID) -> list[Vitals]:
        return self._list(Vitals, '"session_id" = ?', [stored_uuid(session_id)])

    # ------------------------------------------------------------ impressions

    def impressions(self) -> list[Impression]:
        """Every PGIC answer, oldest first."""
        return self._list(Impression)

    def add_impression(self, impression: Impression) -> Impression:
        from paindiary.store.flat_convert import insert_records

        now = self._clock()
        with self._write() as session:
            _check_session(session, impression.session)
            insert_records(session, [impression], now=now)
        return replace(impression, created=now, updated=now)

    def update_impression(self, impression: Impression) -> Impression:
        return self._update(impression)

    def delete_impression(self, impression_id: uuid.UUID) -> Impression:
        return self._delete(Impression, impression_id)

    def restore_impression(self, impression: Impression) -> Impression:
        self._restore([impression])
        return impression

    # ------------------------------------------------------------ check-ins

    def checkins(self) -> list[Checkin]:
        """Every bladder check-in, oldest first."""
        return self._list(Checkin)

    def add_checkin(self, checkin: Checkin) -> Checkin:
        return self._add(checkin)

    def update_checkin(self, checkin: Checkin) -> Checkin:
        return self._update(checkin)

    def delete_checkin(self, checkin_id: uuid.UUID) -> Checkin:
        return self._delete(Checkin, checkin_id)

    def restore_checkin(self, checkin: Checkin) -> Checkin:
        self._restore([checkin])
        return checkin

    # ------------------------------------------------------------ profile

    def profile(self) -> Profile:
        """The patient's profile (empty when none was entered)."""
        with self._plain() as connection:
            return clinic_settings.profile_from_stored(
                plain_reads.setting(connection, clinic_settings.PROFILE_KEY)
            )

    def set_profile(self, profile: Profile) -> Profile:
        """Replace the profile; returns the one it replaces, for undo."""
        with self._write() as session:
            before = clinic_settings.profile_in(session)
            clinic_settings.write_profile(session, profile)
        return before


def _check_session(session: Session, session_id: uuid.UUID | None) -> None:
    from paindiary.store.schema import SessionRow

    if session_id is not None and session.get(SessionRow, session_id) is None:
        raise RecordNotFound(_("This session is no longer in the diary."))
