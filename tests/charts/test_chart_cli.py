"""`paindiary chart` and `paindiary report` from the command line."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from paindiary.charts import CHART_KINDS
from paindiary.cli import main
from paindiary.store import Diary
from tests.charts.chart_data import two_courses

SIGNATURES = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF-"}


@pytest.fixture
def filled(db_path: Path) -> Path:
    with Diary.open(db_path) as diary:
        diary.import_records(*two_courses())
    return db_path


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


@pytest.mark.parametrize("kind", CHART_KINDS)
@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_every_chart_in_every_format(
    kind: str, suffix: str, filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"chart{suffix}"
    assert run(filled, "chart", kind, "--out", str(out)) == 0
    assert out.read_bytes().startswith(SIGNATURES[suffix])
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert capsys.readouterr().out == f"Saved the {kind} chart to {out}.\n"


def test_a_period_and_a_course(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "relief.svg"
    assert (
        run(
            filled,
            "chart",
            "relief",
            "--out",
            str(out),
            "--from",
            "2024-03-01",
            "--to",
            "2024-04-30",
            "--course",
            "1",
        )
        == 0
    )
    assert b"Course 1 (1 Mar 2024), selected" in out.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["chart", "timeline", "--out", "x.jpg"], "--out: x.jpg must end in .png, .svg or .pdf"),
        (
            ["chart", "timeline", "--out", "x.png", "--from", "2024-13-01"],
            "--from: '2024-13-01' is not a date",
        ),
        (
            ["chart", "timeline", "--out", "x.png", "--from", "2024-03-02", "--to", "2024-03-01"],
            "--from: 2024-03-02 is after --to 2024-03-01",
        ),
        (
            ["chart", "relief", "--out", "x.png", "--course", "9"],
            "--course: '9' is not a course number of this diary (1 to 2)",
        ),
        (["report", "--out", "x.svg"], "--out: x.svg must end in .pdf or .png"),
        (["report", "--out", "x.pdf", "--sections", "glance,pie"], "--sections: 'pie' is not one of"),
    ],
)
def test_mistakes_are_one_line_naming_the_option(
    args: list[str],
    message: str,
    filled: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(filled.parent)
    assert run(filled, *args) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"paindiary: error: {message}")
    assert error.count("\n") == 1
    assert list(filled.parent.glob("x.*")) == []


def test_an_unknown_chart_is_refused_by_the_parser(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(filled, "chart", "pie", "--out", "x.png")
    assert "invalid choice: 'pie'" in capsys.readouterr().err


def test_the_report(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.pdf"
    assert run(filled, "report", "--out", str(out), "--paper", "letter") == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert b"/MediaBox [ 0 0 612 792 ]" in out.read_bytes()
    assert (
        capsys.readouterr().out == f"Saved a 4-page report (23 Feb 2024 – 6 Apr 2024, 2 courses) to {out}.\n"
    )


def test_an_empty_diary_still_gives_a_chart(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.svg"
    assert run(db_path, "chart", "timeline", "--out", str(out)) == 0
    assert b"Not enough data yet." in out.read_bytes()


def test_logging_pain_does_not_load_matplotlib(db_path: Path) -> None:
    code = (
        "import sys; from paindiary.cli import main\n"
        f"main(['--db', {str(db_path)!r}, 'log', '5'])\n"
        "print('matplotlib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip().endswith("False")
