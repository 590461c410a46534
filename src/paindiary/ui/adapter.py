"""DiaryAdapter: the Qt face of the Diary. Views write through it and listen to `changed`.

After each successful write it emits `changed(kind, ids)`, so every view updates only
what changed instead of reloading the whole diary. Reads pass straight through.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from paindiary.domain import AnalysisSettings, PainEntry, SideEffect, TreatmentSession
from paindiary.store import Diary, ImportResult

# Kinds carried by `changed`.
ENTRIES = "entries"
SESSIONS = "sessions"
SETTINGS = "settings"
ALL = "all"  # an import, a restore: views reload once


class DiaryAdapter(QObject):
    """Wraps one open Diary; every write goes through here so that views hear of it."""

    # kind (ENTRIES, SESSIONS, SETTINGS, ALL), ids (str UUIDs) of the records touched
    changed = Signal(str, list)
    # emitted when a different diary file replaces this one (restore, demo)
    replaced = Signal()

    def __init__(self, diary: Diary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._diary = diary

    @property
    def diary(self) -> Diary:
        """The wrapped diary, for reads (entries, sessions, settings...)."""
        return self._diary

    def replace_diary(self, diary: Diary) -> None:
        """Switch to another diary file (after a restore); views reload."""
        old, self._diary = self._diary, diary
        if old is not diary:
            old.close()
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

    def set_preference(self, key: str, value: object) -> None:
        self._diary.set_preference(key, value)
        self.changed.emit(SETTINGS, [key])

    def import_records(
        self,
        entries: Sequence[PainEntry],
        sessions: Sequence[TreatmentSession],
        settings: AnalysisSettings | None = None,
    ) -> ImportResult:
        result = self._diary.import_records(entries, sessions, settings)
        if result.added_entries or result.added_sessions or result.settings_changed:
            self.changed.emit(ALL, [])
        return result
