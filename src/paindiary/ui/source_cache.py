"""Dropping the source text PySide6 has every import read in, once a step's imports are done.

PySide6 replaces `__import__` with a hook that reads the source of each module imported after
it (to look for `from __feature__ import ...`), and Python's linecache keeps all of that text:
about 4 MB after start-up and 6 MB more once matplotlib is loaded for the charts, a tenth of
the app's memory. Only tracebacks read that cache, and they read a file again when it is gone.
"""

from __future__ import annotations

import linecache


def drop_cached_source() -> None:
    linecache.clearcache()
