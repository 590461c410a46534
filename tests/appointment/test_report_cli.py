"""`paindiary report`: sections in order, images per page, notes only as chosen, other languages."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from paindiary import i18n
from paindiary.cli import main
from paindiary.domain import PainEntry
from paindiary.store import Diary
from tests.charts.chart_data import two_courses

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.set_translator(None)  # --language changes the process-wide language


@pytest.fixture
def filled(db_path: Path) -> Path:
    entries, sessions = two_courses()
    near = PainEntry(at=sessions[0].at - timedelta(days=2), pain=6, note="NEARNOTE before the course")
    far = PainEntry(at=sessions[0].at - timedelta(days=20), pain=6, note="FARNOTE weeks before")
    with Diary.open(db_path) as diary:
        diary.import_records([*entries, near, far], sessions)
    return db_path


def text_of(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


@needs_poppler
def test_each_section_in_order_on_a4(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert run(filled, "report", "--out", str(out), "--paper", "a4") == 0
    assert b"/MediaBox [ 0 0 595.44 841.68 ]" in out.read_bytes()
    flat = " ".join(text_of(out).split())
    order = [
        "Pain diary: appointment report",
        "Period",
        "Days logged",
        "Next session",
        "Patient-reported, not medical advice.",
        "At a glance",
        "Usual pain",
        "Latest course",
        "Typical relief",
        "Function (PEG)",
        "As-needed medicine",
        "Exposure",
        "Noticed in your diary",
        "The diary cannot tell why.",
        "Courses",
        "My questions",
        "Medicines",
        "Blood pressure and heart rate",
        "Daily pain",
        "How long relief lasted after each course",
        "How the numbers are worked out",
        "Data quality",
    ]
    positions = [flat.find(part) for part in order]
    assert -1 not in positions, [part for part, at in zip(order, positions, strict=True) if at == -1]
    assert positions == sorted(positions)


@needs_poppler
def test_notes_only_when_chosen_and_only_near_a_course(filled: Path, tmp_path: Path) -> None:
    plain, with_notes = tmp_path / "plain.pdf", tmp_path / "notes.pdf"
    assert run(filled, "report", "--out", str(plain)) == 0
    assert run(filled, "report", "--out", str(with_notes), "--include-notes") == 0
    assert "NEARNOTE" not in text_of(plain)
    assert "NEARNOTE" in text_of(with_notes)
    assert "FARNOTE" not in text_of(with_notes)


@needs_poppler
def test_sections_leave_out_what_is_not_chosen(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "short.pdf"
    assert run(filled, "report", "--out", str(out), "--sections", "glance,courses") == 0
    text = text_of(out)
    assert "At a glance" in text
    assert "Noticed in your diary" not in text
    assert "Daily pain" not in text  # no chart pages
    assert "How the numbers are worked out" not in text


def test_images_are_one_png_per_page(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, png = tmp_path / "r.pdf", tmp_path / "r.png"
    assert run(filled, "report", "--out", str(pdf)) == 0
    assert run(filled, "report", "--out", str(png)) == 0
    pages = pdf.read_bytes().count(b"/Type /Page\n") or pdf.read_bytes().count(b"/Type /Page ")
    images = sorted(tmp_path.glob("r-*.png"))
    assert [image.name for image in images] == [f"r-{n}.png" for n in range(1, len(images) + 1)]
    assert len(images) == 4
    for image in images:
        data = image.read_bytes()
        assert data.startswith(b"\x89PNG")
        width = int.from_bytes(data[16:20], "big")
        assert 150 * 8.27 <= width <= 200 * 8.27  # A4 at 150–200 dpi
    assert pages in {0, 4}
    assert "to " + str(images[0]) in capsys.readouterr().out


@needs_poppler
@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", ["Auf einen Blick", "Apr 2024"]), ("es", ["De un vistazo", "abr 2024"])],
)
def test_other_languages(filled: Path, tmp_path: Path, language: str, expected: list[str]) -> None:
    out = tmp_path / f"{language}.pdf"
    assert run(filled, "report", "--out", str(out), "--language", language) == 0
    text = text_of(out)
    for part in expected:
        assert part in text, part
