"""`paindiary session add|done|cancel`: record a treatment session and its side effects, plan one,
and confirm later that it happened (only then does it take part in the analysis)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from paindiary import session_limits as limits
from paindiary.clinic_records import check_ride_home
from paindiary.clock import local_now
from paindiary.domain import (
    SIDE_EFFECT_CATALOG,
    ChecklistItem,
    Route,
    SessionSeries,
    SessionStatus,
    Severity,
    SideEffect,
    TreatmentSession,
    ValidationError,
    check_series,
    check_severity,
    format_moment,
    parse_moment,
    parse_uuid,
)
from paindiary.session_limits import Amount
from paindiary.store import Diary

_Choice = TypeVar("_Choice", bound=StrEnum)


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
    add.add_argument("--minutes", metavar="M", help="duration in minutes, or with a unit: 4 h, 5 d")
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
        "--planned",
        action="store_true",
        help="a session still to come: it is left out of the analysis until 'session done' confirms it "
        "(a session at a future time is always planned)",
    )
    add.add_argument("--ride-home", metavar="yes|no|unknown", default="unknown", help="a ride home arranged")
    add.add_argument(
        "--new-medicines", metavar="TEXT", default="", help="medicines new since the last session"
    )
    add.add_argument(
        "--check", metavar="ITEM", action="append", default=[], help="an item of your checklist (repeat)"
    )
    add.add_argument("--questions", metavar="TEXT", default="", help="questions to ask at the session")
    add.add_argument(
        "--yes",
        action="store_true",
        help=f"it is right: save a dose above {limits.ASK_ABOVE_MG_PER_KG:g} mg/kg or a session longer "
        f"than {limits.ASK_ABOVE_DAYS} days (refused without it, as a likely typing slip)",
    )
    add.add_argument(
        "--side-effect",
        metavar="KIND:SEVERITY",
        action="append",
        default=[],
        help="a side effect, e.g. nausea:moderate (repeat for several)",
    )
    add.set_defaults(handler=run_add)
    done = actions.add_parser(
        "done",
        help="confirm that a planned session happened",
        description="Confirm that a planned session happened, so that it takes part in the analysis.",
    )
    done.add_argument("id", metavar="ID", help="the session's id (paindiary list --json shows it)")
    done.add_argument("--at", metavar="ISO", help="when it really started (default: the planned time)")
    done.set_defaults(handler=run_done)
    cancel = actions.add_parser("cancel", help="record that a planned session did not happen")
    cancel.add_argument("id", metavar="ID", help="the session's id")
    cancel.set_defaults(handler=run_cancel)


def parse_amount(name: str, text: str | None) -> float | None:
    """A number with a decimal point or comma (the medicine commands use it too)."""
    if text is None:
        return None
    limits.refuse_two_readings(text, name)
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise ValidationError(name, f"{text!r} is not a number") from None


def session_amount(name: str, amount: Amount, text: str | None) -> float | None:
    """A session's amount as typed (a decimal point or comma), within the session dialog's limits."""
    return limits.parse_amount(amount, text, name=name, decimal_points=".,")


def parse_minutes(text: str | None) -> int | None:
    minutes = session_amount("--minutes", limits.DURATION, text)
    return None if minutes is None else int(minutes)


def refuse_unusual(treatment: TreatmentSession, confirmed: bool) -> None:
    """A dose above 10 mg/kg or a session above 7 days is saved only with --yes (the dialog asks)."""
    if confirmed:
        return
    for unusual in limits.unusual_values(treatment.dose_mg, treatment.weight_kg, treatment.minutes):
        option = {limits.DOSE.field: "--dose-mg", limits.DURATION.field: "--minutes"}[unusual.field]
        raise ValidationError(option, f"{unusual.sentence} {limits.is_this_right()} If it is, add --yes.")


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
        dose_mg=session_amount("--dose-mg", limits.DOSE, args.dose_mg),
        weight_kg=session_amount("--weight-kg", limits.WEIGHT, args.weight_kg),
        minutes=parse_minutes(args.minutes),
        rate_mg_per_kg_h=session_amount("--rate", limits.RATE, args.rate),
        clinic=args.clinic,
        note=args.note,
        side_effects=tuple(parse_side_effect(text) for text in args.side_effect),
        series=parse_series(args.series),
        status=_status(args.planned, parse_moment("--at", args.at)),
        ride_home=_choice("--ride-home", args.ride_home.strip().lower(), check_ride_home),
        new_medicines=args.new_medicines,
        checklist=tuple(_checklist_item(text) for text in args.check),
        questions=args.questions,
    )
    refuse_unusual(treatment, args.yes)
    saved = diary.add_session(treatment)
    dose = f", {saved.dose_mg:g} mg" if saved.dose_mg is not None else ""
    series = f", series: {saved.series.value}" if saved.series is not SessionSeries.AUTO else ""
    when = format_moment(saved.at).replace("T", " ")
    if saved.status is SessionStatus.PLANNED:
        print(f"Planned {saved.drug} ({saved.route.value}{dose}{series}) on {when}.")
        print(f"When it has happened: paindiary session done {saved.id}")
    else:
        print(f"Recorded {saved.drug} ({saved.route.value}{dose}{series}) on {when}.")
    return 0


def _status(planned: bool, at: datetime) -> SessionStatus:
    """Planned when asked, or when the time is still to come (it cannot have happened yet)."""
    return SessionStatus.PLANNED if planned or at > local_now() else SessionStatus.DONE


def _choice(name: str, value: str, check: Callable[[object], _Choice]) -> _Choice:
    try:
        return check(value)
    except ValidationError as error:
        raise ValidationError(name, error.message) from None


def _checklist_item(text: str) -> ChecklistItem:
    try:
        return ChecklistItem(text=text)
    except ValidationError as error:
        raise ValidationError("--check", error.message) from None


def _planned_session(diary: Diary, text: str) -> TreatmentSession:
    try:
        session = diary.get_session(parse_uuid("ID", text.strip()))
    except ValidationError:
        session = None
    if session is None:
        raise ValidationError("ID", f"{text!r} is not a session in this diary")
    if session.status is not SessionStatus.PLANNED:
        raise ValidationError(
            "ID", f"the session on {format_moment(session.at)} is {session.status.value}, not planned"
        )
    return session


def run_done(args: argparse.Namespace, diary: Diary) -> int:
    session = _planned_session(diary, args.id)
    at = parse_moment("--at", args.at) if args.at else session.at
    if at > local_now():
        raise ValidationError("--at", f"{format_moment(at)} is still to come; confirm the session after it")
    diary.update_session(replace(session, status=SessionStatus.DONE, at=at))
    print(f"Confirmed the session on {format_moment(at).replace('T', ' ')}; it now counts in the analysis.")
    return 0


def run_cancel(args: argparse.Namespace, diary: Diary) -> int:
    session = _planned_session(diary, args.id)
    diary.update_session(replace(session, status=SessionStatus.CANCELLED))
    print(f"Cancelled the session planned for {format_moment(session.at).replace('T', ' ')}.")
    return 0
