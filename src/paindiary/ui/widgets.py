"""Small widgets shared by the views: the 0–10 score buttons, optional scores, body-region chips."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from paindiary.formatting import region_key, region_label

MIN_TARGET_PX = 44  # comfortably above the 40 px minimum touch/click target


class ScoreSelector(QWidget):
    """Eleven large buttons 0–10 with the NRS anchor words under 0 and 10."""

    changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score), self)
            button.setCheckable(True)
            button.setMinimumSize(MIN_TARGET_PX + 8, MIN_TARGET_PX + 8)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            button.setFont(font)
            button.setAccessibleName(self._spoken(score))
            button.setToolTip(self._spoken(score))
            self._group.addButton(button, score)
            row.addWidget(button)
            self.buttons.append(button)
        self._group.idToggled.connect(self._on_toggled)
        anchors = QHBoxLayout()
        low = QLabel(self.tr("0 = no pain"), self)
        high = QLabel(self.tr("10 = worst pain imaginable"), self)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        anchors.addWidget(low)
        anchors.addStretch(1)
        anchors.addWidget(high)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(anchors)

    def _spoken(self, score: int) -> str:
        if score == 0:
            return self.tr("Pain 0: no pain")
        if score == 10:
            return self.tr("Pain 10: worst pain imaginable")
        return self.tr("Pain {score}").format(score=score)

    def _on_toggled(self, score: int, checked: bool) -> None:
        if checked:
            self.changed.emit(score)

    def value(self) -> int | None:
        score = self._group.checkedId()
        return score if score >= 0 else None

    def set_value(self, score: int | None) -> None:
        if score is None:
            self.clear()
            return
        self.buttons[score].setChecked(True)

    def clear(self) -> None:
        # An exclusive group refuses to uncheck its last button; lift that for a moment.
        self._group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self._group.setExclusive(True)
        self.changed.emit(None)


class OptionalScore(QSpinBox):
    """A 0–10 answer that may be left unanswered (shown as "not answered")."""

    NOT_ANSWERED = -1

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(self.NOT_ANSWERED, 10)
        self.setSpecialValueText(self.tr("not answered"))
        self.setValue(self.NOT_ANSWERED)
        self.setMinimumHeight(MIN_TARGET_PX - 4)
        self.setAccessibleName(accessible_name)

    def score(self) -> int | None:
        value = self.value()
        return None if value == self.NOT_ANSWERED else value

    def set_score(self, score: int | None) -> None:
        self.setValue(self.NOT_ANSWERED if score is None else score)


class ChipBox(QWidget):
    """Body regions as toggle chips, plus a field to add one's own."""

    COLUMNS = 4

    def __init__(self, options: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips: dict[str, QPushButton] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        self.custom_field = QLineEdit(self)
        self.custom_field.setPlaceholderText(self.tr("Another place…"))
        self.custom_field.setAccessibleName(self.tr("Add a body region"))
        self.custom_field.setMinimumHeight(MIN_TARGET_PX - 4)
        # Enter here adds the place and stops: it must not reach a form that saves on Enter.
        self.custom_field.installEventFilter(self)
        add = self._add_button = QPushButton(self.tr("Add"), self)
        add.setAccessibleName(self.tr("Add this body region"))
        add.setMinimumHeight(MIN_TARGET_PX - 4)
        add.clicked.connect(self._add_custom)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_field, 1)
        custom_row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(custom_row)
        for option in options:
            self.add_option(option)

    def add_option(self, name: str, *, checked: bool = False) -> QPushButton:
        name = name.strip()
        chip = self._chips.get(name)
        if chip is None:
            chip = QPushButton(region_label(name), self)
            chip.setCheckable(True)
            chip.setMinimumHeight(MIN_TARGET_PX - 4)
            chip.setAccessibleName(self.tr("Body region: {name}").format(name=region_label(name)))
            index = len(self._chips)
            self._grid.addWidget(chip, index // self.COLUMNS, index % self.COLUMNS)
            self._chips[name] = chip
        if checked:
            chip.setChecked(True)
        return chip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.custom_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._add_custom()
            return True
        return super().eventFilter(watched, event)

    def _add_custom(self) -> None:
        name = region_key(self.custom_field.text())  # "Kopf" typed in German is the "head" chip
        if name:
            self.add_option(name, checked=True)
            self.custom_field.clear()

    def focus_chain(self) -> list[QWidget]:
        """The chips, then the field and button to add one, in reading order."""
        return [*self._chips.values(), self.custom_field, self._add_button]

    def chips(self) -> dict[str, QPushButton]:
        return dict(self._chips)

    def selected(self) -> tuple[str, ...]:
        return tuple(name for name, chip in self._chips.items() if chip.isChecked())

    def set_selected(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for name in wanted:
            self.add_option(name)
        for name, chip in self._chips.items():
            chip.setChecked(name in wanted)

    def clear(self) -> None:
        for chip in self._chips.values():
            chip.setChecked(False)
        self.custom_field.clear()
