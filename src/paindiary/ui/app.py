"""Application start-up: open the diary, show the main window."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from paindiary.demo import fill_with_demo
from paindiary.store import Diary


def run_app(db_path: Path | None, *, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="paindiary-demo-") as scratch:
        path = Path(scratch) / "demo.sqlite3" if demo or db_path is None else db_path
        with Diary.open(path) as diary:
            if demo:
                fill_with_demo(diary, date.today())
            window = QMainWindow()
            window.setWindowTitle("paindiary")
            window.setCentralWidget(QLabel(f"{diary.entry_count()} entries in {path.name}"))
            window.resize(900, 640)
            window.show()
            return int(app.exec())
