"""Start at login: the XDG autostart entry is written privately where XDG_CONFIG_HOME says, and removed."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from paindiary import autostart
from paindiary.resources import APP_ID


def test_entry_goes_where_xdg_config_home_says(private_home: Path) -> None:
    path = autostart.enable(["/opt/paindiary/paindiary"])
    assert path == private_home / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.is_enabled()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "Exec=/opt/paindiary/paindiary\n" in path.read_text(encoding="utf-8")


def test_a_relative_or_missing_xdg_config_home_falls_back_to_dot_config(tmp_path: Path) -> None:
    home = str(tmp_path)
    assert autostart.autostart_dir({"HOME": home}) == tmp_path / ".config" / "autostart"
    relative = {"HOME": home, "XDG_CONFIG_HOME": "relative/config"}
    assert autostart.autostart_dir(relative) == tmp_path / ".config" / "autostart"
    custom = {"HOME": home, "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert autostart.autostart_dir(custom) == tmp_path / "cfg" / "autostart"


def test_disable_removes_only_our_entry(private_home: Path) -> None:
    folder = private_home / ".config" / "autostart"
    folder.mkdir(parents=True)
    other = folder / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    autostart.enable(["paindiary"])
    assert autostart.disable() is True
    assert not autostart.is_enabled()
    assert other.exists()
    assert autostart.disable() is False


def test_apply_follows_the_setting(private_home: Path) -> None:
    assert autostart.apply(True, ["paindiary"]) is autostart.supported()
    assert autostart.is_enabled() is autostart.supported()
    assert autostart.apply(False, ["paindiary"]) is False
    assert not autostart.is_enabled()


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (["/usr/bin/paindiary"], "/usr/bin/paindiary"),
        (["/home/a b/venv/bin/python", "-m", "paindiary"], '"/home/a b/venv/bin/python" -m paindiary'),
        (["/x/100%/app"], "/x/100%%/app"),
        (['/x/"q"$/app'], '"/x/\\\\"q\\\\"\\\\$/app"'),
    ],
)
def test_exec_line_quotes_as_the_desktop_entry_spec_asks(command: list[str], line: str) -> None:
    assert autostart.exec_line(command) == line


def test_launch_command_for_bundle_script_and_module(tmp_path: Path) -> None:
    assert autostart.launch_command("/opt/pd/paindiary", frozen=True) == ["/opt/pd/paindiary"]
    script = tmp_path / "paindiary"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    assert autostart.launch_command("/usr/bin/python3", str(script), frozen=False) == [str(script)]
    assert autostart.launch_command("/usr/bin/python3", "/somewhere/pytest", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "paindiary",
    ]


def test_supported_platforms() -> None:
    assert autostart.supported("linux")
    assert not autostart.supported("win32")
    assert not autostart.supported("darwin")


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian package desktop-file-utils)",
)
def test_the_autostart_entry_is_a_valid_desktop_file() -> None:
    path = autostart.enable(["/home/a b/venv/bin/python", "-m", "paindiary"])
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout
