"""content hash: SHA-256 (first 128 bits) instead of BLAKE2b

A partner record's content hash (what tells a re-sent unchanged record from a corrected one) is the
first 32 hex digits of the SHA-256 of its fingerprint, no longer a 16-byte BLAKE2b: bulk feeds
compute it column-wise in polars (off the interpreter, a third of the reading thread's time
before), and PostgreSQL computes it from the stored columns, as this migration does. Every stored
hash, current and superseded, is recomputed here, so a record re-sent unchanged after the upgrade is
still recognised as unchanged.

The fingerprint (verification.records.rows._fingerprint), joined by "|": person index, kind, type,
amount with two decimals or "None", effective date, period start or "None", period end or "None",
attributes or "".

Revision ID: d4e8a1b6c9f2
Revises: c3d9e5f1a2b7
Create Date: 2026-11-29 03:30:00
"""

import hashlib
from collections.abc import Callable, Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "d4e8a1b6c9f2"
down_revision: str | None = "c3d9e5f1a2b7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("partner_record", "partner_record_version")
_BATCH = 10_000
_CENT = Decimal("0.01")

# The fingerprint in SQL; dates through to_char so the session's DateStyle does not matter.
_SQL_SHA256 = (
    "UPDATE {table} SET content_hash = left(encode(sha256(convert_to(concat_ws('|',"
    " person_index, kind, type, coalesce(amount_yuan::text, 'None'),"
    " to_char(effective_on, 'YYYY-MM-DD'), coalesce(to_char(period_from, 'YYYY-MM-DD'), 'None'),"
    " coalesce(to_char(period_to, 'YYYY-MM-DD'), 'None'), coalesce(attributes, '')), 'UTF8')),"
    " 'hex'), 32)"
)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _blake2b(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _rehash(table_name: str, digest: Callable[[str], str]) -> None:
    """Row by row in Python, in batches of ids (SQLite; and back to BLAKE2b, which PostgreSQL
    lacks)."""
    table = sa.table(
        table_name,
        sa.column("id", sa.BigInteger()),
        sa.column("person_index", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("type", sa.String()),
        sa.column("amount_yuan", sa.Numeric(14, 2)),
        sa.column("effective_on", sa.Date()),
        sa.column("period_from", sa.Date()),
        sa.column("period_to", sa.Date()),
        sa.column("attributes", sa.Text()),
        sa.column("content_hash", sa.String()),
    )
    bind = op.get_bind()
    update = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("record_id"))
        .values(content_hash=sa.bindparam("hash"))
    )
    after = -1
    while True:
        rows = bind.execute(
            sa.select(table).where(table.c.id > after).order_by(table.c.id).limit(_BATCH)
        ).all()
        if not rows:
            return
        changes = []
        for row in rows:
            amount = row.amount_yuan
            text = "|".join(
                (
                    row.person_index,
                    row.kind,
                    row.type,
                    "None" if amount is None else str(Decimal(amount).quantize(_CENT)),
                    row.effective_on.isoformat(),
                    "None" if row.period_from is None else row.period_from.isoformat(),
                    "None" if row.period_to is None else row.period_to.isoformat(),
                    row.attributes or "",
                )
            )
            changes.append({"record_id": row.id, "hash": digest(text)})
        bind.execute(update, changes)
        after = rows[-1].id


def upgrade() -> None:
    for table in TABLES:
        if op.get_bind().dialect.name == "postgresql":
            op.execute(_SQL_SHA256.format(table=table))
        else:
            _rehash(table, _sha256)


def downgrade() -> None:
    for table in TABLES:
        _rehash(table, _blake2b)
