"""The first diary schema: entries, treatment sessions, side effects, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("pain", sa.Integer(), nullable=False),
        sa.Column("worst", sa.Integer(), nullable=True),
        sa.Column("enjoyment", sa.Integer(), nullable=True),
        sa.Column("activity", sa.Integer(), nullable=True),
        sa.Column("locations", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "activity IS NULL OR activity BETWEEN 0 AND 10", name=op.f("ck_entries_activity_range")
        ),
        sa.CheckConstraint(
            "enjoyment IS NULL OR enjoyment BETWEEN 0 AND 10", name=op.f("ck_entries_enjoyment_range")
        ),
        sa.CheckConstraint("pain BETWEEN 0 AND 10", name=op.f("ck_entries_pain_range")),
        sa.CheckConstraint("worst IS NULL OR worst BETWEEN 0 AND 10", name=op.f("ck_entries_worst_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
    )
    op.create_index(op.f("ix_entries_at"), "entries", ["at"], unique=False)
    op.create_table(
        "sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("route", sa.String(length=32), nullable=False),
        sa.Column("drug", sa.String(length=100), nullable=False),
        sa.Column("dose_mg", sa.Float(), nullable=True),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("rate_mg_per_kg_h", sa.Float(), nullable=True),
        sa.Column("clinic", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_index(op.f("ix_sessions_at"), "sessions", ["at"], unique=False)
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "side_effects",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_side_effects_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_side_effects")),
    )
    op.create_index("ix_side_effects_session_id", "side_effects", ["session_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_side_effects_session_id", table_name="side_effects")
    op.drop_table("side_effects")
    op.drop_table("settings")
    op.drop_index(op.f("ix_sessions_at"), table_name="sessions")
    op.drop_table("sessions")
    op.drop_index(op.f("ix_entries_at"), table_name="entries")
    op.drop_table("entries")
