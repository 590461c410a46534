"""Loading the store's write side (SQLAlchemy and the ORM tables) ahead of a write the patient has begun.

Reads never need it (store/plain_reads.py), so a start-up or a look at the charts does not
load it. The first write would then wait for it (about half a second, mostly imports), so
the window starts it in the background as soon as the patient begins an entry or opens a
dialog that saves; by the time they press Save it is there. Python's import lock makes a
write that comes sooner wait for the same import rather than start another.
"""

from __future__ import annotations

import sys
import threading

# Taken by the first call and never given back: every later call returns at once.
_first_call = threading.Lock()


def load_in_background() -> None:
    """Start loading the write side on a background thread, once; returns at once."""
    if not _first_call.acquire(blocking=False) or "paindiary.store.schema" in sys.modules:
        return
    threading.Thread(target=load, name="paindiary-write-side", daemon=True).start()


def load() -> None:
    """Import what a write uses and put the ORM's mappings together (what the first write pays)."""
    from sqlalchemy.orm import configure_mappers

    from paindiary.store import database, flat_convert, import_batch  # noqa: F401

    configure_mappers()
