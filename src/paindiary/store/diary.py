"""Diary: the one facade through which the app, the command line and the tests read and write.

Each public method is one user action. A write is one SQLAlchemy session, one transaction;
a read is one plain sqlite3 query (store/plain_reads.py). SQLAlchemy is imported inside the
write paths, not with this module: opening an up-to-date diary and reading it, all that a
start-up or a look at the charts does, never load it (most of the start-up time and a
quarter of the memory). Everything returned is a plain domain record, never an ORM object.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paindiary import paths
from paindiary.clock import Clock, local_now
from paindiary.domain import (
    AnalysisSettings,
    PainEntry,
    SideEffect,
    TreatmentSession,
    day_start,
)
from paindiary.i18n import _
from paindiary.store import convert, diary_file, plain_reads, stored_settings
from paindiary.store.clinic import ClinicRecords
from paindiary.store.columns import stored_datetime, stored_uuid
from paindiary.store.errors import DiaryError, RecordNotFound, write_failure
from paindiary.store.flat_records import FlatRecords
from paindiary.store.stored_settings import ANALYSIS_KEY, RELIEF_NOTICE_KEY

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from paindiary.store.import_parts import ImportPart, ImportResult


class Diary(FlatRecords, ClinicRecords):
    """A patient's diary in one SQLite file."""

    def __init__(
        self, path: Path, clock: Clock, *, read_only: bool = False, engine: Engine | None = None
    ) -> None:
        self.path = path
        self._clock = clock
        self._read_only = read_only
        self._engine = engine  # made on the first write (or maintenance), not before
        self._session_factory: sessionmaker[Session] | None = None
        # Damaged rows reads had to leave out, by (table, rowid): the command line reports them.
        self._unreadable: plain_reads.Unreadable = {}
        self._gone_with_session = {}  # store/clinic.py: what deleted sessions took with them

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        clock: Clock = local_now,
        before_migration: Callable[[Path], None] | None = None,
        read_only: bool = False,
    ) -> Diary:
        """Open (creating or upgrading) the diary at `path`; refuse damaged or newer files untouched.

        `read_only` opens an existing, up-to-date diary without writing anything (a read-only disk).
        """
        db_path = Path(path)
        if read_only:
            return cls._open_read_only(db_path, clock)
        revision = diary_file.check_openable(db_path)
        is_new = diary_file.prepare_file(db_path)
        engine = None
        if revision == diary_file.head_revision():
            try:  # a disk that refuses the pragmas says so now, not mid-read
                diary_file.check_writable(db_path)
            except sqlite3.Error as exc:
                message = _("{path} could not be opened: {detail}")
                raise DiaryError(message.format(path=db_path, detail=exc)) from exc
        else:
            if revision is not None and not is_new and before_migration is not None:
                before_migration(db_path)
            from paindiary.store import database

            engine = database.upgraded_engine(db_path)
        paths.tighten_permissions(db_path)
        return cls(db_path, clock, engine=engine)

    @classmethod
    def _open_read_only(cls, db_path: Path, clock: Clock) -> Diary:
        if not db_path.is_file() or db_path.stat().st_size == 0:
            raise DiaryError(_("There is no diary at {path}.").format(path=db_path))
        if diary_file.check_openable(db_path) != diary_file.head_revision():
            raise DiaryError(
                _("{path} needs an upgrade, which cannot be made while it is read-only.").format(path=db_path)
            )
        return cls(db_path, clock, read_only=True)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        """The engine that writes, made on first use; for the store's own maintenance code."""
        if self._engine is None:
            from paindiary.store import database

            self._engine = database.make_engine(self.path, read_only=self._read_only)
        return self._engine

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction; on any failure it rolls back and says so in plain words."""
        from sqlalchemy.exc import DBAPIError

        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
        try:
            with self._session_factory() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise write_failure(exc) from exc

    @contextmanager
    def _plain(self) -> Iterator[sqlite3.Connection]:
        """A connection for one read, closed after it: nothing stays open between user actions."""
        try:
            connection = diary_file.connect_for_reads(self.path, read_only=self._read_only)
            try:
                yield connection
            finally:
                connection.close()
        except sqlite3.Error as exc:
            raise DiaryError(_("The diary could not be read: {detail}").format(detail=exc)) from exc

    # ------------------------------------------------------------ entries

    def add_entry(self, entry: PainEntry) -> PainEntry:
        from sqlalchemy import insert

        from paindiary.store.schema import EntryRow

        now = self._clock()
        with self._write() as session:
            session.execute(insert(EntryRow), [convert.entry_values(entry, created=now, updated=now)])
        return replace(entry, created=now, updated=now)

    def update_entry(self, entry: PainEntry) -> PainEntry:
        from paindiary.store.schema import EntryRow

        now = self._clock()
        with self._write() as session:
            row = session.get(EntryRow, entry.id)
            if row is None:
                raise RecordNotFound(_("This entry is no longer in the diary."))
            created = row.created
            for key, value in convert.entry_values(entry, created=created, updated=now).items():
                setattr(row, key, value)
        return replace(entry, created=created, updated=now)

    def delete_entry(self, entry_id: uuid.UUID) -> PainEntry:
        """Delete an entry and return it exactly, so that undo can put it back."""
        from paindiary.store.schema import EntryRow

        with self._write() as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise RecordNotFound(_("This entry is no longer in the diary."))
            removed = convert.entry_from_row(row)
            session.delete(row)
        return removed

    def restore_entry(self, entry: PainEntry) -> PainEntry:
        """Put back a deleted entry with its original id and timestamps."""
        from sqlalchemy import insert

        from paindiary.store.schema import EntryRow

        created = entry.created or self._clock()
        updated = entry.updated or created
        with self._write() as session:
            session.execute(insert(EntryRow), [convert.entry_values(entry, created=created, updated=updated)])
        return replace(entry, created=created, updated=updated)

    def get_entry(self, entry_id: uuid.UUID) -> PainEntry | None:
        found = self._entries('"id" = ?', [stored_uuid(entry_id)])
        return found[0] if found else None

    def entries(self, start: date | None = None, end: date | None = None) -> list[PainEntry]:
        """Entries from `start` to `end` (calendar dates, both included), oldest first."""
        conditions: list[str] = []
        params: list[object] = []
        if start is not None:
            conditions.append('"at" >= ?')
            params.append(stored_datetime(day_start(start)))
        if end is not None:
            conditions.append('"at" < ?')
            params.append(stored_datetime(day_start(end + timedelta(days=1))))
        return self._entries(" AND ".join(conditions), params)

    def _entries(self, where: str, params: Sequence[object]) -> list[PainEntry]:
        with self._plain() as connection:
            return plain_reads.records(
                connection,
                "entries",
                convert.entry_from_row,
                self._unreadable,
                where=where,
                params=params,
                order=("at", "created"),
            )

    def entry_count(self) -> int:
        with self._plain() as connection:
            return plain_reads.count(connection, "entries")

    def date_span(self) -> tuple[date, date] | None:
        """First and last dates with an entry."""
        with self._plain() as connection:
            first, last = connection.execute('SELECT min("at"), max("at") FROM entries').fetchone()
        if first is None or last is None:
            return None
        try:
            return datetime.fromisoformat(first).date(), datetime.fromisoformat(last).date()
        except plain_reads.UNREADABLE_ERRORS:
            readable_entries = self.entries()  # a damaged time sorts first or last: leave it out
            if not readable_entries:
                return None
            return readable_entries[0].at.date(), readable_entries[-1].at.date()

    # ------------------------------------------------------------ sessions

    def add_session(self, treatment: TreatmentSession) -> TreatmentSession:
        from paindiary.store import import_batch

        now = self._clock()
        with self._write() as session:
            import_batch.insert_session(session, treatment, created=now, updated=now)
        return self._stamped(treatment, now, now)

    def update_session(self, treatment: TreatmentSession) -> TreatmentSession:
        """Replace a session's fields and its side effects with the given ones."""
        from paindiary.store import import_batch

        with self._write() as session:
            import_batch.rewrite_session(session, treatment, self._clock())
        return self.get_session(treatment.id) or treatment

    def delete_session(self, session_id: uuid.UUID) -> TreatmentSession:
        """Delete a session with its side effects and return it exactly, for undo."""
        from paindiary.store.schema import SessionRow

        with self._write() as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise RecordNotFound(_("This session is no longer in the diary."))
            removed = convert.session_from_row(row, list(row.side_effects))
            self._keep_linked(session, session_id)  # its vitals and impressions, for undo
            session.delete(row)
        return removed

    def restore_session(self, treatment: TreatmentSession) -> TreatmentSession:
        from paindiary.store import import_batch

        created = treatment.created or self._clock()
        updated = treatment.updated or created
        with self._write() as session:
            import_batch.insert_session(session, treatment, created=created, updated=updated)
            self._put_back_linked(session, treatment.id)
        return self.get_session(treatment.id) or treatment

    def add_side_effect(self, session_id: uuid.UUID, effect: SideEffect) -> SideEffect:
        """Record a side effect for a past session (hours or days later is normal)."""
        from sqlalchemy import insert

        from paindiary.store.schema import SessionRow, SideEffectRow

        now = self._clock()
        created = effect.created or now
        with self._write() as session:
            if session.get(SessionRow, session_id) is None:
                raise RecordNotFound(_("This session is no longer in the diary."))
            session.execute(
                insert(SideEffectRow), [convert.side_effect_values(effect, session_id, created=created)]
            )
        return replace(effect, created=created)

    def delete_side_effect(self, effect_id: uuid.UUID) -> SideEffect:
        from paindiary.store.schema import SideEffectRow

        with self._write() as session:
            row = session.get(SideEffectRow, effect_id)
            if row is None:
                raise RecordNotFound(_("This side effect is no longer in the diary."))
            removed = convert.side_effect_from_row(row)
            session.delete(row)
        return removed

    def get_session(self, session_id: uuid.UUID) -> TreatmentSession | None:
        found = self._sessions('"id" = ?', '"session_id" = ?', [stored_uuid(session_id)])
        return found[0] if found else None

    def sessions(self) -> list[TreatmentSession]:
        """All sessions with their side effects, oldest first."""
        return self._sessions("", "", [])

    def _sessions(self, where: str, effects_where: str, params: Sequence[object]) -> list[TreatmentSession]:
        effects: dict[uuid.UUID, list[SideEffect]] = {}
        with self._plain() as connection:
            for session_id, effect in plain_reads.records(
                connection,
                "side_effects",
                lambda row: (row.session_id, convert.side_effect_from_row(row)),
                self._unreadable,
                where=effects_where,
                params=params,
                order=("created",),
            ):
                effects.setdefault(session_id, []).append(effect)
            return plain_reads.records(
                connection,
                "sessions",
                lambda row: convert.session_from_parts(row, tuple(effects.get(row.id, ()))),
                self._unreadable,
                where=where,
                params=params,
                order=("at", "created"),
            )

    def unreadable_rows(self) -> list[str]:
        """The damaged rows reads have left out so far, as `entries row 12: reason`."""
        return [f"{table} row {rowid}: {reason}" for (table, rowid), reason in self._unreadable.items()]

    def session_count(self) -> int:
        with self._plain() as connection:
            return plain_reads.count(connection, "sessions")

    def is_empty(self) -> bool:
        return self.entry_count() == 0 and self.session_count() == 0

    @staticmethod
    def _stamped(treatment: TreatmentSession, created: datetime, updated: datetime) -> TreatmentSession:
        effects = tuple(
            replace(effect, created=effect.created or created) for effect in treatment.side_effects
        )
        return replace(treatment, created=created, updated=updated, side_effects=effects)

    # ------------------------------------------------------------ settings

    def analysis_settings(self) -> AnalysisSettings:
        """The stored analysis settings; those saved under Relief metrics v1 read as the v2 defaults."""
        return stored_settings.from_stored(self.preference(ANALYSIS_KEY, {}))

    def set_analysis_settings(self, settings: AnalysisSettings) -> None:
        self.set_preference(ANALYSIS_KEY, settings.as_dict())

    def relief_notice_due(self) -> bool:
        """True until the app has said once that this upgraded diary's relief uses the new rules."""
        return bool(self.preference(RELIEF_NOTICE_KEY) == "due")

    def relief_notice_shown(self) -> None:
        """Remember that the notice was shown, so that it never appears again."""
        self.set_preference(RELIEF_NOTICE_KEY, "shown")

    def preference(self, key: str, default: Any = None) -> Any:
        with self._plain() as connection:
            stored = plain_reads.setting(connection, key)
        try:
            return json.loads(stored) if stored is not None else default
        except ValueError:
            return default  # a damaged value: the default, as for a diary without one

    def set_preference(self, key: str, value: Any) -> None:
        from paindiary.store.schema import SettingRow

        with self._write() as session:
            session.merge(SettingRow(key=key, value=json.dumps(value, ensure_ascii=False)))

    # ------------------------------------------------------------ import

    def import_records(
        self,
        entries: Sequence[PainEntry],
        sessions: Sequence[TreatmentSession],
        settings: AnalysisSettings | None = None,
        others: Sequence[Any] = (),
    ) -> ImportResult:
        """Add a batch all-or-nothing; records already present with the same content are skipped.

        A record whose id is present with different content is an error naming it
        (`entries[3]`, `sessions[0]`), and nothing is written.
        """
        from paindiary.store import import_batch

        now = self._clock()
        with self._write() as session:
            return import_batch.add_batch(session, entries, sessions, settings, now=now, others=others)

    def import_parts(self, parts: Iterable[ImportPart]) -> ImportResult:
        """Add a file read a part at a time, all-or-nothing in one transaction, as `import_records`.

        Each part's entries are written as the part arrives; an error raised by the reader while
        it reads the next part (a bad row, a cancel) rolls everything back.
        """
        from paindiary.store import import_batch

        now = self._clock()
        with self._write() as session:
            return import_batch.add_parts(session, parts, now=now)
