"""The settings the diary keeps in its `settings` table, by key, as JSON values."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from paindiary.domain import AnalysisSettings, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ANALYSIS_KEY = "analysis"
# "due" after the upgrade of a diary kept under Relief metrics v1 (migration 0002), "shown" after.
RELIEF_NOTICE_KEY = "relief_v2_notice"


def from_stored(stored: Any) -> AnalysisSettings:
    """Analysis settings from their stored JSON value.

    Settings written under Relief metrics v1 take every v2 default (docs/records.md,
    "Analysis settings"): the v1 values were chosen for rules that no longer apply.
    """
    values = stored if isinstance(stored, dict) else {}
    if AnalysisSettings.written_under_v1(values):
        return AnalysisSettings()
    try:
        return AnalysisSettings.from_dict(values)
    except ValidationError:
        # A hand-edited or half-understood value must not make the diary unusable.
        return AnalysisSettings()


def analysis_settings_in(session: Session) -> AnalysisSettings:
    """The analysis settings as stored, read inside a transaction that is writing."""
    from paindiary.store.schema import SettingRow

    row = session.get(SettingRow, ANALYSIS_KEY)
    return from_stored(json.loads(row.value) if row else {})


def write_analysis_settings(session: Session, settings: AnalysisSettings) -> None:
    from paindiary.store.schema import SettingRow

    session.merge(SettingRow(key=ANALYSIS_KEY, value=json.dumps(settings.as_dict())))
