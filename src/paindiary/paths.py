"""Where the diary, its backups and the logs live, and keeping them private."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from paindiary import portable

APP_NAME = "paindiary"
DB_FILENAME = "diary.sqlite3"
DB_ENV = "PAINDIARY_DB"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# SQLite's companions of a database file (they hold diary data too).
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The diary used when neither --db nor PAINDIARY_DB names one."""
    return data_dir() / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins over PAINDIARY_DB, which wins over the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the diary, in a folder named after it."""
    return db_path.parent / f"{db_path.stem}-backups"


def companions(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in COMPANION_SUFFIXES]


def ensure_private_dir(folder: Path) -> Path:
    """Create a folder (and missing parents) readable by the owner only."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for new_folder in reversed(missing):
        new_folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        portable.tighten(new_folder)  # mkdir's mode passes through the umask only where bits exist
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty file as 0600 before anything (SQLite) writes into it."""
    ensure_private_dir(path.parent)
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    try:
        portable.tighten_descriptor(descriptor)
    finally:
        os.close(descriptor)


def tighten_permissions(db_path: Path) -> None:
    """Clear the group and other bits of the diary and its companions (a 0400 diary stays 0400)."""
    for candidate in [db_path, *companions(db_path)]:
        portable.tighten_if_present(candidate)
