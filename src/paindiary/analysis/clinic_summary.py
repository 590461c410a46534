"""Everything the other records add to the relief analysis, in one call for one moment.

`clinic_summary` joins the medicines summary (computed by its own module and passed in), the
function summary, cumulative exposure and the "Noticed in your diary" facts into the
ClinicSummary that the command line, the Appointment page and the report read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from paindiary.analysis.clinic_results import ClinicSummary, MedicinesSummary
from paindiary.analysis.exposure import exposure
from paindiary.analysis.function_summary import function_summary
from paindiary.analysis.noticed import noticed
from paindiary.analysis.results import ReliefAnalysis
from paindiary.clinic_records import Checkin, Impression, Vitals
from paindiary.domain import PainEntry, TreatmentSession


def clinic_summary(
    analysis: ReliefAnalysis,
    *,
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    vitals: Sequence[Vitals],
    impressions: Sequence[Impression],
    checkins: Sequence[Checkin],
    medicines: MedicinesSummary,
    at: datetime,
) -> ClinicSummary:
    """The clinic summary beside `analysis`, which must have been computed for the same `at`.

    `sessions` are the diary's sessions as given to the analysis: only the done ones it grouped
    into courses take part, so a planned session changes nothing here until it is done.
    """
    if analysis.at != at:
        raise ValueError("the analysis and the clinic summary must describe the same moment")
    del sessions  # the analysis's courses hold exactly the done sessions up to `at`
    return ClinicSummary(
        medicines=medicines,
        function=function_summary(analysis, entries=entries, vitals=vitals, impressions=impressions),
        exposure=exposure(analysis),
        noticed=noticed(analysis, entries=entries, vitals=vitals, checkins=checkins),
    )
