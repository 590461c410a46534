"""`paindiary med`, `paindiary take` and `paindiary cotreatment`: medicines, as-needed doses and
other treatments from the command line. The list is for the clinician to check: nothing here
judges a dose or checks interactions."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from paindiary.cli.entries import parse_score
from paindiary.cli.sessions import parse_amount
from paindiary.clock import local_now
from paindiary.domain import ValidationError, format_moment, parse_date, parse_moment
from paindiary.formats.json_medicines import record_to_json
from paindiary.medicine_records import (
    CoTreatment,
    CoTreatmentKind,
    Intake,
    Medicine,
    MedicineKind,
    MedicineUnit,
    suggested_mme_factor,
)
from paindiary.store import Diary

UNITS = ", ".join(unit.value for unit in MedicineUnit)
KINDS = ", ".join(kind.value for kind in CoTreatmentKind)


def register(subparsers: Any) -> None:
    med = subparsers.add_parser(
        "med",
        help="keep the list of your medicines",
        description="Keep the list of the medicines you take, regularly or as needed, for your clinician.",
    )
    commands = med.add_subparsers(dest="med_command", metavar="COMMAND", required=True)
    add = commands.add_parser("add", help="add a medicine", description="Add a medicine to your list.")
    add.add_argument("name", metavar="NAME", help="the medicine's name, e.g. Oxycodone")
    add.add_argument("--strength", metavar="TEXT", default="", help="strength as on the pack, e.g. '5 mg'")
    add.add_argument("--unit", metavar="U", default="mg", help=f"what an amount counts ({UNITS}; default mg)")
    add.add_argument("--mg-per-unit", metavar="X", help="mg in one unit (e.g. 5 for a 5 mg tablet)")
    kind = add.add_mutually_exclusive_group()
    kind.add_argument("--as-needed", action="store_true", help="taken as needed (rescue medicine)")
    kind.add_argument(
        "--regular", metavar="DAILY_AMOUNT", help="taken regularly: the amount a day, in the unit"
    )
    add.add_argument("--for-pain", action="store_true", help="taken for pain")
    add.add_argument(
        "--opioid", action="store_true", help="an opioid (its MME factor is filled in when known)"
    )
    add.add_argument("--mme-factor", metavar="F", help="morphine milligram equivalents per mg (or per µg/h)")
    add.add_argument("--start", metavar="DATE", help="first day, YYYY-MM-DD")
    add.add_argument("--stop", metavar="DATE", help="last day, YYYY-MM-DD")
    add.add_argument("--note", metavar="TEXT", default="", help="a note")
    add.set_defaults(handler=run_add)
    listing = commands.add_parser(
        "list", help="list your medicines", description="List current and past medicines."
    )
    listing.add_argument("--json", action="store_true", help="print JSON (the JSON document's fields)")
    listing.set_defaults(handler=run_list)
    stop = commands.add_parser("stop", help="record that you stopped a medicine")
    stop.add_argument("name", metavar="NAME", help="the medicine's name")
    stop.add_argument("--on", metavar="DATE", help="the last day you took it (default: today)")
    stop.set_defaults(handler=run_stop)

    take = subparsers.add_parser(
        "take",
        help="log a dose of an as-needed medicine",
        description="Log a dose of one of your as-needed medicines (see paindiary med list).",
    )
    take.add_argument("name", metavar="NAME", help="the medicine's name")
    take.add_argument(
        "amount", metavar="AMOUNT", nargs="?", help="how much, in the medicine's unit (default 1)"
    )
    take.add_argument("--at", metavar="ISO", help="when, as YYYY-MM-DDTHH:MM local time (default: now)")
    take.add_argument("--pain", metavar="N", help="pain before the dose, 0-10")
    take.add_argument("--note", metavar="TEXT", default="", help="a note")
    take.set_defaults(handler=run_take)

    cotreatment = subparsers.add_parser(
        "cotreatment",
        help="record another treatment (physiotherapy, a nerve block...)",
        description="Record another treatment that may also change your pain, so that the diary shows it.",
    )
    co_commands = cotreatment.add_subparsers(dest="cotreatment_command", metavar="COMMAND", required=True)
    co_add = co_commands.add_parser("add", help="add a co-treatment")
    co_add.add_argument("kind", metavar="KIND", help=f"one of: {KINDS}")
    co_add.add_argument("--start", metavar="DATE", required=True, help="first day, YYYY-MM-DD")
    co_add.add_argument("--end", metavar="DATE", help="last day, YYYY-MM-DD")
    co_add.add_argument("--note", metavar="TEXT", default="", help="a note")
    co_add.set_defaults(handler=run_cotreatment_add)


def _date(name: str, text: str | None) -> date | None:
    return parse_date(name, text) if text is not None else None


def run_add(args: argparse.Namespace, diary: Diary) -> int:
    unit = args.unit.strip()
    regular = parse_amount("--regular", args.regular)
    factor = parse_amount("--mme-factor", args.mme_factor)
    if factor is None and args.opioid:
        factor = suggested_mme_factor(args.name, unit)
    try:
        medicine = Medicine(
            name=args.name,
            strength=args.strength,
            unit=unit,  # checked by Medicine
            mg_per_unit=parse_amount("--mg-per-unit", args.mg_per_unit),
            kind=MedicineKind.AS_NEEDED if args.as_needed else MedicineKind.REGULAR,
            regular_daily_amount=regular,
            for_pain=args.for_pain,
            opioid=args.opioid,
            mme_factor=factor,
            start=_date("--start", args.start),
            stop=_date("--stop", args.stop),
            note=args.note,
        )
    except ValidationError as error:
        raise ValidationError(f"--{error.field.replace('_', '-')}", error.message) from None
    if _find(diary, medicine.name, current_only=False, missing_ok=True) is not None:
        raise ValidationError("NAME", f"{medicine.name!r} is already on your list")
    saved = diary.add_medicine(medicine)
    factor_text = (
        f", MME factor {saved.mme_factor:g} (approximate, for trend only)" if saved.mme_factor else ""
    )
    print(f"Added {saved.name} ({saved.kind.value}{factor_text}).")
    return 0


def _find(diary: Diary, name: str, *, current_only: bool, missing_ok: bool = False) -> Medicine | None:
    """The medicine called `name` (any case); a current one first when several share it."""
    wanted = name.strip().casefold()
    today = local_now().date()
    matches = [medicine for medicine in diary.medicines() if medicine.name.casefold() == wanted]
    current = [medicine for medicine in matches if medicine.stop is None or medicine.stop >= today]
    found = current or ([] if current_only else matches)
    if found:
        return found[0]
    if missing_ok:
        return None
    known = ", ".join(sorted({medicine.name for medicine in diary.medicines()})) or "none yet"
    raise ValidationError("NAME", f"{name!r} is not on your medicine list (known: {known})")


def run_list(args: argparse.Namespace, diary: Diary) -> int:
    medicines = diary.medicines()
    if args.json:
        print(json.dumps([record_to_json(medicine) for medicine in medicines], ensure_ascii=False, indent=2))
        return 0
    if not medicines:
        print("No medicines yet. Add one with: paindiary med add NAME")
        return 0
    today = local_now().date()
    for medicine in medicines:
        taken = "as needed" if medicine.as_needed else "regularly"
        if medicine.regular_daily_amount is not None:
            taken += f", {medicine.regular_daily_amount:g} {medicine.unit.value} a day"
        span = " to ".join(filter(None, (_iso(medicine.start), _iso(medicine.stop))))
        state = "stopped" if medicine.stop is not None and medicine.stop < today else "current"
        parts = [medicine.name, medicine.strength, taken, span, state]
        if medicine.mme_factor is not None:
            parts.append(f"MME factor {medicine.mme_factor:g}")
        print("  ".join(part for part in parts if part))
    return 0


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def run_stop(args: argparse.Namespace, diary: Diary) -> int:
    medicine = _find(diary, args.name, current_only=True)
    assert medicine is not None
    last = _date("--on", args.on) or local_now().date()
    if medicine.start is not None and last < medicine.start:
        raise ValidationError("--on", f"{last} is before the start, {medicine.start}")
    diary.update_medicine(replace(medicine, stop=last))
    print(f"Stopped {medicine.name} on {last.isoformat()}.")
    return 0


def run_take(args: argparse.Namespace, diary: Diary) -> int:
    medicine = _find(diary, args.name, current_only=False)
    assert medicine is not None
    at = parse_moment("--at", args.at) if args.at else local_now()
    if not medicine.as_needed:
        raise ValidationError(
            "NAME", f"{medicine.name!r} is taken regularly; only as-needed doses are logged"
        )
    if not medicine.taken_on(at.date()) and medicine.stop is not None and at.date() > medicine.stop:
        raise ValidationError("--at", f"{medicine.name} was stopped on {medicine.stop}")
    if at > local_now() + timedelta(minutes=5):
        raise ValidationError("--at", f"{format_moment(at)} is in the future")
    try:
        intake = Intake(
            medicine=medicine.id,
            at=at,
            amount=1.0 if args.amount is None else parse_amount("AMOUNT", args.amount),  # type: ignore[arg-type]
            pain_before=parse_score("--pain", args.pain),
            note=args.note,
        )
    except ValidationError as error:
        name = "AMOUNT" if error.field == "amount" else error.field
        raise ValidationError(name, error.message) from None
    saved = diary.add_intake(intake)
    when = format_moment(saved.at).replace("T", " ")
    print(f"Logged {saved.amount:g} {medicine.unit.value} of {medicine.name} at {when}.")
    return 0


def run_cotreatment_add(args: argparse.Namespace, diary: Diary) -> int:
    try:
        treatment = CoTreatment(
            kind=args.kind.strip().lower(),
            start=_date("--start", args.start),  # type: ignore[arg-type]  # required by the parser
            end=_date("--end", args.end),
            note=args.note,
        )
    except ValidationError as error:
        name = "KIND" if error.field == "kind" else f"--{error.field}"
        raise ValidationError(name, error.message) from None
    saved = diary.add_co_treatment(treatment)
    print(f"Added {saved.kind.value} from {saved.start.isoformat()}.")
    return 0
