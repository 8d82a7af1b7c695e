"""partner record server defaults: version 1, received/updated at the transaction's time

A bulk feed COPYs new records straight into partner_record; with these defaults it need not send
(nor the server parse) the same version and timestamps on every row.

Revision ID: 5b1e0c2d9a71
Revises: 1c16b7b3e4cf
Create Date: 2026-11-28 20:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b1e0c2d9a71"
down_revision: str | None = "1c16b7b3e4cf"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("partner_record", schema=None) as batch_op:
        batch_op.alter_column("version", server_default=sa.text("1"))
        batch_op.alter_column("received_at", server_default=sa.func.now())
        batch_op.alter_column("updated_at", server_default=sa.func.now())


def downgrade() -> None:
    with op.batch_alter_table("partner_record", schema=None) as batch_op:
        batch_op.alter_column("updated_at", server_default=None)
        batch_op.alter_column("received_at", server_default=None)
        batch_op.alter_column("version", server_default=None)
