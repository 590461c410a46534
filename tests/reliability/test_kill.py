"""SIGKILL at random moments: every acknowledged record survives and the file stays sound.

The method of SQLite's own crash tests, from the outside: a child saves records through the
Diary facade and reports each one only after its commit; it is killed at a random moment;
then the diary must pass integrity_check and hold every record that was reported.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from paindiary.store import Diary, integrity

CHILD = Path(__file__).with_name("fault_child.py")
# A safety net for a hung child, never an expectation about speed.
STUCK_SECONDS = 60


def stored_ids(db_path: Path) -> set[str]:
    if "sessions" not in integrity.check(db_path).counts:
        return set()  # killed while the new diary's tables were being created: rolled back
    connection = integrity.connect_read_only(db_path)
    try:
        rows = connection.execute("SELECT id FROM entries UNION ALL SELECT id FROM sessions").fetchall()
    finally:
        connection.close()
    return {row[0] for row in rows}


def acknowledged(acks: Path) -> list[str]:
    if not acks.exists():
        return []
    text = acks.read_text(encoding="ascii")
    complete = text[: text.rfind("\n") + 1]
    return [line.replace("-", "") for line in complete.splitlines()]


def wait_for_acks(acks: Path, wanted: int, zygote: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + STUCK_SECONDS
    while len(acknowledged(acks)) < wanted:
        assert zygote.stdout is not None
        ready, _, _ = select.select([zygote.stdout], [], [], 0.002)
        if ready:
            pytest.fail(f"the writer stopped by itself: {zygote.stdout.readline().strip()}")
        if time.monotonic() > deadline:
            pytest.fail("the writer made no progress")


def kill_rounds(folder: Path, rounds: int, seed: int) -> int:
    """Run `rounds` writers on one diary, killing each at a random moment; return records checked."""
    db_path = folder / "diary" / "diary.sqlite3"
    acks = folder / "acks.txt"
    rng = random.Random(seed)
    zygote = subprocess.Popen(
        [sys.executable, str(CHILD), "zygote"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert zygote.stdin is not None
    assert zygote.stdout is not None
    pid = 0
    try:
        for round_number in range(rounds):
            already = len(acknowledged(acks))
            zygote.stdin.write(f"{db_path} {acks} {seed * 100_000 + round_number}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            # Sometimes before the first commit (even while a new diary is created), mostly mid-stream.
            wait_for_acks(acks, already + rng.choice([0, 1, 3, 10, 25, 40]), zygote)
            time.sleep(rng.random() * 0.004)
            os.kill(pid, signal.SIGKILL)
            reaped = zygote.stdout.readline().strip()
            assert reaped == f"reaped {-signal.SIGKILL}", reaped
            pid = 0

            report = integrity.check(db_path) if db_path.exists() else None
            assert report is None or report.ok, (round_number, report)
            missing = set(acknowledged(acks)) - (stored_ids(db_path) if report else set())
            assert not missing, f"round {round_number}: {len(missing)} acknowledged records lost"
    finally:
        if pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        zygote.stdin.close()
        zygote.wait(timeout=STUCK_SECONDS)
        zygote.stdout.close()
    with Diary.open(db_path) as diary:  # and the app can open it afterwards
        assert diary.entry_count() + diary.session_count() >= len(acknowledged(acks))
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    return len(acknowledged(acks))


def test_twenty_kills_lose_no_acknowledged_record(tmp_path: Path) -> None:
    assert kill_rounds(tmp_path, rounds=20, seed=20240601) > 20


@pytest.mark.soak
def test_a_thousand_kills_lose_no_acknowledged_record(tmp_path: Path) -> None:
    assert kill_rounds(tmp_path, rounds=1000, seed=19700101) > 1000
