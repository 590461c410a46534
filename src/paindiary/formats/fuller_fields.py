"""The fields of the fuller record that need more than a plain value in our files: a session's
checklist (a list of {"text", "done"}) and yes/no cells of the CSV."""

from __future__ import annotations

import json
from typing import Any

from paindiary.domain import ChecklistItem, ValidationError
from paindiary.i18n import _

# The fuller record's fields in our CSV and JSON document (version 2): sleep and mood, the
# session day, side effects' onset and duration.
FIELDS = (
    "sleep_interference",
    "mood",
    "for_clinician",
    "status",
    "ride_home",
    "new_medicines",
    "checklist",
    "questions",
    "onset",
    "lasted_hours",
)


def checklist_from_plain(raw: Any) -> tuple[ChecklistItem, ...]:
    """A checklist from decoded JSON: a list of {"text": ..., "done": true or false}."""
    if not isinstance(raw, list) or not all(
        isinstance(item, dict) and set(item) == {"text", "done"} for item in raw
    ):
        raise ValidationError(
            "checklist", _("must be a list of checklist items, each with its text and whether it is done")
        )
    return tuple(ChecklistItem(text=item["text"], done=item["done"]) for item in raw)


def checklist_to_plain(items: tuple[ChecklistItem, ...]) -> list[dict[str, Any]]:
    return [{"text": item.text, "done": item.done} for item in items]


def checklist_cell(items: tuple[ChecklistItem, ...]) -> str:
    """The checklist in one CSV cell, as the JSON document writes it ("" when empty)."""
    return json.dumps(checklist_to_plain(items), ensure_ascii=False) if items else ""


def checklist_from_cell(text: str) -> tuple[ChecklistItem, ...]:
    if not text.strip():
        return ()
    try:
        return checklist_from_plain(json.loads(text))
    except ValueError:
        raise ValidationError(
            "checklist", _("must be a list of checklist items, each with its text and whether it is done")
        ) from None


def flag_cell(value: bool) -> str:
    return "yes" if value else "no"


def flag_from_cell(name: str, text: str) -> bool:
    """A yes/no cell; an empty cell (or a file from before the column) is no."""
    value = text.strip().lower()
    if value not in ("yes", "no", ""):
        raise ValidationError(name, _("{text!r} is not yes or no").format(text=text.strip()[:40]))
    return value == "yes"
