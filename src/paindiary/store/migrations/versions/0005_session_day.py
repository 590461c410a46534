"""Planned and cancelled sessions and the session day; side effects' onset and duration; sleep,
mood and "for my clinician" on entries.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# ALTER TABLE in place, never a batch copy: dropping the old sessions table of a copy-and-move
# would delete every side effect and vital sign through their ON DELETE CASCADE foreign keys.
COLUMNS = {
    "entries": (
        "sleep_interference INTEGER CONSTRAINT ck_entries_sleep_range "
        "CHECK (sleep_interference IS NULL OR sleep_interference BETWEEN 0 AND 10)",
        "mood INTEGER CONSTRAINT ck_entries_mood_range CHECK (mood IS NULL OR mood BETWEEN 0 AND 10)",
        "for_clinician BOOLEAN DEFAULT 0 NOT NULL",
    ),
    "sessions": (
        "status VARCHAR(16) DEFAULT 'done' NOT NULL "
        "CONSTRAINT ck_sessions_status_values CHECK (status IN ('done', 'planned', 'cancelled'))",
        "ride_home VARCHAR(16) DEFAULT 'unknown' NOT NULL "
        "CONSTRAINT ck_sessions_ride_home_values CHECK (ride_home IN ('yes', 'no', 'unknown'))",
        "new_medicines TEXT DEFAULT '' NOT NULL",
        "checklist TEXT DEFAULT '[]' NOT NULL",
        "questions TEXT DEFAULT '' NOT NULL",
    ),
    "side_effects": (
        "onset VARCHAR(16) CONSTRAINT ck_side_effects_onset_values "
        "CHECK (onset IS NULL OR onset IN ('during', 'same-day', 'later'))",
        "lasted_hours FLOAT CONSTRAINT ck_side_effects_lasted_hours_positive "
        "CHECK (lasted_hours IS NULL OR lasted_hours > 0)",
    ),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column}")


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        for column in reversed(columns):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column.split()[0]}")
