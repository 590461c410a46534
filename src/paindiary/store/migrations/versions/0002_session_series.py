"""Sessions get a series (auto, join, new); a diary kept under Relief metrics v1 is told once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Written by this upgrade into a diary that already held records; the app shows its notice once.
NOTICE_KEY = "relief_v2_notice"


# ALTER TABLE in place, not a batch copy: dropping the old sessions table of a copy-and-move
# would delete every side effect through their ON DELETE CASCADE foreign key.
SERIES_COLUMN = (
    "series VARCHAR(16) DEFAULT 'auto' NOT NULL "
    "CONSTRAINT ck_sessions_series_values CHECK (series IN ('auto', 'join', 'new'))"
)


def upgrade() -> None:
    op.execute(f"ALTER TABLE sessions ADD COLUMN {SERIES_COLUMN}")
    # Relief is measured with new rules from now on and v1 settings give way to the v2 defaults;
    # an empty diary has nothing to compare, so only a diary in use is told.
    op.execute(
        "INSERT INTO settings (key, value) "
        f"SELECT '{NOTICE_KEY}', '\"due\"' "
        "WHERE EXISTS (SELECT 1 FROM entries) OR EXISTS (SELECT 1 FROM sessions) "
        "OR EXISTS (SELECT 1 FROM settings WHERE key = 'analysis')"
    )


def downgrade() -> None:
    op.execute(f"DELETE FROM settings WHERE key = '{NOTICE_KEY}'")
    op.execute("ALTER TABLE sessions DROP COLUMN series")
