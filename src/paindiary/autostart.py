"""Start at login on Linux desktops: an XDG autostart entry in ~/.config/autostart.

The entry is written atomically and private; turning the option off removes only our own entry.
Other systems have no such folder: `supported()` says so and nothing is written there.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from paindiary.formats.atomic import write_private_text
from paindiary.paths import ensure_private_dir
from paindiary.resources import APP_ID

# Characters that make a desktop-entry Exec argument need quoting (Desktop Entry spec, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = ("\\", '"', "`", "$")  # the backslash first


def supported(platform: str = sys.platform) -> bool:
    """True where XDG autostart exists (Linux and the BSDs)."""
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_dir(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_CONFIG_HOME/autostart, or ~/.config/autostart when it is unset or not absolute."""
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path(env.get("HOME", "~")) / ".config"
    return base.expanduser() / "autostart"


def autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    """Our entry in the autostart folder."""
    return autostart_dir(environ) / f"{APP_ID}.desktop"


def launch_command(
    executable: str = sys.executable, argv0: str = "", frozen: bool | None = None
) -> list[str]:
    """How to start this same app again: the bundle's binary, the installed script, or `python -m`."""
    if frozen if frozen is not None else bool(getattr(sys, "frozen", False)):
        return [executable]
    script = Path(argv0 or (sys.argv[0] if sys.argv else ""))
    if script.name == "paindiary" and script.is_file():
        return [str(script.resolve())]
    return [executable, "-m", "paindiary"]


def exec_line(command: Sequence[str]) -> str:
    """The command as a desktop-entry Exec value, quoted and escaped as the spec asks."""
    parts = []
    for argument in command:
        text = argument.replace("%", "%%")
        if any(character in _RESERVED for character in text) or not text:
            for character in _ESCAPED_IN_QUOTES:
                text = text.replace(character, "\\" + character)
            text = f'"{text}"'
        parts.append(text)
    # The Exec value is also a desktop-entry string, whose own escaping doubles each backslash.
    return " ".join(parts).replace("\\", "\\\\")


def entry_text(command: Sequence[str]) -> str:
    """The autostart .desktop entry that runs `command`."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=paindiary\n"
        "Comment=Pain diary: daily reminder to log pain\n"
        f"Exec={exec_line(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(environ: Mapping[str, str] | None = None) -> bool:
    """True when our autostart entry exists."""
    return autostart_file(environ).is_file()


def enable(command: Sequence[str], environ: Mapping[str, str] | None = None) -> Path:
    """Write (or refresh) the autostart entry; returns its path. Raises OSError if it cannot."""
    target = autostart_file(environ)
    ensure_private_dir(target.parent)
    text = entry_text(command)
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        write_private_text(target, text)
    return target


def disable(environ: Mapping[str, str] | None = None) -> bool:
    """Remove our autostart entry; True if there was one. Raises OSError if it cannot."""
    target = autostart_file(environ)
    try:
        target.unlink()
    except FileNotFoundError:
        return False
    return True


def apply(wanted: bool, command: Sequence[str], environ: Mapping[str, str] | None = None) -> bool:
    """Make the autostart entry match `wanted` where supported; returns whether it is now enabled."""
    if not supported():
        return False
    if wanted:
        enable(command, environ)
        return True
    disable(environ)
    return False
