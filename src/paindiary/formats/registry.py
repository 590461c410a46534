"""Which file format a path means, and the one way the CLI and the app export and import."""

from __future__ import annotations

from pathlib import Path

from paindiary.domain import ValidationError
from paindiary.formats import json_document
from paindiary.store import Diary, ImportResult

EXPORTS = {".json": "the paindiary JSON document (lossless)"}
IMPORTS = {".json": "a paindiary JSON document"}


def describe_exports() -> str:
    return "; ".join(f"{suffix} = {text}" for suffix, text in EXPORTS.items()) + "."


def describe_imports() -> str:
    return "; ".join(f"{suffix} = {text}" for suffix, text in IMPORTS.items()) + "."


def _suffix(path: Path, known: dict[str, str]) -> str:
    suffix = path.suffix.lower()
    if suffix not in known:
        raise ValidationError(str(path), f"unknown file type {suffix or '(none)'!r}; use one of: {', '.join(known)}")
    return suffix


def export_diary(diary: Diary, path: Path) -> str:
    """Write the whole diary to `path`; return what was written, in words."""
    _suffix(path, EXPORTS)
    entries, sessions = diary.entries(), diary.sessions()
    document = json_document.build_document(entries, sessions, diary.analysis_settings())
    try:
        json_document.write_document(path, document)
    except OSError as exc:
        raise ValidationError(str(path), f"cannot be written ({exc.strerror})") from None
    return f"{len(entries)} entries and {len(sessions)} sessions"


def import_file(diary: Diary, path: Path) -> ImportResult:
    """Read `path` completely, then add its records in one transaction."""
    _suffix(path, IMPORTS)
    try:
        document = json_document.read_document(path)
        return diary.import_records(document.entries, document.sessions, document.settings)
    except ValidationError as error:
        raise error.in_file(path) from None


def describe_result(result: ImportResult) -> str:
    text = f"Imported {result.added_entries} entries and {result.added_sessions} sessions"
    skipped = result.skipped_entries + result.skipped_sessions
    if skipped:
        text += f"; {skipped} already in your diary were skipped"
    if result.settings_changed:
        text += "; analysis settings taken from the file"
    return text + "."
