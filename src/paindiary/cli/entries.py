"""`paindiary log` and `paindiary list`: pain entries from the command line."""

from __future__ import annotations

import argparse
import json
from typing import Any

from paindiary.clock import local_now
from paindiary.domain import PainEntry, SessionSeries, ValidationError, format_moment, parse_moment
from paindiary.formats.json_document import entry_to_json, session_to_json
from paindiary.formatting import entries_text, sessions_text
from paindiary.store import Diary


def register(subparsers: Any) -> None:
    log = subparsers.add_parser(
        "log",
        help="log a pain score (0-10)",
        description="Log how much pain you have: 0 = no pain, 10 = worst pain imaginable.",
    )
    log.add_argument(
        "pain", metavar="PAIN", help="pain now, a whole number from 0 (no pain) to 10 (worst imaginable)"
    )
    log.add_argument("--at", metavar="ISO", help="when, as YYYY-MM-DDTHH:MM local time (default: now)")
    log.add_argument("--worst", metavar="N", help="worst pain today, 0-10")
    log.add_argument("--enjoyment", metavar="N", help="how much pain interfered with enjoyment of life, 0-10")
    log.add_argument("--activity", metavar="N", help="how much pain interfered with general activity, 0-10")
    log.add_argument("--sleep", metavar="N", help="how much pain interfered with your sleep last night, 0-10")
    log.add_argument("--mood", metavar="N", help="your mood today, 0 very low to 10 very good")
    log.add_argument(
        "--for-clinician", action="store_true", help="the note may go into the appointment report"
    )
    log.add_argument(
        "--location",
        metavar="REGION",
        action="append",
        default=[],
        help="where it hurts (repeat for several)",
    )
    log.add_argument("--note", metavar="TEXT", default="", help="a note")
    log.set_defaults(handler=run_log)

    listing = subparsers.add_parser(
        "list",
        help="list entries and sessions",
        description="Print the diary's entries and treatment sessions, oldest first.",
    )
    listing.add_argument(
        "--json", action="store_true", help="print JSON (the same fields as the JSON document)"
    )
    listing.set_defaults(handler=run_list)


def parse_score(name: str, text: str | None, *, required: bool = False) -> int | None:
    """A 0-10 score typed on the command line."""
    if text is None:
        if required:
            raise ValidationError(name, "is required (a whole number from 0 to 10)")
        return None
    stripped = text.strip()
    if not stripped.lstrip("-").isdigit():
        raise ValidationError(name, f"{text!r} is not a whole number from 0 to 10")
    value = int(stripped)
    if not 0 <= value <= 10:
        raise ValidationError(name, f"{value} is outside 0–10")
    return value


def run_log(args: argparse.Namespace, diary: Diary) -> int:
    entry = PainEntry(
        at=parse_moment("--at", args.at) if args.at else local_now(),
        pain=parse_score("pain", args.pain, required=True),  # type: ignore[arg-type]
        worst=parse_score("--worst", args.worst),
        enjoyment=parse_score("--enjoyment", args.enjoyment),
        activity=parse_score("--activity", args.activity),
        sleep_interference=parse_score("--sleep", args.sleep),
        mood=parse_score("--mood", args.mood),
        locations=tuple(args.location),
        note=args.note,
        for_clinician=args.for_clinician,
    )
    saved = diary.add_entry(entry)
    print(f"Logged pain {saved.pain}/10 at {format_moment(saved.at).replace('T', ' ')}.")
    return 0


def run_list(args: argparse.Namespace, diary: Diary) -> int:
    entries = diary.entries()
    sessions = diary.sessions()
    if args.json:
        print(
            json.dumps(
                {
                    "entries": [entry_to_json(entry) for entry in entries],
                    "sessions": [session_to_json(treatment) for treatment in sessions],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    rows: list[tuple[str, str]] = []
    for entry in entries:
        extra = [f"worst {entry.worst}"] if entry.worst is not None else []
        if entry.locations:
            extra.append(", ".join(entry.locations))
        if entry.note:
            extra.append(entry.note.replace("\n", " "))
        rows.append((format_moment(entry.at), f"pain {entry.pain:>2}/10  " + "; ".join(extra)))
    for treatment in sessions:
        dose = f"{treatment.dose_mg:g} mg" if treatment.dose_mg is not None else "dose not recorded"
        effects = ", ".join(f"{e.kind} ({e.severity.value})" for e in treatment.side_effects)
        text = f"SESSION {treatment.drug} {treatment.route.value}, {dose}"
        if treatment.series is not SessionSeries.AUTO:
            text += f"; series: {treatment.series.value}"
        rows.append((format_moment(treatment.at), text + (f"; side effects: {effects}" if effects else "")))
    if not rows:
        print("The diary is empty. Log a first entry with: paindiary log 5")
        return 0
    for moment, text in sorted(rows):
        print(f"{moment.replace('T', ' '):<19}  {text.rstrip()}")
    print(f"\n{entries_text(len(entries))}, {sessions_text(len(sessions))}.")
    return 0
