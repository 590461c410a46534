"""`paindiary demo`: fill an empty diary with realistic sample data to explore."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from paindiary.demo import fill_with_demo
from paindiary.formatting import entries_text, sessions_text
from paindiary.store import Diary


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="fill an empty diary with sample data",
        description="Fill an EMPTY diary with two years of generated sample data (entries, a loading "
        "series and boosters, side effects) to explore the app. Refuses a diary that holds anything; "
        "use --db to point at a new file.",
    )
    demo.add_argument(
        "--maintenance",
        action="store_true",
        help="half a year of nasal esketamine instead: one session, then twice a week for four weeks, "
        "then weekly",
    )
    demo.set_defaults(handler=run)


def run(args: argparse.Namespace, diary: Diary) -> int:
    now = datetime.now()
    scenario = "maintenance" if args.maintenance else "standard"
    result = fill_with_demo(diary, now.date(), now=now, scenario=scenario)
    added = f"{entries_text(result.added_entries)}, {sessions_text(result.added_sessions)}"
    print(f"Added sample data to {diary.path}: {added}.")
    return 0
