"""The session dialog (add or edit one treatment session) and the dialog that adds a side effect later."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from paindiary.clinic_records import LASTED_HOURS_MAX
from paindiary.clock import Clock, local_now
from paindiary.domain import (
    NAME_MAX,
    ROUTE_LABELS,
    SIDE_EFFECT_CATALOG,
    Route,
    Severity,
    SideEffect,
    TreatmentSession,
    ValidationError,
)
from paindiary.formatting import drug_key, drug_label
from paindiary.i18n import _
from paindiary.session_limits import Amount, is_this_right
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.amount_field import AmountField
from paindiary.ui.form_parts import editable_combo, save_cancel_buttons
from paindiary.ui.formatting import qdatetime, short_date, short_time, to_datetime
from paindiary.ui.moment_edit import MomentEdit
from paindiary.ui.save_flow import SavingDialog
from paindiary.ui.series_choice import SeriesChoice, joins_by_gap, previous_done_session
from paindiary.ui.session_amounts import SessionAmounts
from paindiary.ui.session_day_part import SessionDayPart
from paindiary.ui.session_vitals import SessionVitals
from paindiary.ui.side_effect_checklist import (
    SideEffectChecklist,
    custom_kinds_used,
    effect_label,
    onset_box,
    severity_box,
)

DRUGS = ("ketamine", "esketamine")
LASTED = Amount("lasted_hours", "h", LASTED_HOURS_MAX)


def quarter_hour_before(moment: datetime) -> datetime:
    """`moment` rounded down to the quarter hour: a new session's time, never after now.

    (Rounding up could put it a few minutes in the future, and a future session is preset as planned.)
    """
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


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
        self._confirmed: set[str] = set()  # unusual values the patient said are right
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("New session"))
        self._build_fields()
        self.checklist = SideEffectChecklist(custom_kinds_used(self._others), self)  # read once above
        self.checklist.row_added.connect(self.update_tab_order)
        self.buttons = save_cancel_buttons(self, self.tr("Save session"))
        left = QVBoxLayout()  # the form keeps its natural height; spare room goes below it
        left.addLayout(self.form)
        self.day = SessionDayPart(self)  # status and the session day (ui/session_day_part.py)
        left.addWidget(self.day)
        left.addStretch(1)
        self.vitals = SessionVitals(self)  # saved with the session in one write (ui/session_vitals.py)
        self.field_labels |= self.vitals.field_labels  # a refused reading is named and focused like a field
        self.field_widgets |= self.vitals.field_widgets
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
        self.when = MomentEdit(parent=self)  # Tab leaves it in one press (ui/moment_edit.py)
        self.route = QComboBox(self)
        for route in Route:
            self.route.addItem(route_label(route), route.value)
        self.drug, _editor = editable_combo(self, self.tr("Drug"))
        for drug in DRUGS:
            self.drug.addItem(drug_label(drug), drug)  # shown in the interface language, stored as the key
        self.amounts = SessionAmounts(self, lambda: Route(self.route.currentData()))
        self.dose, self.weight, self.per_kg = self.amounts.dose, self.amounts.weight, self.amounts.per_kg
        self.minutes, self.rate = self.amounts.minutes, self.amounts.rate
        self.route.currentIndexChanged.connect(self.amounts.show_worked_out)
        self.clinic = QLineEdit(self)
        self.clinic.setMaxLength(NAME_MAX * 2)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.form = QFormLayout()
        self.field_labels: dict[str, str] = {}
        self.field_widgets: dict[str, QWidget] = {}
        rows = [
            ("at", self.tr("Date and time"), self.when, self.when, self.tr("When the session started")),
            ("route", self.tr("Route"), self.route, self.route, ""),
            ("drug", self.tr("Drug"), self.drug, self.drug, self.tr("Choose or type the drug's name")),
            *((r.name, r.label, r.row, r.field, r.tip) for r in self.amounts.rows()),
            ("clinic", self.tr("Clinic"), self.clinic, self.clinic, ""),
            ("note", self.tr("Note"), self.note, self.note, ""),
        ]
        for name, label, row, widget, tip in rows:
            self.field_labels[name] = label
            self.field_widgets[name] = widget
            widget.setAccessibleName(label)
            if tip:
                widget.setToolTip(tip)
            self.form.addRow(label, row)
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
            now = self._clock()
            self.when.setDateTime(qdatetime(quarter_hour_before(now)))
            self.route.setCurrentIndex(self.route.findData(Route.IV_INFUSION.value))
            self.drug.setCurrentText(drug_label("ketamine"))
            self.amounts.offer_weight(self._others, now, self._adapter.default_weight_kg())
        else:
            self.when.setDateTime(qdatetime(session.at))
            self.route.setCurrentIndex(self.route.findData(session.route.value))
            self.drug.setCurrentText(drug_label(session.drug))
            self.amounts.load(session)
            self.clinic.setText(session.clinic)
            self.note.setPlainText(session.note)
            self.checklist.load(session.side_effects)
        self.day.load(session)
        self.when.dateTimeChanged.connect(self._preset_status)
        self._preset_status()
        self.amounts.show_worked_out()
        self._show_series()

    def _preset_status(self) -> None:
        self.day.preset_for(to_datetime(self.when.dateTime()), self._clock())

    def session(self) -> TreatmentSession:
        """The session as typed; raises ValidationError naming the field."""
        at = to_datetime(self.when.dateTime())
        if self._original is not None and self._original.at.replace(second=0) == at:
            at = self._original.at  # the field shows minutes; keep seconds an import brought
        values = {
            "at": at,
            "route": Route(self.route.currentData()),
            "drug": drug_key(self.drug.currentText()),
            **self.amounts.values(),
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
        self._confirm_unusual(treatment)
        with_vitals = self.vitals.save_with(self._adapter, treatment, new=self._original is None)
        if with_vitals is not None:
            self.saved = with_vitals
        elif self._original is None:
            self.saved = self._adapter.add_session(treatment)
        else:
            self.saved = self._adapter.update_session(treatment)

    def _confirm_unusual(self, treatment: TreatmentSession) -> None:
        """Ask "Is this right?" about a dose above 10 mg/kg or a session above 7 days; No goes back
        to the field (raised as ValidationError, so nothing is saved and the dialog stays open).

        A value the edited session already had, or that was confirmed once, is not asked about again.
        """
        known = {unusual.sentence for unusual in self.amounts.unusual(self._original)} | self._confirmed
        for unusual in self.amounts.unusual(treatment):
            if unusual.sentence in known:
                continue
            if not self.ask_is_this_right(unusual.sentence):
                raise ValidationError(unusual.field, unusual.sentence)
            self._confirmed.add(unusual.sentence)

    def ask_is_this_right(self, sentence: str) -> bool:
        """Yes or No (the default: Enter must not save a slip of the finger)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            f"{sentence} {is_this_right()}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
        for kind in (*SIDE_EFFECT_CATALOG, *custom_kinds_used(adapter.reader.sessions())):
            self.kind.addItem(effect_label(kind), kind)
        self.kind.setCurrentIndex(-1)
        editor.setPlaceholderText(self.tr("Choose or type a side effect"))
        self.kind.setToolTip(self.tr("Choose from the list or type your own name for it"))
        self.severity = severity_box(self.tr("Severity"), self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(1000)
        self.note.setAccessibleName(self.tr("Note"))
        self.onset = onset_box(self.tr("Began"), self)
        # Typed, not spun: 0 is refused rather than read as "not recorded", and nothing is cut off.
        self.lasted = AmountField(LASTED, self)
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
            lasted_hours=self.lasted.value(),
        )
        self.saved = self._adapter.add_side_effect(self._session.id, effect)

    def show_invalid(self, error: ValidationError) -> None:
        if error.field == LASTED.field:
            self.lasted.setFocus()
            label = self.tr("Lasted (hours)")
        else:
            label = self.tr("Side effect")
        self.show_error(self.tr("{field}: {message}").format(field=label, message=error.message))
