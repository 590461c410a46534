"""Arrows point one way: nothing below ui/ imports Qt, nothing outside store/ speaks SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import paindiary

PACKAGE = Path(paindiary.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def core_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]


def test_core_does_not_import_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(m for m in imported_modules(path) if m.startswith("PySide6"))
        for path in core_files()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_the_store_imports_sqlalchemy_or_sqlite() -> None:
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "store":
            continue
        found = sorted(
            m for m in imported_modules(path) if m.split(".")[0] in {"sqlalchemy", "sqlite3", "alembic"}
        )
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, paindiary.domain, paindiary.store, paindiary.formats.registry, paindiary.demo\n"
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
