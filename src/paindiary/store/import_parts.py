"""What an import hands the diary a part at a time, and what it reports back; plain data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession


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


@dataclass(frozen=True, slots=True)
class ImportPart:
    """One part of a file read a part at a time: its entries, and (in the last part) everything else."""

    entries: Sequence[PainEntry] = ()
    sessions: Sequence[TreatmentSession] = ()
    settings: AnalysisSettings | None = None
    others: Sequence[Any] = ()
