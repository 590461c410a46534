"""Status messages reach the status bar one way: FeatureHost.show_status on the main window."""

from __future__ import annotations

import ast

from tests.ui.source_scan import modules_with


def test_only_the_main_window_writes_to_the_status_bar() -> None:
    """Status messages go one way: FeatureHost.show_status (views emit a signal the window connects)."""
    assert modules_with(ast.Attribute, "statusBar") == ["main_window.py"]
