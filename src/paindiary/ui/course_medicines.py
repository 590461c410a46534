"""Each course's medicines lines on the Sessions page: as-needed use before vs after, MME, co-treatments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from paindiary.domain import PainEntry
from paindiary.ui.reader import DiaryReader

if TYPE_CHECKING:  # the analysis loads when Sessions is first shown, not at start-up
    from paindiary.analysis.results import ReliefAnalysis

# Kinds of `changed` that alter these lines but not the relief analysis.
MEDICINE_KINDS = ("medicine", "intake", "co_treatment")


def medicine_lines(
    reader: DiaryReader, result: ReliefAnalysis, entries: Sequence[PainEntry]
) -> dict[int, list[str]]:
    """Course number → its sentences; empty when the diary has no medicines or co-treatments."""
    from paindiary.analysis.medicines_summary import medicines_summary
    from paindiary.analysis.wording_medicines import last_record_date, medicines_sentences

    medicines, intakes, co_treatments = reader.medicines(), reader.intakes(), reader.co_treatments()
    if not medicines and not co_treatments:
        return {}
    # Records after the analysis's moment (a planned session) do not lengthen a window.
    last = last_record_date(entries, reader.sessions(), intakes, co_treatments, up_to=result.at.date())
    summary = medicines_summary(result, medicines, intakes, co_treatments, last_record_date=last)
    return {course.course: medicines_sentences(course, summary.has_mme) for course in summary.per_course}
