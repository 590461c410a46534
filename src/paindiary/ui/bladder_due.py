"""When Today offers the bladder check-in: Qt-free, so a fake clock can test it.

Monthly: 30 days after the last check-in, or after the first session when there is none yet
(a diary without sessions is never asked); "Not now" waits another 30 days. Offered at once
when a session's side effects include bladder symptoms and no check-in followed it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from paindiary.clinic_records import Checkin
from paindiary.domain import TreatmentSession

EVERY_DAYS = 30
SKIPPED_KEY = "bladder:skipped"  # the date "Not now" was last chosen
BLADDER_KIND = "bladder-symptoms"


def checkin_due(
    sessions: Sequence[TreatmentSession], checkins: Sequence[Checkin], state: Mapping[str, Any], now: datetime
) -> bool:
    """True when Today should offer the check-in now."""
    done = [session for session in sessions if session.at <= now]
    if not done:
        return False
    last_checkin = max((checkin.at for checkin in checkins), default=None)
    if any(
        any(effect.kind == BLADDER_KIND for effect in session.side_effects)
        and (last_checkin is None or last_checkin < session.at)
        for session in done
    ) and not _skipped_since(state, max(s.at for s in done).date()):
        return True
    since = last_checkin.date() if last_checkin else min(session.at for session in done).date()
    skipped = _skipped_on(state)
    if skipped is not None:
        since = max(since, skipped)
    return now.date() >= since + timedelta(days=EVERY_DAYS)


def _skipped_on(state: Mapping[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(state[SKIPPED_KEY]))
    except (KeyError, ValueError):
        return None


def _skipped_since(state: Mapping[str, Any], day: date) -> bool:
    skipped = _skipped_on(state)
    return skipped is not None and skipped >= day
