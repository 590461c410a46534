"""The command line: every foundation command, its errors, and what it must not import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.store import Diary


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def test_log_stores_the_entry(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        db, "log", "6", "--at", "2024-03-01T08:30", "--worst", "8", "--location", "left foot", "--note", "x"
    )
    assert code == 0
    assert "Logged pain 6/10 at 2024-03-01 08:30" in capsys.readouterr().out
    with Diary.open(db) as diary:
        [entry] = diary.entries()
    assert (entry.pain, entry.worst, entry.locations, entry.note) == (6, 8, ("left foot",), "x")


def test_log_without_time_uses_now(db: Path) -> None:
    assert run(db, "log", "3") == 0
    with Diary.open(db) as diary:
        assert diary.entry_count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "11"], "pain: 11 is outside 0–10"),
        (["log", "abc"], "pain: 'abc' is not a whole number from 0 to 10"),
        (["log", "5", "--at", "2024-02-30T08:00"], "--at: '2024-02-30T08:00' is not a real date"),
        (["log", "5", "--worst", "12"], "--worst: 12 is outside 0–10"),
        (
            ["session", "add", "--at", "2024-03-01T09:00", "--route", "iv"],
            "route: 'iv' is not one of: iv-infusion, im-injection, subcutaneous, intranasal, oral, "
            "local-injection, other",
        ),
        (
            [
                "session",
                "add",
                "--at",
                "2024-03-01T09:00",
                "--route",
                "oral",
                "--side-effect",
                "nausea:awful",
            ],
            "'awful' is not one of: mild, moderate, severe",
        ),
        (
            ["session", "add", "--at", "2024-03-01T09:00", "--route", "oral", "--dose-mg", "lots"],
            "--dose-mg: 'lots' is not a number",
        ),
        (["import", "missing.json"], "cannot be read"),
    ],
)
def test_user_errors_exit_2_with_one_line_and_change_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert run(db, "log", "4", "--at", "2024-01-01T09:00") == 0
    capsys.readouterr()
    assert run(db, *args) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.err.startswith("paindiary: error: ")
    assert captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
    with Diary.open(db) as diary:
        assert diary.entry_count() == 1
        assert diary.session_count() == 0


def test_session_add_with_side_effects(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        db,
        "session",
        "add",
        "--at",
        "2024-03-02T09:30",
        "--route",
        "iv-infusion",
        "--dose-mg",
        "150",
        "--weight-kg",
        "72,5",
        "--minutes",
        "240",
        "--side-effect",
        "nausea:moderate",
        "--side-effect",
        "dissociation:mild",
    )
    assert code == 0
    assert "Recorded ketamine (iv-infusion, 150 mg)" in capsys.readouterr().out
    with Diary.open(db) as diary:
        [session] = diary.sessions()
    assert session.weight_kg == 72.5
    assert session.minutes == 240
    assert sorted((e.kind, e.severity.value) for e in session.side_effects) == [
        ("dissociation", "mild"),
        ("nausea", "moderate"),
    ]


def test_log_session_export_import_export_gives_the_same_content(tmp_path: Path) -> None:
    first_db, second_db = tmp_path / "one.sqlite3", tmp_path / "two.sqlite3"
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run(first_db, "log", "7", "--at", "2024-03-01T08:00", "--note", 'comma, "quote"\nline') == 0
    assert (
        run(
            first_db,
            "session",
            "add",
            "--at",
            "2024-03-01T09:30",
            "--route",
            "intranasal",
            "--drug",
            "esketamine",
            "--dose-mg",
            "84",
            "--side-effect",
            "dizziness:severe",
        )
        == 0
    )
    assert run(first_db, "export", str(a)) == 0
    assert run(second_db, "import", str(a)) == 0
    assert run(second_db, "export", str(b)) == 0
    assert json.loads(a.read_text()) == json.loads(b.read_text())


def test_list_prints_entries_and_sessions(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db, "log", "5", "--at", "2024-03-01T08:00")
    run(db, "session", "add", "--at", "2024-03-01T09:30", "--route", "oral")
    capsys.readouterr()
    assert run(db, "list") == 0
    out = capsys.readouterr().out
    assert "2024-03-01 08:00" in out
    assert "pain  5/10" in out
    assert "SESSION ketamine oral" in out
    assert run(db, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["pain"] for e in listed["entries"]] == [5]
    assert [s["route"] for s in listed["sessions"]] == ["oral"]


def test_demo_fills_an_empty_diary_and_refuses_a_full_one(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "demo") == 0
    with Diary.open(db) as diary:
        entries, sessions = diary.entries(), diary.sessions()
    assert len(entries) > 900
    assert len(sessions) >= 10
    assert (entries[-1].at - entries[0].at).days > 700
    days = [entry.at.date() for entry in entries]
    assert len(days) > len(set(days)), "some days have several entries"
    assert any(
        later - earlier > 5
        for earlier, later in zip(
            sorted({d.toordinal() for d in days}), sorted({d.toordinal() for d in days})[1:], strict=False
        )
    ), "there are gaps"
    assert len({session.dose_mg for session in sessions}) >= 4, "doses vary"
    assert any(session.side_effects for session in sessions)
    capsys.readouterr()
    assert run(db, "demo") == 2
    assert "not empty" in capsys.readouterr().err


def test_help_documents_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("log", "session", "list", "import", "export", "demo"):
        assert command in out


def _python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False, timeout=60
    )


def test_commands_without_a_window_import_neither_qt_nor_matplotlib(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    code = (
        "import sys\nfrom paindiary.cli import main\n"
        f"assert main(['--db', {str(db)!r}, 'log', '5']) == 0\n"
        f"assert main(['--db', {str(db)!r}, 'list']) == 0\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib'))]\n"
        "print('IMPORTED', bad)\n"
    )
    result = _python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "IMPORTED []" in result.stdout


def test_python_dash_m_behaves_like_the_command(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "paindiary", "--db", str(db), "log", "12"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "paindiary: error: pain: 12 is outside 0–10"
    ok = subprocess.run(
        [sys.executable, "-m", "paindiary", "--db", str(db), "log", "2"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert ok.returncode == 0
    assert ok.stdout.startswith("Logged pain 2/10")


def test_paindiary_db_environment_variable_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("PAINDIARY_DB", str(target))
    assert main(["log", "4"]) == 0
    with Diary.open(target) as diary:
        assert diary.entry_count() == 1
