"""The desktop entry, AppStream metainfo and icons: valid, and one app id everywhere."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from paindiary import __version__
from paindiary.resources import APP_ID, ICON_SIZES, icon_png, icon_svg

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian package desktop-file-utils; "
    "packaging/system-libs.sh test installs it)",
)
def test_desktop_entry_is_valid() -> None:
    result = run(["desktop-file-validate", str(DESKTOP)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", f"hints or warnings: {result.stdout}"


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (Debian package appstream; packaging/system-libs.sh test has it)",
)
def test_metainfo_is_valid() -> None:
    result = run(["appstreamcli", "validate", "--no-net", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout, result.stdout
    assert "E:" not in result.stdout, result.stdout


def test_one_app_id_everywhere() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Entry"]["Exec"].split()[0] == "paindiary"
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP.name
    from paindiary.ui.app import make_application

    assert make_application().desktopFileName() == APP_ID


def test_metainfo_names_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no release listed"
    assert releases[0].get("version") == __version__, "add a <release> for the new version (newest first)"


def test_metainfo_screenshots_are_in_the_repository() -> None:
    images = [element.text or "" for element in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert "/docs/screenshots/" in url, url
        name = url.rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), f"docs/screenshots/{name} is missing"


def test_every_icon_size_exists_at_its_size() -> None:
    assert icon_svg().is_file()
    for size in ICON_SIZES:
        image = QImage(str(icon_png(size)))
        assert not image.isNull(), icon_png(size)
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel(), "rounded corners need a transparent background"
