"""Settings: the patient's own first — default weight (kept in the diary) and this computer's
reminder, start at login and language (kept in QSettings) — then, folded away under "How relief
is measured", the ten analysis settings kept in the diary.

Nothing is written until OK, and a combination the analysis cannot use is refused with its reason.
The settings scroll while Save and Cancel stay in view, so the dialog fits a small or scaled screen.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from paindiary.domain import AnalysisSettings, ValidationError
from paindiary.ui import language_restart
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.form_parts import PRIMARY_HEIGHT, error_label
from paindiary.ui.preferences import LANGUAGE_NAMES, Choices, Preferences
from paindiary.ui.profile_section import FIELDS as PROFILE_FIELDS
from paindiary.ui.profile_section import ProfileSection
from paindiary.ui.save_flow import SavingDialog


class SettingsDialog(SavingDialog):
    """Edit the default weight, reminder, start at login, language and analysis settings; OK saves all."""

    def __init__(
        self, adapter: DiaryAdapter, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._preferences = preferences
        self.setWindowTitle(self.tr("Settings"))
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self._weight_group())
        self.profile_section = ProfileSection(adapter, content)
        column.addWidget(self.profile_section)
        column.addWidget(self._computer_group())
        column.addWidget(self._analysis_section())
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
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
        self._language_saved = False  # a new language was saved: offered a restart once closed
        self.accepted.connect(self._offer_restart)
        self._load()
        self._fit_to_screen()

    # ------------------------------------------------------------ building

    def _analysis_section(self) -> QWidget:
        """A button that unfolds the analysis settings (folded at first: most patients keep them)."""
        section = QWidget(self)
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        title = self.tr("&How relief is measured")  # Alt+H unfolds it from anywhere in the dialog
        self.analysis_toggle = QToolButton(section)
        self.analysis_toggle.setText(title)
        self.analysis_toggle.setAccessibleName(title.replace("&", ""))
        self.analysis_toggle.setToolTip(self.tr("Show or hide the settings of the relief analysis"))
        self.analysis_toggle.setCheckable(True)
        self.analysis_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.analysis_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.analysis_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.analysis_toggle.setMinimumHeight(PRIMARY_HEIGHT)
        self.analysis_toggle.toggled.connect(self.show_analysis_settings)
        self.analysis_panel = self._analysis_group(section)
        self.analysis_panel.setVisible(False)
        column.addWidget(self.analysis_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.analysis_panel)
        return section

    def show_analysis_settings(self, shown: bool) -> None:
        """Unfold (or fold) the analysis settings, growing the dialog as far as the screen allows."""
        if self.analysis_toggle.isChecked() != shown:
            self.analysis_toggle.setChecked(shown)  # comes back here through `toggled`
            return
        self.analysis_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.analysis_panel.setVisible(shown)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As large as the settings need, but never beyond the screen: they scroll, the buttons stay."""
        content = self.scroll_area.widget()
        assert content is not None
        content.adjustSize()
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        wanted = QSize(
            content.sizeHint().width() + margins.left() + margins.right() + bar,
            content.sizeHint().height()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + layout.spacing() * 2,
        )
        screen = self.available_size()
        # Room for the window frame and title bar around the dialog.
        room = QSize(screen.width() - 16, screen.height() - 48)
        self.resize(wanted.boundedTo(room).expandedTo(self.size().boundedTo(room)))
        if self.isVisible():
            self._keep_on_screen()

    def available_size(self) -> QSize:
        """The screen's room for windows (e.g. 960 × 540 on a 1080p screen at 200 %)."""
        return self.screen().availableGeometry().size()

    def _keep_on_screen(self) -> None:
        """Move a dialog that grew past the screen's edge back inside it (Qt does so only when shown)."""
        available = self.screen().availableGeometry()
        frame = self.frameGeometry()
        x = max(available.left(), min(frame.left(), available.right() - frame.width()))
        y = max(available.top(), min(frame.top(), available.bottom() - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    def _analysis_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(parent)
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
                self.tr(
                    "The fewest days with entries before a course from which its own usual pain is measured"
                ),
            ),
            "course_gap_days": (
                self.tr("Course gap days"),
                self.tr(
                    "Sessions at most this many days apart belong to one course, unless you chose otherwise"
                ),
            ),
            "horizon_days": (
                self.tr("Follow-up days"),
                self.tr("How many days after a course are looked at for relief"),
            ),
            "onset_window_days": (
                self.tr("Onset window days"),
                self.tr("Relief must begin within this many days after the course's last session"),
            ),
            "full_baseline_days": (
                self.tr("Full baseline days"),
                self.tr("With fewer days with entries, the usual pain of an earlier course is preferred"),
            ),
            "max_gap_days": (
                self.tr("Longest gap days"),
                self.tr("The longest run of days without entries that relief may bridge"),
            ),
            "washout_days": (
                self.tr("Washout days"),
                self.tr("The shortest time a course is taken to affect the days after it"),
            ),
            "carry_forward_days": (
                self.tr("Carry-forward days"),
                self.tr("How old an earlier course's usual pain may be to be used again"),
            ),
            "peak_window_days": (
                self.tr("Lowest-point days"),
                self.tr("The lowest pain is looked for in this many days after a course"),
            ),
        }
        self.analysis: dict[str, QSpinBox] = {}
        self.analysis_labels: dict[str, str] = {}
        self.analysis_explanations: dict[str, QLabel] = {}
        for name, (low, high) in AnalysisSettings.LIMITS.items():
            label, explanation = texts[name]
            box = QSpinBox(group)
            box.setRange(low, high)
            box.setSuffix(self.tr(" days"))
            box.setAccessibleName(label)
            box.setAccessibleDescription(explanation)
            box.valueChanged.connect(self._check_analysis)
            said = QLabel(explanation, group)
            said.setWordWrap(True)
            said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Wide enough that an explanation takes a line or two, not a narrow column.
            said.setMinimumWidth(said.fontMetrics().averageCharWidth() * 48)
            # The scroll area lays out by width hints; never let a wrapped line be cut off.
            said.setMinimumHeight(said.heightForWidth(said.minimumWidth()))
            row = QVBoxLayout()
            row.setSpacing(2)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            row.addWidget(said)
            self.analysis[name] = box
            self.analysis_labels[name] = label
            self.analysis_explanations[name] = said
            form.addRow(label, row)
        self.analysis_error = error_label(group)
        self.restore_defaults = QPushButton(self.tr("Restore defaults"), group)
        self.restore_defaults.setAccessibleName(self.tr("Restore default analysis settings"))
        self.restore_defaults.setToolTip(self.tr("Put the analysis settings back to their defaults"))
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
        self.sleep_mood = QCheckBox(self.tr("Always show sleep and mood on Today"), group)
        self.sleep_mood.setAccessibleName(self.sleep_mood.text())
        self.sleep_mood.setToolTip(self.tr('Opens "More detail" on Today by itself, with sleep and mood'))
        form.addRow(self.sleep_mood)
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
        self.sleep_mood.setChecked(choices.sleep_mood_always)
        self.language.setCurrentIndex(max(self.language.findData(choices.language), 0))
        self._stored_language = str(self.language.currentData() or "")

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
        profile = self.profile_section.profile()  # checked before anything is written
        weight = self.weight.value() or None
        if settings != self._stored_analysis:
            self._adapter.set_analysis_settings(settings)
            self._stored_analysis = settings
        if weight != self._stored_weight:
            self._adapter.set_default_weight_kg(weight)
            self._stored_weight = weight
        self.profile_section.save(profile)
        chosen = Choices(
            reminder_enabled=self.reminder.isChecked(),
            reminder_time=time(self.reminder_time.time().hour(), self.reminder_time.time().minute()),
            autostart=self.autostart.isChecked(),
            language=str(self.language.currentData() or ""),
            sleep_mood_always=self.sleep_mood.isChecked(),
        )
        self._preferences.save(chosen)
        self._language_saved = chosen.language != self._stored_language and (
            language_restart.needs_restart(chosen.language)
        )
        self._stored_language = chosen.language

    def _offer_restart(self) -> None:
        """A new language shows from the next start: offer that start now (the dialog is closed)."""
        if not self._language_saved:
            return
        self._language_saved = False
        window = self.parentWidget()
        chosen = self.language.currentData()
        name = self.language.currentText() if chosen else self.tr("the system's language")
        if language_restart.ask_to_restart(window, name):
            language_restart.restart(window.window() if window is not None else None)

    def show_invalid(self, error: ValidationError) -> None:
        """The analysis settings say why next to their fields; the one at fault gets the focus."""
        if error.field in PROFILE_FIELDS:
            self.profile_section.show_invalid(error)
            return
        fault = self._check_analysis() or error.field
        self.show_analysis_settings(True)
        field = self.analysis.get(fault, self.analysis["baseline_days"])
        field.setFocus()
        self.scroll_area.ensureWidgetVisible(field)
