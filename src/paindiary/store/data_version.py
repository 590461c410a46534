"""Whether another connection has committed to a diary file since the last look.

SQLite's `PRAGMA data_version` changes on a connection whenever another connection has
committed; the window keeps one such connection open to notice the command line's writes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from paindiary.store.diary_file import connect_file


class DataVersion:
    """A read-only connection kept for asking the file's data version; None when unreadable."""

    def __init__(self, path: Path) -> None:
        self._connection: sqlite3.Connection | None = None
        with contextlib.suppress(sqlite3.Error, OSError):
            self._connection = connect_file(path, read_only=True)

    def read(self) -> int | None:
        if self._connection is None:
            return None
        try:
            row = self._connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None  # a file being replaced or erased: the next look tries again
        return int(row[0])

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
