"""Vitals, global impressions of change (PGIC) and bladder check-ins.

The profile needs no table: it is kept under the settings key "profile".

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"  # chained after the previous revision when merged
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
    ]


def _session_link(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["session_id"], ["sessions.id"], name=op.f(f"fk_{table}_session_id_sessions"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "vitals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("moment", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("systolic", sa.Integer(), nullable=True),
        sa.Column("diastolic", sa.Integer(), nullable=True),
        sa.Column("heart_rate", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(
            "moment IN ('before', 'highest', 'discharge', 'home')", name=op.f("ck_vitals_moment_values")
        ),
        sa.CheckConstraint(
            "systolic IS NULL OR systolic BETWEEN 60 AND 260", name=op.f("ck_vitals_systolic_range")
        ),
        sa.CheckConstraint(
            "diastolic IS NULL OR diastolic BETWEEN 30 AND 160", name=op.f("ck_vitals_diastolic_range")
        ),
        sa.CheckConstraint(
            "heart_rate IS NULL OR heart_rate BETWEEN 25 AND 250", name=op.f("ck_vitals_heart_rate_range")
        ),
        sa.CheckConstraint(
            "systolic IS NOT NULL OR heart_rate IS NOT NULL", name=op.f("ck_vitals_some_value")
        ),
        _session_link("vitals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vitals")),
    )
    op.create_index("ix_vitals_session_id", "vitals", ["session_id"])
    op.create_index(op.f("ix_vitals_at"), "vitals", ["at"])
    op.create_table(
        "impressions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("value BETWEEN 1 AND 7", name=op.f("ck_impressions_value_range")),
        sa.CheckConstraint("day IS NULL OR day IN (7, 28)", name=op.f("ck_impressions_day_values")),
        _session_link("impressions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impressions")),
    )
    op.create_index("ix_impressions_session_id", "impressions", ["session_id"])
    op.create_index(op.f("ix_impressions_at"), "impressions", ["at"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("more_often", sa.Boolean(), nullable=False),
        sa.Column("urgency", sa.Boolean(), nullable=False),
        sa.Column("pain", sa.Boolean(), nullable=False),
        sa.Column("blood", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    op.create_index(op.f("ix_checkins_at"), "checkins", ["at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_checkins_at"), table_name="checkins")
    op.drop_table("checkins")
    op.drop_index(op.f("ix_impressions_at"), table_name="impressions")
    op.drop_index("ix_impressions_session_id", table_name="impressions")
    op.drop_table("impressions")
    op.drop_index(op.f("ix_vitals_at"), table_name="vitals")
    op.drop_index("ix_vitals_session_id", table_name="vitals")
    op.drop_table("vitals")
