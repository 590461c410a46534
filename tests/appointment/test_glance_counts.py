"""Counted words in At a glance agree with their numbers ("1 session", not "1 sessions")."""

from __future__ import annotations

from paindiary.appointment.glance import _sessions_with_mg


def test_one_session_is_singular_and_others_plural() -> None:
    assert _sessions_with_mg(1, 84.0) == "1 session (84 mg)"
    assert _sessions_with_mg(0, 0.0) == "0 sessions (0 mg)"
    assert _sessions_with_mg(7, 1540.0) == "7 sessions (1540 mg)"
