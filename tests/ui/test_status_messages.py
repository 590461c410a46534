"""Status messages reach the status bar one way: FeatureHost.show_status on the main window."""

from __future__ import annotations

import ast
from pathlib import Path

import paindiary

UI = Path(paindiary.__file__).parent / "ui"


def test_only_the_main_window_writes_to_the_status_bar() -> None:
    """Status messages go one way: FeatureHost.show_status (views emit a signal the window connects)."""
    users = sorted(
        path.name
        for path in UI.glob("*.py")
        if any(
            isinstance(node, ast.Attribute) and node.attr == "statusBar"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        )
    )
    assert users == ["main_window.py"]
