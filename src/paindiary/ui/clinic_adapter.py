"""The DiaryAdapter's writes of vitals, impressions (PGIC), check-ins and the profile.

Each write emits `changed(kind, ids)` with the kinds "vitals", "impression", "checkin" and
"profile", so that Today and the Sessions page hear of it (mixed into DiaryAdapter).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from paindiary.clinic_records import Checkin, Impression, Profile, Vitals
from paindiary.domain import TreatmentSession

if TYPE_CHECKING:
    from paindiary.store import Diary

VITALS = "vitals"
IMPRESSION = "impression"
CHECKIN = "checkin"
PROFILE = "profile"
# The diary preference that keeps which Today prompts were answered or skipped (ui/clinic_prompts.py).
PROMPTS_KEY = "clinic_prompts"


class ClinicWrites:
    """Writes of the clinic's records; each emits `changed` with its kind."""

    _diary: Diary
    changed: Any  # the adapter's Signal(str, list)

    def _said(self, kind: str, *ids: uuid.UUID) -> None:
        self.changed.emit(kind, [str(record_id) for record_id in ids])

    def add_vitals(self, vitals: Vitals) -> Vitals:
        saved = self._diary.add_vitals(vitals)
        self._said(VITALS, saved.id)
        return saved

    def update_vitals(self, vitals: Vitals) -> Vitals:
        saved = self._diary.update_vitals(vitals)
        self._said(VITALS, saved.id)
        return saved

    def delete_vitals(self, vitals_id: uuid.UUID) -> Vitals:
        removed = self._diary.delete_vitals(vitals_id)
        self._said(VITALS, vitals_id)
        return removed

    def restore_vitals(self, vitals: Vitals) -> Vitals:
        restored = self._diary.restore_vitals(vitals)
        self._said(VITALS, restored.id)
        return restored

    def save_session_with_vitals(
        self, treatment: TreatmentSession, vitals: Sequence[Vitals], *, new: bool
    ) -> list[Vitals]:
        before = self._diary.save_session_with_vitals(treatment, vitals, new=new)
        self.changed.emit("sessions", [str(treatment.id)])
        self._said(VITALS, *(item.id for item in vitals))
        return before

    def add_impression(self, impression: Impression) -> Impression:
        saved = self._diary.add_impression(impression)
        self._said(IMPRESSION, saved.id)
        return saved

    def update_impression(self, impression: Impression) -> Impression:
        saved = self._diary.update_impression(impression)
        self._said(IMPRESSION, saved.id)
        return saved

    def delete_impression(self, impression_id: uuid.UUID) -> Impression:
        removed = self._diary.delete_impression(impression_id)
        self._said(IMPRESSION, impression_id)
        return removed

    def restore_impression(self, impression: Impression) -> Impression:
        restored = self._diary.restore_impression(impression)
        self._said(IMPRESSION, restored.id)
        return restored

    def add_checkin(self, checkin: Checkin) -> Checkin:
        saved = self._diary.add_checkin(checkin)
        self._said(CHECKIN, saved.id)
        return saved

    def update_checkin(self, checkin: Checkin) -> Checkin:
        saved = self._diary.update_checkin(checkin)
        self._said(CHECKIN, saved.id)
        return saved

    def delete_checkin(self, checkin_id: uuid.UUID) -> Checkin:
        removed = self._diary.delete_checkin(checkin_id)
        self._said(CHECKIN, checkin_id)
        return removed

    def restore_checkin(self, checkin: Checkin) -> Checkin:
        restored = self._diary.restore_checkin(checkin)
        self._said(CHECKIN, restored.id)
        return restored

    def set_profile(self, profile: Profile) -> Profile:
        before = self._diary.set_profile(profile)
        self._said(PROFILE)
        return before

    def prompt_state(self) -> dict[str, Any]:
        """Which Today prompts were answered or skipped (kept in the diary, not on this computer)."""
        stored = self._diary.preference(PROMPTS_KEY, {})
        return stored if isinstance(stored, dict) else {}

    def set_prompt_state(self, state: dict[str, Any]) -> None:
        self._diary.set_preference(PROMPTS_KEY, state)
