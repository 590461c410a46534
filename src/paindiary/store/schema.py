"""The diary's tables (SQLAlchemy 2 typed ORM). Only the store package imports this."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so that batch migrations can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class EntryRow(Base):
    __tablename__ = "entries"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    pain: Mapped[int] = mapped_column(Integer)
    worst: Mapped[int | None] = mapped_column(Integer)
    enjoyment: Mapped[int | None] = mapped_column(Integer)
    activity: Mapped[int | None] = mapped_column(Integer)
    # JSON list of body-region names; a list small enough not to want its own table.
    locations: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)
    # Revision 0005: sleep and mood beside the PEG items; a note the patient marks for the clinician.
    sleep_interference: Mapped[int | None] = mapped_column(
        Integer,
        CheckConstraint(
            "sleep_interference IS NULL OR sleep_interference BETWEEN 0 AND 10", name="sleep_range"
        ),
    )
    mood: Mapped[int | None] = mapped_column(
        Integer, CheckConstraint("mood IS NULL OR mood BETWEEN 0 AND 10", name="mood_range")
    )
    for_clinician: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    __table_args__ = (
        CheckConstraint("pain BETWEEN 0 AND 10", name="pain_range"),
        CheckConstraint("worst IS NULL OR worst BETWEEN 0 AND 10", name="worst_range"),
        CheckConstraint("enjoyment IS NULL OR enjoyment BETWEEN 0 AND 10", name="enjoyment_range"),
        CheckConstraint("activity IS NULL OR activity BETWEEN 0 AND 10", name="activity_range"),
    )


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    route: Mapped[str] = mapped_column(String(32))
    drug: Mapped[str] = mapped_column(String(100), default="ketamine")
    dose_mg: Mapped[float | None] = mapped_column(Float)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    minutes: Mapped[int | None] = mapped_column(Integer)
    rate_mg_per_kg_h: Mapped[float | None] = mapped_column(Float)
    clinic: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # auto, join or new: how the session is grouped into a course (domain.SessionSeries).
    series: Mapped[str] = mapped_column(String(16), default="auto", server_default="auto")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)
    # Revision 0005: planned and cancelled sessions, and the session day.
    status: Mapped[str] = mapped_column(
        String(16),
        CheckConstraint("status IN ('done', 'planned', 'cancelled')", name="status_values"),
        default="done",
        server_default="done",
    )
    ride_home: Mapped[str] = mapped_column(
        String(16),
        CheckConstraint("ride_home IN ('yes', 'no', 'unknown')", name="ride_home_values"),
        default="unknown",
        server_default="unknown",
    )
    new_medicines: Mapped[str] = mapped_column(Text, default="", server_default="")
    # JSON list of {"text", "done"}: the patient's own checklist, small enough not to want a table.
    checklist: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    questions: Mapped[str] = mapped_column(Text, default="", server_default="")

    side_effects: Mapped[list[SideEffectRow]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SideEffectRow.created"
    )

    __table_args__ = (CheckConstraint("series IN ('auto', 'join', 'new')", name="series_values"),)


class SideEffectRow(Base):
    __tablename__ = "side_effects"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(100))
    severity: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    # Revision 0005: when it began and how long it lasted.
    onset: Mapped[str | None] = mapped_column(
        String(16),
        CheckConstraint("onset IS NULL OR onset IN ('during', 'same-day', 'later')", name="onset_values"),
    )
    lasted_hours: Mapped[float | None] = mapped_column(
        Float, CheckConstraint("lasted_hours IS NULL OR lasted_hours > 0", name="lasted_hours_positive")
    )

    session: Mapped[SessionRow] = relationship(back_populates="side_effects")

    __table_args__ = (Index("ix_side_effects_session_id", "session_id"),)


class SettingRow(Base):
    """Settings that travel with the diary, one JSON value per key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# ---------------------------------------------------------------- medicines (revision 0003)

MEDICINE_UNITS = "('mg', 'µg', 'µg/h', 'tablet', 'capsule', 'drop', 'puff', 'patch', 'ml', 'other')"
CO_TREATMENT_KINDS = (
    "('physiotherapy', 'psychological-therapy', 'exercise', 'nerve-block', 'new-medicine', 'other')"
)


class MedicineRow(Base):
    __tablename__ = "medicines"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    strength: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(16))
    mg_per_unit: Mapped[float | None] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(16))
    regular_daily_amount: Mapped[float | None] = mapped_column(Float)
    for_pain: Mapped[bool] = mapped_column(Boolean)
    opioid: Mapped[bool] = mapped_column(Boolean)
    mme_factor: Mapped[float | None] = mapped_column(Float)
    start: Mapped[date | None] = mapped_column(Date)
    stop: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(f"unit IN {MEDICINE_UNITS}", name="unit_values"),
        CheckConstraint("kind IN ('regular', 'as-needed')", name="kind_values"),
        CheckConstraint("mg_per_unit IS NULL OR mg_per_unit > 0", name="mg_per_unit_positive"),
        CheckConstraint("mme_factor IS NULL OR mme_factor > 0", name="mme_factor_positive"),
        CheckConstraint("stop IS NULL OR start IS NULL OR stop >= start", name="stop_after_start"),
    )


class IntakeRow(Base):
    """One dose of an as-needed medicine; it goes with its medicine (and comes back with its undo)."""

    __tablename__ = "intakes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    medicine_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("medicines.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    amount: Mapped[float] = mapped_column(Float)
    pain_before: Mapped[int | None] = mapped_column(Integer)
    helped: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_intakes_medicine_id", "medicine_id"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("pain_before IS NULL OR pain_before BETWEEN 0 AND 10", name="pain_before_range"),
        CheckConstraint("helped IS NULL OR helped BETWEEN 0 AND 4", name="helped_range"),
    )


class CoTreatmentRow(Base):
    __tablename__ = "co_treatments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(f"kind IN {CO_TREATMENT_KINDS}", name="kind_values"),
        CheckConstraint('"end" IS NULL OR "end" >= start', name="end_after_start"),
    )


# ---------------------------------------------------------------- clinic records (revision 0004)
# The profile is no table: it is the diary's setting "profile" (store/clinic.py).

VITALS_MOMENTS = "('before', 'highest', 'discharge', 'home')"


class VitalsRow(Base):
    """Blood pressure and/or heart rate; a session's go with it (and come back with its undo)."""

    __tablename__ = "vitals"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    moment: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    systolic: Mapped[int | None] = mapped_column(Integer)
    diastolic: Mapped[int | None] = mapped_column(Integer)
    heart_rate: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_vitals_session_id", "session_id"),
        CheckConstraint(f"moment IN {VITALS_MOMENTS}", name="moment_values"),
        CheckConstraint("systolic IS NULL OR systolic BETWEEN 60 AND 260", name="systolic_range"),
        CheckConstraint("diastolic IS NULL OR diastolic BETWEEN 30 AND 160", name="diastolic_range"),
        CheckConstraint("heart_rate IS NULL OR heart_rate BETWEEN 25 AND 250", name="heart_rate_range"),
        CheckConstraint("systolic IS NOT NULL OR heart_rate IS NOT NULL", name="some_value"),
    )


class ImpressionRow(Base):
    """A PGIC answer; one tied to a session goes with it (and comes back with its undo)."""

    __tablename__ = "impressions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    day: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    value: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_impressions_session_id", "session_id"),
        CheckConstraint("value BETWEEN 1 AND 7", name="value_range"),
        CheckConstraint("day IS NULL OR day IN (7, 28)", name="day_values"),
    )


class CheckinRow(Base):
    __tablename__ = "checkins"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    more_often: Mapped[bool] = mapped_column(Boolean)
    urgency: Mapped[bool] = mapped_column(Boolean)
    pain: Mapped[bool] = mapped_column(Boolean)
    blood: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime)
