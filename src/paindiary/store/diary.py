"""Diary: the one facade through which the app, the command line and the tests read and write.

Each public method is one user action: one SQLAlchemy session, one transaction.
Everything returned is a plain domain record, never an ORM object.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, func, insert, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

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
from paindiary.store import convert, database, import_batch, readable, stored_settings
from paindiary.store.clinic import ClinicRecords
from paindiary.store.database import DiaryError, RecordNotFound
from paindiary.store.flat_records import FlatRecords
from paindiary.store.import_batch import ImportPart, ImportResult
from paindiary.store.schema import EntryRow, SessionRow, SettingRow, SideEffectRow
from paindiary.store.stored_settings import ANALYSIS_KEY, RELIEF_NOTICE_KEY


class DiaryWriteError(DiaryError):
    """A write that could not be completed (disk full, read-only file...); nothing was saved."""


def _write_failure(exc: SQLAlchemyError) -> DiaryWriteError:
    detail = str(getattr(exc, "orig", exc))
    if "full" in detail:
        reason = _("the disk is full")
    elif "readonly" in detail or "read-only" in detail:
        reason = _("the diary file is read-only")
    elif "locked" in detail:
        reason = _("the diary is busy in another program")
    elif "disk I/O error" in detail:
        reason = _("the diary file could not be written (a disk error or a file size limit)")
    else:
        reason = detail
    return DiaryWriteError(_("Nothing was saved: {reason}.").format(reason=reason))


class Diary(FlatRecords, ClinicRecords):
    """A patient's diary in one SQLite file."""

    def __init__(self, path: Path, engine: Engine, clock: Clock) -> None:
        self.path = path
        self._engine = engine
        self._clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Damaged rows reads had to leave out, by (table, rowid): the command line reports them.
        self._unreadable: dict[tuple[str, int], str] = {}
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
        revision = database.check_openable(db_path)
        is_new = database.prepare_file(db_path)
        engine = database.make_engine(db_path)
        try:
            if revision != database.head_revision():
                if revision is not None and not is_new and before_migration is not None:
                    before_migration(db_path)
                database.migrate(engine)
            else:
                engine.connect().close()  # a disk that refuses the pragmas says so now, not mid-read
        except SQLAlchemyError as exc:
            engine.dispose()
            message = _("{path} could not be opened: {detail}")
            raise DiaryError(message.format(path=db_path, detail=getattr(exc, "orig", exc))) from exc
        except DiaryError:
            engine.dispose()
            raise
        except Exception as exc:
            # A failing migration rolled back with its transaction (transactional DDL).
            engine.dispose()
            message = _("{path} could not be upgraded ({detail}); it was not changed.")
            raise DiaryError(message.format(path=db_path, detail=exc)) from exc
        except BaseException:
            engine.dispose()
            raise
        paths.tighten_permissions(db_path)
        return cls(db_path, engine, clock)

    @classmethod
    def _open_read_only(cls, db_path: Path, clock: Clock) -> Diary:
        if not db_path.is_file() or db_path.stat().st_size == 0:
            raise DiaryError(_("There is no diary at {path}.").format(path=db_path))
        if database.check_openable(db_path) != database.head_revision():
            raise DiaryError(
                _("{path} needs an upgrade, which cannot be made while it is read-only.").format(path=db_path)
            )
        return cls(db_path, database.make_engine(db_path, read_only=True), clock)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        """For the store's own maintenance code (backups, checks); callers use the methods."""
        return self._engine

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction; on any failure it rolls back and says so in plain words."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise _write_failure(exc) from exc

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as exc:
            raise DiaryError(_("The diary could not be read: {detail}").format(detail=exc.orig)) from exc

    # ------------------------------------------------------------ entries

    def add_entry(self, entry: PainEntry) -> PainEntry:
        now = self._clock()
        with self._write() as session:
            session.execute(insert(EntryRow), [convert.entry_values(entry, created=now, updated=now)])
        return replace(entry, created=now, updated=now)

    def update_entry(self, entry: PainEntry) -> PainEntry:
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
        with self._write() as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise RecordNotFound(_("This entry is no longer in the diary."))
            removed = convert.entry_from_row(row)
            session.delete(row)
        return removed

    def restore_entry(self, entry: PainEntry) -> PainEntry:
        """Put back a deleted entry with its original id and timestamps."""
        created = entry.created or self._clock()
        updated = entry.updated or created
        with self._write() as session:
            session.execute(insert(EntryRow), [convert.entry_values(entry, created=created, updated=updated)])
        return replace(entry, created=created, updated=updated)

    def get_entry(self, entry_id: uuid.UUID) -> PainEntry | None:
        with self._read() as session:
            row = session.get(EntryRow, entry_id)
            return convert.entry_from_row(row) if row else None

    def entries(self, start: date | None = None, end: date | None = None) -> list[PainEntry]:
        """Entries from `start` to `end` (calendar dates, both included), oldest first."""
        # Plain rows, not ORM objects: years of entries load several times faster.
        table = EntryRow.__table__
        query = select(table).order_by(table.c.at, table.c.created)
        if start is not None:
            query = query.where(table.c.at >= day_start(start))
        if end is not None:
            query = query.where(table.c.at < day_start(end + timedelta(days=1)))
        with self._read() as session:
            try:
                return [convert.entry_from_row(row) for row in session.execute(query)]
            except readable.UNREADABLE_ERRORS:
                query = self._without_unreadable(session, query, EntryRow)
            return [convert.entry_from_row(row) for row in session.execute(query)]

    def entry_count(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count()).select_from(EntryRow)) or 0

    def date_span(self) -> tuple[date, date] | None:
        """First and last dates with an entry."""
        try:
            with self._read() as session:
                first, last = session.execute(select(func.min(EntryRow.at), func.max(EntryRow.at))).one()
        except readable.UNREADABLE_ERRORS:
            readable_entries = self.entries()  # a damaged time sorts first or last: leave it out
            if not readable_entries:
                return None
            first, last = readable_entries[0].at, readable_entries[-1].at
        if first is None or last is None:
            return None
        return first.date(), last.date()

    # ------------------------------------------------------------ sessions

    def add_session(self, treatment: TreatmentSession) -> TreatmentSession:
        now = self._clock()
        with self._write() as session:
            import_batch.insert_session(session, treatment, created=now, updated=now)
        return self._stamped(treatment, now, now)

    def update_session(self, treatment: TreatmentSession) -> TreatmentSession:
        """Replace a session's fields and its side effects with the given ones."""
        with self._write() as session:
            import_batch.rewrite_session(session, treatment, self._clock())
        return self.get_session(treatment.id) or treatment

    def delete_session(self, session_id: uuid.UUID) -> TreatmentSession:
        """Delete a session with its side effects and return it exactly, for undo."""
        with self._write() as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise RecordNotFound(_("This session is no longer in the diary."))
            removed = convert.session_from_row(row, list(row.side_effects))
            self._keep_linked(session, session_id)  # its vitals and impressions, for undo
            session.delete(row)
        return removed

    def restore_session(self, treatment: TreatmentSession) -> TreatmentSession:
        created = treatment.created or self._clock()
        updated = treatment.updated or created
        with self._write() as session:
            import_batch.insert_session(session, treatment, created=created, updated=updated)
            self._put_back_linked(session, treatment.id)
        return self.get_session(treatment.id) or treatment

    def add_side_effect(self, session_id: uuid.UUID, effect: SideEffect) -> SideEffect:
        """Record a side effect for a past session (hours or days later is normal)."""
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
        with self._write() as session:
            row = session.get(SideEffectRow, effect_id)
            if row is None:
                raise RecordNotFound(_("This side effect is no longer in the diary."))
            removed = convert.side_effect_from_row(row)
            session.delete(row)
        return removed

    def get_session(self, session_id: uuid.UUID) -> TreatmentSession | None:
        with self._read() as session:
            row = session.get(SessionRow, session_id)
            return convert.session_from_row(row, list(row.side_effects)) if row else None

    def sessions(self) -> list[TreatmentSession]:
        """All sessions with their side effects, oldest first."""
        effect_query = select(SideEffectRow).order_by(SideEffectRow.created)
        session_query = select(SessionRow).order_by(SessionRow.at, SessionRow.created)
        with self._read() as session:
            for _attempt in range(2):
                try:
                    effects: dict[uuid.UUID, list[SideEffectRow]] = {}
                    for effect in session.scalars(effect_query):
                        effects.setdefault(effect.session_id, []).append(effect)
                    rows = session.scalars(session_query)
                    return [convert.session_from_row(row, effects.get(row.id, [])) for row in rows]
                except readable.UNREADABLE_ERRORS:
                    session.expunge_all()
                    effect_query = self._without_unreadable(session, effect_query, SideEffectRow)
                    session_query = self._without_unreadable(session, session_query, SessionRow)
            raise DiaryError(_("The diary's sessions could not be read."))

    def unreadable_rows(self) -> list[str]:
        """The damaged rows reads have left out so far, as `entries row 12: reason`."""
        return [f"{table} row {rowid}: {reason}" for (table, rowid), reason in self._unreadable.items()]

    def _without_unreadable(self, session: Session, query: Select[Any], row_class: Any) -> Select[Any]:
        return readable.without_unreadable(session, query, row_class.__tablename__, self._unreadable)

    def session_count(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count()).select_from(SessionRow)) or 0

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
        with self._read() as session:
            row = session.get(SettingRow, key)
            try:
                return json.loads(row.value) if row else default
            except ValueError:
                return default  # a damaged value: the default, as for a diary without one

    def set_preference(self, key: str, value: Any) -> None:
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
        now = self._clock()
        with self._write() as session:
            return import_batch.add_batch(session, entries, sessions, settings, now=now, others=others)

    def import_parts(self, parts: Iterable[ImportPart]) -> ImportResult:
        """Add a file read a part at a time, all-or-nothing in one transaction, as `import_records`.

        Each part's entries are written as the part arrives; an error raised by the reader while
        it reads the next part (a bad row, a cancel) rolls everything back.
        """
        now = self._clock()
        with self._write() as session:
            return import_batch.add_parts(session, parts, now=now)
