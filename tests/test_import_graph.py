"""No import circles anywhere in paindiary: every module can be read knowing only what it imports.

The walk covers every import statement of every module, including those inside functions
(imported when first used) and those under `if TYPE_CHECKING:`: a circle of type-only
imports still ties two modules together for the reader, so it counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import paindiary

PACKAGE = Path(paindiary.__file__).parent
ROOT = "paindiary"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = importer.split(".")
    drop = node.level - 1 if is_package else node.level
    base = base[: len(base) - drop] if drop else base
    return ".".join([*base, node.module] if node.module else base)


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The paindiary modules `name` imports: `from a import b` counts as a.b when b is a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node, name, path.name == "__init__.py")
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                found.add(submodule if submodule in known else module)
    return {target for target in found if target in known and target != name}


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    known = set(modules)
    return {name: imports_of(name, path, known) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle (as a list of modules, first repeated at the end), or None."""
    visiting: list[str] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        visiting.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*visiting[visiting.index(target) :], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        visiting.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_the_walk_sees_imports_inside_functions_and_type_checking_blocks() -> None:
    graph = import_graph()
    # app.py imports the features' modules inside a function, when the window is built
    assert "paindiary.ui.backups_dialog" in graph["paindiary.ui.app"]
    assert "paindiary.store.diary" in graph["paindiary.store"]


def test_a_circle_is_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_module_of_paindiary_imports_itself_in_a_circle() -> None:
    assert find_cycle(import_graph()) is None
