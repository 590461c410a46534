"""The command line counts in the right form: "1 entry, 1 session", "2 entries"."""

from __future__ import annotations

from pathlib import Path

import pytest

from paindiary.cli import main


def test_list_and_check_say_one_entry_and_two_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "diary.sqlite3")
    assert main(["--db", db, "log", "5"]) == 0
    assert main(["--db", db, "list"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("1 entry, 0 sessions.")
    assert main(["--db", db, "log", "6"]) == 0
    assert main(["--db", db, "check"]) == 0
    assert "(2 entries, 0 sessions, 0 side effects)" in capsys.readouterr().out
