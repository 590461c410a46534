"""Generated diaries whose full relief analysis is frozen in frozen_results.json.

The analysis is made faster from time to time; these outputs, computed once with the
straightforward code, make "no result changed" checkable. Regenerate the file only when a result
is meant to change: `python -m tests.analysis.relief.frozen` (and say why in the commit).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.domain import PainEntry, Route, SessionSeries, TreatmentSession
from tests.analysis.relief.builders import V2

FROZEN = Path(__file__).with_name("frozen_results.json")
DIARIES = 40
FIRST_DAY = date(2019, 1, 1)


def generated_diary(seed: int) -> tuple[list[PainEntry], list[TreatmentSession], datetime]:
    """A diary of a few months to two years: courses, maintenance runs, gaps, ties and busy days."""
    rng = random.Random(seed)
    days = rng.choice([90, 200, 400, 730])
    origin = datetime.combine(FIRST_DAY, datetime.min.time())
    sessions: list[TreatmentSession] = []
    day = rng.randint(0, 40)
    while day < days:
        nasal = rng.random() < 0.25
        series = rng.choice([1, 1, 2, 3]) if not nasal else rng.randint(3, 8)
        step = 1 if not nasal else rng.choice([2, 3, 4, 7])
        for index in range(series):
            sessions.append(
                TreatmentSession(
                    at=origin + timedelta(days=day + index * step, hours=rng.choice([0, 8, 9, 12, 23])),
                    route=Route.INTRANASAL if nasal else Route.IV_INFUSION,
                    dose_mg=rng.choice([None, 50.0, 100.0, 150.0, 200.0]) if rng.random() < 0.9 else None,
                    weight_kg=rng.choice([70.0, 72.5, 81.3]) if rng.random() < 0.95 else None,
                    minutes=rng.choice([None, 60, 240, 3000]),
                    series=rng.choice([SessionSeries.AUTO] * 6 + list(SessionSeries)),
                    id=uuid.UUID(int=rng.getrandbits(128), version=4),  # the document names them
                )
            )
        day += series * step + rng.randint(3, 60)
    usual = rng.choice([2, 4, 5, 6.5, 8])
    flat = rng.random() < 0.3  # whole stretches of one score: ties in medians and rounding
    skipped = rng.choice([0.0, 0.0, 0.15])  # some patients log every single day
    depth, fade = rng.choice([0.0, 0.3, 0.6, 0.9]), rng.choice([3, 10, 30])
    session_days = sorted({(session.at - origin).days for session in sessions})
    entries: list[PainEntry] = []
    for day in range(days):
        since = min((day - start for start in session_days if start <= day), default=None)
        relief = 0.0 if since is None else depth * math.exp(-since / fade)
        if rng.random() < skipped or (rng.random() < 0.02 and days > 100):
            continue
        for _ in range(rng.choice([1, 1, 1, 2, 3, 4])):
            hour = rng.choice([0, 6, 8, 9, 12, 18, 23]) if rng.random() < 0.7 else rng.randint(0, 23)
            moment = origin + timedelta(days=day, hours=hour, minutes=rng.choice([0, 0, 30]))
            if flat and rng.random() < 0.7:
                pain = round(usual)
            else:
                pain = round(rng.gauss(usual * (1 - relief), 1.5))
            entries.append(PainEntry(at=moment, pain=min(10, max(0, pain))))
    rng.shuffle(entries)
    at = origin + timedelta(days=rng.choice([days - 20, days, days + 30]), hours=rng.choice([0, 10]))
    return entries, sessions, at


def analysed(seed: int) -> dict[str, Any]:
    """The summary document and every per-day curve the charts draw."""
    entries, sessions, at = generated_diary(seed)
    analysis = relief_analysis(entries, sessions, V2, at)
    found = analysis.as_json()
    curves = [[course.daily, course.reduction, course.smoothed] for course in analysis.courses]
    runs = [[[str(day), value] for day, value in run.daily] for run in analysis.runs]
    # The charts' per-day values, exactly (repr of every float), as one digest: they are most of the bulk.
    found["curves_sha256"] = hashlib.sha256(repr((curves, runs)).encode()).hexdigest()
    # Through JSON and back, so that what is compared is what the file holds.
    loaded: dict[str, Any] = json.loads(json.dumps(found, default=str))
    return loaded


def main() -> None:
    frozen = {str(seed): analysed(seed) for seed in range(DIARIES)}
    FROZEN.write_text(json.dumps(frozen, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
