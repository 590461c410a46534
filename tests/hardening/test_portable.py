"""Permissions and process checks on a system without POSIX modes (Windows, simulated)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from paindiary import paths, portable
from paindiary.domain import PainEntry
from paindiary.formats import registry
from paindiary.store import Diary, backup, integrity


def test_modes_are_only_ever_tightened(tmp_path: Path) -> None:
    readable_by_all = tmp_path / "a"
    readable_by_all.write_text("x")
    readable_by_all.chmod(0o664)
    owner_read_only = tmp_path / "b"
    owner_read_only.write_text("x")
    owner_read_only.chmod(0o440)
    portable.tighten(readable_by_all)
    portable.tighten(owner_read_only)
    assert stat.S_IMODE(readable_by_all.stat().st_mode) == 0o660 & ~0o077 == 0o600
    assert stat.S_IMODE(owner_read_only.stat().st_mode) == 0o400


def test_a_live_and_a_finished_process(tmp_path: Path) -> None:
    assert portable.process_alive(os.getpid())
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True
    )
    assert not portable.process_alive(int(finished.stdout))
    assert not portable.process_alive(0)


@pytest.fixture
def without_posix_modes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """os as on Windows: no fchmod; any chmod or kill(pid, 0) would be a mistake there."""
    calls: list[str] = []
    monkeypatch.delattr(os, "fchmod")
    monkeypatch.setattr(os, "chmod", lambda *_args, **_kw: calls.append("chmod"))
    monkeypatch.setattr(os, "kill", lambda *_args: calls.append("kill"))
    return calls


def test_the_whole_core_works_without_posix_modes(
    without_posix_modes: list[str], tmp_path: Path, clock: object
) -> None:
    db = tmp_path / "win" / "diary.sqlite3"
    with Diary.open(db) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 9), pain=4))
        registry.export_diary(diary, tmp_path / "out.json")
    paths.create_private_file(tmp_path / "log.txt")
    made = backup.backup_before(db, backup.MANUAL)
    assert made is not None
    assert made.exists()
    integrity.lock_path(db).write_text(f"{os.getpid()}\n", encoding="utf-8")
    assert integrity.running_app_pid(db) == os.getpid()  # cannot tell: the careful answer
    assert without_posix_modes == []
    assert not portable.has_permission_bits()


def test_every_core_module_imports_where_os_has_no_posix_calls() -> None:
    code = (
        "import os, importlib, pathlib, paindiary\n"
        "for name in ('fchmod', 'getuid', 'getpgid', 'fchown'):\n"
        "    if hasattr(os, name): delattr(os, name)\n"
        "root = pathlib.Path(paindiary.__file__).parent\n"
        "names = sorted('paindiary.' + '.'.join(p.relative_to(root).with_suffix('').parts)\n"
        "               for p in root.rglob('*.py')\n"
        "               if p.parent.name not in ('ui', 'versions', 'migrations')\n"
        "               and p.name != '__main__.py')\n"
        "for name in names: importlib.import_module(name.removesuffix('.__init__'))\n"
        "from paindiary import portable\n"
        "assert not portable.has_permission_bits()\n"
        "print(len(names))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 40
