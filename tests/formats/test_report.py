"""The appointment report: a valid PDF with real text, the right paper, notes from the data."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.analysis.results import CensorReason, DoseResponseGroup, ReliefStatus
from paindiary.charts.report_content import ReportData, course_rows, discussion_notes
from paindiary.domain import AnalysisSettings, PainEntry, Severity, TreatmentSession, ValidationError
from paindiary.formats.report import (
    ReportCancelled,
    ReportResult,
    build_report,
    default_paper,
    default_period,
    write_report,
)
from tests.charts.chart_data import daily, session, two_courses

TODAY = date(2024, 4, 7)
SETTINGS = AnalysisSettings()
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "text.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def three_courses() -> tuple[list[PainEntry], list[TreatmentSession]]:
    """Courses on 1 Feb, 1 Mar and 1 Apr 2024, each followed by nausea; bladder symptoms once, severe."""
    first = date(2024, 1, 25)
    pains = ([6] * 7 + [3] * 10 + [6] * 12) * 3
    entries = daily(first, pains[: (date(2024, 4, 6) - first).days + 1])
    sessions = [
        session(date(2024, 2, 1), effects=[("nausea", Severity.MILD)]),
        session(
            date(2024, 3, 1), effects=[("nausea", Severity.MODERATE), ("bladder-symptoms", Severity.SEVERE)]
        ),
        session(date(2024, 3, 30), effects=[("nausea", Severity.MILD)]),
    ]
    return entries, sessions


def report_data(
    entries: list[PainEntry], sessions: list[TreatmentSession], first: date, last: date
) -> ReportData:
    at = datetime.combine(TODAY, datetime.min.time())
    return ReportData(entries, sessions, relief_analysis(entries, sessions, SETTINGS, at=at), first, last)


@pytest.fixture(scope="module")
def report() -> tuple[bytes, ReportResult]:
    """The two-course report, built once for the tests that only read it."""
    return build_report(*two_courses(), SETTINGS, today=TODAY)


@pytest.fixture(scope="module")
def report_text(report: tuple[bytes, ReportResult], tmp_path_factory: pytest.TempPathFactory) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return pdf_text(report[0], tmp_path_factory.mktemp("report"))


def test_the_report_is_a_pdf_with_a_summary_two_chart_pages_and_the_definitions(
    report: tuple[bytes, ReportResult],
) -> None:
    pdf, result = report
    assert pdf.startswith(b"%PDF-")
    assert page_count(pdf) == result.pages == 4
    assert (result.start, result.end, result.courses) == (date(2024, 2, 23), date(2024, 4, 6), 2)


def test_text_is_embedded_truetype_not_outlines(report: tuple[bytes, ReportResult]) -> None:
    pdf, _ = report
    assert b"/FontFile2" in pdf  # TrueType programs embedded (pdf.fonttype 42)
    assert b"/Type3" not in pdf


def test_page_one_says_what_a_clinician_needs(report_text: str) -> None:
    page_one = report_text.split("\f", maxsplit=1)[0]
    for expected in (
        "Pain diary: appointment report",
        "23 Feb 2024 – 6 Apr 2024",
        "44 of 44 days in the period have entries",
        "Next session",
        "Patient-reported, not medical advice.",
        "At a glance",
        "6 / 10 before treatment (course 1, 1 Mar 2024)",
        "course 2, 1 Apr 2024: IV infusion, ketamine, 1 × 3.00 mg/kg",
        "Noticed in your diary: you may want to mention these at your next appointment",
        "Bladder symptoms were recorded after at least one session.",
        "The diary cannot tell why.",
        "Courses",
        "Dose per",
        "Usual",
        "Lowest (%",  # the heading wraps in its column
        "below usual,",
        "My questions",
        "Not medical advice",
        "Page 1 of 4",
    ):
        assert expected in page_one, expected
    flat = " ".join(page_one.split())
    order = ["Days logged", "At a glance", "Noticed in your diary", "Courses", "My questions", "Medicines"]
    positions = [flat.find(part) for part in order]
    assert positions == sorted(positions)
    assert -1 not in positions
    assert "How the numbers are worked out" not in page_one
    # 100 mg at 50 kg: one session of 2 mg/kg.
    row_one = next(line for line in page_one.splitlines() if "1 Mar 2024" in line and "IV infusion" in line)
    assert re.search(r"1 × 2\.00", row_one)
    assert "Nausea (moderate)," in row_one


def test_the_definitions_are_on_the_last_page(report_text: str) -> None:
    last = report_text.rstrip("\f").split("\f")[-1]
    for expected in (
        "How the numbers are worked out",
        "20 % trimmed mean",
        "Kaplan–Meier median",
        "a difference of a day or two between courses is often chance",
        "Settings used: baseline 28 days (at least 3, full from 5), course gap 3 days",
        "Page 4 of 4",
    ):
        assert expected in " ".join(last.split()), expected


def test_the_chart_pages_hold_the_four_charts(report_text: str) -> None:
    pages = report_text.split("\f")
    assert "Daily pain" in pages[1]
    assert "Relief after each course" in pages[1]
    assert "How long relief lasted after each course" in pages[2]
    assert "Side effects after each course" in pages[2]


@needs_pdftotext
def test_marks_typical_relief_runs_and_dose_response_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sections and marks of a hand-built analysis (its numbers are the analysis' own tests)."""
    from paindiary.analysis import relief_analysis as analysis_module
    from tests.support.relief_factory import analysis, course, run, treatment, typical

    own = course(treatment(1, start=datetime(2024, 3, 1, 9)))
    carried = course(
        treatment(2, start=datetime(2024, 4, 1, 9), sessions=3, dose_mg=148.0),
        baseline=6.3,
        baseline_from_course=1,
        sparse_follow_up=True,
        logged_days_first_14=4,
        relief_days_30=8,
        censored_30=True,
        censor_reason_30=CensorReason.END_OF_DIARY,
    )
    group = DoseResponseGroup("ketamine iv-infusion", 1, 9, "dose_mg_per_kg_per_session", (1,), 0.35, 0.356,
                              "exact-permutation", -0.2)  # fmt: skip
    built = replace(
        analysis(
            own,
            carried,
            typical_relief=(typical(),),
            runs=(run(start=date(2024, 3, 3), end=date(2024, 4, 5)),),
        ),
        dose_response=(group,),
    )
    from paindiary.charts import common

    monkeypatch.setattr(analysis_module, "relief_analysis", lambda *args, **kwargs: built)
    monkeypatch.setattr(common, "relief_analysis", lambda *args, **kwargs: built)
    from paindiary.appointment import source

    monkeypatch.setattr(source, "relief_analysis", lambda *args, **kwargs: built)
    pdf, result = build_report(*two_courses(), SETTINGS, today=TODAY)
    text = pdf_text(pdf, tmp_path)
    flat = " ".join(text.split())
    assert result.pages == 5  # the dosing run adds a page of its own
    order = [
        "Typical relief",
        "IV infusion, ketamine, single sessions: relief at 30 % typically lasted 15 days",
        "Noticed in your diary",
        "Courses",
        "6.3 †",
        "† Usual pain carried from an earlier course",
        "‡ Sparse follow-up: fewer than half of the first 14 days",
        "Dosing runs",
        "Twice a week or more",
        "Relief after each course",
        "Dose and relief days",
        "Spearman's rho 0.35 (p = 0.356)",
        "This can be chance, and dose changed over time together with other things.",
        "How the numbers are worked out",
        "Data quality",
    ]
    positions = [flat.find(part) for part in order]
    assert -1 not in positions, [part for part, at in zip(order, positions, strict=True) if at == -1]
    assert positions == sorted(positions)
    assert re.search(r"≥ ?8 ?‡", flat)  # pdftotext may drop the spaces around the marks
    # 148 mg at 60 kg = 2.47 mg/kg a session, three sessions; lowest 62 % on day 2.
    assert "3 × 2.47" in flat
    assert "62 %, day 2" in flat


def test_course_rows_mark_censored_relief_and_missing_values() -> None:
    from tests.support.relief_factory import course, not_ok, treatment

    going = course(relief_days_30=6, censored_30=True, relief_days_50=6, censored_50=True)
    unknown = not_ok(ReliefStatus.INSUFFICIENT_BASELINE, treatment(dose_mg=None), baseline=None)
    rows = [row.cells for row in course_rows([course(), going, unknown])]
    first_date = "3 Mar 2025\n14 of days 0–13 logged"
    assert rows[0][:7] == ("1", first_date, "IV infusion, ketamine", "1 × 2.50 mg/kg", "6.3", "13", "3")
    assert rows[0][7].startswith("62 %, day 2")  # then the category on its own line (rule 13)
    assert rows[1][5:7] == ("≥ 6", "≥ 6")
    higher = course(relief_days_30=0, peak_reduction_pct=-6.4, peak_day=0)
    assert course_rows([higher])[0].cells[7].split("\n")[0] == "−6 %, day 0"
    assert rows[2][3:8] == ("–", "–", "too little diary before", "too little diary before", "–")


def test_notes_name_the_latest_course_and_recurring_severe_and_bladder_side_effects() -> None:
    entries, sessions = three_courses()
    notes = discussion_notes(report_data(entries, sessions, date(2024, 1, 25), date(2024, 4, 6)))
    assert notes[0].startswith("Latest course (30 Mar 2024): ")
    assert "Recorded after each of your last 3 courses: Nausea." in notes
    assert "Severe side effect after course 2 (1 Mar 2024): Bladder symptoms." in notes
    assert "Bladder symptoms were recorded after at least one session." in notes


def test_no_notes_without_side_effects() -> None:
    entries, sessions = two_courses()
    bare = [session(s.at.date()) for s in sessions]
    notes = discussion_notes(report_data(entries, bare, date(2024, 2, 23), date(2024, 4, 6)))
    assert len(notes) == 1  # only the latest course's sentences


@needs_pdftotext
def test_an_empty_diary_gives_a_report_that_says_so(tmp_path: Path) -> None:
    pdf, result = build_report([], [], SETTINGS, today=TODAY)
    assert result.pages == 4
    text = pdf_text(pdf, tmp_path)
    assert "No treatment sessions were recorded in this period." in text
    assert "Not enough data yet" in text


@needs_pdftotext
def test_a_long_course_table_continues_on_the_next_page(tmp_path: Path) -> None:
    first = date(2020, 1, 1)
    entries = daily(first, [6] * 7 + ([3] * 5 + [6] * 5) * 45)
    sessions = [session(first + timedelta(days=7 + 10 * n)) for n in range(45)]
    pdf, result = build_report(entries, sessions, SETTINGS, today=TODAY, start=first)
    assert result.courses == 45
    assert result.pages > 4
    text = pdf_text(pdf, tmp_path)
    assert "39 earlier courses of the period are in the appendix." in " ".join(text.split())
    assert "Appendix: earlier courses (continued)" in text


@pytest.mark.parametrize(
    ("environment", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LANG": "en_GB.UTF-8"}, "a4"),
        ({"LANG": "de_DE.UTF-8@euro"}, "a4"),
        ({"LANG": "fr_CA.UTF-8"}, "letter"),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "a4"),
        ({"LC_PAPER": "de_DE.UTF-8", "LC_ALL": "es_MX.UTF-8"}, "letter"),
        ({"LANG": "C.UTF-8"}, "a4"),
        ({}, "a4"),
    ],
)
def test_paper_follows_the_locale(environment: dict[str, str], paper: str) -> None:
    assert default_paper(environment) == paper


@pytest.mark.parametrize(("paper", "media_box"), [("a4", "595.44 841.68"), ("letter", "612 792")])
def test_paper_size_reaches_the_pdf(paper: str, media_box: str) -> None:
    pdf, _ = build_report([], [], SETTINGS, today=TODAY, paper=paper)
    boxes = {box.decode() for box in re.findall(rb"/MediaBox \[ 0 0 ([\d.]+ [\d.]+) \]", pdf)}
    assert boxes == {media_box}


def test_an_unknown_paper_is_refused() -> None:
    with pytest.raises(ValidationError, match="--paper: 'a3' is not one of: a4, letter"):
        build_report([], [], SETTINGS, today=TODAY, paper="a3")


def test_the_default_period_is_the_year_up_to_the_last_record() -> None:
    entries = daily(date(2022, 1, 1), [5] * 900)
    last = date(2022, 1, 1) + timedelta(days=899)
    assert default_period(entries, [], None, None, TODAY) == (last - timedelta(days=364), last)
    assert default_period(entries[:30], [], None, None, TODAY) == (date(2022, 1, 1), date(2022, 1, 30))
    assert default_period([], [], None, None, TODAY) == (TODAY - timedelta(days=364), TODAY)
    planned = [session(TODAY + timedelta(days=5))]
    assert default_period(entries[:30], planned, None, None, TODAY) == (date(2022, 1, 1), date(2022, 1, 30))
    assert default_period(entries, [], date(2022, 3, 1), date(2022, 3, 31), TODAY) == (
        date(2022, 3, 1),
        date(2022, 3, 31),
    )


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match="--from: 2024-03-02 is after 2024-03-01"):
        default_period([], [], date(2024, 3, 2), date(2024, 3, 1), TODAY)


def test_progress_counts_up_to_the_total() -> None:
    calls: list[tuple[int, int]] = []
    build_report(
        *two_courses(),
        SETTINGS,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)) or True,
    )
    assert calls[0] == (0, 2)
    assert calls[-1] == (6, 6)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(ReportCancelled):
        write_report(target, *two_courses(), SETTINGS, today=TODAY, progress=lambda done, total: done < 3)
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_private_and_replaces_an_old_one(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    result = write_report(target, *two_courses(), SETTINGS, today=TODAY)
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert result.pages == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


@pytest.mark.parametrize("name", ["report.png", "report"])
def test_the_report_must_be_a_pdf(name: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"--out: .* must end in \.pdf"):
        write_report(tmp_path / name, [], [], SETTINGS, today=TODAY)


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be written"):
        write_report(tmp_path / "missing" / "report.pdf", [], [], SETTINGS, today=TODAY)


def test_importing_the_report_module_loads_no_matplotlib() -> None:
    code = "import sys, paindiary.formats.report; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
