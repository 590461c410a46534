"""One clock: defined in paindiary.clock, and the desktop app asks only the clock it was given."""

from __future__ import annotations

import ast
from pathlib import Path

import paindiary
from paindiary.clock import local_now

PACKAGE = Path(paindiary.__file__).parent


def test_local_now_is_to_the_second() -> None:
    assert local_now().microsecond == 0


def test_clock_is_defined_in_one_module() -> None:
    defined = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = (
                [target.id for target in node.targets if isinstance(target, ast.Name)]
                if isinstance(node, ast.Assign)
                else [node.name]
                if isinstance(node, ast.ClassDef | ast.FunctionDef)
                else []
            )
            if {"Clock", "local_now"} & set(named):
                defined.add(str(path.relative_to(PACKAGE)))
    assert defined == {"clock.py"}


def test_the_desktop_app_never_reads_the_time_itself() -> None:
    """Views, dialogs and features use the injected clock, so tests can set "now"."""
    offenders = []
    for path in (PACKAGE / "ui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in {("datetime", "now"), ("date", "today")}
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
