"""One regression test per finding that used to end in a traceback or a wrong answer."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paindiary.cli import main
from paindiary.domain import PainEntry
from paindiary.formats import dates
from paindiary.formats.dates import DateOrder
from paindiary.formats.other_apps.bearable import split_detail
from paindiary.formats.tabular import unescape_literal_newlines
from paindiary.store import Diary, backup


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("paindiary: error: ")
    assert "Traceback" not in err
    return err


def run_import(db: Path, path: Path, *extra: str) -> int:
    return main(["--db", str(db), "import", str(path), *extra])


def test_a_json_integer_of_5000_digits(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.json"
    path.write_text('{"format": "paindiary", "version": 1, "entries": [{"pain": ' + "9" * 5000 + "}]}")
    assert run_import(db_path, path) == 2
    assert "more than 32 digits" in one_error_line(capsys)


def test_lone_surrogates_in_json_text_are_refused_at_validation(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "surrogate.json"
    entry = (
        '{"id": "0c7d6ee0-2d34-4f7e-9f1a-3b5a4a1d2e3f", "at": "2024-03-01T08:30", '
        '"pain": 4, "note": "a\\ud800b"}'
    )
    path.write_text('{"format": "paindiary", "version": 1, "entries": [' + entry + "]}")
    assert run_import(db_path, path) == 2
    message = one_error_line(capsys)
    assert "entries[0].note" in message
    assert "not valid text" in message
    with Diary.open(db_path) as diary:
        assert diary.entry_count() == 0


def test_a_non_utf8_byte_in_log_note(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = os.fsdecode(b"flare \xff after a walk")  # how Python hands such an argument over
    assert main(["--db", str(db_path), "log", "5", "--note", note]) == 2
    assert "note: contains a character that is not valid text" in one_error_line(capsys)


def test_duplicate_json_keys_are_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"format": "paindiary", "version": 1, "version": 1, "entries": []}')
    assert run_import(db_path, path) == 2
    assert "'version' appears twice" in one_error_line(capsys)


def test_a_json_file_nested_beyond_the_stack(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    assert run_import(db_path, path) == 2
    assert "nested too deeply" in one_error_line(capsys)


def test_utf16_without_a_bom_is_recognised(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes("Date,Time,Pain Level\n2024-03-01,08:30,6\n".encode("utf-16-le"))
    assert run_import(db_path, path) == 0
    with Diary.open(db_path) as diary:
        assert [(entry.at, entry.pain) for entry in diary.entries()] == [(datetime(2024, 3, 1, 8, 30), 6)]


@pytest.mark.parametrize("cell", ["0001-01-01 00:30 +05:00", "9999-12-31 23:30 -05:00"])
def test_year_1_and_9999_with_a_utc_offset(
    cell: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "edge.csv"
    path.write_text(f"When,Pain\n{cell},5\n", encoding="utf-8")
    assert run_import(db_path, path, "--columns", "at=When,pain=Pain", "--date-format", "ymd") == 2
    message = one_error_line(capsys)
    assert "line 2" in message
    assert "'When'" in message


class NeverMatched:
    """Stands in for a pattern that must not even be tried."""

    def match(self, text: str) -> None:
        raise AssertionError(f"a pattern was tried on {len(text)} characters")


def test_a_time_cell_of_20000_spaces_never_reaches_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # One such cell took 12 s of backtracking; a cell longer than any date or time is refused first.
    for name in ("_TIME", "_NUMERIC_DATE", "_DAY_MONTH_NAME", "_MONTH_NAME_DAY", "_WHOLE"):
        monkeypatch.setattr(dates, name, NeverMatched())
    with pytest.raises(ValueError, match="is not a time"):
        dates.combine(datetime(2024, 1, 1).date(), "8:30" + " " * 20_000 + "x")
    with pytest.raises(ValueError, match="is not a date"):
        dates.parse_day("2024-01-01" + " " * 20_000 + "x", DateOrder.YMD)
    assert dates.parse_whole("6" + " " * 20_000 + "x") is None


OLD_DETAIL = re.compile(r"^(.*?)\s*\(\s*(mild|moderate|severe|unbearable)\s*\)\s*$", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ()aMildSevre\t", max_size=30))
def test_bearable_detail_splits_as_the_old_pattern_did(detail: str) -> None:
    match = OLD_DETAIL.match(detail.strip())
    name = match.group(1).strip() if match and match.group(1).strip() else detail.strip()
    word = match.group(2).lower() if match else ""
    assert split_detail(detail) == (name, word)


def test_bearable_detail_needs_no_pattern() -> None:
    assert split_detail("Back pain (Severe)") == ("Back pain", "severe")
    assert split_detail("Pain (left) ( Mild )") == ("Pain (left)", "mild")
    hostile = "a" + " " * 60_000 + "x"
    assert split_detail(hostile) == (hostile, "")


def old_unescape(text: str) -> str:
    """The character walk tabular.unescape_literal_newlines used to make."""

    def find(needle: str) -> int:
        quoted = False
        for index, char in enumerate(text):
            if char == '"':
                quoted = not quoted
            elif not quoted and text.startswith(needle, index):
                return index
        return -1

    first_real, first_literal = find("\n"), find("\\n")
    if first_literal < 0 or (0 <= first_real < first_literal):
        return text
    out, quoted, index = [], False, 0
    while index < len(text):
        char = text[index]
        if char == '"':
            quoted = not quoted
        if not quoted and text.startswith("\\n", index):
            out.append("\n")
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab",\\n\n', max_size=40))
def test_literal_newlines_are_unescaped_as_the_old_walk_did(text: str) -> None:
    assert unescape_literal_newlines(text) == old_unescape(text)


def test_messages_quote_file_text_on_one_short_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "escape.csv"
    hostile = "\x1b[2J" + "y" * 60_000 + "\nsecond"
    path.write_text(f'Date,Time,Pain Level\n2024-03-01,08:30,"{hostile}"\n', encoding="utf-8")
    assert run_import(db_path, path) == 2
    message = one_error_line(capsys)
    assert "\x1b" not in message
    assert len(message) < 1000


def test_backup_into_a_folder_that_is_a_file(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 9), pain=4))
    backup.backup_folder(db_path).write_text("not a folder")
    assert main(["--db", str(db_path), "backup"]) == 2
    message = one_error_line(capsys)
    assert str(backup.backup_folder(db_path)) in message


def test_a_backup_stamped_in_the_future_is_dated_by_its_file(db_path: Path) -> None:
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 9), pain=4))
    made = backup.backup_before(db_path, backup.MANUAL)
    assert made is not None
    future = made.with_name(f"{db_path.stem}-2999-01-01_000000-daily.sqlite3")
    made.rename(future)
    [listed] = backup.list_backups(db_path)
    assert listed.made <= datetime.now()
    assert listed.made.year < 2999


def test_backup_into_a_folder_that_cannot_be_written(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 9), pain=4))

    def refused(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup.tempfile, "mkstemp", refused)  # as a folder of mode 0500 would
    assert main(["--db", str(db_path), "backup"]) == 2
    message = one_error_line(capsys)
    assert (
        f"The backup folder {backup.backup_folder(db_path)} cannot be written (Permission denied)" in message
    )


def test_a_json_file_that_exhausts_memory(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from paindiary.formats import json_document

    def exhausted(*_args: object, **_kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(json_document.json, "loads", exhausted)
    path = tmp_path / "huge.json"
    path.write_text('{"format": "paindiary", "version": 1, "entries": []}', encoding="utf-8")
    assert run_import(db_path, path) == 2
    assert "too large to read in the memory available" in one_error_line(capsys)


def test_a_note_the_terminal_cannot_show_is_escaped_not_a_traceback(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    assert main(["--db", str(db_path), "log", "5", "--note", "flare \U0001f600"]) == 0
    latin1 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    monkeypatch.setattr(sys, "stdout", latin1)
    assert main(["--db", str(db_path), "list"]) == 0
    latin1.flush()
    assert b"flare \\U0001f600" in latin1.buffer.getvalue()  # type: ignore[attr-defined]
