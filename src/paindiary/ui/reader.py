"""DiaryReader: what views may do with the open diary themselves — read, never write.

Writes go through the DiaryAdapter, which tells every view what changed.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Protocol

from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from paindiary.medicine_records import CoTreatment, Intake, Medicine


class DiaryReader(Protocol):
    """The read half of store.Diary."""

    @property
    def path(self) -> Path: ...

    def get_entry(self, entry_id: uuid.UUID) -> PainEntry | None: ...

    def entries(self, start: date | None = None, end: date | None = None) -> list[PainEntry]: ...

    def entry_count(self) -> int: ...

    def date_span(self) -> tuple[date, date] | None: ...

    def get_session(self, session_id: uuid.UUID) -> TreatmentSession | None: ...

    def sessions(self) -> list[TreatmentSession]: ...

    def session_count(self) -> int: ...

    def is_empty(self) -> bool: ...

    def analysis_settings(self) -> AnalysisSettings: ...

    def relief_notice_due(self) -> bool: ...

    def medicines(self) -> list[Medicine]: ...

    def intakes(self) -> list[Intake]: ...

    def co_treatments(self) -> list[CoTreatment]: ...
