"""Which file format a path means, and the one way the CLI and the app export and import."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from paindiary.domain import ValidationError
from paindiary.formats import csv_document, fhir, json_document
from paindiary.formats.dates import DateOrder
from paindiary.formats.imported import Progress
from paindiary.formats.importing import SourceFormat, import_path
from paindiary.formats.mapped_csv import ColumnMapping
from paindiary.formatting import entries_text, sessions_text
from paindiary.i18n import _
from paindiary.store import Diary, ImportResult


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One way out: the file name ending that selects it and what it is, in words."""

    key: str
    suffix: str
    description: str


# Longest suffix first: "x.fhir.json" is FHIR, "x.json" the paindiary document.
EXPORT_FORMATS = (
    ExportFormat("fhir", ".fhir.json", "a FHIR R4 bundle for clinic systems"),
    ExportFormat("json", ".json", "the paindiary JSON document (lossless)"),
    ExportFormat("csv", ".csv", "the paindiary CSV for spreadsheets (lossless)"),
)
EXPORTS = {fmt.suffix: fmt.description for fmt in EXPORT_FORMATS}
IMPORTS = {
    ".json": "a paindiary JSON document",
    ".csv": "the paindiary CSV, or an export of Pain Tracker, Bearable or Flaredown (recognised by "
    "their columns), or any spreadsheet with --columns",
}


def describe_exports() -> str:
    return "; ".join(f"{suffix} = {text}" for suffix, text in EXPORTS.items()) + "."


def describe_imports() -> str:
    return "; ".join(f"{suffix} = {text}" for suffix, text in IMPORTS.items()) + "."


def export_format_for(path: Path) -> ExportFormat:
    name = path.name.lower()
    for fmt in EXPORT_FORMATS:
        if name.endswith(fmt.suffix):
            return fmt
    known = ", ".join(fmt.suffix for fmt in EXPORT_FORMATS)
    raise ValidationError(
        str(path), f"unknown file type {path.suffix.lower() or '(none)'!r}; use one of: {known}"
    )


def clinic_records(diary: Diary) -> list[object]:
    """Vitals, impressions, check-ins and the profile, as the documents carry them."""
    return [*diary.vitals(), *diary.impressions(), *diary.checkins(), diary.profile()]


def export_diary(diary: Diary, path: Path, key: str | None = None) -> str:
    """Write the whole diary to `path` (atomically, 0600); return what was written, in words.

    The format follows the file name, or `key` ("json", "csv", "fhir") when given.
    """
    fmt = export_format_for(path) if key is None else next(f for f in EXPORT_FORMATS if f.key == key)
    entries, sessions = diary.entries(), diary.sessions()
    settings = diary.analysis_settings()
    # Parents first: an intake names its medicine, which an import must already have read.
    others = [*diary.medicines(), *diary.co_treatments(), *diary.intakes(), *clinic_records(diary)]
    try:
        if fmt.key == "json":
            json_document.write_document(
                path, json_document.build_document(entries, sessions, settings, others)
            )
        elif fmt.key == "csv":
            csv_document.write_csv(path, entries, sessions, settings, others)
        else:
            fhir.write_bundle(path, entries, sessions, others)
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be written ({exc.strerror})") from None
    return _("{entries} and {sessions}").format(
        entries=entries_text(len(entries)), sessions=sessions_text(len(sessions))
    )


def import_file(
    diary: Diary,
    path: Path,
    source: SourceFormat = SourceFormat.AUTO,
    *,
    columns: ColumnMapping | None = None,
    date_order: DateOrder | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read and add `path`'s records in one transaction (our own formats a part at a time)."""
    return import_path(diary, path, source, columns=columns, date_order=date_order, progress=progress).result


def describe_result(result: ImportResult) -> str:
    text = _("Imported {entries} and {sessions}").format(
        entries=entries_text(result.added_entries), sessions=sessions_text(result.added_sessions)
    )
    skipped = result.skipped_entries + result.skipped_sessions
    if skipped:
        text += _("; {n} already in your diary were skipped").format(n=skipped)
    if result.settings_changed:
        text += _("; analysis settings taken from the file")
    return text + "."
