"""Realistic sample diaries, generated, not anyone's record.

The standard sample: two years of logging around ketamine courses, a CRPS-like baseline around
6–7/10, a loading series of five daily infusions, then boosters at varying doses whose relief
fades over one to three weeks, with gaps, flares and side effects.

The maintenance sample: half a year of nasal esketamine, one session on its own first (with
weeks of logging before it), then twice a week for four weeks, then weekly, and one session
still to come.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from paindiary.domain import (
    AnalysisSettings,
    ChecklistItem,
    PainEntry,
    RideHome,
    Route,
    SessionStatus,
    Severity,
    SideEffect,
    SideEffectOnset,
    TreatmentSession,
    ValidationError,
)

if TYPE_CHECKING:
    from paindiary.store import Diary, ImportResult

DEMO_SEED = 20240301
WEIGHT_KG = 72.0
LOCATIONS = ("left foot", "left ankle", "left calf", "lower back", "right hand")
NOTES = (
    "Slept badly",
    "Flare after a short walk",
    'Physio today, "gentle" stretches',
    "Cold weather, burning worse",
    "Good day, went to the market",
    "Allodynia: socks hurt",
    "Stress at work; pain up",
    "=Tried the new cushion",
)


@dataclass(frozen=True, slots=True)
class PlannedCourse:
    first_day: int  # days after the diary starts
    sessions: int  # consecutive daily sessions (a loading series when > 1)
    dose_mg: float
    route: Route
    drug: str = "ketamine"
    minutes: int | None = 240


# Days counted from the start of a 730-day diary; the last course is recent on purpose.
PLAN = (
    PlannedCourse(62, 5, 100.0, Route.IV_INFUSION),
    PlannedCourse(120, 1, 150.0, Route.IV_INFUSION),
    PlannedCourse(175, 1, 200.0, Route.IV_INFUSION),
    PlannedCourse(236, 2, 200.0, Route.IV_INFUSION),
    PlannedCourse(300, 1, 50.0, Route.IM_INJECTION, minutes=None),
    PlannedCourse(352, 1, 250.0, Route.IV_INFUSION),
    PlannedCourse(410, 1, 84.0, Route.INTRANASAL, drug="esketamine", minutes=None),
    PlannedCourse(470, 3, 180.0, Route.IV_INFUSION),
    PlannedCourse(540, 1, 220.0, Route.IV_INFUSION),
    PlannedCourse(600, 1, 250.0, Route.IV_INFUSION),
    PlannedCourse(660, 1, 280.0, Route.IV_INFUSION),
    PlannedCourse(721, 1, 250.0, Route.IV_INFUSION),
)
GAPS = ((200, 209), (505, 511))  # holidays without logging


def _effect(mg_per_kg: float, days_after: float, rng: random.Random) -> float:
    """Fraction of pain taken away `days_after` the last session of a course."""
    if days_after < 0:
        return 0.0
    strength = min(0.7, 0.18 + 0.22 * mg_per_kg) * rng.uniform(0.85, 1.1)
    onset = min(1.0, 0.4 + days_after / 1.5)
    half_life = 6 + 4 * mg_per_kg
    return strength * onset * math.exp(-math.log(2) * max(0.0, days_after - 2) / half_life)


def _sessions_for(plan: PlannedCourse, start: date, rng: random.Random) -> list[TreatmentSession]:
    sessions = []
    for offset in range(plan.sessions):
        day = start + timedelta(days=plan.first_day + offset)
        effects = [
            SideEffect(
                "dissociation",
                rng.choice([Severity.MILD, Severity.MODERATE]),
                onset=SideEffectOnset.DURING,
                lasted_hours=2.0,
            )
        ]
        if rng.random() < 0.4:
            effects.append(SideEffect("nausea", rng.choice([Severity.MILD, Severity.MODERATE])))
        if plan.dose_mg >= 250 and rng.random() < 0.7:
            # The readings themselves are the vitals records (demo_clinic); the note must not contradict them.
            effects.append(
                SideEffect("elevated-blood-pressure", Severity.MODERATE, note="Settled before I went home")
            )
        if plan.first_day >= 600 and offset == 0:
            effects.append(SideEffect("bladder-symptoms", Severity.MILD, note="More often at night"))
        if rng.random() < 0.25:
            effects.append(SideEffect("headache", Severity.MILD))
        weight = WEIGHT_KG + rng.choice([-1.0, 0.0, 0.5, 1.0])
        rate = round(plan.dose_mg / weight / (plan.minutes / 60), 2) if plan.minutes else None
        sessions.append(
            TreatmentSession(
                at=datetime.combine(day, time(9, 30)),
                route=plan.route,
                drug=plan.drug,
                dose_mg=plan.dose_mg,
                weight_kg=weight,
                minutes=plan.minutes,
                rate_mg_per_kg_h=rate,
                clinic="Pain clinic, day unit",
                note="Loading series" if plan.sessions > 1 else "",
                side_effects=tuple(effects),
            )
        )
    return sessions


def _entry_times(rng: random.Random) -> list[time]:
    count = rng.choices([1, 2, 3], weights=[5, 3, 2])[0]
    slots = [time(8, rng.randrange(0, 60)), time(14, rng.randrange(0, 60)), time(21, rng.randrange(0, 60))]
    return sorted(rng.sample(slots, count))


def build_demo(today: date, seed: int = DEMO_SEED) -> tuple[list[PainEntry], list[TreatmentSession]]:
    """Entries and sessions for the 730 days up to `today`."""
    rng = random.Random(seed)
    start = today - timedelta(days=729)
    sessions = [s for plan in PLAN for s in _sessions_for(plan, start, rng)]
    last_day_of_course = [(plan.first_day + plan.sessions - 1, plan) for plan in PLAN]
    entries: list[PainEntry] = []
    flare_until = -1
    for day_number in range(730):
        if any(low <= day_number <= high for low, high in GAPS) or rng.random() < 0.08:
            continue
        if rng.random() < 0.03:
            flare_until = day_number + rng.randrange(1, 4)
        baseline = 6.6 + 0.5 * math.sin(day_number / 58) + (1.3 if day_number <= flare_until else 0.0)
        relief = 0.0
        for last_day, plan in last_day_of_course:
            if plan.first_day <= day_number:
                relief = max(relief, _effect(plan.dose_mg / WEIGHT_KG, day_number - last_day, rng))
        day = start + timedelta(days=day_number)
        in_loading = any(plan.first_day <= day_number < plan.first_day + plan.sessions for plan in PLAN)
        for logged in _entry_times(rng):
            # On infusion days the morning entry comes before that day's infusion.
            moment = time(7, 15) if in_loading and logged < time(12) else logged
            level = baseline * (1 - relief) + rng.gauss(0, 0.7)
            pain = max(0, min(10, round(level)))
            detailed = rng.random() < 0.3
            entries.append(
                PainEntry(
                    at=datetime.combine(day, moment),
                    pain=pain,
                    worst=min(10, pain + rng.randrange(0, 3)) if detailed else None,
                    enjoyment=max(0, min(10, pain + rng.randrange(-1, 2))) if detailed else None,
                    activity=max(0, min(10, pain + rng.randrange(-2, 2))) if detailed else None,
                    # Sleep and mood follow pain on the detailed days (no draw: the rest stays as it was).
                    sleep_interference=min(10, pain + 1) if detailed and day_number % 2 else None,
                    mood=max(0, 9 - pain) if detailed and day_number % 2 else None,
                    locations=tuple(rng.sample(LOCATIONS[:3], rng.randrange(1, 3)))
                    + (("lower back",) if rng.random() < 0.2 else ()),
                    note=rng.choice(NOTES) if rng.random() < 0.08 else "",
                )
            )
    return entries, [*sessions, *_planned_and_cancelled(today)]


def _planned_and_cancelled(today: date) -> list[TreatmentSession]:
    """A booster planned in six days, with the patient's checklist, and one that did not happen."""
    planned = TreatmentSession(
        at=datetime.combine(today + timedelta(days=6), time(9, 30)),
        route=Route.IV_INFUSION,
        dose_mg=280.0,
        weight_kg=WEIGHT_KG,
        minutes=240,
        clinic="Pain clinic, day unit",
        status=SessionStatus.PLANNED,
        ride_home=RideHome.YES,
        new_medicines="Pregabalin 75 mg since last month",
        checklist=(
            ChecklistItem("Nothing to eat after 6:00, water until 8:00", done=False),
            ChecklistItem("Bring the medicine list", done=True),
            ChecklistItem("Comfortable clothes, something warm", done=False),
        ),
        questions="Could the next booster come sooner?\nIs the blood pressure at the end a concern?",
    )
    cancelled = TreatmentSession(
        at=datetime.combine(today - timedelta(days=95), time(9, 30)),
        route=Route.IV_INFUSION,
        dose_mg=280.0,
        weight_kg=WEIGHT_KG,
        minutes=240,
        clinic="Pain clinic, day unit",
        status=SessionStatus.CANCELLED,
        note="Cancelled: a cold that week",
    )
    return [planned, cancelled]


MAINTENANCE_DAYS = 182
MAINTENANCE_WEIGHT_KG = 68.0
FIRST_DOSE_DAY = 42  # the single session, after six weeks of logging
TWICE_WEEKLY_FROM = 70  # Monday and Thursday for four weeks
WEEKLY_FROM = TWICE_WEEKLY_FROM + 28


def maintenance_days() -> list[int]:
    """Dosing days of the maintenance sample, counted from its first day; the last is still to come."""
    twice = [TWICE_WEEKLY_FROM + week * 7 + offset for week in range(4) for offset in (0, 3)]
    weekly = list(range(WEEKLY_FROM, MAINTENANCE_DAYS + 4, 7))
    return [FIRST_DOSE_DAY, *twice, *weekly]


def build_maintenance_demo(
    today: date, seed: int = DEMO_SEED
) -> tuple[list[PainEntry], list[TreatmentSession]]:
    """Entries for the 182 days up to `today` and the esketamine sessions, one of them planned."""
    rng = random.Random(seed)
    start = today - timedelta(days=MAINTENANCE_DAYS - 1)
    dosing = maintenance_days()
    sessions = []
    for number, day_number in enumerate(dosing):
        effects = [SideEffect("dissociation", Severity.MILD)]
        if rng.random() < 0.3:
            effects.append(SideEffect("dizziness", Severity.MILD))
        sessions.append(
            TreatmentSession(
                at=datetime.combine(start + timedelta(days=day_number), time(10, 0)),
                route=Route.INTRANASAL,
                drug="esketamine",
                dose_mg=56.0 if number == 0 else 84.0,
                weight_kg=MAINTENANCE_WEIGHT_KG,
                minutes=120,  # the observation time after the spray
                clinic="Outpatient clinic",
                status=SessionStatus.PLANNED if day_number >= MAINTENANCE_DAYS else SessionStatus.DONE,
            )
        )
    entries = []
    for day_number in range(MAINTENANCE_DAYS):
        if rng.random() < 0.12:
            continue
        # Each dose takes away a share of pain that fades with a half-life of about four days.
        relief = sum(
            0.3 * math.exp(-math.log(2) * (day_number - dose) / 4)
            for dose in dosing
            if day_number - dose >= 0
        )
        level = 6.4 + 0.4 * math.sin(day_number / 20) + rng.gauss(0, 0.6)
        pain = max(0, min(10, round(level * (1 - min(0.6, relief)))))
        entries.append(
            PainEntry(at=datetime.combine(start + timedelta(days=day_number), time(20, 0)), pain=pain)
        )
    return entries, sessions


SCENARIOS = {"standard": build_demo, "maintenance": build_maintenance_demo}


def demo_settings() -> AnalysisSettings:
    return AnalysisSettings()


def fill_with_demo(
    diary: Diary, today: date, *, now: datetime | None = None, scenario: str = "standard"
) -> ImportResult:
    """Fill an empty diary with a sample (no entry later than `now`); refuse one that holds anything."""
    if not diary.is_empty():
        raise ValidationError("diary", "is not empty; the sample only goes into a new, empty diary")
    entries, sessions = SCENARIOS[scenario](today)
    if now is not None:
        entries = [entry for entry in entries if entry.at <= now]
    from paindiary.demo_clinic import clinic_records

    others = clinic_records(sessions, demo_settings(), today, now)  # vitals, PGIC answers, check-ins
    if scenario == "standard":
        from paindiary.demo_medicines import medicine_records

        others += medicine_records(sessions, today, now)
    return diary.import_records(entries, sessions, demo_settings(), others=others)
