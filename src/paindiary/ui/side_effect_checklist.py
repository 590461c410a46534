"""The side-effect checklist of the session dialog: catalog ticks with severity and note, plus typed kinds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from paindiary.domain import (
    NAME_MAX,
    SIDE_EFFECT_CATALOG,
    Severity,
    SideEffect,
    SideEffectOnset,
    TreatmentSession,
    ValidationError,
    side_effect_label,
)
from paindiary.ui.form_parts import error_label


def effect_label(kind: str) -> str:
    """A side-effect kind in words; custom kinds are shown as the patient typed them."""
    return side_effect_label(kind)  # already in the interface language


def severity_label(severity: Severity) -> str:
    """Mild, Moderate or Severe in the interface language."""
    labels = {
        Severity.MILD: QCoreApplication.translate("SessionDialog", "Mild"),
        Severity.MODERATE: QCoreApplication.translate("SessionDialog", "Moderate"),
        Severity.SEVERE: QCoreApplication.translate("SessionDialog", "Severe"),
    }
    return labels[severity]


def severity_box(accessible_name: str, parent: QWidget | None = None) -> QComboBox:
    box = QComboBox(parent)
    for severity in Severity:
        box.addItem(severity_label(severity), severity.value)
    box.setAccessibleName(accessible_name)
    return box


def onset_box(accessible_name: str, parent: QWidget | None = None) -> QComboBox:
    """When a side effect began: not recorded, during the session, later that day, on a later day."""
    box = QComboBox(parent)
    for text, value in (
        (QCoreApplication.translate("SessionDialog", "Not recorded"), None),
        (QCoreApplication.translate("SessionDialog", "During the session"), SideEffectOnset.DURING.value),
        (QCoreApplication.translate("SessionDialog", "Later the same day"), SideEffectOnset.SAME_DAY.value),
        (QCoreApplication.translate("SessionDialog", "On a later day"), SideEffectOnset.LATER.value),
    ):
        box.addItem(text, value)
    box.setAccessibleName(accessible_name)
    return box


def custom_kinds_used(sessions: Iterable[TreatmentSession]) -> list[str]:
    """Side-effect names the patient typed before, for completion."""
    kinds = {e.kind for s in sessions for e in s.side_effects}
    return sorted(kinds - set(SIDE_EFFECT_CATALOG), key=str.casefold)


@dataclass(slots=True)
class EffectRow:
    """One side effect in the checklist: ticked or not, its severity, when it began and a note."""

    kind: str
    check: QCheckBox
    severity: QComboBox
    onset: QComboBox
    note: QLineEdit
    details: QWidget  # the line under the tick that holds severity, onset and note
    existing: SideEffect | None = None

    def bind(self, effect: SideEffect) -> None:
        """Show a recorded side effect in this row (ticked, its severity and note)."""
        self.existing = effect
        self.check.setChecked(True)
        self.severity.setCurrentIndex(self.severity.findData(effect.severity.value))
        onset = effect.onset.value if effect.onset is not None else None
        self.onset.setCurrentIndex(max(0, self.onset.findData(onset)))
        self.note.setText(effect.note)
        self.note.setCursorPosition(0)  # a long note shows its beginning, not its end

    def effect(self) -> SideEffect | None:
        """The side effect this row stands for, or None when unticked."""
        if not self.check.isChecked():
            return None
        severity = Severity(self.severity.currentData())
        onset = self.onset.currentData()
        note = self.note.text().strip()
        if self.existing is not None:  # keep its id, how long it lasted and when it was first recorded
            return replace(self.existing, severity=severity, onset=onset, note=note)
        return SideEffect(kind=self.kind, severity=severity, onset=onset, note=note)

    def set_enabled_details(self, on: bool) -> None:
        for detail in (self.severity, self.onset, self.note):
            detail.setEnabled(on)
        # Shown under a ticked side effect only: beside the name they made a row wider than the
        # dialog at large text sizes (the notes behind a sideways scroll), and the list is short.
        self.details.setVisible(on)


class SideEffectChecklist(QGroupBox):
    """The catalog as ticks with a severity and note each, plus kinds the patient types."""

    row_added = Signal()  # a typed kind got its own row (the dialog redoes its tab order)

    def __init__(self, custom_kinds: list[str], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SessionDialog", "Side effects"), parent)
        self.rows: list[EffectRow] = []
        self.list = QVBoxLayout()
        self.list.setSpacing(2)
        self.list.addStretch(1)  # rows go above it, so a short list keeps to the top
        inner = QWidget()
        inner.setLayout(self.list)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.custom_name = QLineEdit(self)
        self.custom_name.setMaxLength(NAME_MAX)
        self.custom_name.setPlaceholderText(self.tr("Another side effect"))
        self.custom_name.setAccessibleName(self.tr("Name of another side effect"))
        self.custom_name.setCompleter(QCompleter(custom_kinds, self.custom_name))
        self.custom_name.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add this side effect"))
        self.add_button.setToolTip(self.tr("Add the side effect typed on the left to the list, ticked"))
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(False)
        self.custom_name.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.add_button.clicked.connect(self.add_typed)
        self.problem = error_label(self)
        custom = QHBoxLayout()
        custom.addWidget(self.custom_name, 1)
        custom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(custom)
        layout.addWidget(self.problem)
        for kind in SIDE_EFFECT_CATALOG:
            self.add_row(kind)

    def add_row(self, kind: str) -> EffectRow:
        label = effect_label(kind)
        check = QCheckBox(label)
        check.setAccessibleName(label)
        severity = severity_box(self.tr("Severity of {effect}").format(effect=label))
        onset = onset_box(self.tr("When {effect} began").format(effect=label))
        note = QLineEdit()
        note.setPlaceholderText(self.tr("Note (optional)"))
        note.setAccessibleName(self.tr("Note on {effect}").format(effect=label))
        note.setMaxLength(1000)
        details = QWidget()
        line = QHBoxLayout(details)
        indent = check.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, check)
        line.setContentsMargins(
            indent + check.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing), 0, 0, 6
        )
        line.addWidget(severity)
        line.addWidget(onset)
        line.addWidget(note, 1)
        row = EffectRow(kind, check, severity, onset, note, details)
        check.toggled.connect(row.set_enabled_details)
        row.set_enabled_details(False)
        self.list.insertWidget(self.list.count() - 1, check)
        self.list.insertWidget(self.list.count() - 1, details)
        self.rows.append(row)
        return row

    def load(self, effects: tuple[SideEffect, ...]) -> None:
        """Tick the recorded side effects; a custom kind or a repeated one gets a row of its own."""
        for effect in effects:
            free = next((r for r in self.rows if r.kind == effect.kind and r.existing is None), None)
            (free or self.add_row(effect.kind)).bind(effect)

    def effects(self) -> tuple[SideEffect, ...]:
        """The ticked side effects; raises ValidationError naming the side effect."""
        chosen: list[SideEffect] = []
        for row in self.rows:
            try:
                effect = row.effect()
            except ValidationError as error:
                raise error.within(effect_label(row.kind)) from None
            if effect is not None:
                chosen.append(effect)
        return tuple(chosen)

    def tab_chain(self) -> list[QWidget]:
        """Row by row, then the custom field and its button."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.check, row.severity, row.onset, row.note]
        return [*chain, self.custom_name, self.add_button]

    def add_typed(self) -> None:
        """Tick the side effect typed in the custom field, adding a row if it is new."""
        text = self.custom_name.text().strip()
        wanted = text.casefold()
        row = next(
            (r for r in self.rows if wanted in (r.kind.casefold(), effect_label(r.kind).casefold())), None
        )
        if row is None:
            try:
                kind = SideEffect(kind=text).kind
            except ValidationError as error:
                self.problem.setText(self.tr("Side effect: {message}").format(message=error.message))
                self.problem.show()
                return
            row = self.add_row(kind)
            self.row_added.emit()
        row.check.setChecked(True)
        self.custom_name.clear()
        # after the new row has its place in the layout
        QTimer.singleShot(0, self.scroll_area, lambda: self.scroll_area.ensureWidgetVisible(row.check))
        self.problem.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """Enter in the custom field adds the side effect instead of saving the dialog."""
        if watched is self.custom_name and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_typed()
                return True
        return super().eventFilter(watched, event)
