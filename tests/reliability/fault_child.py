"""Child processes for the fault tests: a writer to be SIGKILLed, and a writer under RLIMIT_FSIZE.

    python fault_child.py zygote          # reads "DB ACKS SEED" lines, forks one writer per line
    python fault_child.py fsize DB LIMIT  # writes under a file size limit, reports as JSON

The zygote imports paindiary once and forks each writer from there, so the kill test pays
Python's start-up once instead of once per kill. A writer reports each record's id on the
ACKS file only after the Diary call that saved it has returned, i.e. after its commit.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import sys
import traceback
from datetime import datetime, timedelta
from pathlib import Path

from paindiary.domain import PainEntry, Route, SideEffect, TreatmentSession
from paindiary.store import Diary, DiaryWriteError


def write_until_killed(db_path: Path, acks: Path, seed: int) -> None:
    """Save records forever, acknowledging each one after its commit."""
    rng = random.Random(seed)
    ack_fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    start = datetime(2020, 1, 1) + timedelta(minutes=seed % 1_000_000)
    with Diary.open(db_path) as diary:
        for step in range(10**9):
            at = start + timedelta(minutes=7 * step)
            roll = rng.random()
            if roll < 0.8:
                entry = PainEntry(at=at, pain=rng.randint(0, 10), note="x" * rng.randint(0, 3000))
                diary.add_entry(entry)
                ids = [entry.id]
            elif roll < 0.9:
                batch = [
                    PainEntry(at=at + timedelta(seconds=i), pain=i % 11) for i in range(rng.randint(2, 60))
                ]
                diary.import_records(batch, [])
                ids = [entry.id for entry in batch]
            else:
                session = TreatmentSession(
                    at=at, route=Route.IV_INFUSION, dose_mg=100.0, side_effects=(SideEffect("nausea"),)
                )
                diary.add_session(session)
                ids = [session.id]
            # One write() per report: after SIGKILL a line is either complete or absent.
            os.write(ack_fd, "".join(f"{record_id}\n" for record_id in ids).encode())


def zygote() -> None:
    for line in sys.stdin:
        db_path, acks, seed = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                write_until_killed(Path(db_path), Path(acks), int(seed))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"reaped {os.waitstatus_to_exitcode(status)}", flush=True)


def write_under_size_limit(db_path: Path, limit: int) -> None:
    """Save a batch larger than the file size limit allows, lift the limit, report as JSON."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    batch = [
        PainEntry(at=datetime(2024, 1, 1, 9) + timedelta(minutes=i), pain=i % 11, note="a long note " * 250)
        for i in range(40)
    ]
    report: dict[str, object] = {}
    with Diary.open(db_path) as diary:
        report["before"] = diary.entry_count()
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        try:
            diary.import_records(batch, [])
            report["error"] = None
        except DiaryWriteError as error:
            report["error"] = str(error)
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        report["after_failure"] = diary.entry_count()
        report["batch_saved"] = any(diary.get_entry(entry.id) is not None for entry in batch)
        diary.import_records(batch, [])  # the same records, once there is room again
        report["after_retry"] = diary.entry_count()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "zygote":
        zygote()
    elif sys.argv[1] == "fsize":
        write_under_size_limit(Path(sys.argv[2]), int(sys.argv[3]))
