"""The session dialog (add or edit one treatment session) and the dialog that adds a side effect later."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from paindiary.clock import Clock, local_now
from paindiary.domain import (
    NAME_MAX,
    ROUTE_LABELS,
    SIDE_EFFECT_CATALOG,
    Route,
    Severity,
    SideEffect,
    SideEffectOnset,
    TreatmentSession,
    ValidationError,
)
from paindiary.formatting import drug_key, drug_label
from paindiary.i18n import _
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.form_parts import editable_combo, save_cancel_buttons
from paindiary.ui.formatting import qdatetime, short_date, short_time, to_datetime
from paindiary.ui.save_flow import SavingDialog
from paindiary.ui.series_choice import SeriesChoice, joins_by_gap, previous_done_session
from paindiary.ui.session_day_part import SessionDayPart
from paindiary.ui.session_vitals import SessionVitals
from paindiary.ui.side_effect_checklist import (
    SideEffectChecklist,
    custom_kinds_used,
    effect_label,
    severity_box,
)

DEFAULT_START = time(9, 0)
DRUGS = ("ketamine", "esketamine")


def route_label(route: Route) -> str:
    """A route in the interface language (the English source is the core's ROUTE_LABELS)."""
    return _(ROUTE_LABELS[route])


def route_and_drug(session: TreatmentSession) -> str:
    """ "IV infusion, ketamine", both in the interface language (a typed drug stays as typed)."""
    return _("{route}, {drug}").format(route=route_label(session.route), drug=drug_label(session.drug))


class SessionDialog(SavingDialog):
    """Add a new session or edit one; on accept it has been saved and `saved` holds it."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        parent: QWidget | None = None,
        session: TreatmentSession | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._clock = clock
        self._original = session
        self._others = adapter.reader.sessions()
        self._course_gap_days = adapter.reader.analysis_settings().course_gap_days
        self._series = SeriesChoice(session.series) if session else SeriesChoice()
        self.saved: TreatmentSession | None = None
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("New session"))
        self._build_fields()
        self.checklist = SideEffectChecklist(custom_kinds_used(adapter), self)
        self.checklist.row_added.connect(self.update_tab_order)
        self.buttons = save_cancel_buttons(self, self.tr("Save session"))
        left = QVBoxLayout()  # the form keeps its natural height; spare room goes below it
        left.addLayout(self.form)
        self.day = SessionDayPart(self)  # status and the session day (ui/session_day_part.py)
        left.addWidget(self.day)
        left.addStretch(1)
        self.vitals = SessionVitals(self)  # saved with the session in one write (ui/session_vitals.py)
        right = QVBoxLayout()  # the checklist scrolls, so the readings fit under it at 200 %
        right.addWidget(self.checklist, 1)
        right.addWidget(self.vitals)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load(session)
        if session is not None:
            self.vitals.show_readings([v for v in adapter.reader.vitals() if v.session == session.id])
        self.update_tab_order()
        # Roomy where the screen allows; never taller than the screen (200 % scaling), where the
        # checklist scrolls and Save stays in view.
        room = self.available_size() - QSize(16, 48)
        self.resize(QSize(940, 600).boundedTo(room))

    def _build_fields(self) -> None:
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.route = QComboBox(self)
        for route in Route:
            self.route.addItem(route_label(route), route.value)
        self.drug, _editor = editable_combo(self, self.tr("Drug"))
        for drug in DRUGS:
            self.drug.addItem(drug_label(drug), drug)  # shown in the interface language, stored as the key
        self.dose = self._amount(self.tr(" mg"), 10_000, 2)
        self.weight = self._amount(self.tr(" kg"), 500, 1)
        self.per_kg = QLabel(self)
        self.per_kg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60 * 14)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("Not recorded"))
        self.rate = self._amount(self.tr(" mg/kg/h"), 100, 2)
        self.clinic = QLineEdit(self)
        self.clinic.setMaxLength(NAME_MAX * 2)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.dose.valueChanged.connect(self._show_per_kg)
        self.weight.valueChanged.connect(self._show_per_kg)
        self.form = QFormLayout()
        self.field_labels: dict[str, str] = {}
        self.field_widgets: dict[str, QWidget] = {}
        for name, label, widget, tip in (
            ("at", self.tr("Date and time"), self.when, self.tr("When the session started")),
            ("route", self.tr("Route"), self.route, ""),
            ("drug", self.tr("Drug"), self.drug, self.tr("Choose or type the drug's name")),
            ("dose_mg", self.tr("Total dose"), self.dose, self.tr("The whole session's dose in mg")),
            ("weight_kg", self.tr("Body weight"), self.weight, self.tr("Your weight, for the dose per kg")),
            ("dose_mg_per_kg", self.tr("Dose per kg"), self.per_kg, ""),
            ("minutes", self.tr("Duration"), self.minutes, self.tr("How long the infusion ran")),
            ("rate_mg_per_kg_h", self.tr("Rate"), self.rate, self.tr("Infusion rate in mg per kg per hour")),
            ("clinic", self.tr("Clinic"), self.clinic, ""),
            ("note", self.tr("Note"), self.note, ""),
        ):
            self.field_labels[name] = label
            self.field_widgets[name] = widget
            widget.setAccessibleName(label)
            if tip:
                widget.setToolTip(tip)
            self.form.addRow(label, widget)
        self.form.insertRow(1, "", self._series_fields())

    def available_size(self) -> QSize:
        """The screen's room for windows (e.g. 960 × 540 on a 1080p screen at 200 %)."""
        return self.screen().availableGeometry().size()

    def _series_fields(self) -> QWidget:
        """The "same series" check box, preset by the gap rule, with where that preset comes from."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        text = self.tr("Part of the same series as the previous session")
        self.same_series = QCheckBox(text, box)
        self.same_series.setAccessibleName(text)
        self.same_series.setToolTip(
            self.tr(
                "Sessions of one series are measured together as one course. The box is preset by "
                "the course gap in Settings; change it when your series was different."
            )
        )
        self.same_series.clicked.connect(self._series_touched)
        self.series_hint = QLabel(box)
        self.series_hint.setWordWrap(True)
        self.series_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.same_series)
        column.addWidget(self.series_hint)
        self.when.dateTimeChanged.connect(self._show_series)
        return box

    def _series_touched(self) -> None:
        self._series.touched = True

    def _rule_joins(self) -> tuple[bool, TreatmentSession | None]:
        """The gap rule's answer for the date shown, and the previous session it looked at."""
        at = to_datetime(self.when.dateTime())
        previous = previous_done_session(self._others, at, now=self._clock(), own=self._original)
        return joins_by_gap(at, previous, self._course_gap_days), previous

    def _show_series(self) -> None:
        """Preset the box by the rule (until the patient touches it) and say which session it follows."""
        joins, previous = self._rule_joins()
        if not self._series.touched:
            self.same_series.setChecked(self._series.shown(joins))
        if previous is None:
            self.series_hint.setText(self.tr("No earlier session is recorded."))
            return
        days = (to_datetime(self.when.dateTime()).date() - previous.at.date()).days
        when = short_date(previous.at.date())
        if days == 0:
            text = self.tr("The previous session was on the same day.")
        elif days == 1:
            text = self.tr("The previous session was on {date}, the day before.")
        else:
            text = self.tr("The previous session was on {date}, {days} days earlier.")
        self.series_hint.setText(text.format(date=when, days=days))

    def _amount(self, suffix: str, upper: float, decimals: int) -> QDoubleSpinBox:
        """An optional amount: 0 reads "Not recorded" and is stored as no value."""
        box = QDoubleSpinBox(self)
        box.setDecimals(decimals)
        box.setRange(0, upper)
        box.setSuffix(suffix)
        box.setSpecialValueText(self.tr("Not recorded"))
        return box

    def update_tab_order(self) -> None:
        """The form top to bottom, then the checklist, then Save and Cancel."""
        chain: list[QWidget] = [self.when, self.same_series, self.route, self.drug, self.dose, self.weight]
        chain += [self.minutes, self.rate, self.clinic, self.note, *self.day.focus_chain()]
        chain += self.checklist.tab_chain()
        chain += [self.buttons.button(QDialogButtonBox.StandardButton.Save)]
        chain += [self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _load(self, session: TreatmentSession | None) -> None:
        if session is None:
            weight = self._adapter.default_weight_kg()
            self.when.setDateTime(qdatetime(datetime.combine(self._clock().date(), DEFAULT_START)))
            self.route.setCurrentIndex(self.route.findData(Route.IV_INFUSION.value))
            self.drug.setCurrentText(drug_label("ketamine"))
            self.weight.setValue(weight or 0.0)
        else:
            self.when.setDateTime(qdatetime(session.at))
            self.route.setCurrentIndex(self.route.findData(session.route.value))
            self.drug.setCurrentText(drug_label(session.drug))
            self.dose.setValue(session.dose_mg or 0.0)
            self.weight.setValue(session.weight_kg or 0.0)
            self.minutes.setValue(session.minutes or 0)
            self.rate.setValue(session.rate_mg_per_kg_h or 0.0)
            self.clinic.setText(session.clinic)
            self.note.setPlainText(session.note)
            self.checklist.load(session.side_effects)
        self.day.load(session)
        self.when.dateTimeChanged.connect(self._preset_status)
        self._preset_status()
        self._show_per_kg()
        self._show_series()

    def _preset_status(self) -> None:
        self.day.preset_for(to_datetime(self.when.dateTime()), self._clock())

    def _show_per_kg(self) -> None:
        dose, weight = self.dose.value(), self.weight.value()
        if dose > 0 and weight > 0:
            value = QLocale().toString(dose / weight, "f", 2)
            self.per_kg.setText(self.tr("{value} mg/kg").format(value=value))
        else:
            self.per_kg.setText(self.tr("Needs the dose and the weight"))

    def session(self) -> TreatmentSession:
        """The session as typed; raises ValidationError naming the field."""
        at = to_datetime(self.when.dateTime())
        if self._original is not None and self._original.at.replace(second=0) == at:
            at = self._original.at  # the field shows minutes; keep seconds an import brought
        values = {
            "at": at,
            "route": Route(self.route.currentData()),
            "drug": drug_key(self.drug.currentText()),
            "dose_mg": self.dose.value() or None,
            "weight_kg": self.weight.value() or None,
            "minutes": self.minutes.value() or None,
            "rate_mg_per_kg_h": self.rate.value() or None,
            "clinic": self.clinic.text().strip(),
            "note": self.note.toPlainText().strip(),
            "side_effects": self.checklist.effects(),
            "series": self._series.to_store(self.same_series.isChecked(), self._rule_joins()[0]),
            **self.day.values(),
        }
        if self._original is not None:  # keeps id and created
            return replace(self._original, **values)  # type: ignore[arg-type]
        return TreatmentSession(**values)  # type: ignore[arg-type]

    def save(self) -> None:
        """Save through the adapter (the SavingDialog keeps the dialog open on any refusal)."""
        treatment = self.session()
        with_vitals = self.vitals.save_with(self._adapter, treatment, new=self._original is None)
        if with_vitals is not None:
            self.saved = with_vitals
        elif self._original is None:
            self.saved = self._adapter.add_session(treatment)
        else:
            self.saved = self._adapter.update_session(treatment)

    def show_invalid(self, error: ValidationError) -> None:
        label = self.field_labels.get(error.field, error.field)
        if error.field in self.field_widgets:
            self.field_widgets[error.field].setFocus()
        self.show_error(self.tr("{field}: {message}").format(field=label, message=error.message))


class SideEffectDialog(SavingDialog):
    """Record one side effect for a past session; on accept it has been saved and `saved` holds it."""

    def __init__(
        self, adapter: DiaryAdapter, session: TreatmentSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._session = session
        self.saved: SideEffect | None = None
        self.setWindowTitle(self.tr("Add side effect"))
        intro = QLabel(
            self.tr("Side effect after the session of {when} ({route})").format(
                when=f"{short_date(session.at.date())} {short_time(session.at)}",
                route=route_label(session.route),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.kind, editor = editable_combo(self, self.tr("Side effect"))
        for kind in (*SIDE_EFFECT_CATALOG, *custom_kinds_used(adapter)):
            self.kind.addItem(effect_label(kind), kind)
        self.kind.setCurrentIndex(-1)
        editor.setPlaceholderText(self.tr("Choose or type a side effect"))
        self.kind.setToolTip(self.tr("Choose from the list or type your own name for it"))
        self.severity = severity_box(self.tr("Severity"), self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(1000)
        self.note.setAccessibleName(self.tr("Note"))
        self.onset = QComboBox(self)
        self.onset.setAccessibleName(self.tr("Began"))
        for text, value in (
            (self.tr("Not recorded"), None),
            (self.tr("During the session"), SideEffectOnset.DURING.value),
            (self.tr("Later the same day"), SideEffectOnset.SAME_DAY.value),
            (self.tr("On a later day"), SideEffectOnset.LATER.value),
        ):
            self.onset.addItem(text, value)
        self.lasted = QDoubleSpinBox(self)
        self.lasted.setRange(0, 24 * 90)
        self.lasted.setDecimals(1)
        self.lasted.setSuffix(self.tr(" h"))
        self.lasted.setSpecialValueText(self.tr("Not recorded"))
        self.lasted.setAccessibleName(self.tr("Lasted (hours)"))
        self.buttons = save_cancel_buttons(self, self.tr("Save side effect"))
        form = QFormLayout()
        form.addRow(self.tr("Side effect"), self.kind)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Began"), self.onset)
        form.addRow(self.tr("Lasted (hours)"), self.lasted)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def chosen_kind(self) -> str:
        """The catalog key for a listed or typed catalog name, else the name as typed."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.kind.itemData(index))
        return text

    def save(self) -> None:
        """Save through the adapter (the SavingDialog keeps the dialog open on any refusal)."""
        effect = SideEffect(
            kind=self.chosen_kind(),
            severity=Severity(self.severity.currentData()),
            note=self.note.text().strip(),
            onset=self.onset.currentData(),
            lasted_hours=self.lasted.value() or None,
        )
        self.saved = self._adapter.add_side_effect(self._session.id, effect)

    def show_invalid(self, error: ValidationError) -> None:
        self.show_error(self.tr("Side effect: {message}").format(message=error.message))
