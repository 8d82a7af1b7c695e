"""Every query on idempotency records.

Each is one Core statement run on its own autocommit connection: a record is written before the
request runs and its answer after, outside the request's transaction, so a BEGIN/COMMIT pair and
an ORM object per statement would only add round trips and CPU to every POST.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from intake.idempotency.models import IdempotencyRecord

TABLE = IdempotencyRecord.__table__


async def reserve(conn: AsyncConnection, row: dict[str, Any]) -> None:
    """Insert the record; raises IntegrityError when (caller, key) is already taken."""
    await conn.execute(insert(TABLE).values(**row))


async def find(conn: AsyncConnection, caller: str, key: str) -> Any | None:
    rows = await conn.execute(select(TABLE).where(TABLE.c.caller == caller, TABLE.c.key == key))
    return rows.first()


async def forget(conn: AsyncConnection, record_id: uuid.UUID) -> None:
    await conn.execute(delete(TABLE).where(TABLE.c.id == record_id))


async def purge_before(conn: AsyncConnection, cutoff: datetime) -> None:
    await conn.execute(delete(TABLE).where(TABLE.c.created_at < cutoff))


async def store_answer(
    conn: AsyncConnection,
    record_id: uuid.UUID,
    *,
    status_code: int,
    content_type: str | None,
    body: str,
) -> None:
    await conn.execute(
        update(TABLE)
        .where(TABLE.c.id == record_id)
        .values(done=True, status_code=status_code, content_type=content_type, response_body=body)
    )
