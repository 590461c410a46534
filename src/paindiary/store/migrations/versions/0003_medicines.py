"""Medicines, as-needed intakes and co-treatments.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The values as revision 0003 defines them (the schema module may grow later).
UNITS = "('mg', 'µg', 'µg/h', 'tablet', 'capsule', 'drop', 'puff', 'patch', 'ml', 'other')"
CO_TREATMENT_KINDS = (
    "('physiotherapy', 'psychological-therapy', 'exercise', 'nerve-block', 'new-medicine', 'other')"
)


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "medicines",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("strength", sa.String(100), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("mg_per_unit", sa.Float(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("regular_daily_amount", sa.Float(), nullable=True),
        sa.Column("for_pain", sa.Boolean(), nullable=False),
        sa.Column("opioid", sa.Boolean(), nullable=False),
        sa.Column("mme_factor", sa.Float(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("stop", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(f"unit IN {UNITS}", name=op.f("ck_medicines_unit_values")),
        sa.CheckConstraint("kind IN ('regular', 'as-needed')", name=op.f("ck_medicines_kind_values")),
        sa.CheckConstraint(
            "mg_per_unit IS NULL OR mg_per_unit > 0", name=op.f("ck_medicines_mg_per_unit_positive")
        ),
        sa.CheckConstraint(
            "mme_factor IS NULL OR mme_factor > 0", name=op.f("ck_medicines_mme_factor_positive")
        ),
        sa.CheckConstraint(
            "stop IS NULL OR start IS NULL OR stop >= start", name=op.f("ck_medicines_stop_after_start")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medicines")),
    )
    op.create_table(
        "intakes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("medicine_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("pain_before", sa.Integer(), nullable=True),
        sa.Column("helped", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("amount > 0", name=op.f("ck_intakes_amount_positive")),
        sa.CheckConstraint(
            "pain_before IS NULL OR pain_before BETWEEN 0 AND 10", name=op.f("ck_intakes_pain_before_range")
        ),
        sa.CheckConstraint("helped IS NULL OR helped BETWEEN 0 AND 4", name=op.f("ck_intakes_helped_range")),
        sa.ForeignKeyConstraint(
            ["medicine_id"],
            ["medicines.id"],
            name=op.f("fk_intakes_medicine_id_medicines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intakes")),
    )
    op.create_index("ix_intakes_medicine_id", "intakes", ["medicine_id"])
    op.create_index(op.f("ix_intakes_at"), "intakes", ["at"])
    op.create_table(
        "co_treatments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(f"kind IN {CO_TREATMENT_KINDS}", name=op.f("ck_co_treatments_kind_values")),
        sa.CheckConstraint('"end" IS NULL OR "end" >= start', name=op.f("ck_co_treatments_end_after_start")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_co_treatments")),
    )


def downgrade() -> None:
    op.drop_table("co_treatments")
    op.drop_index(op.f("ix_intakes_at"), table_name="intakes")
    op.drop_index("ix_intakes_medicine_id", table_name="intakes")
    op.drop_table("intakes")
    op.drop_table("medicines")
