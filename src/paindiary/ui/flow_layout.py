"""A row of buttons that shares the width evenly while it fits, and wraps onto more rows when not.

Eleven score buttons in one row need about 630 pixels; at 200 % on a 1080p screen, or with a
narrow window, there may be less. Then the row breaks into two (or more) even rows instead of
pushing buttons off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right in rows as wide as the layout, all as wide as the fullest row's; a new
    row when the next item would not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------ QLayout's item list

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def spacing(self) -> int:
        return self._spacing

    # ------------------------------------------------------------ sizes

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """Everything in one row."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """One item per row at the narrowest."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # ------------------------------------------------------------ the layout itself

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items split into rows whose minimum widths (and spacing) fit `width`."""
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            needed = item.minimumSize().width()
            if rows and used + self._spacing + needed <= width:
                rows[-1].append(item)
                used += self._spacing + needed
            else:
                rows.append([item])
                used = needed
        even = _even(rows)
        if all(self._row_width(row) <= width for row in even):
            return even
        return rows

    def _row_width(self, row: list[QLayoutItem]) -> int:
        return sum(item.minimumSize().width() for item in row) + self._spacing * (len(row) - 1)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in `rect` (or only measure); the height they take."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows = self._rows(area.width())
        if not rows:
            return margins.top() + margins.bottom()
        # One width for every button, from the fullest row: shorter rows line up under it.
        columns = max(len(row) for row in rows)
        share = (area.width() - self._spacing * (columns - 1)) // columns
        y = area.y()
        for row in rows:
            height = max(item.sizeHint().height() for item in row)
            x = area.x()
            for item in row:
                width = min(max(share, item.minimumSize().width()), item.maximumSize().width())
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom()


def _even(rows: list[list[QLayoutItem]]) -> list[list[QLayoutItem]]:
    """Rows of (nearly) equal length: 6 and 5 rather than 10 and 1, so the buttons line up."""
    if len(rows) < 2:
        return rows
    items = [item for row in rows for item in row]
    per_row = -(-len(items) // len(rows))  # the same number of rows, filled evenly
    return [items[start : start + per_row] for start in range(0, len(items), per_row)]
