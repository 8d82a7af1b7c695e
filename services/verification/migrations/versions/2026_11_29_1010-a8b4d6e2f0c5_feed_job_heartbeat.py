"""feed job heartbeat

A process renews `heartbeat_at` of the feed jobs it holds (queued behind its runner, or running);
a job nobody renews for long lost its process and the upload spooled on that process's disk, and
is failed by any replica instead of reading "running" for good. Jobs already stored keep NULL:
the sweep reads their start or creation time instead.

Revision ID: a8b4d6e2f0c5
Revises: f7a3c5d9e1b4
Create Date: 2026-11-29 10:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a8b4d6e2f0c5"
down_revision: str | None = "f7a3c5d9e1b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("feed_job", sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feed_job") as batch:
        batch.drop_column("heartbeat_at")
