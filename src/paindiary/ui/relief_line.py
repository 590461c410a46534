"""What Today's relief line reads, kept current by `changed` instead of read again for every save.

Sessions and the analysis settings are read again only after they changed; the analysis is the
incremental one the adapter shares with the charts (analysis/incremental.py), so an entry saved
today assesses the latest course again, not every course. Kinds the line does not show (a
medicine, vitals) change nothing here. numpy and the analysis are imported on the first use,
after the window is up.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from paindiary.domain import AnalysisSettings, TreatmentSession
from paindiary.store.stored_settings import ANALYSIS_KEY
from paindiary.ui.adapter import ALL, ENTRIES, EXTERNAL, SESSIONS, SETTINGS, DiaryAdapter

if TYPE_CHECKING:
    from paindiary.analysis.results import NowLine

# The kinds of change that can move the relief line.
SHOWN_KINDS = frozenset({ENTRIES, SESSIONS, SETTINGS, ALL, EXTERNAL})


class ReliefLineData(QObject):
    """Sessions, settings and the Now line of the adapter's diary, read only as far as they changed."""

    def __init__(self, adapter: DiaryAdapter) -> None:
        super().__init__(adapter)
        self._adapter = adapter
        self._sessions: list[TreatmentSession] | None = None
        self._settings: AnalysisSettings | None = None
        adapter.changed.connect(self._on_changed)
        adapter.replaced.connect(self._forget)

    @staticmethod
    def moves_the_line(kind: str, ids: list[str]) -> bool:
        """Whether a change of `kind` can change the relief line."""
        return kind in SHOWN_KINDS and not (kind == SETTINGS and ids and ANALYSIS_KEY not in ids)

    def _on_changed(self, kind: str, ids: list[str]) -> None:
        if kind in (SESSIONS, ALL, EXTERNAL):
            self._sessions = None
        if kind in (ALL, EXTERNAL) or (kind == SETTINGS and self.moves_the_line(kind, ids)):
            self._settings = None

    def _forget(self) -> None:
        self._sessions = self._settings = None

    def sessions(self) -> list[TreatmentSession]:
        if self._sessions is None:
            self._sessions = self._adapter.reader.sessions()
        return self._sessions

    def settings(self) -> AnalysisSettings:
        if self._settings is None:
            self._settings = self._adapter.reader.analysis_settings()
        return self._settings

    def now_line(self, at: datetime) -> NowLine | None:
        """Today against the latest course as of `at` (relief_analysis(...).now)."""
        entries = self._adapter.entry_cache().entries()
        return self._adapter.relief().analysis(entries, self.sessions(), self.settings(), at).now
