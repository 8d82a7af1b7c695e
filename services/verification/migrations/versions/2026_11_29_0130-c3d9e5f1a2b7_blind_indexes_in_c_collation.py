"""blind indexes in the C collation

A person's blind index (64 hex digits) compares byte-wise on PostgreSQL instead of through the
database's locale: the records' person index builds in about half the time after a bulk feed, and
every column holding a blind index changes together (PostgreSQL refuses to compare text of two
collations). Indexes on these columns are rebuilt by the change. SQLite compares bytes already.

Revision ID: c3d9e5f1a2b7
Revises: b7c1e2a40d14
Create Date: 2026-11-29 01:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c3d9e5f1a2b7"
down_revision: str | None = "b7c1e2a40d14"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = [
    ("record_subject", False),
    ("partner_record", False),
    ("partner_record_version", False),
    ("known_member", False),
    ("monitored_person", False),
    ("monitoring_warning", True),
]


def _change(collation: str | None) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, nullable in COLUMNS:
        op.alter_column(
            table,
            "person_index",
            type_=sa.String(64, collation=collation),
            existing_nullable=nullable,
        )


def upgrade() -> None:
    _change("C")


def downgrade() -> None:
    _change(None)
