"""What `paindiary summary` adds from the fuller record: function, exposure and "Noticed in your diary".

The summary command computes the relief analysis and hands it here; this module reads the other
records, computes the ClinicSummary for the same moment and writes its JSON keys and text blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from paindiary.analysis.clinic_results import ClinicSummary, MedicinesSummary
from paindiary.clinic_records import Checkin, Impression, Vitals
from paindiary.domain import PainEntry, TreatmentSession

if TYPE_CHECKING:
    from paindiary.analysis.results import ReliefAnalysis

CLINIC_KEYS = ("function", "exposure", "noticed")  # the medicines key is written beside them
INDENT = "  "


class ClinicReader(Protocol):
    """The reads of the Diary facade the clinic part needs (names shared by every presenter)."""

    def entries(self) -> Sequence[PainEntry]: ...

    def sessions(self) -> Sequence[TreatmentSession]: ...

    def vitals(self) -> Sequence[Vitals]: ...

    def impressions(self) -> Sequence[Impression]: ...

    def checkins(self) -> Sequence[Checkin]: ...


def clinic_part(diary: ClinicReader, analysis: ReliefAnalysis, medicines: MedicinesSummary) -> ClinicSummary:
    """The clinic summary beside `analysis`, for the same moment."""
    from paindiary.analysis.clinic_summary import clinic_summary

    return clinic_summary(
        analysis,
        entries=diary.entries(),
        sessions=diary.sessions(),
        vitals=diary.vitals(),
        impressions=diary.impressions(),
        checkins=diary.checkins(),
        medicines=medicines,
        at=analysis.at,
    )


def clinic_json(clinic: ClinicSummary) -> dict[str, object]:
    """The top-level keys function, exposure and noticed of the summary document."""
    document = clinic.as_json()
    return {key: document[key] for key in CLINIC_KEYS}


def course_lines(clinic: ClinicSummary, course: int) -> list[str]:
    """The course's function, PGIC and blood-pressure lines, where recorded."""
    from paindiary.analysis.wording_function import function_lines

    found = next((item for item in clinic.function if item.course == course), None)
    return [] if found is None else function_lines(found)


def noticed_block(clinic: ClinicSummary) -> str | None:
    """The heading, one fact per line (the diary's own quality last) and the closing line."""
    from paindiary.analysis.noticed import noticed_closing, noticed_heading

    if not clinic.noticed:
        return None
    lines = [noticed_heading()]
    lines += [INDENT + fact.text for fact in clinic.noticed]
    lines.append(INDENT + noticed_closing())
    return "\n".join(lines)
