"""A field for one of a session's optional amounts: typed freely, read in the patient's locale.

A spin box drops keystrokes past its maximum (50000 became 5000 without a word) and shows 0 as
"not recorded". This field keeps what was typed, leaves "not recorded" to an empty field, and
refuses a value out of range when the session is saved, naming the field (paindiary.session_limits).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from paindiary.domain import ValidationError
from paindiary.session_limits import Amount, format_in_largest_unit, parse_amount


def decimal_point() -> str:
    """The decimal point of the interface's locale ("," in German)."""
    return QLocale().decimalPoint() or "."


class AmountField(QLineEdit):
    """An optional amount with its limits; empty means "not recorded"."""

    def __init__(self, amount: Amount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = amount
        self.setMaxLength(24)  # far beyond any number in range, so nothing typed is cut off unseen
        self.setPlaceholderText(self.tr("Not recorded"))

    def value(self) -> float | None:
        """The amount typed (None when empty); raises ValidationError naming the record's field."""
        return parse_amount(self.amount, self.text(), decimal_points=decimal_point())

    def whole_value(self) -> int | None:
        """The whole number typed (None when empty), for an amount that takes whole numbers only."""
        value = self.value()
        return None if value is None else int(value)

    def value_or_none(self) -> float | None:
        """The amount when it can be read and is in range, else None (for values worked out live)."""
        try:
            return self.value()
        except ValidationError:
            return None

    def set_value(self, value: float | None) -> None:
        """Show a stored amount in the locale's notation (empty when not recorded), an 8-day one as "8 d"."""
        self.setText("" if value is None else format_in_largest_unit(self.amount, value, decimal_point()))
