"""One way in for every file: open, recognise, read, compare, then write in one transaction.

The command line and the import wizard both go through here, so a file is read the same
way whichever door the patient uses. A plan (load_plan) holds the whole file, checked, for
the wizard's summary; import_path reads our own CSV and JSON a part at a time instead and
writes each part as it comes. Either way everything is written in one transaction, after a
backup, and a problem anywhere in the file means nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession, ValidationError
from paindiary.formats import (
    csv_document,
    csv_reader,
    csv_stream,
    json_document,
    json_text,
    mapped_csv,
    places,
)
from paindiary.formats.dates import DateOrder
from paindiary.formats.imported import (
    REFUSALS,
    ImportPlan,
    Progress,
    one_line,
    refusal,
    report_progress,
    v1_settings_note,
)
from paindiary.formats.other_apps import bearable, flaredown, paintracker
from paindiary.formats.streamed_import import StreamedImport, write_parts
from paindiary.formats.tabular import Table, read_bytes, read_table
from paindiary.formatting import entries_text, sessions_text
from paindiary.i18n import _
from paindiary.store import Diary, ImportResult, backup

# Entries read, checked and written together when a file is imported a part at a time.
PART_ENTRIES = 5_000


class SourceFormat(StrEnum):
    AUTO = "auto"
    PAINDIARY_JSON = "paindiary-json"
    PAINDIARY_CSV = "paindiary-csv"
    PAINTRACKER = "paintracker"
    BEARABLE = "bearable"
    FLAREDOWN = "flaredown"
    MAPPED = "mapped"


def format_label(source: SourceFormat) -> str:
    return {
        SourceFormat.AUTO: _("Recognise from the file"),
        SourceFormat.PAINDIARY_JSON: _("paindiary JSON document"),
        SourceFormat.PAINDIARY_CSV: _("paindiary CSV"),
        SourceFormat.PAINTRACKER: paintracker.LABEL,
        SourceFormat.BEARABLE: bearable.LABEL,
        SourceFormat.FLAREDOWN: flaredown.LABEL,
        SourceFormat.MAPPED: _("Other spreadsheet (choose the columns)"),
    }[source]


_AppReader = tuple[
    Callable[[Table], bool], Callable[[Table, DateOrder | None, Progress | None], ImportPlan], str
]
_APP_READERS: dict[SourceFormat, _AppReader] = {
    SourceFormat.PAINTRACKER: (paintracker.matches, paintracker.read, paintracker.LABEL),
    SourceFormat.BEARABLE: (bearable.matches, bearable.read, bearable.LABEL),
    SourceFormat.FLAREDOWN: (flaredown.matches, flaredown.read, flaredown.LABEL),
}


class UnknownColumns(ValidationError):
    """A spreadsheet whose header no reader recognises: the patient must map its columns."""

    def __init__(self, header: tuple[str, ...]) -> None:
        super().__init__(
            _("header"),
            _("{columns} is not the header of a format paindiary recognises; name the columns").format(
                columns=" | ".join(header) or _("(none)")
            ),
        )
        self.header = header


@dataclass(frozen=True, slots=True)
class OpenedFile:
    """A file read and decoded, not yet turned into records."""

    path: Path
    table: Table | None = None
    document: json_document.DiaryDocument | None = None

    @property
    def detected(self) -> SourceFormat | None:
        if self.document is not None:
            return SourceFormat.PAINDIARY_JSON
        return detect(self.table) if self.table is not None else None


def detect(table: Table) -> SourceFormat | None:
    """The format a header belongs to, or None when the patient has to map the columns."""
    if csv_document.is_paindiary_header(table.header):
        return SourceFormat.PAINDIARY_CSV
    for source in (SourceFormat.BEARABLE, SourceFormat.FLAREDOWN, SourceFormat.PAINTRACKER):
        if _APP_READERS[source][0](table):
            return source
    return None


def _looks_like_json(path: Path) -> bool:
    if path.suffix.lower() == ".json":
        return True
    try:
        with path.open("rb") as handle:
            start = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return start.startswith(b"{")


def open_file(path: Path, progress: Progress | None = None) -> OpenedFile:
    """Read and decode a file completely; errors name the file (and line where there is one)."""
    try:
        if _looks_like_json(path):
            return OpenedFile(path, document=json_document.read_document(path))
        return OpenedFile(path, table=read_table(path, progress=progress))
    except ValidationError as error:
        raise _one_line(error) from None  # the readers have named the file already
    except REFUSALS as error:
        raise _in_file(ValidationError(str(path), refusal(error)), path) from None


def plan_from(
    opened: OpenedFile,
    source: SourceFormat = SourceFormat.AUTO,
    *,
    columns: mapped_csv.ColumnMapping | None = None,
    date_order: DateOrder | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Turn an opened file into checked records (nothing is written)."""
    if opened.document is not None:
        return _document_plan(opened.document)
    table = opened.table
    assert table is not None
    if columns is not None:
        source = SourceFormat.MAPPED
    elif source is SourceFormat.AUTO:
        source = detect(table) or SourceFormat.MAPPED
        if source is SourceFormat.MAPPED:
            raise _in_file(UnknownColumns(table.header), opened.path)
    try:
        if source is SourceFormat.MAPPED:
            if columns is None:
                raise UnknownColumns(table.header)
            return mapped_csv.read(table, columns, date_order, progress)
        if source is SourceFormat.PAINDIARY_CSV:
            return csv_reader.plan_from_table(table, progress)
        if source is SourceFormat.PAINDIARY_JSON:
            raise ValidationError("format", _("this file is a spreadsheet, not a JSON document"))
        matches, read, label = _APP_READERS[source]
        if not matches(table):
            message = _("the columns are not those of a {label} export").format(label=label)
            raise ValidationError("format", message)
        return read(table, date_order, progress)
    except ValidationError as error:
        raise _in_file(error, opened.path) from None
    except REFUSALS as error:
        raise _in_file(ValidationError(str(opened.path), refusal(error)), opened.path) from None


def _document_plan(document: json_document.DiaryDocument) -> ImportPlan:
    return ImportPlan(
        source=SourceFormat.PAINDIARY_JSON,
        label=format_label(SourceFormat.PAINDIARY_JSON),
        entries=tuple(document.entries),
        sessions=tuple(document.sessions),
        settings=document.settings,
        others=tuple(document.others),
        mapping=(_("Every field is read as written (ids, times and values are kept exactly)."),),
        notes=(v1_settings_note(),) if document.settings_from_v1 else (),
    )


def _in_file(error: ValidationError, path: Path) -> ValidationError:
    """The error said of the file, on one line, quoting at most a few hundred of its characters."""
    located = error.in_file(path)
    return _one_line(error, located.field, located.message)


def _one_line(
    error: ValidationError, field: str | None = None, message: str | None = None
) -> ValidationError:
    cleaned = ValidationError(one_line(field or error.field), one_line(message or error.message))
    if type(error) is not ValidationError:
        # Keep the subclass (AmbiguousDates, UnknownColumns) so callers can ask instead of fail.
        error.args = cleaned.args
        error.field = cleaned.field
        error.message = cleaned.message
        return error
    return cleaned


def load_plan(
    path: Path,
    source: SourceFormat = SourceFormat.AUTO,
    *,
    columns: mapped_csv.ColumnMapping | None = None,
    date_order: DateOrder | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Open and read a file completely into an ImportPlan."""
    opened = open_file(path, progress)
    return plan_from(opened, source, columns=columns, date_order=date_order, progress=progress)


def import_path(
    diary: Diary,
    path: Path,
    source: SourceFormat = SourceFormat.AUTO,
    *,
    columns: mapped_csv.ColumnMapping | None = None,
    date_order: DateOrder | None = None,
    progress: Progress | None = None,
) -> StreamedImport:
    """Read, check and write a file in one transaction after a backup; errors name the file.

    paindiary's own CSV and JSON document are read and written a part at a time, in memory that
    does not grow with the file; other formats are read whole first (load_plan, apply_plan).
    """
    plans = _plans_in_parts(path, source, progress) if columns is None else None
    if plans is None:
        opened = open_file(path, progress)
        plan = plan_from(opened, source, columns=columns, date_order=date_order, progress=progress)
        encoding = opened.table.encoding if opened.table is not None else None
        try:
            return StreamedImport(plan, apply_plan(diary, plan), encoding)
        except ValidationError as error:
            raise error.in_file(path) from None
    try:
        done = write_parts(diary, plans)
        # Only UTF-8 is streamed (csv_stream); a JSON document is always UTF-8 and says nothing.
        return done if _looks_like_json(path) else replace(done, encoding="UTF-8")
    except ValidationError as error:
        raise _in_file(error, path) from None
    except REFUSALS as error:
        raise _in_file(ValidationError(str(path), refusal(error)), path) from None


def _plans_in_parts(
    path: Path, source: SourceFormat, progress: Progress | None
) -> Iterator[ImportPlan] | None:
    """The file's plans a part at a time when it is our CSV or JSON document, else None."""
    if _looks_like_json(path):
        return _document_parts(path, progress)
    if source not in (SourceFormat.AUTO, SourceFormat.PAINDIARY_CSV):
        return None
    streamed = csv_stream.open_streamed(path)
    if streamed is None:
        return None
    table = Table(str(path), streamed.header, (), streamed.delimiter)
    return csv_reader.plan_in_parts(table, streamed.rows(progress), PART_ENTRIES)


def _document_parts(path: Path, progress: Progress | None) -> Iterator[ImportPlan]:
    """The JSON document read once (its size is capped), its records turned into plans part by part."""
    try:
        data = json_text.loads(json_text.decode_json(read_bytes(path, limit=json_document.MAX_FILE_BYTES)))
    except ValidationError as error:
        raise (ValidationError(str(path), error.message) if error.field == "file" else error) from None
    entries = data.get("entries") if isinstance(data, dict) else None
    total = len(entries) if isinstance(entries, list) else 0
    done = 0
    for document in json_document.document_parts(data, PART_ENTRIES, release=True):
        yield _document_plan(document)
        done += len(document.entries)
        if progress is not None:
            report_progress(progress, done, total)


# ---------------------------------------------------------------- before and while writing


@dataclass(frozen=True, slots=True)
class PlanCheck:
    """How a plan compares with the diary: what is new, what is there, what clashes."""

    new_entries: int
    new_sessions: int
    already_present: int
    conflicts: tuple[str, ...]


def check_plan(diary: Diary, plan: ImportPlan) -> PlanCheck:
    """Compare a plan with the diary without writing (the summary shown before importing)."""
    entries = {entry.id: entry for entry in diary.entries()}
    sessions = {treatment.id: treatment for treatment in diary.sessions()}
    new_entries = new_sessions = present = 0
    conflicts: list[str] = []
    for index, entry in enumerate(plan.entries):
        known = entries.get(entry.id)
        if known is None:
            new_entries += 1
        elif known.same_content(entry):
            present += 1
        else:
            conflicts.append(_where(plan.entry_lines, index, "entries"))
    for index, treatment in enumerate(plan.sessions):
        known_session = sessions.get(treatment.id)
        if known_session is None:
            new_sessions += 1
        elif known_session.same_content(treatment):
            present += 1
        else:
            conflicts.append(_where(plan.session_lines, index, "sessions"))
    return PlanCheck(new_entries, new_sessions, present, tuple(conflicts))


def _where(lines: tuple[int, ...], index: int, kind: str) -> str:
    return places.line(lines[index]) if index < len(lines) else f"{kind}[{index}]"


def describe_plan(plan: ImportPlan, check: PlanCheck | None = None) -> str:
    """`312 entries, 9 sessions; 4 already in your diary` — what an import would do."""
    text = _("{entries}, {sessions}").format(
        entries=entries_text(len(plan.entries)), sessions=sessions_text(len(plan.sessions))
    )
    if check is not None and check.already_present:
        text += _("; {n} already in your diary").format(n=check.already_present)
    if check is not None and check.conflicts:
        text += _("; {n} differ from records with the same id in your diary ({first})").format(
            n=len(check.conflicts), first=check.conflicts[0]
        )
    return text


class Writer(Protocol):
    """Writes one import batch in one transaction (Diary.import_records or the app's adapter)."""

    def __call__(
        self,
        entries: Sequence[PainEntry],
        sessions: Sequence[TreatmentSession],
        settings: AnalysisSettings | None = None,
        others: Sequence[Any] = (),
    ) -> ImportResult: ...


def apply_plan(diary: Diary, plan: ImportPlan, write: Writer | None = None) -> ImportResult:
    """Back up the diary, then write the whole plan in one transaction; errors name the file's line.

    A backup that fails (BackupError) stops the import before anything is written.
    """
    if plan.entries or plan.sessions or plan.others or plan.settings is not None:
        backup.backup_before(diary.path, backup.IMPORT)
    writer: Writer = write or diary.import_records
    try:
        return writer(list(plan.entries), list(plan.sessions), plan.settings, others=plan.others)
    except ValidationError as error:
        raise plan.locate(error) from None
