"""Time and peak memory of importing large files, against plain json/csv + sqlite3 `executemany`.

Run as `python bench/bench_imports.py [CSV_ROWS]`. Writes a 10- and a 50-year JSON document
(bench_analysis' synthetic diary, exported as the app exports) and a CSV of CSV_ROWS entry rows
(1,000,000 by default) in paindiary's own columns, then imports each into a new diary in a
fresh process, as `paindiary import` does (read, check, back up, write). Each process reports
the seconds from its first import statement to the committed write, and its peak RSS (VmHWM).
Floor, in a fresh process on the same file: the standard library's json (or csv) reader and
sqlite3 `executemany` into one table per record kind, in one transaction.
Exits 1 when a goal is missed.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from bench_analysis import FIRST_DAY, synthetic_diary
from bench_save import PEAK_RSS
from paindiary.domain import AnalysisSettings, PainEntry
from paindiary.formats import csv_document, json_document

JSON_GOAL = 5.0  # the 50-year document, in-process time
CSV_TIME_GOAL = 10.0
CSV_MEMORY_GOAL_MB = 400
CSV_ROWS = 1_000_000

APP_IMPORT = """
import sys, time
started = time.perf_counter()
{peak}
from pathlib import Path
from paindiary.formats.importing import import_path
from paindiary.store import Diary
with Diary.open(sys.argv[2]) as diary:
    import_path(diary, Path(sys.argv[1]))
print(time.perf_counter() - started, peak_rss_kib(), flush=True)
"""

FLOOR_JSON = """
import sys, time
started = time.perf_counter()
{peak}
import json, sqlite3
with open(sys.argv[1], encoding="utf-8") as file:
    data = json.load(file)
connection = sqlite3.connect(sys.argv[2])
connection.execute("create table entries (id text primary key, at text, pain integer, worst integer, "
                   "enjoyment integer, activity integer, locations text, note text)")
connection.execute("create table sessions (id text primary key, at text, route text, dose_mg real, "
                   "weight_kg real, rest text)")
with connection:
    connection.executemany(
        "insert into entries values (?, ?, ?, ?, ?, ?, ?, ?)",
        ((e["id"], e["at"], e["pain"], e.get("worst"), e.get("enjoyment"), e.get("activity"),
          json.dumps(e.get("locations", [])), e.get("note", "")) for e in data["entries"]),
    )
    connection.executemany(
        "insert into sessions values (?, ?, ?, ?, ?, ?)",
        ((s["id"], s["at"], s["route"], s.get("dose_mg"), s.get("weight_kg"), json.dumps(s))
         for s in data["sessions"]),
    )
connection.close()
print(time.perf_counter() - started, peak_rss_kib(), flush=True)
"""

FLOOR_CSV = """
import sys, time
started = time.perf_counter()
{peak}
import csv, sqlite3
connection = sqlite3.connect(sys.argv[2])
with open(sys.argv[1], encoding="utf-8", newline="") as file:
    rows = csv.reader(file)
    header = next(rows)
    columns = ", ".join(f'"{{name}}" text' for name in header)
    connection.execute(f"create table records ({{columns}})")
    marks = ", ".join("?" * len(header))
    with connection:
        connection.executemany(f"insert into records values ({{marks}})", rows)
connection.close()
print(time.perf_counter() - started, peak_rss_kib(), flush=True)
"""


def write_json(path: Path, years: int) -> int:
    """A `years`-year diary as the app's JSON document; returns the number of records."""
    entries, sessions = synthetic_diary(years)
    json_document.write_document(path, json_document.build_document(entries, sessions, AnalysisSettings()))
    return len(entries) + len(sessions)


def write_csv(path: Path, rows: int) -> None:
    """`rows` entry rows in paindiary's CSV columns, three a day, written one at a time."""
    start = datetime.combine(FIRST_DAY, datetime.min.time())
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(csv_document.COLUMNS)
        for index in range(rows):
            moment = start + timedelta(days=index // 3, hours=8 + 5 * (index % 3))
            entry = PainEntry(at=moment, pain=index % 11, id=uuid.UUID(int=index + 1))
            writer.writerow(csv_document.entry_row(entry))


def measure(code: str, source: Path, folder: Path) -> tuple[float, int]:
    """(seconds, peak RSS in KiB) of `code` importing `source` into a new file in a fresh process."""
    target = folder / f"target-{uuid.uuid4().hex}.sqlite3"
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' Pythons cache bytecode
    result = subprocess.run(
        [sys.executable, "-c", code.format(peak=PEAK_RSS), str(source), str(target)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the import failed: {result.stderr[-2000:]}")
    seconds, peak = result.stdout.split()[-2:]
    target.unlink()
    return float(seconds), int(peak)


def best(code: str, source: Path, folder: Path, runs: int) -> tuple[float, int]:
    measured = [measure(code, source, folder) for _ in range(runs)]
    return min(seconds for seconds, _peak in measured), min(peak for _seconds, peak in measured)


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else CSV_ROWS
    table: list[tuple[str, float, float, str, bool]] = []
    with tempfile.TemporaryDirectory(prefix="paindiary-bench-") as scratch:
        folder = Path(scratch)
        os.environ.update(HOME=str(folder), XDG_DATA_HOME=str(folder / "data"))
        for years, runs in ((10, 3), (50, 2)):
            document = folder / f"{years}-years.json"
            records = write_json(document, years)
            (mine, mine_peak), (floor, floor_peak) = (
                best(APP_IMPORT, document, folder, runs),
                best(FLOOR_JSON, document, folder, runs),
            )
            name = f"import JSON {years}y ({records} records)"
            table.append(
                (f"{name}, time", mine, floor, f"≤ {JSON_GOAL:g}×" if years == 50 else "(info)", True)
            )
            table.append((f"{name}, peak RSS MB", mine_peak / 1024, floor_peak / 1024, "(info)", False))
        sheet = folder / "entries.csv"
        write_csv(sheet, rows)
        (mine, mine_peak), (floor, floor_peak) = (
            best(APP_IMPORT, sheet, folder, 1),
            best(FLOOR_CSV, sheet, folder, 1),
        )
        table.append((f"import CSV {rows} rows, time", mine, floor, f"≤ {CSV_TIME_GOAL:g}×", True))
        table.append(
            (
                f"import CSV {rows} rows, peak RSS MB",
                mine_peak / 1024,
                floor_peak / 1024,
                f"≤ {CSV_MEMORY_GOAL_MB} MB",
                False,
            )
        )
    print(f"{'operation':<52} {'value':>10} {'floor':>10} {'ratio':>7}  goal")
    missed = False
    for name, value, floor, goal, is_time in table:
        ratio = value / floor
        unit = "s" if is_time else ""
        print(f"{name:<52} {value:>9.2f}{unit} {floor:>9.2f}{unit} {ratio:>6.2f}×  {goal}")
        if goal.endswith("×"):
            missed |= ratio > float(goal.split()[1].rstrip("×"))
        elif goal.endswith("MB"):
            missed |= value > CSV_MEMORY_GOAL_MB
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
