"""When the daily reminder to log pain is due: pure decisions over an injected "now".

The reminder is due once a day, from the chosen time until midnight, unless the day already
has an entry. The app asks these functions every minute; they never look at the real clock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

DEFAULT_TIME = time(20, 0)


def parse_time(text: str) -> time | None:
    """The time in an "HH:MM" setting, or None when it is not one."""
    hours, colon, minutes = text.strip().partition(":")
    if not colon or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        return None
    hour, minute = int(hours), int(minutes)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_time(moment: time) -> str:
    """The "HH:MM" form the settings store."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def due_on(day: date, reminder_time: time) -> datetime:
    """The moment the reminder falls due on `day`."""
    return datetime.combine(day, reminder_time)


def should_fire(now: datetime, reminder_time: time, last_fired: datetime | None, logged_today: bool) -> bool:
    """True when the reminder is due now: past today's time, not yet shown since, nothing logged today."""
    due = due_on(now.date(), reminder_time)
    if now < due or logged_today:
        return False
    # Shown at or after today's due moment already: once a day is enough.
    return last_fired is None or last_fired < due


def next_due(now: datetime, reminder_time: time, last_fired: datetime | None, logged_today: bool) -> datetime:
    """When the reminder should appear next: `now` if due, else today's time if ahead, else tomorrow's."""
    if should_fire(now, reminder_time, last_fired, logged_today):
        return now
    today = due_on(now.date(), reminder_time)
    if now < today:
        return today
    return due_on(now.date() + timedelta(days=1), reminder_time)
