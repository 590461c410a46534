"""Small widgets shared by the views: the 0–10 score buttons, optional scores, body-region chips."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from paindiary.formatting import region_key, region_label
from paindiary.ui.choice_button import ChoiceButton
from paindiary.ui.flow_layout import FlowLayout

MIN_TARGET_PX = 44  # comfortably above the 40 px minimum touch/click target
TEN_AFTER_ONE_MS = 700  # "1" then "0" within this time means 10, as on Today's pain score


class ScoreSelector(QWidget):
    """Eleven large buttons 0–10 with the NRS anchor words under 0 and 10."""

    changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = FlowLayout()  # wraps onto two rows rather than leave a narrow screen
        row.setSpacing(6)
        self.buttons: list[ChoiceButton] = []
        for score in range(11):
            button = ChoiceButton(str(score), self)
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


class OptionalScore(QWidget):
    """A 0–10 answer that may be left out: eleven buttons, the chosen one clicked again clears it.

    Keys: Tab enters the row once (on the chosen number, or 0), the arrows, Home and End move,
    Space chooses or clears, Enter chooses, a digit chooses that number ("1" then "0" is 10),
    Delete clears. Enter on the number already chosen goes on to the form (Save).
    """

    valueChanged = Signal(object)  # int | None, like the spin box this replaced

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._value: int | None = None
        self._last_digit_one = QElapsedTimer()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.buttons: list[ChoiceButton] = []
        for score in range(11):
            button = _RowButton(
                str(score),
                self,
                on_key=functools.partial(self._key, score),
                on_focus=functools.partial(self._make_tab_stop, score),
            )
            button.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            font.setBold(True)
            button.setFont(font)
            button.setAccessibleName(
                self.tr("{question}: {score}").format(question=accessible_name, score=score)
            )
            button.setToolTip(self.tr("{score} (click again to leave this out)").format(score=score))
            button.clicked.connect(functools.partial(self._clicked, score))
            row.addWidget(button)
            self.buttons.append(button)
        self._make_tab_stop(0)

    def value(self) -> int | None:
        return self._value

    def setValue(self, score: int | None) -> None:  # the Qt name its callers use
        if score is not None and not 0 <= score <= 10:
            raise ValueError(f"a score is 0 to 10, not {score}")
        for index, button in enumerate(self.buttons):
            button.setChecked(index == score)
        if score is not None:
            self._make_tab_stop(score)
        if score != self._value:
            self._value = score
            self.valueChanged.emit(score)

    # The names the forms used with the spin box before.
    score = value
    set_score = setValue

    def focus_chain(self) -> list[QWidget]:
        """The buttons in reading order, for a form that sets its tab order by hand."""
        return list(self.buttons)

    def _clicked(self, score: int) -> None:
        # The click has already toggled the button: checked chooses it, unchecked leaves it out.
        self.setValue(score if self.buttons[score].isChecked() else None)

    def _make_tab_stop(self, index: int) -> None:
        # One Tab stop for the whole row; the arrows move within it.
        for position, button in enumerate(self.buttons):
            policy = Qt.FocusPolicy.StrongFocus if position == index else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)
        self.setFocusProxy(self.buttons[index])

    def _key(self, index: int, event: QKeyEvent) -> bool:
        """Handle a key pressed on button `index`; False lets it go on to the button and the form."""
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        target = _moved(index, key)
        if target is not None:
            self.buttons[min(max(target, 0), 10)].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            one_before = self._last_digit_one.isValid() and self._last_digit_one.elapsed() < TEN_AFTER_ONE_MS
            if digit == 0 and self._value == 1 and one_before:
                digit = 10
            if digit == 1:
                self._last_digit_one.start()
            else:
                self._last_digit_one.invalidate()
            self.setValue(digit)
            self.buttons[digit].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._value != index:
            self.setValue(index)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._value is not None:
            self.setValue(None)
            return True
        return False


class _RowButton(ChoiceButton):
    """One number of an OptionalScore: its keys and its focus are the row's to handle first."""

    def __init__(
        self,
        text: str,
        parent: QWidget,
        *,
        on_key: Callable[[QKeyEvent], bool],
        on_focus: Callable[[], None],
    ) -> None:
        super().__init__(text, parent)
        self._on_key, self._on_focus = on_key, on_focus

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._on_focus()
        super().focusInEvent(event)


def _moved(index: int, key: int) -> int | None:
    """Where an arrow, Home or End key moves the focus from button `index` in a row of 0–10."""
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
        return index - 1
    if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
        return index + 1
    if key == Qt.Key.Key_Home:
        return 0
    if key == Qt.Key.Key_End:
        return 10
    return None


class ChipBox(QWidget):
    """Body regions as toggle chips, plus a field to add one's own."""

    COLUMNS = 4

    def __init__(self, options: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips: dict[str, ChoiceButton] = {}
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

    def add_option(self, name: str, *, checked: bool = False) -> ChoiceButton:
        name = name.strip()
        chip = self._chips.get(name)
        if chip is None:
            chip = ChoiceButton(region_label(name), self)
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

    def chips(self) -> dict[str, ChoiceButton]:
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
