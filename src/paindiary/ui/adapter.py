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
        if kind == ALL or (kind == ENTRIES and not ids):
            self.forget()
        elif kind == ENTRIES and self._entries is not None:
            self._changed.update(uuid.UUID(text) for text in ids)

    def entries(self) -> list[PainEntry]:
        """Every entry, with the changes since the last call read by id."""
        diary = self._adapter.diary
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


class DiaryAdapter(QObject):
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

    def entry_cache(self) -> EntryCache:
        """The one shared, lazily read copy of every entry (for views that analyse all of them)."""
        return self._entry_cache

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
