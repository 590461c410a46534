"""Reading ui/'s source (AST) for the tests that keep one job in one module."""

from __future__ import annotations

import ast
from pathlib import Path

import paindiary

UI = Path(paindiary.__file__).parent / "ui"


def modules_with(wanted: type[ast.Name] | type[ast.Attribute], name: str) -> list[str]:
    """The file names in ui/ that use `name` as a bare name (ast.Name) or an attribute (ast.Attribute)."""

    def matches(node: ast.AST) -> bool:
        if wanted is ast.Name:
            return isinstance(node, ast.Name) and node.id == name
        return isinstance(node, ast.Attribute) and node.attr == name

    return sorted(
        path.name
        for path in UI.glob("*.py")
        if any(matches(node) for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    )
