"""Is a diary file healthy? Read-only checks that tell damage from a passing I/O problem.

Nothing here writes to the diary: files are opened with SQLite's `mode=ro`, so a damaged
file (and its -wal, whose frames a read-write open could checkpoint away) stays byte for byte
as it was until the user has been told.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from paindiary import paths, portable
from paindiary.clock import Clock
from paindiary.i18n import _
from paindiary.store import diary_file, readable

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER_SIZE = 32
WAL_FORMAT_VERSION = 3007000
DAMAGE_CODES = diary_file.DAMAGE_CODES
# How many of integrity_check's messages a report keeps (a wrecked file produces thousands).
MAX_PROBLEMS = 20


class Verdict(StrEnum):
    OK = "ok"
    MISSING = "missing"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"  # an I/O or permission problem: not damage, nothing is moved
    NOT_A_DIARY = "not-a-diary"
    TOO_NEW = "too-new"


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """What a check found; `problems` are sentences for the user."""

    path: Path
    verdict: Verdict
    problems: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None
    # Rows the file holds but a read cannot turn into records (`check(rows=True)` only).
    unreadable: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.OK

    @property
    def damaged(self) -> bool:
        return self.verdict is Verdict.DAMAGED


def connect_read_only(path: Path, *, untouched: bool = False) -> sqlite3.Connection:
    """A connection that cannot write to `path` (nor create it); `untouched`: nor anything beside it."""
    connection = diary_file.connect_file(path, read_only=True, untouched=untouched)
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the bytes are wrong; I/O, permission and busy errors are not damage."""
    code = getattr(error, "sqlite_errorcode", None)
    # Extended codes (SQLITE_CORRUPT_INDEX...) keep the primary code in their low byte.
    return code is not None and code & 0xFF in DAMAGE_CODES


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in every table of the file (SQLite's own tables left out)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def known_revisions() -> frozenset[str]:
    return diary_file.known_revisions()


def wal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def unclean_shutdown(db_path: Path) -> bool:
    """A non-empty -wal: some program stopped (or is still running) with the diary open."""
    try:
        return wal_path(db_path).stat().st_size > 0
    except FileNotFoundError:
        return False


def wal_problem(db_path: Path, page_size: int) -> str | None:
    """Why the -wal beside `db_path` cannot be SQLite's log, or None when its header is sound.

    SQLite silently ignores a log with a bad header, and a read-write open would then delete it
    with whatever it held, so the header is checked here first. Torn frames at the end are normal
    after a crash (SQLite drops them) and are not reported.
    """
    try:
        with wal_path(db_path).open("rb") as handle:
            header = handle.read(WAL_HEADER_SIZE)
    except FileNotFoundError:
        return None
    if not header:
        return None
    if len(header) < WAL_HEADER_SIZE:
        return _("the log of recent changes (-wal) is cut short")
    magic, version, wal_page_size = struct.unpack(">III", header[:12])
    if magic not in WAL_MAGICS or version != WAL_FORMAT_VERSION:
        return _("the log of recent changes (-wal) is not a SQLite log")
    if page_size and wal_page_size != page_size:
        return _("the log of recent changes (-wal) belongs to a different file")
    if _wal_checksum(header[:24], big_endian=magic & 1 == 1) != struct.unpack(">II", header[24:32]):
        return _("the log of recent changes (-wal) has a damaged header")
    return None


def _wal_checksum(data: bytes, *, big_endian: bool) -> tuple[int, int]:
    # SQLite's WAL checksum (fileformat.html, "Checksum Algorithm").
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    first = second = 0
    for index in range(0, len(words), 2):
        first = (first + words[index] + second) & 0xFFFFFFFF
        second = (second + words[index + 1] + first) & 0xFFFFFFFF
    return first, second


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def check(db_path: Path, *, rows: bool = False) -> IntegrityReport:
    """integrity_check and foreign_key_check on a read-only connection, plus the file's own headers.

    `rows` also reads every record the way the app does and lists those that cannot be read.
    """
    try:
        with db_path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return IntegrityReport(db_path, Verdict.MISSING, (_("there is no diary file here"),))
    except OSError as error:
        return IntegrityReport(db_path, Verdict.UNREADABLE, (error.strerror or str(error),))
    if not header:
        return IntegrityReport(db_path, Verdict.OK)  # a new, empty diary
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return IntegrityReport(db_path, Verdict.DAMAGED, (_("the file is not a SQLite database"),))
    log_problem = wal_problem(db_path, _page_size(header))
    if log_problem is not None:
        return IntegrityReport(db_path, Verdict.DAMAGED, (log_problem,))
    report = _checked_contents(db_path, untouched=True, rows=rows)
    if report.damaged and diary_file.is_closed_wal_file(db_path):
        # An immutable read can catch another program's checkpoint half-way: ask once more, plainly.
        report = _checked_contents(db_path, untouched=False, rows=rows)
    return report


def _checked_contents(db_path: Path, *, untouched: bool, rows: bool) -> IntegrityReport:
    try:
        return _check_contents(db_path, untouched=untouched, rows=rows)
    except sqlite3.Error as error:
        verdict = Verdict.DAMAGED if is_damage(error) else Verdict.UNREADABLE
        return IntegrityReport(db_path, verdict, (str(error),))


def _check_contents(db_path: Path, *, untouched: bool, rows: bool) -> IntegrityReport:
    connection = connect_read_only(db_path, untouched=untouched)
    try:
        found = [
            line
            for row in connection.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")
            for line in str(row[0]).splitlines()
            if line.strip() and not line.startswith("***")
        ]
        if found != ["ok"]:
            return IntegrityReport(db_path, Verdict.DAMAGED, tuple(found[:MAX_PROBLEMS]))
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            problems = tuple(
                _("{table} row {row} points to a missing {parent} record").format(
                    table=table, row=row, parent=parent
                )
                for table, row, parent, _index in orphans[:MAX_PROBLEMS]
            )
            return IntegrityReport(db_path, Verdict.DAMAGED, problems)
        counts = table_counts(connection)
        revision = None
        if "alembic_version" in counts:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        unreadable = (
            tuple(row.describe() for row in readable.scan(connection))
            if rows and "alembic_version" in counts
            else ()
        )
    finally:
        connection.close()
    if counts and "alembic_version" not in counts:
        return IntegrityReport(db_path, Verdict.NOT_A_DIARY, (_("the file is a database, but not a diary"),))
    if revision is not None and revision not in known_revisions():
        problem = _("the diary was written by a newer version of paindiary (schema {revision})").format(
            revision=revision
        )
        return IntegrityReport(db_path, Verdict.TOO_NEW, (problem,), counts, revision)
    return IntegrityReport(db_path, Verdict.OK, (), counts, revision, unreadable)


def lock_path(db_path: Path) -> Path:
    """The lock file the desktop app holds while it has this diary open."""
    return db_path.with_name(db_path.name + ".lock")


def running_app_pid(db_path: Path) -> int | None:
    """The process id of a running app that holds the diary's lock, if any (a crashed one's is ignored)."""
    try:
        first_line = lock_path(db_path).read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        pid = int(first_line.strip())
    except (OSError, ValueError):
        return None
    return pid if portable.process_alive(pid) else None


def set_aside_damaged(db_path: Path, clock: Clock) -> Path:
    """Rename the damaged diary and its companions to `<name>.damaged-<time>`, bytes untouched."""
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    number = 1
    while any(candidate.exists() for candidate in [target, *paths.companions(target)]):
        number += 1
        target = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{number}")
    # Companions first: a -wal left behind next to a new diary would be replayed into it.
    for companion, moved in zip(paths.companions(db_path), paths.companions(target), strict=True):
        if companion.exists():
            os.rename(companion, moved)
    if db_path.exists():
        os.rename(db_path, target)
    sync_folder(db_path.parent)
    return target


def sync_folder(folder: Path) -> None:
    """Make renames in `folder` durable."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
