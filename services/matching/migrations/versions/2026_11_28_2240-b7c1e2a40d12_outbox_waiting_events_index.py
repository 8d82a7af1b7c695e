"""outbox waiting-events index

The relay claims the events still to deliver in the order they were written; a partial index on
exactly those keeps a claim's cost independent of how many events were delivered before.

Revision ID: b7c1e2a40d12
Revises: 0adc6c77fd15
Create Date: 2026-11-28 22:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b7c1e2a40d12"
down_revision: str | None = "0adc6c77fd15"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WAITING = sa.text("delivered_at IS NULL AND failed_at IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_outbox_event_waiting",
        "outbox_event",
        ["created_at"],
        unique=False,
        postgresql_where=WAITING,
        sqlite_where=WAITING,
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_event_waiting", table_name="outbox_event")
