"""Reading untrusted CSV: encodings, delimiters, quirks, limits; errors name the line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from paindiary.domain import ValidationError
from paindiary.formats import tabular
from paindiary.formats.tabular import (
    decode,
    decode_named,
    parse_table,
    read_table,
    sniff_delimiter,
    unescape_literal_newlines,
)


def test_utf8_with_and_without_bom_and_utf16_decode() -> None:
    text = "Datum;Schmerz\r\n12.04.2024;6\r\n"
    assert decode(codecs.BOM_UTF8 + text.encode()) == text
    assert decode(text.encode()) == text
    assert decode(text.encode("utf-16")) == text


def test_each_decoding_says_its_name() -> None:
    text = "Datum;Schmerz\r\n12.04.2024;6\r\n"
    assert decode_named(codecs.BOM_UTF8 + text.encode()) == (text, "UTF-8")
    assert decode_named(text.encode()) == (text, "UTF-8")
    assert decode_named(text.encode("utf-16")) == (text, "UTF-16")


def test_excel_windows_1252_is_read_after_utf8_fails() -> None:
    data = "Notiz\nSchmerz ä ö ü ß – 5 €\n".encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_named(data) == ("Notiz\nSchmerz ä ö ü ß – 5 €\n", "Windows-1252")


def test_utf8_wins_where_both_would_decode() -> None:
    # "Ã¤" in Windows-1252 is the same two bytes as "ä" in UTF-8: UTF-8 is what was meant.
    assert decode_named("Ärger über Ämter".encode()) == ("Ärger über Ämter", "UTF-8")


def test_bytes_neither_reads_name_line_and_character() -> None:
    # 0x81 is undefined in Windows-1252, 0xe4 alone is not UTF-8.
    data = "a,b\nÄrger,5\nx,".encode() + b"\xe4\x81"
    with pytest.raises(ValidationError) as caught:
        decode(data)
    assert caught.value.field == "line 3, character 3"
    assert "0xe4 is not UTF-8 text, and the file is not Windows-1252 either" in caught.value.message


def test_a_windows_1252_file_keeps_its_encoding_in_the_table(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Datum;Notiz\r\n12.04.2024;Schmerz ä ö ü ß\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "Windows-1252"
    assert table.rows[0].cells == ("12.04.2024", "Schmerz ä ö ü ß")
    path.write_text("Datum;Notiz\n12.04.2024;Schmerz ä ö ü ß\n", encoding="utf-8")
    assert read_table(path).encoding == "UTF-8"


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('Datum;Notiz\n12.04.2024;"Kopf, Nacken, Schulter"\n', ";"),
        ("single\n1\n", ","),
    ],
)
def test_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_rows_keep_their_starting_line_and_quoted_newlines() -> None:
    table = parse_table('h1,h2\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n')
    assert table.header == ("h1", "h2")
    assert [(row.line, row.cells) for row in table.rows] == [(2, ("1", "two\r\nlines")), (5, ("3", "4"))]


def test_short_rows_are_padded_and_long_rows_refused() -> None:
    assert parse_table("a,b,c\n1\n").rows[0].cells == ("1", "", "")
    assert parse_table("a,b\n1,2,,\n").rows[0].cells == ("1", "2")
    with pytest.raises(ValidationError, match="line 3: has 3 cells but the header has 2 columns"):
        parse_table("a,b\n1,2\n1,2,3\n")


def test_literal_backslash_n_row_separators_are_understood() -> None:
    text = 'Date,Notes\\n2024-01-01,"a \\n inside quotes"\\n2024-01-02,b'
    assert unescape_literal_newlines(text) == 'Date,Notes\n2024-01-01,"a \\n inside quotes"\n2024-01-02,b'
    # A real first line break means the file uses real ones: a literal one later is data.
    plain = "Date,Notes\n2024-01-01,C:\\new\n"
    assert unescape_literal_newlines(plain) == plain


def test_an_unclosed_quote_is_reported_at_its_line() -> None:
    with pytest.raises(ValidationError, match=r"^line 3: is not valid CSV"):
        parse_table('a,b\n1,2\n3,"open\n4,5\n', delimiter=",")


def test_huge_fields_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_FIELD_CHARS", 100)
    with pytest.raises(ValidationError, match="longer than 100 characters"):
        parse_table("a,b\n1," + "x" * 200 + "\n", delimiter=",")


def test_files_over_the_size_cap_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * 100)
    with pytest.raises(ValidationError, match="is larger than"):
        tabular.read_bytes(path, limit=50)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    with pytest.raises(ValidationError, match=r"empty\.csv: file: is empty"):
        read_table(empty)
    with pytest.raises(ValidationError, match="cannot be read"):
        read_table(tmp_path / "missing.csv")


def test_column_lookup_ignores_case_and_spaces_and_names_what_exists() -> None:
    table = parse_table("Date , Pain Level\n2024-01-01,5\n")
    assert table.column("date") == 0
    assert table.column("pain level") == 1
    with pytest.raises(
        ValidationError, match=r"column 'Mood': is not in the file \(its columns: Date, Pain Level\)"
    ):
        table.column("Mood")
