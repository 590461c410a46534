"""`paindiary summary`: each treatment course's relief in words, or the v2 summary document as JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from paindiary.clinic_records import Checkin, Impression, Vitals
from paindiary.clock import Clock, local_now
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from paindiary.i18n import _
from paindiary.medicine_records import CoTreatment, Intake, Medicine

if TYPE_CHECKING:
    from paindiary.analysis.clinic_results import ClinicSummary, MedicinesSummary
    from paindiary.analysis.results import ReliefAnalysis

# The analysis (and numpy) is imported when the command runs, so that building the
# parser for any other command, or starting the app, does not pay for it.

INDENT = "  "


class DiaryReader(Protocol):
    """The part of the Diary facade this command reads."""

    def entries(self) -> Sequence[PainEntry]: ...

    def sessions(self) -> Sequence[TreatmentSession]: ...

    def analysis_settings(self) -> AnalysisSettings: ...

    def vitals(self) -> Sequence[Vitals]: ...

    def impressions(self) -> Sequence[Impression]: ...

    def checkins(self) -> Sequence[Checkin]: ...

    def medicines(self) -> Sequence[Medicine]: ...

    def intakes(self) -> Sequence[Intake]: ...

    def co_treatments(self) -> Sequence[CoTreatment]: ...


def register(subparsers: Any) -> None:
    """Add the `summary` subcommand."""
    parser = subparsers.add_parser(
        "summary",
        help="show how long relief lasted after each treatment course",
        description=(
            "Show, for every treatment course, how long pain stayed at least 30 % below your usual pain, "
            "in plain words: the dates, drug and route, the dose per session, the lowest day, and notes on "
            "how far the diary can tell. Then the typical relief of each kind of course, maintenance "
            "dosing runs, and where today stands. Sessions a few days apart (a loading series) form one "
            "course; sessions after now count as planned and are left out."
        ),
        epilog=(
            "With --json the document has the keys settings, courses, typical_relief, dose_response, runs "
            "and now, as docs/relief-metrics.md describes, then medicines (as-needed use and approximate "
            "MME before and after each course, docs/records.md), function, exposure and noticed "
            "(docs/clinic-summary.md). This reports what you logged; it is not medical advice."
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the whole relief analysis as JSON (the 'Relief metrics v2' document)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, diary: DiaryReader, *, clock: Clock = local_now) -> int:
    """Print every course in words, or the summary document with --json, as of now."""
    from paindiary.analysis.relief_analysis import relief_analysis
    from paindiary.cli import summary_clinic

    analysis = relief_analysis(diary.entries(), diary.sessions(), diary.analysis_settings(), at=clock())
    medicines = _medicines(analysis, diary)
    clinic = summary_clinic.clinic_part(diary, analysis, medicines)
    if args.json:
        document = (
            analysis.as_json() | {"medicines": medicines.as_json()} | summary_clinic.clinic_json(clinic)
        )
        print(json.dumps(document, indent=2))
        return 0
    # Diaries without medicines or co-treatments keep their words unchanged.
    logged = bool(diary.medicines() or diary.co_treatments())
    print(plain_words(analysis, clinic, medicines if logged else None))
    return 0


def _medicines(analysis: ReliefAnalysis, diary: DiaryReader) -> MedicinesSummary:
    from paindiary.analysis.medicines_summary import medicines_summary
    from paindiary.analysis.wording_medicines import last_record_date

    intakes, co_treatments = diary.intakes(), diary.co_treatments()
    # Records after now (a planned session) do not lengthen a window.
    last = last_record_date(
        diary.entries(), diary.sessions(), intakes, co_treatments, up_to=analysis.at.date()
    )
    return medicines_summary(analysis, diary.medicines(), intakes, co_treatments, last_record_date=last)


def plain_words(
    analysis: ReliefAnalysis, clinic: ClinicSummary | None = None, medicines: MedicinesSummary | None = None
) -> str:
    """Each course (newest last) with its sentences, then typical relief, runs and today."""
    from paindiary.analysis import wording_treatment
    from paindiary.analysis.wording import course_sentences
    from paindiary.analysis.wording_across import (
        carried_from,
        no_courses_yet,
        now_sentence,
        run_sentence,
        typical_relief,
    )
    from paindiary.analysis.wording_medicines import medicines_sentences
    from paindiary.cli.summary_clinic import course_lines, noticed_block

    noticed = noticed_block(clinic) if clinic is not None else None
    if not analysis.courses:
        return no_courses_yet() if noticed is None else no_courses_yet() + "\n\n" + noticed
    blocks = []
    for course in analysis.courses:
        facts = [wording_treatment.course_dates(course), wording_treatment.treatment_label(course.drug_route)]
        dose = wording_treatment.dose_per_session(course)
        facts.append(
            dose if dose is not None else wording_treatment.sessions_count(course.sessions_per_course)
        )
        lines = [_("Course {number}: {facts}").format(number=course.course, facts=" · ".join(facts))]
        sentences = course_sentences(course, analysis.settings, carried_from(analysis, course))
        lines += [INDENT + sentence for sentence in sentences]
        lines += [INDENT + line for line in (course_lines(clinic, course.course) if clinic else [])]
        course_medicines = medicines.for_course(course.course) if medicines is not None else None
        if course_medicines is not None and medicines is not None:
            lines += [INDENT + line for line in medicines_sentences(course_medicines, medicines.has_mme)]
        blocks.append("\n".join(lines))
    if analysis.typical_relief:
        lines = [_("Typical relief")]
        lines += [INDENT + typical_relief(group) for group in analysis.typical_relief]
        blocks.append("\n".join(lines))
    if analysis.runs:
        lines = [_("Dosing runs")]
        lines += [INDENT + run_sentence(run) for run in analysis.runs]
        blocks.append("\n".join(lines))
    if analysis.now is not None:
        blocks.append(_("Today") + "\n" + INDENT + now_sentence(analysis.now, analysis.settings))
    if noticed is not None:
        blocks.append(noticed)
    return "\n\n".join(blocks)
