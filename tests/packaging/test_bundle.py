"""The one-folder bundle: build it with the project's spec, then run packaging/smoke_test.sh on it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.bundle
def test_the_bundle_builds_and_starts_offscreen(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    if not pyinstaller.is_file():
        pytest.skip("PyInstaller is not installed: pip install -e '.[bundle]'")
    folders = ["--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build")]
    spec = str(ROOT / "packaging" / "paindiary.spec")
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", *folders, spec],
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    binary = tmp_path / "dist" / "paindiary" / "paindiary"
    smoke = subprocess.run(
        ["sh", str(ROOT / "packaging" / "smoke_test.sh"), str(binary)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test passed" in smoke.stdout
