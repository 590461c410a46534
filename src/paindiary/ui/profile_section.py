"""The Profile section of Settings: name, date of birth, conditions, clinic and clinician.

Optional, for the appointment report's header; never required. The fields' lengths are the
profile's limits; a date of birth that cannot be read is said next to the fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from paindiary.clinic_records import Profile
from paindiary.domain import ValidationError
from paindiary.field_checks import NAME_MAX
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.form_parts import error_label

CONDITIONS_MAX = 1000
FIELDS = ("name", "born", "conditions", "clinic", "clinician")


class ProfileSection(QGroupBox):
    def __init__(self, adapter: DiaryAdapter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Profile"), parent)
        self._adapter = adapter
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Optional, for the header of the appointment report. "
                "It stays in your diary on this computer and is never sent anywhere."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.name = self._line(form, self.tr("Name"), NAME_MAX * 2)
        self.born = self._line(form, self.tr("Date of birth"), 10)
        self.born.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.conditions = self._line(form, self.tr("Conditions"), CONDITIONS_MAX)
        self.conditions.setPlaceholderText(self.tr("e.g. CRPS, left foot"))
        self.clinic = self._line(form, self.tr("Clinic"), NAME_MAX * 2)
        self.clinician = self._line(form, self.tr("Clinician"), NAME_MAX * 2)
        self.error = error_label(self)
        form.addRow(self.error)
        self._stored = adapter.reader.profile()
        self.show_profile(self._stored)

    def _line(self, form: QFormLayout, label: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(limit)
        edit.setAccessibleName(label)
        form.addRow(label, edit)
        return edit

    def show_profile(self, profile: Profile) -> None:
        self.name.setText(profile.name)
        self.born.setText(profile.born.isoformat() if profile.born else "")
        self.conditions.setText(profile.conditions)
        self.clinic.setText(profile.clinic)
        self.clinician.setText(profile.clinician)

    def profile(self) -> Profile:
        """The profile as shown; raises ValidationError naming the field."""
        text = self.born.text().strip()
        try:
            born = date.fromisoformat(text) if text else None
        except ValueError:
            raise ValidationError(
                "born", self.tr("{text} is not a date like 1970-05-31").format(text=text)
            ) from None
        return Profile(
            name=self.name.text(),
            born=born,
            conditions=self.conditions.text(),
            clinic=self.clinic.text(),
            clinician=self.clinician.text(),
        )

    def show_invalid(self, error: ValidationError) -> None:
        """Say next to the fields what cannot be saved, and put the cursor there."""
        labels = {"name": self.tr("Name"), "born": self.tr("Date of birth")}
        self.error.setText(f"{labels.get(error.field, error.field)}: {error.message}")
        self.error.show()
        getattr(self, error.field, self.name).setFocus()

    def save(self, profile: Profile) -> None:
        """Write `profile` when it changed (one write)."""
        if profile != self._stored:
            self._adapter.set_profile(profile)
            self._stored = profile
