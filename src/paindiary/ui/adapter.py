"""DiaryAdapter: the Qt face of the Diary. It makes every write and owns the diary's lifecycle.

After each successful write — a record, a setting, an import, an erase, a restore — it
emits `changed(kind, ids)` itself, so every view updates only what changed instead of
reloading the whole diary. Views read through `reader`, which has no write methods.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from paindiary.clock import Clock, local_now
from paindiary.domain import AnalysisSettings, PainEntry, SideEffect, TreatmentSession
from paindiary.store import Diary, ImportResult, backup
from paindiary.ui.clinic_adapter import ClinicWrites
from paindiary.ui.medicine_writes import MedicineWrites
from paindiary.ui.reader import DiaryReader

if TYPE_CHECKING:  # imported when first used: the formats, erase and appointment weigh on start-up
    from paindiary.analysis.incremental import IncrementalRelief
    from paindiary.appointment.inputs import Question
    from paindiary.formats.imported import ImportPlan
    from paindiary.formats.importing import PlanCheck
    from paindiary.store.erase import CopiesResult

# Kinds carried by `changed`.
ENTRIES = "entries"
SESSIONS = "sessions"
SETTINGS = "settings"
QUESTIONS = "questions"  # the patient's own questions for the appointment
ALL = "all"  # an import, an erase, a restore: views reload once
EXTERNAL = "external"  # another process wrote to the file (ui/external_changes.py): views re-read
# The diary preference that holds the usual body weight (kg), filled in for new sessions.
DEFAULT_WEIGHT_KEY = "default_weight_kg"


class EntryCache(QObject):
    """All entries of the adapter's diary, read when first asked and then kept current by id.

    The views that analyse the whole diary (Sessions, Charts) share this one copy: a save
    costs one small query instead of a reload, and the entries are held in memory once.
    """

    def __init__(self, adapter: DiaryAdapter) -> None:
        super().__init__(adapter)
        self._adapter = adapter
        self._entries: dict[uuid.UUID, PainEntry] | None = None
        self._changed: set[uuid.UUID] = set()
        adapter.changed.connect(self._on_changed)
        adapter.replaced.connect(self.forget)

    def forget(self) -> None:
        """Read everything again next time (an import, a restore)."""
        self._entries = None
        self._changed.clear()

    def _on_changed(self, kind: str, ids: list[str]) -> None:
        if kind in (ALL, EXTERNAL) or (kind == ENTRIES and not ids):
            self.forget()
        elif kind == ENTRIES and self._entries is not None:
            self._changed.update(uuid.UUID(text) for text in ids)

    def entries(self) -> list[PainEntry]:
        """Every entry, with the changes since the last call read by id."""
        diary = self._adapter.reader
        if self._entries is None:
            self._entries = {entry.id: entry for entry in diary.entries()}
            self._changed.clear()
        for entry_id in self._changed:
            entry = diary.get_entry(entry_id)
            if entry is None:
                self._entries.pop(entry_id, None)
            else:
                self._entries[entry_id] = entry
        self._changed.clear()
        return list(self._entries.values())


class DiaryAdapter(MedicineWrites, QObject, ClinicWrites):  # the other records' writes are mixed in
    """Wraps one open Diary; every write goes through here so that views hear of it."""

    # kind (ENTRIES, SESSIONS, SETTINGS, ALL), ids (str UUIDs) of the records touched
    changed = Signal(str, list)
    # emitted when a different diary file replaces this one (restore, demo)
    replaced = Signal()

    def __init__(self, diary: Diary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._diary = diary
        # Made here, before any view connects to `changed`, so that it hears of a change
        # before the views that read it do. It reads nothing until first asked.
        self._entry_cache = EntryCache(self)
        self._relief: IncrementalRelief | None = None  # made when first asked (relief)
        from paindiary.ui.external_changes import ExternalChangeWatcher

        self.external = ExternalChangeWatcher(diary.path, lambda: self.changed.emit(EXTERNAL, []), self)
        self.changed.connect(self._after_change)

    def _after_change(self, kind: str, _ids: list[str]) -> None:
        if kind != EXTERNAL:
            self.external.our_own_write()  # announced already: not news to the watcher

    def entry_cache(self) -> EntryCache:
        """The one shared, lazily read copy of every entry (for views that analyse all of them)."""
        return self._entry_cache

    def relief(self) -> IncrementalRelief:
        """The one incremental relief analysis the views share: earlier courses are assessed once.

        Today's relief line and the charts ask with the same entries; kept apart, each assessed
        every earlier course again and held its own copy of the result.
        """
        if self._relief is None:
            from paindiary.analysis.incremental import IncrementalRelief  # numpy: after the first paint

            self._relief = IncrementalRelief()
        return self._relief

    @property
    def reader(self) -> DiaryReader:
        """The open diary, for reads (entries, sessions, settings...)."""
        return self._diary

    @property
    def path(self) -> Path:
        return self._diary.path

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the diary in use (after a restore, not the one the app opened)."""
        self.external.stop()
        self._diary.close()

    def restore_backup(self, backup_path: Path, clock: Clock = local_now) -> backup.RestoreResult:
        """Put a backup in place of the diary (the diary is backed up first), then reopen it.

        Raises DiaryError or OSError when it could not be restored; the diary in use stays open.
        """
        result = backup.restore_backup(self.path, backup_path, clock)
        self._replace(Diary.open(self.path, clock=clock, before_migration=backup.backup_before_migration))
        return result

    def mark_relief_notice_shown(self) -> None:
        """Remember that the notice about the updated relief rules was shown (no view shows this)."""
        self._diary.relief_notice_shown()

    def erase_all(self, *, with_backups: bool, clock: Clock = local_now) -> CopiesResult:
        """Delete every record, after one more backup — or with all backups and other copies.

        Returns the copies of the diary removed and those left (damaged ones set aside,
        temporary copies of a restore that never finished, and backups when `with_backups`).
        """
        from paindiary.store.erase import erase_all_data, remove_copies  # when first used: rarely

        if not with_backups:
            backup.backup_before(self.path, backup.ERASE, clock)
        erase_all_data(self.path)
        self.external.watch(self.path)
        self.changed.emit(ALL, [])
        return remove_copies(self.path, backups=with_backups)

    def _replace(self, diary: Diary) -> None:
        """Switch to another diary object for the same file; views reload."""
        old, self._diary = self._diary, diary
        if old is not diary:
            old.close()
        self.external.watch(diary.path)
        self.replaced.emit()
        self.changed.emit(ALL, [])

    # ------------------------------------------------------------ entries

    def add_entry(self, entry: PainEntry) -> PainEntry:
        saved = self._diary.add_entry(entry)
        self.changed.emit(ENTRIES, [str(saved.id)])
        return saved

    def update_entry(self, entry: PainEntry) -> PainEntry:
        saved = self._diary.update_entry(entry)
        self.changed.emit(ENTRIES, [str(saved.id)])
        return saved

    def delete_entry(self, entry_id: uuid.UUID) -> PainEntry:
        removed = self._diary.delete_entry(entry_id)
        self.changed.emit(ENTRIES, [str(entry_id)])
        return removed

    def restore_entry(self, entry: PainEntry) -> PainEntry:
        restored = self._diary.restore_entry(entry)
        self.changed.emit(ENTRIES, [str(restored.id)])
        return restored

    # ------------------------------------------------------------ sessions

    def add_session(self, treatment: TreatmentSession) -> TreatmentSession:
        saved = self._diary.add_session(treatment)
        self.changed.emit(SESSIONS, [str(saved.id)])
        return saved

    def update_session(self, treatment: TreatmentSession) -> TreatmentSession:
        saved = self._diary.update_session(treatment)
        self.changed.emit(SESSIONS, [str(saved.id)])
        return saved

    def delete_session(self, session_id: uuid.UUID) -> TreatmentSession:
        removed = self._diary.delete_session(session_id)
        self.changed.emit(SESSIONS, [str(session_id)])
        return removed

    def restore_session(self, treatment: TreatmentSession) -> TreatmentSession:
        restored = self._diary.restore_session(treatment)
        self.changed.emit(SESSIONS, [str(restored.id)])
        return restored

    def add_side_effect(self, session_id: uuid.UUID, effect: SideEffect) -> SideEffect:
        saved = self._diary.add_side_effect(session_id, effect)
        self.changed.emit(SESSIONS, [str(session_id)])
        return saved

    # ------------------------------------------------------------ settings and batches

    def set_analysis_settings(self, settings: AnalysisSettings) -> None:
        self._diary.set_analysis_settings(settings)
        self.changed.emit(SETTINGS, [])

    def default_weight_kg(self) -> float | None:
        """The usual body weight kept in the diary (None: not set, or unusable)."""
        stored = self._diary.preference(DEFAULT_WEIGHT_KEY)
        usable = isinstance(stored, int | float) and not isinstance(stored, bool) and stored > 0
        return float(stored) if usable else None

    def set_default_weight_kg(self, weight: float | None) -> None:
        self._diary.set_preference(DEFAULT_WEIGHT_KEY, weight)
        self.changed.emit(SETTINGS, [DEFAULT_WEIGHT_KEY])

    def questions(self) -> tuple[Question, ...]:
        """The patient's own list of questions for the appointment."""
        from paindiary.appointment.questions import read_questions

        return read_questions(self._diary)

    def set_questions(self, questions: Sequence[Question]) -> None:
        """Replace the list of questions in one write."""
        from paindiary.appointment.questions import write_questions

        write_questions(self._diary, questions)
        self.changed.emit(QUESTIONS, [])

    def import_records(
        self,
        entries: Sequence[PainEntry],
        sessions: Sequence[TreatmentSession],
        settings: AnalysisSettings | None = None,
        others: Sequence[Any] = (),
    ) -> ImportResult:
        result = self._diary.import_records(entries, sessions, settings, others=others)
        if result.added_anything:
            self.changed.emit(ALL, [])
        return result

    def check_import(self, plan: ImportPlan) -> PlanCheck:
        """What importing `plan` would add, skip, or clash with, compared with the diary."""
        from paindiary.formats.importing import check_plan

        return check_plan(self._diary, plan)

    def import_plan(self, plan: ImportPlan) -> ImportResult:
        """Back up, then write `plan` in one transaction; a failure changes nothing."""
        from paindiary.formats.importing import apply_plan

        return apply_plan(self._diary, plan, write=self.import_records)

    def export(self, path: Path, key: str | None = None) -> str:
        """Write the whole diary to `path` (format by `key` or the file name); what was written."""
        from paindiary.formats import registry

        return registry.export_diary(self._diary, path, key)
