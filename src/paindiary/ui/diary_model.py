"""The entries table: newest first, one date range at a time, updated row by row."""

from __future__ import annotations

import bisect
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from paindiary.domain import PainEntry
from paindiary.formatting import region_label
from paindiary.ui import adapter as kinds
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.formatting import short_date, short_time

Index = QModelIndex | QPersistentModelIndex


def _newest_first(entry: PainEntry) -> tuple[float, str]:
    return (-entry.at.timestamp(), str(entry.id))


class EntryTableModel(QAbstractTableModel):
    """Entries between `start` and `end`; a save touches its own row, never the whole table."""

    COLUMNS = ("date", "time", "pain", "worst", "enjoyment", "activity", "locations", "note")

    def __init__(self, adapter: DiaryAdapter, start: date | None, end: date | None) -> None:
        super().__init__()
        self._adapter = adapter
        self._start, self._end = start, end
        self._search = ""  # casefolded words looked for in notes and places
        self._rows: list[PainEntry] = []
        self._keys: list[tuple[float, str]] = []
        self._headers = (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Pain"),
            self.tr("Worst"),
            self.tr("Enjoyment"),
            self.tr("Activity"),
            self.tr("Where"),
            self.tr("Note"),
        )
        self.loaded = False  # the first reload() happens when the table is first shown
        adapter.changed.connect(self._on_changed)

    # ------------------------------------------------------------ range

    def set_range(self, start: date | None, end: date | None) -> None:
        self._start, self._end = start, end
        if self.loaded:
            self.reload()

    def set_search(self, text: str) -> None:
        """Show only entries whose note or places hold `text` (any case); "" shows all."""
        self._search = text.strip().casefold()
        if self.loaded:
            self.reload()

    def row_of(self, entry_id: uuid.UUID) -> int | None:
        """The row showing the entry, if it is shown."""
        return self._row_of(entry_id)

    def reload(self) -> None:
        self.loaded = True
        self.beginResetModel()
        entries = self._adapter.reader.entries(start=self._start, end=self._end)
        self._rows = sorted((entry for entry in entries if self._matches(entry)), key=_newest_first)
        self._keys = [_newest_first(entry) for entry in self._rows]
        self.endResetModel()

    def _in_range(self, entry: PainEntry) -> bool:
        day = entry.at.date()
        in_range = (self._start is None or day >= self._start) and (self._end is None or day <= self._end)
        return in_range and self._matches(entry)

    def _matches(self, entry: PainEntry) -> bool:
        if not self._search:
            return True
        return any(
            self._search in text.casefold()
            for text in (entry.note, *entry.locations, *map(region_label, entry.locations))
        )

    # ------------------------------------------------------------ incremental updates

    def _on_changed(self, kind: str, ids: list[str]) -> None:
        if not self.loaded:
            return  # nothing shown yet: the first load will read the diary as it is then
        if kind in (kinds.ALL, kinds.EXTERNAL):
            self.reload()
        elif kind == kinds.ENTRIES:
            for text in ids:
                self._refresh_one(uuid.UUID(text))

    def _row_of(self, entry_id: uuid.UUID) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return None

    def _refresh_one(self, entry_id: uuid.UUID) -> None:
        current = self._adapter.reader.get_entry(entry_id)
        row = self._row_of(entry_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._keys[row]
            self.endRemoveRows()
        if current is not None and self._in_range(current):
            key = _newest_first(current)
            position = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, current)
            self._keys.insert(position, key)
            self.endInsertRows()

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def entry(self, row: int) -> PainEntry:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "note":
            return entry.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("pain", "worst", "enjoyment", "activity"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return str(entry.id)
        return None

    def _display(self, entry: PainEntry, column: str) -> str:
        if column == "date":
            return short_date(entry.at.date())
        if column == "time":
            return short_time(entry.at)
        if column == "locations":
            return ", ".join(map(region_label, entry.locations))
        if column == "note":
            return entry.note.replace("\n", " ")
        value = getattr(entry, column)
        return "" if value is None else str(value)
