"""`paindiary session add`: record a treatment session and its side effects."""

from __future__ import annotations

import argparse
from typing import Any

from paindiary.domain import (
    SIDE_EFFECT_CATALOG,
    Route,
    SessionSeries,
    Severity,
    SideEffect,
    TreatmentSession,
    ValidationError,
    check_series,
    check_severity,
    format_moment,
    parse_moment,
)
from paindiary.store import Diary


def register(subparsers: Any) -> None:
    session = subparsers.add_parser(
        "session",
        help="record treatment sessions",
        description="Record treatment sessions (infusions, injections, nasal doses...).",
    )
    actions = session.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a session",
        description="Add a treatment session with its dose and any side effects.",
        epilog="Side-effect kinds: " + ", ".join(SIDE_EFFECT_CATALOG) + " (or any name of your own). "
        "Severities: " + ", ".join(s.value for s in Severity) + ".",
    )
    add.add_argument("--at", metavar="ISO", required=True, help="start, as YYYY-MM-DDTHH:MM local time")
    add.add_argument(
        "--route", metavar="R", required=True, help="one of: " + ", ".join(route.value for route in Route)
    )
    add.add_argument("--drug", metavar="D", default="ketamine", help="drug (default: ketamine)")
    add.add_argument("--dose-mg", metavar="X", help="total dose in mg")
    add.add_argument("--weight-kg", metavar="W", help="body weight in kg (so mg/kg can be shown)")
    add.add_argument("--minutes", metavar="M", help="duration in minutes")
    add.add_argument("--rate", metavar="MG_PER_KG_H", help="infusion rate in mg/kg/h")
    add.add_argument("--clinic", metavar="NAME", default="", help="where it was given")
    add.add_argument("--note", metavar="TEXT", default="", help="a note")
    add.add_argument(
        "--series",
        metavar="join|new",
        default=SessionSeries.AUTO.value,
        help="join: part of the same course as the previous session; new: starts a new course "
        "(default: grouped by the days between sessions, see the course_gap_days setting)",
    )
    add.add_argument(
        "--side-effect",
        metavar="KIND:SEVERITY",
        action="append",
        default=[],
        help="a side effect, e.g. nausea:moderate (repeat for several)",
    )
    add.set_defaults(handler=run_add)


def parse_amount(name: str, text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise ValidationError(name, f"{text!r} is not a number") from None


def parse_whole(name: str, text: str | None) -> int | None:
    if text is None:
        return None
    if not text.strip().isdigit():
        raise ValidationError(name, f"{text!r} is not a whole number")
    return int(text)


def parse_side_effect(text: str) -> SideEffect:
    kind, separator, severity = text.rpartition(":")
    if not separator or not kind.strip():
        raise ValidationError("--side-effect", f"{text!r} is not KIND:SEVERITY, e.g. nausea:moderate")
    try:
        return SideEffect(kind=kind, severity=check_severity(severity.strip().lower()))
    except ValidationError as error:
        raise error.within("--side-effect") from None


def parse_series(text: str) -> SessionSeries:
    try:
        return check_series(text.strip().lower())
    except ValidationError as error:
        raise ValidationError("--series", error.message) from None


def run_add(args: argparse.Namespace, diary: Diary) -> int:
    treatment = TreatmentSession(
        at=parse_moment("--at", args.at),
        route=args.route,
        drug=args.drug,
        dose_mg=parse_amount("--dose-mg", args.dose_mg),
        weight_kg=parse_amount("--weight-kg", args.weight_kg),
        minutes=parse_whole("--minutes", args.minutes),
        rate_mg_per_kg_h=parse_amount("--rate", args.rate),
        clinic=args.clinic,
        note=args.note,
        side_effects=tuple(parse_side_effect(text) for text in args.side_effect),
        series=parse_series(args.series),
    )
    saved = diary.add_session(treatment)
    dose = f", {saved.dose_mg:g} mg" if saved.dose_mg is not None else ""
    series = f", series: {saved.series.value}" if saved.series is not SessionSeries.AUTO else ""
    print(
        f"Recorded {saved.drug} ({saved.route.value}{dose}{series}) "
        f"on {format_moment(saved.at).replace('T', ' ')}."
    )
    return 0
