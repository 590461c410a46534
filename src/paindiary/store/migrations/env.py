"""Alembic environment: runs from code on the connection the diary hands over."""

from __future__ import annotations

from alembic import context

from paindiary.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("paindiary runs its migrations from code, on an open connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place: copy-and-move tables instead.
    render_as_batch=True,
    # Our engine issues a real BEGIN, so DDL is transactional on SQLite too.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
