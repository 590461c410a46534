"""The window opens and shows the charts without SQLAlchemy (or the source text of what it
imported); a begun entry loads SQLAlchemy before Save is pressed.

Run in a fresh process: the test process itself has SQLAlchemy loaded long ago.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from paindiary.domain import PainEntry
from paindiary.store import Diary

SOURCE = Path(__file__).resolve().parents[2] / "src"

SCRIPT = """
import linecache, sys, threading
from PySide6.QtWidgets import QApplication
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window

def loaded():
    return sorted({name.split(".")[0] for name in sys.modules} & {"sqlalchemy", "alembic"})

app = QApplication(sys.argv)
with Diary.open(sys.argv[1]) as diary:
    window = build_window(DiaryAdapter(diary))
    window.show()
    for _ in range(5):  # painted: start-up's own source text is dropped here
        app.processEvents()
    window.show_page("charts")
    for _ in range(5):
        app.processEvents()
    print("viewing:", loaded())
    print("matplotlib source kept:", any("matplotlib" in name for name in linecache.cache))
    window.show_page("today")
    window.today.scores.set_value(6)
    for thread in threading.enumerate():
        if thread.name == "paindiary-write-side":
            thread.join()
    print("entry begun:", loaded())
    window.today.save()
    print("saved:", [entry.pain for entry in diary.entries()][-2:])
"""


def test_viewing_loads_no_sqlalchemy_and_a_begun_entry_loads_it_before_save(db_path: Path) -> None:
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 8), pain=4))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path)],
        env={**os.environ, "PYTHONPATH": str(SOURCE), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert "viewing: []" in lines
    assert "matplotlib source kept: False" in lines  # ui/source_cache.py
    assert "entry begun: ['sqlalchemy']" in lines
    assert "saved: [4, 6]" in lines
