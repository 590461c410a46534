"""The profile, kept as the diary's setting "profile" (one JSON object; no table of its own).

One optional record per diary fits a key of the settings table better than a one-row table:
it travels with the diary, needs no migration of its own and a damaged value reads as empty.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from paindiary.clinic_records import Profile
from paindiary.domain import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROFILE_KEY = "profile"
PROFILE_FIELDS = ("name", "born", "conditions", "clinic", "clinician")


def profile_as_dict(profile: Profile) -> dict[str, Any]:
    """The profile's fields as JSON values (the date of birth as an ISO date or null)."""
    return {
        "name": profile.name,
        "born": profile.born.isoformat() if profile.born else None,
        "conditions": profile.conditions,
        "clinic": profile.clinic,
        "clinician": profile.clinician,
    }


def profile_from_dict(values: Any) -> Profile:
    """A profile from its JSON object; raises ValidationError naming the field."""
    if not isinstance(values, dict):
        raise ValidationError("profile", "is not an object")
    for key in values:
        if key not in PROFILE_FIELDS:
            known = ", ".join(PROFILE_FIELDS)
            raise ValidationError(f"profile.{key}", f"is not a known field (known: {known})")
    born = values.get("born")
    if born is not None:
        if not isinstance(born, str):
            raise ValidationError("profile.born", f"{born!r} is not a date like 1970-05-31")
        try:
            born = date.fromisoformat(born)
        except ValueError:
            raise ValidationError("profile.born", f"{born!r} is not a date like 1970-05-31") from None
    texts = {key: values.get(key) or "" for key in PROFILE_FIELDS if key != "born"}
    return Profile(born=born, **texts)


def profile_from_stored(stored: str | None) -> Profile:
    """The profile from its stored JSON text; empty when there is none or it cannot be read."""
    if stored is None:
        return Profile()
    try:
        return profile_from_dict(json.loads(stored))
    except (ValueError, TypeError):
        return Profile()  # a hand-edited value must not make the diary unusable


def profile_in(session: Session) -> Profile:
    """The stored profile, read inside a transaction that is writing."""
    from paindiary.store.schema import SettingRow

    row = session.get(SettingRow, PROFILE_KEY)
    return profile_from_stored(None if row is None else row.value)


def write_profile(session: Session, profile: Profile) -> None:
    from paindiary.store.schema import SettingRow

    if profile.empty:
        row = session.get(SettingRow, PROFILE_KEY)
        if row is not None:
            session.delete(row)
        return
    value = json.dumps(profile_as_dict(profile), ensure_ascii=False)
    session.merge(SettingRow(key=PROFILE_KEY, value=value))


def import_profile(session: Session, others: Sequence[Any]) -> bool:
    """Take an imported, non-empty profile when it differs from the stored one; True if it did."""
    profiles = [record for record in others if isinstance(record, Profile) and not record.empty]
    if not profiles or profiles[-1] == profile_in(session):
        return False
    write_profile(session, profiles[-1])
    return True
