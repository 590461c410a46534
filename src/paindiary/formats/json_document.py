"""The paindiary JSON document: the lossless, versioned interchange and backup format.

{"format": "paindiary", "version": 2,
 "entries": [...], "sessions": [{..., "side_effects": [...]}], "settings": {...}}

Every version this paindiary knows still reads: a field added in a later version (FIELD_SINCE)
is refused in an older document and optional in a newer one, where its absence means its default.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from paindiary.domain import (
    AnalysisSettings,
    PainEntry,
    SessionSeries,
    SideEffect,
    TreatmentSession,
    ValidationError,
    format_moment,
    parse_moment,
    parse_uuid,
)
from paindiary.formats import fuller_fields, json_clinic, json_medicines
from paindiary.formats.atomic import write_private_text
from paindiary.formats.fuller_fields import checklist_from_plain, checklist_to_plain
from paindiary.formats.imported import REFUSALS, refusal
from paindiary.formats.json_text import decode_json, loads
from paindiary.formats.tabular import MAX_IMPORT_RECORDS, read_bytes, too_many_records

FORMAT_NAME = "paindiary"
FORMAT_VERSION = 2
KNOWN_VERSIONS = (1, 2)
MAX_FILE_BYTES = 200 * 1024 * 1024
# Entries read (and, on import, written) together when a document is read a part at a time.
PART_ENTRIES = 5_000

ENTRY_FIELDS = (
    "id",
    "at",
    "pain",
    "worst",
    "enjoyment",
    "activity",
    "locations",
    "note",
    "sleep_interference",
    "mood",
    "for_clinician",
    "created",
    "updated",
)
SESSION_FIELDS = (
    "id",
    "at",
    "route",
    "drug",
    "dose_mg",
    "weight_kg",
    "minutes",
    "rate_mg_per_kg_h",
    "clinic",
    "note",
    "series",
    "status",
    "ride_home",
    "new_medicines",
    "checklist",
    "questions",
    "side_effects",
    "created",
    "updated",
)
SIDE_EFFECT_FIELDS = ("id", "kind", "severity", "note", "onset", "lasted_hours", "created")
_FULLER = fuller_fields.FIELDS  # sleep and mood, the session day, side effects' onset (version 2)
_OPTIONAL = {
    "worst",
    "enjoyment",
    "activity",
    "locations",
    "note",
    "created",
    "updated",
    "drug",
    "dose_mg",
    "weight_kg",
    "minutes",
    "rate_mg_per_kg_h",
    "clinic",
    "side_effects",
    "severity",
    "series",
    *_FULLER,
}
# The document version in which a field first appeared (fields not listed are in version 1).
FIELD_SINCE = {"series": 2, **dict.fromkeys(_FULLER, 2)}


@dataclass(frozen=True, slots=True)
class DiaryDocument:
    entries: list[PainEntry]
    sessions: list[TreatmentSession]
    settings: AnalysisSettings | None
    # The document's settings were written under Relief metrics v1; `settings` holds the v2 defaults.
    settings_from_v1: bool = False
    # Medicines, intakes and co-treatments (formats/json_medicines.py), parents first.
    others: list[Any] = field(default_factory=list)


def _stamp(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M:%S") if moment else None


def _number(value: float | None) -> float | int | None:
    """Whole amounts as integers (100, not 100.0), so files read naturally."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def entry_to_json(entry: PainEntry) -> dict[str, Any]:
    return {
        "id": str(entry.id),
        "at": format_moment(entry.at),
        "pain": entry.pain,
        "worst": entry.worst,
        "enjoyment": entry.enjoyment,
        "activity": entry.activity,
        "locations": list(entry.locations),
        "note": entry.note,
        "sleep_interference": entry.sleep_interference,
        "mood": entry.mood,
        "for_clinician": entry.for_clinician,
        "created": _stamp(entry.created),
        "updated": _stamp(entry.updated),
    }


def side_effect_to_json(effect: SideEffect) -> dict[str, Any]:
    return {
        "id": str(effect.id),
        "kind": effect.kind,
        "severity": effect.severity.value,
        "note": effect.note,
        "onset": effect.onset.value if effect.onset is not None else None,
        "lasted_hours": _number(effect.lasted_hours),
        "created": _stamp(effect.created),
    }


def session_to_json(treatment: TreatmentSession) -> dict[str, Any]:
    return {
        "id": str(treatment.id),
        "at": format_moment(treatment.at),
        "route": treatment.route.value,
        "drug": treatment.drug,
        "dose_mg": _number(treatment.dose_mg),
        "weight_kg": _number(treatment.weight_kg),
        "minutes": treatment.minutes,
        "rate_mg_per_kg_h": _number(treatment.rate_mg_per_kg_h),
        "clinic": treatment.clinic,
        "note": treatment.note,
        "series": treatment.series.value,
        "status": treatment.status.value,
        "ride_home": treatment.ride_home.value,
        "new_medicines": treatment.new_medicines,
        "checklist": checklist_to_plain(treatment.checklist),
        "questions": treatment.questions,
        "side_effects": [side_effect_to_json(effect) for effect in treatment.side_effects],
        "created": _stamp(treatment.created),
        "updated": _stamp(treatment.updated),
    }


def build_document(
    entries: list[PainEntry],
    sessions: list[TreatmentSession],
    settings: AnalysisSettings,
    others: list[Any] | None = None,
) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "entries": [entry_to_json(entry) for entry in entries],
        "sessions": [session_to_json(treatment) for treatment in sessions],
        **json_medicines.write_arrays(others or []),
        **json_clinic.write(others or []),
        "settings": settings.as_dict(),
    }


def write_document(path: Path, document: dict[str, Any]) -> None:
    write_private_text(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")


# ---------------------------------------------------------------- reading

_Record = TypeVar("_Record")


@cache  # asked once per record of a document that may hold a million
def fields_in(version: int, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The fields a document of `version` may hold, in order."""
    return tuple(name for name in fields if FIELD_SINCE.get(name, 1) <= version)


@cache
def _required(allowed: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(allowed), tuple(name for name in allowed if name not in _OPTIONAL)


def _check_keys(where: str, record: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    known, required = _required(allowed)
    for key in record:
        if key not in known:
            raise ValidationError(f"{where}.{key}", f"is not a known field (known: {', '.join(allowed)})")
    for key in required:
        if key not in record:
            raise ValidationError(f"{where}.{key}", "is missing")


def _moment(name: str, value: Any, *, optional: bool = False) -> datetime | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValidationError(name, f"{value!r} is not a date and time like 2024-03-01T08:30")
    return parse_moment(name, value)


def _record(where: str, build: Callable[[], _Record]) -> _Record:
    try:
        return build()
    except ValidationError as error:
        raise error.within(where) from None
    except REFUSALS as error:
        raise ValidationError(where, refusal(error)) from None


def entry_from_json(where: str, raw: Any, version: int = FORMAT_VERSION) -> PainEntry:
    if not isinstance(raw, dict):
        raise ValidationError(where, "is not an object")
    _check_keys(where, raw, fields_in(version, ENTRY_FIELDS))
    locations = raw.get("locations") or []
    if not isinstance(locations, list):
        raise ValidationError(f"{where}.locations", "must be a list of body-region names")
    return _record(
        where,
        lambda: PainEntry(
            id=parse_uuid("id", raw["id"]),
            at=_moment("at", raw["at"]),  # type: ignore[arg-type]
            pain=raw["pain"],
            worst=raw.get("worst"),
            enjoyment=raw.get("enjoyment"),
            activity=raw.get("activity"),
            locations=tuple(locations),
            note=raw.get("note") or "",
            sleep_interference=raw.get("sleep_interference"),
            mood=raw.get("mood"),
            for_clinician=raw.get("for_clinician", False),
            created=_moment("created", raw.get("created"), optional=True),
            updated=_moment("updated", raw.get("updated"), optional=True),
        ),
    )


def side_effect_from_json(where: str, raw: Any, version: int = FORMAT_VERSION) -> SideEffect:
    if not isinstance(raw, dict):
        raise ValidationError(where, "is not an object")
    _check_keys(where, raw, fields_in(version, SIDE_EFFECT_FIELDS))
    return _record(
        where,
        lambda: SideEffect(
            id=parse_uuid("id", raw["id"]),
            kind=raw["kind"],
            severity=raw.get("severity", "mild"),
            note=raw.get("note") or "",
            onset=raw.get("onset"),
            lasted_hours=raw.get("lasted_hours"),
            created=_moment("created", raw.get("created"), optional=True),
        ),
    )


def session_from_json(where: str, raw: Any, version: int = FORMAT_VERSION) -> TreatmentSession:
    if not isinstance(raw, dict):
        raise ValidationError(where, "is not an object")
    _check_keys(where, raw, fields_in(version, SESSION_FIELDS))
    effects_raw = raw.get("side_effects") or []
    if not isinstance(effects_raw, list):
        raise ValidationError(f"{where}.side_effects", "must be a list")
    effects = tuple(
        side_effect_from_json(f"{where}.side_effects[{index}]", effect, version)
        for index, effect in enumerate(effects_raw)
    )
    return _record(
        where,
        lambda: TreatmentSession(
            id=parse_uuid("id", raw["id"]),
            at=_moment("at", raw["at"]),  # type: ignore[arg-type]
            route=raw["route"],
            drug=raw.get("drug") or "ketamine",
            dose_mg=raw.get("dose_mg"),
            weight_kg=raw.get("weight_kg"),
            minutes=raw.get("minutes"),
            rate_mg_per_kg_h=raw.get("rate_mg_per_kg_h"),
            clinic=raw.get("clinic") or "",
            note=raw.get("note") or "",
            side_effects=effects,
            series=raw.get("series", SessionSeries.AUTO),
            status=raw.get("status", "done"),
            ride_home=raw.get("ride_home", "unknown"),
            new_medicines=raw.get("new_medicines") or "",
            checklist=checklist_from_plain(raw.get("checklist") or []),
            questions=raw.get("questions") or "",
            created=_moment("created", raw.get("created"), optional=True),
            updated=_moment("updated", raw.get("updated"), optional=True),
        ),
    )


def settings_from_json(raw: Any) -> tuple[AnalysisSettings, bool]:
    """The document's settings, and whether they were written under Relief metrics v1.

    v1 settings are still checked (a broken file is refused), then give way to every v2 default.
    """
    if not isinstance(raw, dict):
        raise ValidationError("settings", "must be an object")
    settings = _record("settings", lambda: AnalysisSettings.from_dict(raw))
    if raw and AnalysisSettings.written_under_v1(raw):
        return AnalysisSettings(), True
    return settings, False


def _version(value: Any) -> int:
    """A document version this paindiary reads; a newer one asks for an update."""
    known = ", ".join(str(number) for number in KNOWN_VERSIONS)
    if isinstance(value, int) and not isinstance(value, bool):
        if value in KNOWN_VERSIONS:
            return value
        if value > FORMAT_VERSION:
            raise ValidationError(
                "version", f"{value} is newer than this paindiary reads ({known}); please update"
            )
    raise ValidationError("version", f"{value!r} is not a known document version ({known})")


def parse_document(data: Any) -> DiaryDocument:
    """Check a decoded JSON document completely; the first problem raises, naming its record."""
    parts = list(document_parts(data))
    return replace(parts[-1], entries=[entry for part in parts for entry in part.entries])


def document_parts(
    data: Any, part_size: int = PART_ENTRIES, *, release: bool = False
) -> Iterator[DiaryDocument]:
    """`parse_document` a part at a time: the entries `part_size` at a time, then the rest in a last part.

    With `release`, each raw entry is dropped from `data` once read, so a caller that writes the
    parts as they come never holds the whole document's entries twice.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ValidationError("format", 'this is not a paindiary document (expected "format": "paindiary")')
    version = _version(data.get("version"))
    # The record arrays of later versions (medicines, intakes, co-treatments: version 2).
    arrays = (*json_medicines.ARRAY_NAMES, *json_clinic.KEYS) if version >= 2 else ()
    allowed = ("format", "version", "entries", "sessions", *arrays, "settings")
    for key in data:
        if key not in allowed:
            raise ValidationError(key, f"is not a known part of the document (known: {', '.join(allowed)})")
    raw_entries = data.get("entries", [])
    raw_sessions = data.get("sessions", [])
    if not isinstance(raw_entries, list):
        raise ValidationError("entries", "must be a list")
    if not isinstance(raw_sessions, list):
        raise ValidationError("sessions", "must be a list")
    arrays_found = (data.get(name) for name in ("entries", "sessions", *arrays))
    if sum(len(found) for found in arrays_found if isinstance(found, list)) > MAX_IMPORT_RECORDS:
        raise too_many_records()  # before a single record is built
    for start in range(0, len(raw_entries), part_size):
        stop = min(start + part_size, len(raw_entries))
        entries = [
            entry_from_json(f"entries[{index}]", raw_entries[index], version) for index in range(start, stop)
        ]
        if release:
            raw_entries[start:stop] = [None] * (stop - start)
        yield DiaryDocument(entries, [], None)
    sessions = [
        session_from_json(f"sessions[{index}]", raw, version) for index, raw in enumerate(raw_sessions)
    ]
    others = (
        [*json_medicines.read_arrays(data, _record), *json_clinic.read(data, _record)] if version >= 2 else []
    )
    if data.get("settings") is None:
        yield DiaryDocument([], sessions, None, others=others)
        return
    settings, from_v1 = settings_from_json(data["settings"])
    yield DiaryDocument([], sessions, settings, settings_from_v1=from_v1, others=others)


def read_document(path: Path) -> DiaryDocument:
    """Read and check a document file; errors are ValidationErrors naming file and record."""
    try:
        return parse_document(loads(decode_json(read_bytes(path, limit=MAX_FILE_BYTES))))
    except ValidationError as error:
        if error.field == "file":
            raise ValidationError(str(path), error.message) from None
        raise error.in_file(path) from None
