"""Settings: the relief-analysis settings and default weight (kept in the diary) and this computer's
preferences — reminder, start at login, language (kept in QSettings).

Nothing is written until OK, and a combination the analysis cannot use is refused with its reason.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from paindiary.domain import AnalysisSettings, ValidationError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.form_parts import PRIMARY_HEIGHT, error_label
from paindiary.ui.preferences import LANGUAGE_NAMES, Choices, Preferences
from paindiary.ui.save_flow import SavingDialog


class SettingsDialog(SavingDialog):
    """Edit the analysis settings, default weight, reminder, start at login and language; OK saves all."""

    def __init__(
        self, adapter: DiaryAdapter, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._preferences = preferences
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._analysis_group())
        layout.addWidget(self._weight_group())
        layout.addWidget(self._computer_group())
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for which, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Save settings")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            self.buttons.button(which).setAccessibleName(name)
            self.buttons.button(which).setMinimumHeight(PRIMARY_HEIGHT)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load()

    # ------------------------------------------------------------ building

    def _analysis_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Relief analysis"), self)
        form = QFormLayout(group)
        intro = QLabel(
            self.tr(
                "How your usual pain before a course is measured and how sessions are grouped into courses. "
                "These settings are saved in the diary and change every course's figures."
            ),
            group,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        texts = {
            "baseline_days": (
                self.tr("Baseline days"),
                self.tr("Days before a course whose pain is averaged as your usual pain"),
            ),
            "min_baseline_days": (
                self.tr("Minimum baseline days"),
                self.tr("Fewer days with entries before a course than this and its relief is not measured"),
            ),
            "course_gap_days": (
                self.tr("Course gap days"),
                self.tr("Sessions at most this many days apart belong to one course (a loading series)"),
            ),
            "horizon_days": (
                self.tr("Follow-up days"),
                self.tr("How many days after a course are looked at for relief"),
            ),
            "onset_window_days": (
                self.tr("Onset window days"),
                self.tr("Relief must begin within this many days after the course's last session"),
            ),
        }
        self.analysis: dict[str, QSpinBox] = {}
        self.analysis_labels: dict[str, str] = {}
        for name, (low, high) in AnalysisSettings.LIMITS.items():
            label, tip = texts[name]
            box = QSpinBox(group)
            box.setRange(low, high)
            box.setSuffix(self.tr(" days"))
            box.setAccessibleName(label)
            box.setToolTip(tip)
            box.valueChanged.connect(self._check_analysis)
            self.analysis[name] = box
            self.analysis_labels[name] = label
            form.addRow(label, box)
        self.analysis_error = error_label(group)
        self.restore_defaults = QPushButton(self.tr("Restore defaults"), group)
        self.restore_defaults.setAccessibleName(self.tr("Restore default analysis settings"))
        self.restore_defaults.setToolTip(self.tr("Put the five analysis settings back to their defaults"))
        self.restore_defaults.setAutoDefault(False)
        self.restore_defaults.clicked.connect(self.show_defaults)
        form.addRow(self.analysis_error)
        form.addRow("", self.restore_defaults)
        return group

    def _weight_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Body weight"), self)
        form = QFormLayout(group)
        self.weight = QDoubleSpinBox(group)
        self.weight.setRange(0, 500)
        self.weight.setDecimals(1)
        self.weight.setSuffix(self.tr(" kg"))
        self.weight.setSpecialValueText(self.tr("Not set"))
        label = self.tr("Default body weight")
        self.weight.setAccessibleName(label)
        self.weight.setToolTip(self.tr("Filled in for new sessions, so the dose per kg can be worked out"))
        form.addRow(label, self.weight)
        return group

    def _computer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("On this computer"), self)
        form = QFormLayout(group)
        self.reminder = QCheckBox(self.tr("Remind me to fill in the diary"), group)
        self.reminder.setAccessibleName(self.tr("Daily reminder"))
        self.reminder_time = QTimeEdit(group)
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setToolTip(self.tr("The time of day the reminder appears"))
        self.reminder.toggled.connect(self.reminder_time.setEnabled)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(self.reminder_time)
        reminder_row.addStretch(1)
        form.addRow(reminder_row)
        self.autostart = QCheckBox(self.tr("Start at login"), group)
        self.autostart.setAccessibleName(self.tr("Start at login"))
        self.autostart.setToolTip(self.tr("Start paindiary when you log in, so the reminder can appear"))
        form.addRow(self.autostart)
        self.language = QComboBox(group)
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        label = self.tr("Language")
        self.language.setAccessibleName(label)
        note = QLabel(self.tr("Takes effect after restart"), group)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(note)
        language_row.addStretch(1)
        form.addRow(label, language_row)
        return group

    # ------------------------------------------------------------ values

    def _load(self) -> None:
        self._stored_analysis = self._adapter.reader.analysis_settings()
        self.show_analysis(self._stored_analysis)
        self._stored_weight = self._adapter.default_weight_kg()
        self.weight.setValue(self._stored_weight or 0.0)
        choices = self._preferences.choices()
        self.reminder.setChecked(choices.reminder_enabled)
        self.reminder_time.setTime(QTime(choices.reminder_time.hour, choices.reminder_time.minute))
        self.reminder_time.setEnabled(self.reminder.isChecked())
        self.autostart.setChecked(choices.autostart)
        self.language.setCurrentIndex(max(self.language.findData(choices.language), 0))

    def show_analysis(self, settings: AnalysisSettings) -> None:
        """Put `settings` in the spin boxes (saved only by OK)."""
        for name, value in settings.as_dict().items():
            self.analysis[name].setValue(value)

    def show_defaults(self) -> None:
        self.show_analysis(AnalysisSettings())

    def analysis_settings(self) -> AnalysisSettings:
        """The analysis settings as shown; raises ValidationError naming the setting."""
        return AnalysisSettings(**{name: box.value() for name, box in self.analysis.items()})

    def _check_analysis(self) -> str | None:
        """Say next to the fields why a combination cannot be used; return the setting at fault."""
        try:
            self.analysis_settings()
        except ValidationError as error:
            label = self.analysis_labels.get(error.field, error.field)
            self.analysis_error.setText(
                self.tr("{field}: {message}").format(field=label, message=error.message)
            )
            self.analysis_error.show()
            return error.field
        self.analysis_error.hide()
        return None

    def save(self) -> None:
        """Save what changed — each diary setting in one write — then this computer's preferences."""
        settings = self.analysis_settings()
        weight = self.weight.value() or None
        if settings != self._stored_analysis:
            self._adapter.set_analysis_settings(settings)
            self._stored_analysis = settings
        if weight != self._stored_weight:
            self._adapter.set_default_weight_kg(weight)
            self._stored_weight = weight
        chosen = Choices(
            reminder_enabled=self.reminder.isChecked(),
            reminder_time=time(self.reminder_time.time().hour(), self.reminder_time.time().minute()),
            autostart=self.autostart.isChecked(),
            language=str(self.language.currentData() or ""),
        )
        self._preferences.save(chosen)

    def show_invalid(self, error: ValidationError) -> None:
        """The analysis settings say why next to their fields; the one at fault gets the focus."""
        fault = self._check_analysis() or error.field
        self.analysis.get(fault, self.analysis["baseline_days"]).setFocus()
