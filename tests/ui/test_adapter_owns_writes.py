"""The adapter is the only code in ui/ that writes to the diary or replaces it, and it says so itself.

Read over the source (AST), in every module of ui/ but adapter.py: no Diary object is made
or named (views read through the adapter's DiaryReader, which mypy keeps write-free), no
Diary write method is called on anything but an adapter, no store function that changes
or swaps the diary file is called, and nobody emits the adapter's `changed` signal.

Start-up is the one exception: recovery.py and app.py open (and if need be restore) the
diary before any adapter exists, then hand it to a new DiaryAdapter.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from paindiary.store import Diary
from tests.ui.source_scan import UI, modules_with

WRITE_PREFIXES = ("add_", "update_", "delete_", "restore_", "set_", "import_")
# Store functions that change the diary file or swap it for another.
STORE_WRITES = {"restore_backup", "erase_all_data", "apply_plan", "delete_all_backups", "export_diary"}
# The adapter and the mixins it is made of (its writes of the other records).
STARTUP = {"adapter.py", "clinic_adapter.py", "medicine_writes.py", "app.py", "recovery.py"}


def diary_writes() -> set[str]:
    names = {name for name, _ in inspect.getmembers(Diary, inspect.isfunction) if not name.startswith("_")}
    return {name for name in names if name.startswith(WRITE_PREFIXES)} | {"close"}


def to_adapter(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and receiver(call).endswith("adapter")


def receiver(call: ast.Call) -> str:
    assert isinstance(call.func, ast.Attribute)
    return ast.unparse(call.func.value)


def offences(path: Path, writes: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        where = f"{path.name}:{node.lineno}"
        on_a_diary = isinstance(func, ast.Attribute) and any(
            word in receiver(node).lower() for word in ("diary", "reader")
        )
        if name in writes and on_a_diary and not to_adapter(node):
            found.append(f"{where} {receiver(node)}.{name}()")
        elif name in STORE_WRITES and not to_adapter(node):
            found.append(f"{where} {name}()")
        elif (
            name == "emit" and isinstance(func, ast.Attribute) and receiver(node).endswith("adapter.changed")
        ):
            found.append(f"{where} {receiver(node)}.emit()")
    return found


def test_the_write_methods_are_found() -> None:
    assert {
        "add_entry",
        "update_session",
        "import_records",
        "set_analysis_settings",
        "close",
    } <= diary_writes()


def test_a_write_past_the_adapter_is_caught(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "def f(adapter, diary):\n"
        "    adapter.add_entry(1)\n"
        "    diary.add_entry(1)\n"
        "    adapter.reader.delete_session(2)\n"
        "    erase_all_data(3)\n"
        "    adapter.changed.emit('all', [])\n"
        "    self._adapter.restore_backup(4)\n",
        encoding="utf-8",
    )
    assert offences(sneaky, diary_writes()) == [
        "sneaky.py:3 diary.add_entry()",
        "sneaky.py:4 adapter.reader.delete_session()",
        "sneaky.py:5 erase_all_data()",
        "sneaky.py:6 adapter.changed.emit()",
    ]


def test_only_the_adapter_writes_to_the_diary() -> None:
    writes = diary_writes()
    found = [
        hit for path in sorted(UI.glob("*.py")) if path.name not in STARTUP for hit in offences(path, writes)
    ]
    assert found == []


def test_only_start_up_and_the_adapter_hold_a_diary() -> None:
    assert set(modules_with(ast.Name, "Diary")) <= STARTUP
