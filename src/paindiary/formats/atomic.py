"""Writing files for the user: atomically (temp file + rename) and private (0600)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from paindiary import portable


def write_private_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step; a crash leaves the old file or the new one."""
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            portable.tighten_descriptor(handle.fileno())  # mkstemp made it 0600; the umask cannot widen it
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _sync_folder(folder)


def write_private_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    write_private_bytes(path, text.encode(encoding))


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder itself reaches the disk.
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
