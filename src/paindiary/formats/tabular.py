"""Reading a spreadsheet file someone else wrote: bytes in, a checked table of text cells out.

The file is untrusted. It may be huge, in another encoding (UTF-16, or Windows-1252 from
Excel), use `;` or tabs, carry a BOM, CRLF line ends, quoted newlines, or (old Pain Tracker
exports) the two characters `\\n` between rows. Every problem becomes a ValidationError that
names the line (and column where there is one); nothing here writes anything.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from paindiary.domain import ValidationError
from paindiary.formats import places
from paindiary.formats.imported import Progress, report_progress
from paindiary.i18n import _

MAX_FILE_BYTES = 100 * 1024 * 1024
# Records one import may hold: beyond this a file is refused before the rest of it is read.
MAX_IMPORT_RECORDS = 2_000_000
# A note holds at most 10,000 characters; a longer cell means a broken file (an unclosed quote).
MAX_FIELD_CHARS = 65_536
DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50


@dataclass(frozen=True, slots=True)
class Row:
    """One record of the file: the line it starts on and its cells, one per header column."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A CSV file read completely: its header and its non-blank rows."""

    name: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    delimiter: str
    encoding: str = "UTF-8"  # how the file's bytes were read, said to the patient

    def column(self, name: str) -> int:
        """Index of a header column (names compare without case or surrounding spaces)."""
        wanted = name.strip().casefold()
        matches = [index for index, title in enumerate(self.header) if title.strip().casefold() == wanted]
        if not matches:
            raise ValidationError(
                places.column(name),
                _("is not in the file (its columns: {columns})").format(columns=", ".join(self.header)),
            )
        if len(matches) > 1:
            raise ValidationError(places.column(name), _("appears more than once in the header"))
        return matches[0]

    def has_column(self, name: str) -> bool:
        wanted = name.strip().casefold()
        return any(title.strip().casefold() == wanted for title in self.header)


def not_csv(line: int, detail: str) -> ValidationError:
    """The csv module's refusal of a line, in the reader's words where it is a common one."""
    if "field larger than field limit" in detail:
        detail = _("a cell is longer than {limit} characters (is a quote left open?)").format(
            limit=MAX_FIELD_CHARS
        )
    return ValidationError(places.line(line), _("is not valid CSV ({detail})").format(detail=detail))


def cell_error(line: int, column: str, message: str) -> ValidationError:
    """An error about one cell, in the words every reader uses."""
    return ValidationError(places.cell(line, column), message)


def read_bytes(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing files larger than `limit`."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be read ({exc.strerror})") from None
    if len(data) > limit:
        raise ValidationError(str(path), f"is larger than {limit // (1024 * 1024)} MB")
    return data


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the bytes look like UTF-16 text that lost its BOM, else None.

    Text that is mostly Latin letters, digits and punctuation has a zero byte in every other
    position in UTF-16 (the odd ones in little-endian); UTF-8 text has none at all.
    """
    sample = data[:512]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd_zeros >= pairs * 0.4 and even_zeros == 0:
        return "utf-16-le"
    if even_zeros >= pairs * 0.4 and odd_zeros == 0:
        return "utf-16-be"
    return None


UTF8, UTF16, WINDOWS_1252 = "UTF-8", "UTF-16", "Windows-1252"


def decode(data: bytes) -> str:
    """The file's text; see `decode_named`."""
    return decode_named(data)[0]


def decode_named(data: bytes) -> tuple[str, str]:
    """(text, encoding name): UTF-16 (BOM or recognised), else UTF-8 (BOM or not), else Windows-1252.

    Excel on Windows saves "CSV" in Windows-1252; valid UTF-8 is almost never also sensible
    Windows-1252 text, so UTF-8 is tried first. Only bytes neither can read are refused.
    """
    utf16 = (
        "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else utf16_without_bom(data)
    )
    if utf16 is not None:
        try:
            return data.decode(utf16), UTF16
        except UnicodeDecodeError as exc:
            raise ValidationError("encoding", f"is not valid UTF-16 text (byte {exc.start})") from None
    try:
        return data.decode("utf-8-sig"), UTF8
    except UnicodeDecodeError as exc:
        not_utf8 = exc.start
    try:
        return data.decode("cp1252"), WINDOWS_1252
    except UnicodeDecodeError:
        pass
    before = data[:not_utf8]
    line = before.count(b"\n") + 1
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8-sig", errors="replace")) + 1
    raise ValidationError(
        places.character(line, column),
        _(
            "byte 0x{byte} is not UTF-8 text, and the file is not Windows-1252 either; "
            "save the file as CSV in UTF-8 (in spreadsheets: 'CSV UTF-8' or 'Unicode (UTF-8)')"
        ).format(byte=f"{data[not_utf8]:02x}"),
    ) from None


def unescape_literal_newlines(text: str) -> str:
    """Turn the two characters `\\n` used as row separators into real line breaks.

    Some Pain Tracker versions joined rows with a literal backslash-n. That is the case
    exactly when the header ends with one, i.e. a literal `\\n` comes before any real
    line break; then every literal `\\n` outside quotes separates rows.
    """
    if "\\n" not in text:
        return text  # the usual case, found at C speed
    first_real = _outside_quotes_find(text, "\n")
    first_literal = _outside_quotes_find(text, "\\n")
    if first_literal < 0 or (0 <= first_real < first_literal):
        return text
    # Split at quotes: the even pieces are outside them (str methods, not a walk per character).
    pieces = text.split('"')
    pieces[0::2] = [piece.replace("\\n", "\n") for piece in pieces[0::2]]
    return '"'.join(pieces)


def _outside_quotes_find(text: str, needle: str) -> int:
    """Where `needle` (which holds no quote) first appears outside double quotes, or -1."""
    index, quoted = 0, False
    while True:
        next_quote = text.find('"', index)
        if not quoted:
            found = text.find(needle, index, len(text) if next_quote < 0 else next_quote)
            if found >= 0:
                return found
        if next_quote < 0:
            return -1
        quoted = not quoted
        index = next_quote + 1


@contextmanager
def field_limit(limit: int) -> Iterator[None]:
    # csv.field_size_limit is process-wide: set ours for the read, then put the old one back.
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def records(stream: TextIO, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of each record of an open text; csv errors name the line."""
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    line_after_previous = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise not_csv(line_after_previous, str(exc)) from None
        yield line_after_previous, cells
        line_after_previous = reader.line_num + 1


def sniff_delimiter(text: str) -> str:
    """The delimiter (`,` `;` or tab) that splits the first records into the most, steady columns."""
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        widths: list[int] = []
        try:
            with field_limit(MAX_FIELD_CHARS):
                for _line, cells in records(io.StringIO(text, newline=""), delimiter):
                    if any(cell.strip() for cell in cells):
                        widths.append(len(cells))
                    if len(widths) >= _SNIFF_RECORDS:
                        break
        except ValidationError:
            continue
        if not widths or widths[0] < 2:
            continue
        steady = sum(1 for width in widths[1:] if width == widths[0])
        score = (steady, widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def too_many_records() -> ValidationError:
    """The refusal of a file with more records than one import takes."""
    return ValidationError(
        "file",
        _("holds more than {limit} records, more than one import takes; split it into smaller files").format(
            limit=f"{MAX_IMPORT_RECORDS:,}"
        ),
    )


def data_row(line: int, raw: list[str], width: int) -> Row:
    """A record as a row of the header's `width`; a record with more filled cells is refused."""
    if any(cell.strip() for cell in raw[width:]):
        raise ValidationError(
            places.line(line),
            _("has {cells} cells but the header has {columns} columns").format(cells=len(raw), columns=width),
        )
    cells = tuple(raw[:width])
    # Spreadsheets sometimes drop empty trailing cells; they are empty, not missing.
    return Row(line, cells + ("",) * (width - len(cells)))


def parse_table(text: str, *, delimiter: str | None = None, progress: Progress | None = None) -> Table:
    """Split decoded text into a header and rows; the name is filled in by `read_table`."""
    text = unescape_literal_newlines(text)
    chosen = delimiter or sniff_delimiter(text)
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    total_lines = text.count("\n") + 1
    with field_limit(MAX_FIELD_CHARS):
        for line, raw in records(io.StringIO(text, newline=""), chosen):
            if not any(cell.strip() for cell in raw):
                continue
            if header is None:
                header = tuple(cell.strip().lstrip("\ufeff") for cell in raw)
                continue
            row = data_row(line, raw, len(header))
            if len(rows) >= MAX_IMPORT_RECORDS:
                raise too_many_records()
            rows.append(row)
            if progress is not None and len(rows) % 500 == 0:
                report_progress(progress, line, total_lines)
    if header is None:
        raise ValidationError("file", _("is empty (no header row)"))
    return Table("", header, tuple(rows), chosen)


def read_table(path: Path, *, delimiter: str | None = None, progress: Progress | None = None) -> Table:
    """Read, decode and split a CSV file; errors name the file and the line."""
    try:
        text, encoding = decode_named(read_bytes(path))
        table = parse_table(text, delimiter=delimiter, progress=progress)
    except ValidationError as error:
        raise error.in_file(path) from None
    return Table(str(path), table.header, table.rows, table.delimiter, encoding)
