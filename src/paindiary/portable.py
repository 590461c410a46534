"""Keeping files private and asking whether a process runs, the same way on every system.

Permission bits exist only on POSIX systems: on Windows `os.chmod` merely toggles the
read-only flag (the user's profile folder is what keeps the diary private there) and
`os.fchmod` does not exist. Modes are only ever tightened — group and other bits cleared —
so a diary the user made read-only (0400) stays read-only.

`os.kill(pid, 0)` asks "is it alive?" on POSIX, but on Windows it terminates the process;
Windows is asked through OpenProcess instead.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

# Bits nobody but the owner may have on a diary, a backup, a log or their folders.
NOT_OWNER_BITS = 0o077
_STILL_ACTIVE = 259
_QUERY_LIMITED_INFORMATION = 0x1000
_ACCESS_DENIED = 5


def has_permission_bits() -> bool:
    """True where files carry POSIX permission bits (not on Windows)."""
    return hasattr(os, "fchmod")


def private_mode(mode: int) -> int:
    """`mode` with every group and other bit cleared, the owner's bits as they were."""
    return stat.S_IMODE(mode) & ~NOT_OWNER_BITS


def tighten(path: Path) -> None:
    """Clear the group and other bits of `path` (never adds a bit); nothing where modes mean nothing."""
    if not has_permission_bits():
        return
    current = path.stat().st_mode
    wanted = private_mode(current)
    if wanted != stat.S_IMODE(current):
        os.chmod(path, wanted)


def tighten_if_present(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        tighten(path)


def tighten_descriptor(descriptor: int) -> None:
    """`tighten` for an open file (a temporary file before anything is written into it)."""
    if not has_permission_bits():
        return
    current = os.fstat(descriptor).st_mode
    wanted = private_mode(current)
    if wanted != stat.S_IMODE(current):
        os.fchmod(descriptor, wanted)


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs; when the system cannot tell, True (the careful answer)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    if not has_permission_bits():
        return True  # neither POSIX nor Windows: no safe way to ask
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    except OSError:
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    try:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        return True
    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return bool(ctypes.get_last_error() == _ACCESS_DENIED)  # type: ignore[attr-defined,unused-ignore]
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
