"""The paindiary CSV read row by row from the file, for imports of any length in bounded memory.

Only our own CSV in UTF-8 is read this way, recognised from the start of the file; anything
else (UTF-16, another app's columns, rows joined by a literal `\\n`) returns None and is read
whole by formats/tabular.py. The rows, the cap on records and the messages are tabular's.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from paindiary.domain import ValidationError
from paindiary.formats import csv_document, places, tabular
from paindiary.formats.imported import Progress, report_progress
from paindiary.formats.tabular import Row, sniff_delimiter, unescape_literal_newlines, utf16_without_bom
from paindiary.i18n import _

# Enough of the file's start to recognise the header and the delimiter.
HEAD_BYTES = 256 * 1024
CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class StreamedCsv:
    """Our CSV's header, recognised from the start of the file; `rows` reads the rest."""

    path: Path
    header: tuple[str, ...]
    delimiter: str

    def rows(self, progress: Progress | None = None) -> Iterator[Row]:
        """Each non-blank row after the header, with the line it starts on; errors name the line."""
        size = max(self.path.stat().st_size, 1)
        if self._records_over_cap():
            raise tabular.too_many_records()  # before a single row is checked or written
        with self.path.open("rb") as raw, tabular.field_limit(tabular.MAX_FIELD_CHARS):
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            width, count, seen_header = len(self.header), 0, False
            try:
                for line, cells in tabular.records(text, self.delimiter):
                    if not any(cell.strip() for cell in cells):
                        continue
                    if not seen_header:
                        seen_header = True
                        continue
                    row = tabular.data_row(line, cells, width)
                    count += 1
                    if count > tabular.MAX_IMPORT_RECORDS:
                        raise tabular.too_many_records()
                    yield row
                    if progress is not None and count % 500 == 0:
                        report_progress(progress, raw.tell(), size)
            except UnicodeDecodeError:
                raise undecodable(self.path) from None

    def _records_over_cap(self) -> bool:
        """More non-blank rows than one import takes? Lines are counted first, rows only if need be."""
        cap = tabular.MAX_IMPORT_RECORDS + 1  # and the header
        lines = 1
        with self.path.open("rb") as raw:
            while chunk := raw.read(CHUNK_BYTES):
                lines += chunk.count(b"\n")
        if lines <= cap:
            return False
        with (
            self.path.open(encoding="utf-8-sig", errors="replace", newline="") as text,
            tabular.field_limit(tabular.MAX_FIELD_CHARS),
        ):
            try:
                rows = (
                    cells
                    for cells in csv.reader(text, delimiter=self.delimiter)
                    if any(c.strip() for c in cells)
                )
                return sum(1 for _cells in zip(rows, range(cap + 1), strict=False)) > cap
            except csv.Error:
                return False  # the row-by-row read names the line


def open_streamed(path: Path) -> StreamedCsv | None:
    """Our CSV's header when the file can be read row by row, else None (it is then read whole)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
            whole = not handle.read(1)
    except OSError:
        return None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(head):
        return None
    text = head.decode("utf-8-sig", errors="replace")
    if not whole:
        text = text[: text.rfind("\n") + 1]  # whole lines only
    if not text.strip() or unescape_literal_newlines(text) != text:
        return None
    delimiter = sniff_delimiter(text)
    try:
        with tabular.field_limit(tabular.MAX_FIELD_CHARS):
            header = next(
                (
                    tuple(cells)
                    for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
                    if any(cell.strip() for cell in cells)
                ),
                None,
            )
    except csv.Error:
        return None
    if header is None:
        return None
    header = tuple(cell.strip().lstrip("\ufeff") for cell in header)
    if not csv_document.is_paindiary_header(header) or not _all_utf8(path):
        return None
    return StreamedCsv(path, header, delimiter)


def _all_utf8(path: Path) -> bool:
    """Whether the whole file is UTF-8, checked a chunk at a time. One that is not (saved from
    Excel on Windows) goes to the whole-file reader, which knows Windows-1252 and says which."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return False
    return True


def undecodable(path: Path) -> ValidationError:
    """Where the file stops being UTF-8, in tabular's words (line, character, byte), found chunk by chunk."""
    line, tail, carry = 1, b"", b""
    with path.open("rb") as handle:
        chunk = handle.read(CHUNK_BYTES)
        if chunk.startswith(codecs.BOM_UTF8):
            chunk = chunk[len(codecs.BOM_UTF8) :]
        while chunk or carry:
            data, carry = carry + chunk, b""
            more = handle.read(CHUNK_BYTES)
            try:
                data.decode("utf-8")
                good = len(data)
            except UnicodeDecodeError as exc:
                if exc.reason == "unexpected end of data" and more:
                    good, carry = exc.start, data[exc.start :]  # a character cut by the chunk
                else:
                    before = tail + data[: exc.start]
                    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
                    line += data[: exc.start].count(b"\n")
                    return ValidationError(
                        places.character(line, column),
                        _(
                            "byte 0x{byte} is not UTF-8 text; save the file as CSV in UTF-8 "
                            "(in spreadsheets: 'CSV UTF-8' or 'Unicode (UTF-8)')"
                        ).format(byte=f"{data[exc.start]:02x}"),
                    )
            done = data[:good]
            line += done.count(b"\n")
            tail = (tail + done)[(tail + done).rfind(b"\n") + 1 :]
            chunk = more
    return ValidationError("encoding", "is not UTF-8 text")
