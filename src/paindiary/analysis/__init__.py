"""Pure analysis of the diary's numbers: daily series, courses, relief, doses, side effects.

No Qt, no SQL, no matplotlib: plain domain records in, frozen dataclasses out.
"""

from paindiary.analysis.courses import Course, find_courses
from paindiary.analysis.daily import DailySeries, daily_pain
from paindiary.analysis.dose_response import DosePoint, DoseResponse, dose_response
from paindiary.analysis.now import NowStatus, now_status
from paindiary.analysis.relief import (
    Category,
    CourseRelief,
    ReliefStatus,
    SummaryDocument,
    ThresholdRelief,
    relief_summary,
    summary_document,
)
from paindiary.analysis.side_effects import (
    SideEffectSummary,
    bladder_symptoms_recorded,
    recurring_side_effects,
    side_effect_summary,
)

__all__ = [
    "Category",
    "Course",
    "CourseRelief",
    "DailySeries",
    "DosePoint",
    "DoseResponse",
    "NowStatus",
    "ReliefStatus",
    "SideEffectSummary",
    "SummaryDocument",
    "ThresholdRelief",
    "bladder_symptoms_recorded",
    "daily_pain",
    "dose_response",
    "find_courses",
    "now_status",
    "recurring_side_effects",
    "relief_summary",
    "side_effect_summary",
    "summary_document",
]
