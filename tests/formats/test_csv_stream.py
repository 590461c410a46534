"""Our CSV read row by row gives exactly the rows, and the messages, of the whole-file reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from paindiary.demo import fill_with_demo
from paindiary.domain import ValidationError
from paindiary.formats import csv_stream, registry, tabular
from paindiary.store import Diary
from tests.formats.test_csv_document import tricky_diary

DATA = Path(__file__).parent.parent / "data"


@pytest.mark.parametrize("fill", ["demo", "tricky"])
def test_rows_are_those_of_the_whole_file_reader(diary: Diary, tmp_path: Path, fill: str) -> None:
    if fill == "demo":
        fill_with_demo(diary, date(2024, 6, 1))
    else:
        tricky_diary(diary)  # quoted line breaks, CRLF inside cells, formula guards
    path = tmp_path / "ours.csv"
    registry.export_diary(diary, path)
    streamed = csv_stream.open_streamed(path)
    assert streamed is not None
    whole = tabular.read_table(path)
    assert (streamed.header, streamed.delimiter) == (whole.header, whole.delimiter)
    assert tuple(streamed.rows()) == whole.rows


def test_semicolons_and_blank_lines_read_as_the_whole_file_reader_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text(
        "record;id;at;pain\r\n\r\nentry;;2024-03-01 08:00;5\r\n;;;\r\nentry;;2024-03-02 08:00\r\n"
    )
    streamed = csv_stream.open_streamed(path)
    assert streamed is not None
    assert tuple(streamed.rows()) == tabular.read_table(path).rows


@pytest.mark.parametrize(
    "name", ["paintracker_export.csv", "bearable_export.csv", "paintracker_literal_newlines.csv"]
)
def test_other_files_are_left_to_the_whole_file_reader(name: str) -> None:
    assert csv_stream.open_streamed(DATA / name) is None


def test_utf16_is_left_to_the_whole_file_reader(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("record,id,at,pain\nentry,,2024-03-01 08:00,5\n", encoding="utf-16")
    assert csv_stream.open_streamed(path) is None


@pytest.mark.parametrize("chunk", [5, 7, 1024 * 1024])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_a_byte_that_is_not_utf8_is_named_by_line_and_character(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int, bom: str
) -> None:
    """If the file changes between the check and the read, the row reader still names the byte."""
    monkeypatch.setattr(csv_stream, "CHUNK_BYTES", chunk)  # characters cut between chunks
    good = bom + "record,id,at,pain,note\r\n" + "entry,,2024-03-01 08:00,5,痛み ñ 🙂\r\n" * 3
    data = good.encode("utf-8") + "entry,,2024-03-04 08:00,5,Ärger\r\n".encode("latin-1")
    path = tmp_path / "latin.csv"
    path.write_bytes(data)
    assert csv_stream.open_streamed(path) is None  # left to the whole-file reader
    streamed = csv_stream.StreamedCsv(path, ("record", "id", "at", "pain", "note"), ",")
    with pytest.raises(ValidationError) as caught:
        list(streamed.rows())
    assert caught.value.field == "line 5, character 27"
    assert caught.value.message.startswith("byte 0xc4 is not UTF-8 text; save the file as CSV in UTF-8")


def test_our_csv_saved_as_windows_1252_is_read_whole_and_its_umlauts_kept(tmp_path: Path) -> None:
    text = "record,id,at,pain,note\r\nentry,,2024-03-04 08:00,5,Ärger über Schmerz\r\n"
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("cp1252"))
    assert csv_stream.open_streamed(path) is None
    table = tabular.read_table(path)
    assert table.encoding == "Windows-1252"
    assert "Ärger über Schmerz" in table.rows[0].cells


def test_a_row_wider_than_the_header_is_refused_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("record,id,at,pain\nentry,,2024-03-01 08:00,5\nentry,,2024-03-02 08:00,5,extra\n")
    streamed = csv_stream.open_streamed(path)
    assert streamed is not None
    with pytest.raises(ValidationError, match="has 5 cells but the header has 4 columns") as caught:
        list(streamed.rows())
    assert caught.value.field == "line 3"


def test_a_file_over_the_cap_is_refused_before_its_first_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular, "MAX_IMPORT_RECORDS", 3)
    path = tmp_path / "five.csv"
    path.write_text("record,id,at,pain\n" + "entry,,2024-03-01 08:00,5\n" * 5)
    streamed = csv_stream.open_streamed(path)
    assert streamed is not None
    rows = streamed.rows()
    with pytest.raises(ValidationError, match="more than 3 records"):
        next(rows)


def test_line_breaks_inside_cells_do_not_count_as_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular, "MAX_IMPORT_RECORDS", 3)
    path = tmp_path / "notes.csv"
    path.write_text("record,id,at,pain,note\n" + 'entry,,2024-03-01 08:00,5,"one\ntwo\nthree"\n' * 3)
    streamed = csv_stream.open_streamed(path)
    assert streamed is not None
    assert [row.line for row in streamed.rows()] == [2, 5, 8]
