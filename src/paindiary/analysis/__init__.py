"""Pure analysis of the diary's numbers: daily series, courses, relief, doses, side effects.

No Qt, no SQL, no matplotlib: plain domain records in, frozen dataclasses out. Relief is
measured by `relief_analysis` (docs/relief-metrics.md); its results are in analysis.results.
"""

from paindiary.analysis.course_groups import Course, find_courses
from paindiary.analysis.daily import DailySeries, daily_pain
from paindiary.analysis.results import (
    Category,
    CensorReason,
    CourseRelief,
    DoseResponseGroup,
    DosingRun,
    NowLine,
    ReliefAnalysis,
    ReliefStatus,
    TypicalRelief,
)
from paindiary.analysis.side_effects import (
    SideEffectSummary,
    bladder_symptoms_recorded,
    recurring_side_effects,
    side_effect_summary,
)

__all__ = [
    "Category",
    "CensorReason",
    "Course",
    "CourseRelief",
    "DailySeries",
    "DoseResponseGroup",
    "DosingRun",
    "NowLine",
    "ReliefAnalysis",
    "ReliefStatus",
    "SideEffectSummary",
    "TypicalRelief",
    "bladder_symptoms_recorded",
    "daily_pain",
    "find_courses",
    "recurring_side_effects",
    "side_effect_summary",
]
