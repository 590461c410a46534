"""Writing a file read a part at a time: plans of a few thousand entries each, one transaction.

A paindiary CSV or JSON document of any length is read, checked and written part by part
(Diary.import_parts), so memory does not grow with the file. It stays all or nothing: a bad
row anywhere, a failed backup or a cancel rolls back every part written before it, and the
error names the file's line (or the document's record) as when the file is read whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from paindiary.domain import ValidationError
from paindiary.formats.imported import ImportPlan
from paindiary.store import Diary, ImportResult, backup
from paindiary.store.import_parts import ImportPart

_ENTRY_FIELD = re.compile(r"^entries\[(\d+)\](.*)$")


@dataclass(frozen=True, slots=True)
class StreamedImport:
    """What an import read part by part did; `plan` is its last part (label, mapping, notes)."""

    plan: ImportPlan
    result: ImportResult
    encoding: str | None = None  # how a text table was decoded (None: a JSON document)


class _Parts:
    """The plans as the store's parts, remembering the latest to say a store error at its line."""

    def __init__(self, diary: Diary, plans: Iterator[ImportPlan]) -> None:
        self._diary = diary
        self._plans = plans
        self.latest: ImportPlan | None = None
        self._first_entry = 0  # the index over the whole file of the latest plan's first entry
        self._backed_up = False

    def __iter__(self) -> Iterator[ImportPart]:
        handed = 0
        for plan in self._plans:
            self.latest, self._first_entry = plan, handed
            handed += len(plan.entries)
            if not self._backed_up and _holds_anything(plan):
                # Once the first part has been read and checked, before anything is written.
                backup.backup_before(self._diary.path, backup.IMPORT)
                self._backed_up = True
            yield ImportPart(plan.entries, plan.sessions, plan.settings, plan.others)

    def locate(self, error: ValidationError) -> ValidationError:
        """`entries[5003]` (counted over the file, as the store counts) as the line it came from."""
        if self.latest is None:
            return error
        match = _ENTRY_FIELD.match(error.field)
        if match is None:
            return self.latest.locate(error)
        within = ValidationError(
            f"entries[{int(match.group(1)) - self._first_entry}]{match.group(2)}", error.message
        )
        located = self.latest.locate(within)
        return error if located is within else located


def _holds_anything(plan: ImportPlan) -> bool:
    return bool(plan.entries or plan.sessions or plan.others or plan.settings is not None)


def write_parts(diary: Diary, plans: Iterator[ImportPlan]) -> StreamedImport:
    """Back up, then write every plan in one transaction; store errors name the file's line."""
    parts = _Parts(diary, plans)
    try:
        result = diary.import_parts(parts)
    except ValidationError as error:
        raise parts.locate(error) from None
    finally:
        close = getattr(plans, "close", None)
        if close is not None:
            close()  # an unfinished reader lets go of its file now
    assert parts.latest is not None  # every reader yields at least its last part
    return StreamedImport(parts.latest, result)
