"""The appointment content on hand-made inputs: page 1's lines in order, their nulls, and choices."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from paindiary.analysis.clinic_results import ClinicSummary, Exposure, MedicinesSummary, NoticedFact
from paindiary.appointment.build import build_content
from paindiary.appointment.inputs import Question, ReportChoices, Section
from paindiary.clinic_records import Profile, SessionStatus, Vitals, VitalsMoment
from paindiary.domain import PainEntry, Route, TreatmentSession
from paindiary.medicine_records import Medicine, MedicineKind
from tests.appointment.inputs_factory import AT, PERIOD, clinic, courses, inputs
from tests.support import relief_factory as factory


def labels(content: object) -> list[str]:
    return [line.label for line in content.glance]  # type: ignore[attr-defined]


def glance_text(content: object, label: str) -> str:
    return " | ".join(line.text for line in content.glance if line.label == label)  # type: ignore[attr-defined]


def test_at_a_glance_lines_come_in_page_one_order() -> None:
    made = courses(3)
    content = build_content(inputs(factory.analysis(*made, at=AT), clinic(3)))
    assert labels(content) == [
        "Usual pain",
        "Latest course",
        "Typical relief",
        "Function (PEG)",
        "As-needed medicine",
        "Opioids (MME per day)",
        "Exposure",
        "Exposure",
    ]


def test_each_number_says_what_it_is_compared_with() -> None:
    made = courses(3)
    content = build_content(inputs(factory.analysis(*made, at=AT), clinic(3)))
    assert "6.3 / 10 before treatment (course 1" in glance_text(content, "Usual pain")
    assert "before the last courses: 6.3 (course 2), 6.3 (course 3)" in glance_text(content, "Usual pain")
    latest = glance_text(content, "Latest course")
    assert latest.startswith("course 3, ")
    assert "relief days at 30 %: 13, at 50 %: 3" in latest
    assert "impression of change (day 7): Much improved" in latest
    peg = glance_text(content, "Function (PEG)")
    assert "6.7 / 10 before course 3 (18 days" in peg
    assert "4.3 / 10 in days 0–13 after (12 days)" in peg
    assert "3.5 days per week in the 28 days before course 3 vs 1.0 in the 21 days" in glance_text(
        content, "As-needed medicine"
    )
    assert "approximate, for trend only" in glance_text(content, "Opioids (MME per day)")
    exposure = glance_text(content, "Exposure")
    assert "4 sessions (600 mg) in the 90 days to" in exposure
    assert "12 sessions (1800 mg) in 12 months" in exposure
    assert "median 21 days between courses" in exposure


def test_without_the_clinic_summary_its_lines_say_not_available() -> None:
    content = build_content(inputs())
    assert glance_text(content, "Function (PEG)") == "not available"
    assert glance_text(content, "As-needed medicine") == "not available"
    assert glance_text(content, "Exposure") == "not available"


def test_nothing_recorded_is_said_not_left_out() -> None:
    empty = ClinicSummary(
        medicines=MedicinesSummary((), has_mme=False),
        function=(),
        exposure=Exposure((), None, AT.date()),
        noticed=(),
    )
    # no course, no medicines, no PEG, no profile, no planned session
    content = build_content(inputs(clinic=empty))
    assert glance_text(content, "Usual pain") == "not measured: too little diary before any course"
    assert glance_text(content, "Latest course") == "no course in this period"
    assert glance_text(content, "Function (PEG)") == "not recorded"
    assert glance_text(content, "As-needed medicine") == "none recorded"
    assert "Opioids (MME per day)" not in labels(content)
    assert glance_text(content, "Exposure") == "no done sessions in the last 12 months"
    assert content.header.patient == ()
    assert content.header.next_session == "none planned"
    assert content.medicines.rows == ()


def test_no_mme_line_without_an_opioid_factor() -> None:
    made = courses(1)
    content = build_content(inputs(factory.analysis(*made, at=AT), clinic(1, has_mme=False)))
    assert "Opioids (MME per day)" not in labels(content)


def test_header_names_the_patient_and_the_next_planned_session() -> None:
    planned = TreatmentSession(
        at=AT + timedelta(days=9),
        route=Route.INTRANASAL,
        drug="esketamine",
        status=SessionStatus.PLANNED,
        questions="Can the interval be shorter?\n\nWhat about driving?",
    )
    profile = Profile(name="Ana Díaz", born=date(1980, 2, 29), clinic="North Clinic")
    content = build_content(
        inputs(sessions=(planned,), profile=profile, questions=(Question("Bring the old letters?", True),))
    )
    assert [(line.label, line.text) for line in content.header.patient] == [
        ("Name", "Ana Díaz"),
        ("Date of birth", "29 Feb 1980"),
        ("Clinic", "North Clinic"),
    ]
    assert content.header.next_session == "10 Jun 2025: Intranasal, esketamine"
    assert content.header.disclaimer == "Patient-reported, not medical advice."
    assert [(q.text, q.done, q.session) for q in content.questions] == [
        ("Can the interval be shorter?", False, planned.at.date()),
        ("What about driving?", False, planned.at.date()),
        ("Bring the old letters?", True, None),
    ]


def test_the_last_six_courses_on_page_one_older_ones_in_the_appendix() -> None:
    made = courses(8)
    content = build_content(inputs(factory.analysis(*made, at=AT)))
    assert [row[0] for row in content.courses.rows] == ["8", "7", "6", "5", "4", "3"]  # newest first
    assert [row[0] for row in content.courses.appendix] == ["1", "2"]


def test_six_courses_or_fewer_need_no_appendix() -> None:
    content = build_content(inputs(factory.analysis(*courses(6), at=AT)))
    assert len(content.courses.rows) == 6
    assert content.courses.appendix == ()


def test_a_maintenance_schedule_lists_the_runs_chart() -> None:
    made = courses(4)
    run = factory.run(start=date(2025, 3, 3), end=date(2025, 5, 20))
    with_runs = build_content(inputs(factory.analysis(*made, runs=(run,), at=AT)))
    without = build_content(inputs(factory.analysis(*made, at=AT)))
    assert with_runs.charts[-1] == "Dosing runs"
    assert "Dosing runs" not in without.charts
    assert with_runs.runs.rows[0][:3] == ("Twice a week or more", "3 Mar 2025", "20 May 2025")
    assert without.runs.rows == ()


def test_noticed_keeps_its_heading_closing_and_puts_logging_under_data_quality() -> None:
    facts = (
        NoticedFact(2, "Bladder symptoms were recorded at 3 check-ins."),
        NoticedFact(3, "The highest session reading was 168/95 on 3 May 2025."),
        NoticedFact(8, "Fewer days were logged after 2 of the last 3 courses."),
    )
    content = build_content(inputs(factory.analysis(*courses(3), at=AT), clinic(3, noticed=facts)))
    assert content.noticed.heading.startswith("Noticed in your diary: you may want to mention these")
    assert content.noticed.facts == (facts[0].text, facts[1].text)
    assert content.noticed.closing == "The diary cannot tell why."
    assert facts[2].text in content.data_quality


def test_notes_are_left_out_by_default() -> None:
    made = courses(1)
    entry = PainEntry(at=made[0].start - timedelta(days=1), pain=5, note="Slept badly", for_clinician=True)
    content = build_content(inputs(factory.analysis(*made, at=AT), entries=(entry,)))
    assert content.notes == ()


def test_included_notes_are_only_near_a_course_or_for_the_clinician() -> None:
    made = courses(1)
    start, day0 = made[0].start, made[0].day0
    near_before = PainEntry(at=start - timedelta(days=7), pain=5, note="a week before")
    too_early = PainEntry(at=start - timedelta(days=8), pain=5, note="eight days before")
    near_after = PainEntry(
        at=datetime.combine(day0 + timedelta(days=14), start.time()), pain=5, note="day 14"
    )
    too_late = PainEntry(at=datetime.combine(day0 + timedelta(days=15), start.time()), pain=5, note="day 15")
    marked = PainEntry(at=start - timedelta(days=60), pain=5, note="for you", for_clinician=True)
    outside = PainEntry(at=datetime(2023, 1, 1, 9), pain=5, note="before the period", for_clinician=True)
    choices = ReportChoices(include_notes=True)
    content = build_content(
        inputs(
            factory.analysis(*made, at=AT),
            entries=(near_before, too_early, near_after, too_late, marked, outside),
            choices=choices,
        )
    )
    assert [note.text for note in content.notes] == ["for you", "a week before", "day 14"]


def test_sections_not_chosen_come_back_empty() -> None:
    made = courses(2)
    choices = ReportChoices(sections=(Section.GLANCE, Section.COURSES))
    content = build_content(inputs(factory.analysis(*made, at=AT), clinic(2), choices=choices))
    assert content.glance
    assert content.courses.rows
    assert content.noticed.facts == ()
    assert content.charts == ()
    assert content.method == ()
    assert content.questions == ()
    assert content.vitals.rows == ()


def test_medicines_and_vitals_tables() -> None:
    session = TreatmentSession(at=datetime(2025, 5, 2, 9), route=Route.IV_INFUSION, dose_mg=100)
    medicines = (
        Medicine(
            "Oxycodone",
            strength="5 mg",
            kind=MedicineKind.AS_NEEDED,
            opioid=True,
            mme_factor=1.5,
            start=date(2025, 1, 10),
        ),
        Medicine("Amitriptyline", regular_daily_amount=25, start=date(2020, 1, 1)),
        Medicine("Naproxen", start=date(2023, 1, 1), stop=date(2025, 2, 1)),
    )
    vitals = (
        Vitals(
            at=datetime(2025, 5, 2, 9, 30),
            moment=VitalsMoment.HIGHEST,
            session=session.id,
            systolic=150,
            diastolic=90,
            heart_rate=88,
        ),
        Vitals(at=datetime(2025, 5, 20, 8), moment=VitalsMoment.HOME, systolic=128, diastolic=80),
    )
    content = build_content(inputs(sessions=(session,), medicines=medicines, vitals=vitals))
    assert [row[0] for row in content.medicines.rows] == ["Amitriptyline", "Oxycodone (opioid)"]
    assert content.medicine_changes == ("10 Jan 2025: started Oxycodone", "1 Feb 2025: stopped Naproxen")
    assert content.vitals.rows == (
        ("2 May 2025", "IV infusion, ketamine", "highest during", "150/90", "88"),
        ("20 May 2025", "–", "at home", "128/80", "–"),
    )


def test_data_quality_counts_days_without_entries() -> None:
    entry = PainEntry(at=datetime(2025, 5, 1, 9), pain=4)
    content = build_content(inputs(entries=(entry,)))
    total = (PERIOD[1] - PERIOD[0]).days + 1
    assert content.data_quality[0] == f"{total - 1} of {total} days in the period have no entry."
    assert content.header.days_logged == f"1 of {total} days in the period have entries"
