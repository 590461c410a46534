"""`paindiary vitals add`, `paindiary impression`, `paindiary checkin` and `paindiary profile`:
blood pressure and heart rate, the global impression of change after a course, bladder
check-ins and the optional profile. Values are recorded as given, never graded."""

from __future__ import annotations

import argparse
import re
import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any

from paindiary.clinic_records import (
    PGIC_DAYS,
    Checkin,
    Impression,
    Vitals,
    VitalsMoment,
    pgic_words,
)
from paindiary.clock import local_now
from paindiary.domain import ValidationError, format_moment, parse_date, parse_moment
from paindiary.store import Diary

MOMENTS = ", ".join(moment.value for moment in VitalsMoment)
_BLOOD_PRESSURE = re.compile(r"\s*(\d{1,3})\s*/\s*(\d{1,3})\s*")
# The records' field names as the options that set them, for one-line errors.
_OPTIONS = {"systolic": "--bp", "diastolic": "--bp", "heart_rate": "--hr", "moment": "--moment"}


def register(subparsers: Any) -> None:
    vitals = subparsers.add_parser(
        "vitals",
        help="record blood pressure and heart rate",
        description="Record blood pressure and heart rate.",
    )
    commands = vitals.add_subparsers(dest="vitals_command", metavar="COMMAND", required=True)
    add = commands.add_parser(
        "add",
        help="add a reading at a session or at home",
        description="Add a reading taken at a session (before, highest, discharge) or at home.",
    )
    where = add.add_mutually_exclusive_group()
    where.add_argument("--session", metavar="ID", help="the session's id (see paindiary list --sessions)")
    where.add_argument("--home", action="store_true", help="a reading at home (the default)")
    add.add_argument(
        "--moment", metavar="M", help=f"one of: {MOMENTS} (default: home, or before at a session)"
    )
    add.add_argument("--bp", metavar="SYS/DIA", help="blood pressure in mmHg, e.g. 150/95")
    add.add_argument("--hr", metavar="N", help="heart rate in beats per minute")
    add.add_argument(
        "--at", metavar="ISO", help="when, YYYY-MM-DDTHH:MM (default: the session's time, or now)"
    )
    add.add_argument("--note", metavar="TEXT", default="", help="a note")
    add.set_defaults(handler=run_vitals_add)

    impression = subparsers.add_parser(
        "impression",
        help="record your global impression of change after a course (1-7)",
        description=(
            "Since this course began, how would you describe the change in your pain condition? "
            "1 very much improved, 2 much improved, 3 minimally improved, 4 no change, "
            "5 minimally worse, 6 much worse, 7 very much worse."
        ),
    )
    impression.add_argument("course", metavar="COURSE", help="the course number shown by paindiary summary")
    impression.add_argument("value", metavar="VALUE", help="1-7")
    impression.add_argument("--day", metavar="7|28", help="the day after the course it answers for")
    impression.add_argument("--at", metavar="ISO", help="when, YYYY-MM-DDTHH:MM (default: now)")
    impression.add_argument("--note", metavar="TEXT", default="", help="a note")
    impression.set_defaults(handler=run_impression)

    checkin = subparsers.add_parser(
        "checkin",
        help="record a bladder check-in",
        description="Record which urinary symptoms you had since the last check-in (none given: none).",
    )
    checkin.add_argument("--more-often", action="store_true", help="going more often than usual")
    checkin.add_argument("--urgency", action="store_true", help="urgency")
    checkin.add_argument("--pain", action="store_true", help="pain passing urine or in the lower belly")
    checkin.add_argument("--blood", action="store_true", help="blood in urine")
    checkin.add_argument("--at", metavar="ISO", help="when, YYYY-MM-DDTHH:MM (default: now)")
    checkin.add_argument("--note", metavar="TEXT", default="", help="a note")
    checkin.set_defaults(handler=run_checkin)

    profile = subparsers.add_parser(
        "profile",
        help="show or change your profile (optional, for the report header)",
        description="Show your profile, or change the parts given. It stays in the diary on this computer.",
    )
    profile.add_argument("--name", metavar="TEXT", help="your name")
    profile.add_argument("--born", metavar="DATE", help="date of birth, YYYY-MM-DD")
    profile.add_argument("--conditions", metavar="TEXT", help="your conditions, with body side")
    profile.add_argument("--clinic", metavar="TEXT", help="your clinic")
    profile.add_argument("--clinician", metavar="TEXT", help="your clinician")
    profile.set_defaults(handler=run_profile)


def _whole(name: str, text: str | None) -> int | None:
    if text is None:
        return None
    if not text.strip().isdigit():
        raise ValidationError(name, f"{text!r} is not a whole number")
    return int(text.strip())


def parse_blood_pressure(text: str | None) -> tuple[int | None, int | None]:
    """`150/95` as (systolic, diastolic)."""
    if text is None:
        return None, None
    match = _BLOOD_PRESSURE.fullmatch(text)
    if match is None:
        raise ValidationError("--bp", f"{text!r} is not a blood pressure like 150/95")
    return int(match[1]), int(match[2])


def _moment(text: str | None, default: datetime) -> datetime:
    return parse_moment("--at", text) if text else default


def run_vitals_add(args: argparse.Namespace, diary: Diary) -> int:
    systolic, diastolic = parse_blood_pressure(args.bp)
    heart_rate = _whole("--hr", args.hr)
    session = None
    if args.session is not None:
        try:
            wanted = uuid.UUID(args.session.strip())
        except ValueError:
            raise ValidationError("--session", f"{args.session!r} is not a session id") from None
        session = diary.get_session(wanted)
        if session is None:
            raise ValidationError("--session", f"{args.session} is not a session in this diary")
    moment = args.moment or (VitalsMoment.BEFORE.value if session else VitalsMoment.HOME.value)
    try:
        reading = Vitals(
            at=_moment(args.at, session.at if session else local_now()),
            moment=moment.strip().lower(),  # type: ignore[arg-type]  # checked by Vitals
            session=session.id if session else None,
            systolic=systolic,
            diastolic=diastolic,
            heart_rate=heart_rate,
            note=args.note,
        )
    except ValidationError as error:
        raise ValidationError(_OPTIONS.get(error.field, f"--{error.field}"), error.message) from None
    saved = diary.add_vitals(reading)
    values = [f"{saved.systolic}/{saved.diastolic} mmHg" if saved.systolic else "", _rate(saved.heart_rate)]
    when = format_moment(saved.at).replace("T", " ")
    print(f"Recorded {', '.join(v for v in values if v)} ({saved.moment.value}) at {when}.")
    return 0


def _rate(heart_rate: int | None) -> str:
    return f"heart rate {heart_rate}/min" if heart_rate is not None else ""


def run_impression(args: argparse.Namespace, diary: Diary) -> int:
    from paindiary.analysis.course_groups import find_courses

    value = _whole("VALUE", args.value)
    day = _whole("--day", args.day)
    if day is not None and day not in PGIC_DAYS:
        raise ValidationError("--day", f"{day} is not 7 or 28")
    number = _whole("COURSE", args.course)
    courses = find_courses(diary.sessions(), diary.analysis_settings(), local_now())
    if number is None or not 1 <= number <= len(courses):
        known = f"1–{len(courses)}" if courses else "none yet"
        raise ValidationError("COURSE", f"{args.course!r} is not a course number (courses: {known})")
    course = courses[number - 1]
    try:
        answer = Impression(
            at=_moment(args.at, local_now()),
            value=value,  # type: ignore[arg-type]  # None is refused by Impression
            session=course.sessions[-1].id,
            day=day,
            note=args.note,
        )
    except ValidationError as error:
        name = "VALUE" if error.field == "value" else f"--{error.field}"
        raise ValidationError(name, error.message) from None
    saved = diary.add_impression(answer)
    print(f"Recorded for course {number}: {saved.value} ({pgic_words(saved.value)}).")
    return 0


def run_checkin(args: argparse.Namespace, diary: Diary) -> int:
    checkin = Checkin(
        at=_moment(args.at, local_now()),
        more_often=args.more_often,
        urgency=args.urgency,
        pain=args.pain,
        blood=args.blood,
        note=args.note,
    )
    saved = diary.add_checkin(checkin)
    names = {"more_often": "more often", "urgency": "urgency", "pain": "pain", "blood": "blood"}
    found = [label for name, label in names.items() if getattr(saved, name)]
    print(f"Recorded a bladder check-in: {', '.join(found) if found else 'none of the four'}.")
    return 0


def run_profile(args: argparse.Namespace, diary: Diary) -> int:
    changes: dict[str, Any] = {
        name: getattr(args, name) for name in ("name", "conditions", "clinic", "clinician")
    }
    changes = {name: value for name, value in changes.items() if value is not None}
    if args.born is not None:
        changes["born"] = parse_date("--born", args.born) if args.born.strip() else None
    profile = diary.profile()
    if changes:
        try:
            profile = replace(profile, **changes)
        except ValidationError as error:
            raise ValidationError(f"--{error.field}", error.message) from None
        diary.set_profile(profile)
    if profile.empty:
        print("No profile. It is optional; set parts with e.g. paindiary profile --name 'Ana Ruiz'.")
        return 0
    born = profile.born.isoformat() if profile.born else ""
    for label, value in (("Name", profile.name), ("Born", born), ("Conditions", profile.conditions),
                         ("Clinic", profile.clinic), ("Clinician", profile.clinician)):  # fmt: skip
        if value:
            print(f"{label}: {value}")
    return 0
