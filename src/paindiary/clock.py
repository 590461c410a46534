"""The one clock: what "now" is. Passed in wherever time matters, so tests can set it."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    """Gives the current local wall-clock time, without time zone (like `local_now`)."""

    def __call__(self) -> datetime: ...


def local_now() -> datetime:
    """The computer's local time, to the second: what the diary stores."""
    return datetime.now().replace(microsecond=0)
